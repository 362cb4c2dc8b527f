import Foundation
import GuideEngine
import Testing
import TestSupport

extension Authoring {
    struct UnansweredLogTests {
        /// 2026-03-04 at noon UTC, written in UTC.
        static let day = Date(timeIntervalSince1970: 1_772_625_600)

        static func temporaryLog() -> String {
            TestScratch.directory.appendingPathComponent("ketaguide-unanswered-\(UUID().uuidString).tsv").path
        }

        static func log(_ path: String, engine: ChatEngine) throws -> UnansweredLog {
            let privacy = try PrivacyFilter.load(knowledgeBaseDirectory: Fixtures.bundledDirectory)
            var log = UnansweredLog(path: path, privacy: privacy)
            log.timeZone = TimeZone(identifier: "UTC") ?? .current
            return log
        }

        @Test func writesOnlyTheQuestionsTheGuideCouldNotAnswer() throws {
            let engine = try Fixtures.engine()
            let path = Self.temporaryLog()
            let log = try Self.log(path, engine: engine)
            var session = engine.makeSession()
            var statuses: [Reply.Status] = []
            for question in ["how much does it cost", "I want to kill myself", "Is ketamine addictive?"] {
                let reply = session.respond(to: question)
                statuses.append(reply.status)
                try log.append(reply: reply, on: Self.day)
            }
            #expect(statuses == [.noMatch, .crisis, .answered])
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "2026-03-04\thow much does it cost\n")
            let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(permissions == 0o600)
        }

        @Test func neverWritesSafetyRepliesSmallTalkOrCommands() throws {
            let engine = try Fixtures.engine()
            let path = Self.temporaryLog()
            let log = try Self.log(path, engine: engine)
            var session = engine.makeSession()
            for message in [
                "I have chest pain", "Should I stop taking my antidepressants?", "I want to die", "hello", "/help", "",
            ] {
                let reply = session.respond(to: message)
                #expect(try log.append(reply: reply, on: Self.day) == 0, "\(message) → \(reply.status)")
            }
            #expect(!FileManager.default.fileExists(atPath: path), "nothing to write, no file")
        }

        @Test func writesTheUnansweredPartOfAHalfAnsweredMessage() throws {
            let engine = try Fixtures.engine()
            let path = Self.temporaryLog()
            let log = try Self.log(path, engine: engine)
            var session = engine.makeSession()
            let reply = session.respond(to: "Is it addictive, and how much does it cost?")
            #expect(reply.status == .answered)
            #expect(reply.unansweredParts == ["how much does it cost"])
            try log.append(reply: reply, on: Self.day)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "2026-03-04\thow much does it cost\n")
        }

        /// The log reads the reply's fields, never its prose: an answer that
        /// merely quotes the partial reply's wording logs nothing.
        @Test func readsTheUnansweredPartsNotTheAnswerText() throws {
            let engine = try Fixtures.engine()
            let path = Self.temporaryLog()
            let log = try Self.log(path, engine: engine)
            let partial = engine.settings.reply("partial")
            let prose = Reply(input: "is it addictive", status: .answered, answer: "Yes. \(partial) \"is it legal\"")
            #expect(try log.append(reply: prose, on: Self.day) == 0)
            let parts = Reply(
                input: "Is it addictive, and Is It Legal?", status: .answered, answer: "Yes.", unansweredParts: ["Is It Legal"])
            #expect(try log.append(reply: parts, on: Self.day) == 1)
            let clarify = Reply(input: "tell me about it", status: .clarify, answer: "", options: ["A?", "B?"])
            #expect(try log.append(reply: clarify, on: Self.day) == 1)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "2026-03-04\tIs It Legal\n2026-03-04\ttell me about it\n")
        }

        @Test func appendsToTheFileAndKeepsOneQuestionPerLine() throws {
            let engine = try Fixtures.engine()
            let path = Self.temporaryLog()
            try "2026-03-01\tearlier question\n".write(toFile: path, atomically: true, encoding: .utf8)
            let log = try Self.log(path, engine: engine)
            let reply = Reply(input: "is it\tcovered\nby insurance\u{7}?", status: .noMatch, answer: "")
            try log.append(reply: reply, on: Self.day)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "2026-03-01\tearlier question\n2026-03-04\tis it covered by insurance ?\n")
        }

        @Test func keepsNoNameNumberEmailOrDate() throws {
            let engine = try Fixtures.engine()
            let path = Self.temporaryLog()
            let log = try Self.log(path, engine: engine)
            for line in [
                "my name is John Smith and I live at 12 Oak Street, how much is it",
                "call me on 555-123-4567 about the price",
                "my email is jane.doe@example.com, does insurance pay",
                "I am Maria Garcia born 04/05/1980, what does an infusion cost",
            ] {
                try log.append(reply: Reply(input: line, status: .noMatch, answer: ""), on: Self.day)
            }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text == "2026-03-04\thow much is it\n2026-03-04\tdoes insurance pay\n2026-03-04\twhat does an infusion cost\n")
            for detail in ["John", "Smith", "Oak", "12", "555", "jane", "@", "Maria", "Garcia", "1980", "04/05"] {
                #expect(!text.contains(detail), "\(detail)")
            }
        }

        @Test func dropsLinesOlderThanTheRetentionWhenWriting() throws {
            let engine = try Fixtures.engine()
            let path = Self.temporaryLog()
            try "2025-11-01\tvery old\nnot a dated line\n2026-01-10\tjust too old\n2026-01-20\trecent\n"
                .write(toFile: path, atomically: true, encoding: .utf8)
            var log = try Self.log(path, engine: engine)
            log.retentionDays = 45  // 2026-03-04 minus 45 days: 2026-01-18
            try log.append(reply: Reply(input: "is there parking", status: .noMatch, answer: ""), on: Self.day)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "2026-01-20\trecent\n2026-03-04\tis there parking\n")
            let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(permissions == 0o600)
        }

        @Test func recentLinesAreLeftAsTheyAre() throws {
            let engine = try Fixtures.engine()
            let path = Self.temporaryLog()
            try "2026-03-01\tearlier\n".write(toFile: path, atomically: true, encoding: .utf8)
            let log = try Self.log(path, engine: engine)
            #expect(log.retentionDays == UnansweredLog.defaultRetentionDays)
            try log.append(reply: Reply(input: "is there parking", status: .noMatch, answer: ""), on: Self.day)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "2026-03-01\tearlier\n2026-03-04\tis there parking\n")
        }

        @Test func groupsSimilarQuestionsByFrequency() throws {
            let engine = try Fixtures.engine()
            let text = """
                2026-03-01\thow much does it cost
                2026-03-02\tWhat does it cost?
                2026-03-02\tis it covered by insurance
                2026-03-05\thow much does it cost
                2026-03-06\thow much does ketamine cost
                not a log line
                2026-03-07\tdoes insurance cover it
                """
            let (entries, problems) = UnansweredReport.parse(text, path: "unanswered.tsv")
            #expect(entries.count == 6)
            #expect(problems.map(\.line) == [6])
            let report = UnansweredReport(
                entries: entries, analyzer: engine.matcher.analyzer, subjectWords: engine.settings.subject)
            #expect(report.groups.map(\.count) == [4, 2])
            let cost = try #require(report.groups.first)
            #expect(cost.example == "how much does it cost")
            #expect(Set(cost.wordings.map(\.text)) == ["how much does it cost", "What does it cost?", "how much does ketamine cost"])
            #expect(cost.firstDay == "2026-03-01" && cost.lastDay == "2026-03-06")
            let rendered = report.rendered()
            #expect(rendered.hasPrefix("6 unanswered questions in 2 groups, 2026-03-01 to 2026-03-07"))
            #expect(rendered.contains("4  \"how much does it cost\"  (2026-03-01 to 2026-03-06)"))
        }

        @Test func unrelatedQuestionsStayApart() throws {
            let engine = try Fixtures.engine()
            let entries = [
                UnansweredReport.Entry(day: "2026-03-01", question: "how much does it cost", line: 1),
                UnansweredReport.Entry(day: "2026-03-01", question: "where do I park", line: 2),
            ]
            let report = UnansweredReport(entries: entries, analyzer: engine.matcher.analyzer, subjectWords: engine.settings.subject)
            #expect(report.groups.count == 2)
        }
    }
}
