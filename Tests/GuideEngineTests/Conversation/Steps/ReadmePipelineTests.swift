import Foundation
import GuideEngine
import Testing

/// The README's table of reply steps is the pipeline: the same steps in the
/// same order, and the same finishing steps, so the README stays true.
struct ReadmePipelineTests {
    static func readme() throws -> String {
        try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// Backquoted names ending in "Step" in `text`, in order.
    static func stepNames(in text: Substring) -> [String] {
        text.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 && $0.element.hasSuffix("Step") }.map { String($0.element) }
    }

    @Test func theStepsTableListsThePipelinesStepsInOrder() throws {
        let readme = try Self.readme()
        let start = try #require(readme.range(of: "| step | replies when |"))
        let table = readme[start.upperBound...].components(separatedBy: "\n\n").first ?? ""
        let listed = Self.stepNames(in: Substring(table))
        let running = ReplyPipeline.standard.steps.map { String(describing: type(of: $0)) }
        #expect(listed == running)
    }

    @Test func theFinishingStepsAreNamedInOrder() throws {
        let readme = try Self.readme()
        let start = try #require(readme.range(of: "Then the finishing steps add their fields:"))
        let sentence = readme[start.upperBound...].prefix { $0 != "." }
        #expect(Self.stepNames(in: sentence) == ReplyPipeline.standard.finishing.map { String(describing: type(of: $0)) })
    }
}
