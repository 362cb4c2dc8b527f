import Foundation
import Testing

/// `--region` chooses the crisis lines shown; an unknown one is a usage error.
struct RegionOptionTests {
    @Test func theRegionOptionChoosesTheNumbers() throws {
        let uk = try Binary.run(["--region", "uk"], lines: ["I want to end my life"])
        #expect(uk.status == 0)
        #expect(uk.output.contains("116 123") && uk.output.contains("999"))
        #expect(!uk.output.contains("988"))
        let us = try Binary.run([], lines: ["I want to end my life"])
        #expect(us.output.contains("988") && us.output.contains("911"))
    }

    @Test func anUnknownRegionIsAUsageErrorThatListsTheKnownOnes() throws {
        let result = try Binary.run(["--region", "atlantis"], lines: ["hello"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("atlantis") && result.stderr.contains("uk"))
    }

    @Test func aClinicTerminalNamesItsStaff() throws {
        let home = try Binary.run([], lines: ["I have chest pain"])
        #expect(!home.output.contains("staff member"))
        let clinic = try Binary.run(["--staff-on-site"], lines: ["I have chest pain"])
        #expect(clinic.output.contains("staff member"))
    }
}
