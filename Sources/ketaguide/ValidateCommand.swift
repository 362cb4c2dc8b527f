import ArgumentParser
import Foundation
import GuideEngine
import GuideTerminal

/// `ketaguide validate`: checks a knowledge base before it is published.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check every knowledge-base file and print each problem as path:line: error|warning: message.",
        discussion: """
            Errors (malformed files, duplicate ids, empty sections, example questions the safety screen \
            catches) make it exit 65; warnings (unused synonyms, example questions that match another intent, \
            passages nothing reaches, overdue reviews, hard reading level) are advice and exit 0.
            """
    )

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: ArgumentHelp("Check review dates against this day (YYYY-MM-DD) instead of today.", valueName: "day"))
    var today: String?

    func validate() throws {
        if let today, !CalendarDay.isValid(today) {
            throw ValidationError("--today must be a day in the form YYYY-MM-DD, not '\(today)'")
        }
    }

    func run() throws {
        guard let directory = knowledgeBase.kb ?? KnowledgeBaseLocator.locate() else {
            printError("ketaguide: cannot find the bundled knowledge base; give its folder with --kb DIR")
            throw ExitCode(66)
        }
        let validator = KnowledgeBaseValidator(today: today ?? CalendarDay.string(from: Date()))
        let report: ValidationReport
        do {
            report = try validator.validate(directory: directory)
        } catch {
            printError("ketaguide: \(error)")
            throw ExitCode(66)
        }
        // File names and quoted passages come from the knowledge base: no escape sequence of
        // theirs reaches the terminal raw.
        for diagnostic in report.diagnostics {
            printSanitized(diagnostic.description)
        }
        if report.stoppedAtLoading {
            print("(the other checks run once the knowledge base loads)")
        }
        print(report.summary)
        if report.hasErrors { throw ExitCode(65) }
    }
}
