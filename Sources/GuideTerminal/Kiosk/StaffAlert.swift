import Foundation

/// Pages staff when a visitor's message is a crisis or an emergency, by
/// running the clinic's command with the kiosk's id and the status in its
/// environment, never the visitor's words.
public struct StaffAlert: Sendable {
    public let command: String
    public let kioskID: String

    public init(command: String, kioskID: String) {
        self.command = command
        self.kioskID = kioskID
    }

    /// Starts the command without waiting for it; a failure is logged to
    /// stderr and does not disturb the visitor.
    public func send(status: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var environment = ProcessInfo.processInfo.environment
        environment["KETAGUIDE_KIOSK_ID"] = kioskID
        environment["KETAGUIDE_STATUS"] = status
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.standardError
        let kioskID = self.kioskID
        process.terminationHandler = { finished in
            if finished.terminationStatus != 0 {
                FileHandle.standardError.write(
                    Data("ketaguide: alert command for \(kioskID) exited with status \(finished.terminationStatus)\n".utf8))
            }
        }
        do {
            try process.run()
        } catch {
            FileHandle.standardError.write(Data("ketaguide: cannot run the alert command: \(error)\n".utf8))
        }
    }
}
