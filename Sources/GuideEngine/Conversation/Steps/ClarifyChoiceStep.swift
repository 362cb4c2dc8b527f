import Foundation

/// The line after "Which did you mean?" that picks an option: its number
/// ("1", "2"), an ordinal ("the first one", "the second"), a yes when there
/// was one option, or the option's own words. Anything else is a new
/// question, answered by the steps after this one.
public struct ClarifyChoiceStep: ReplyStep {
    public init() {}

    public func reply(to turn: inout Turn, in session: inout ChatSession) -> Reply? {
        let choices = session.context.pendingChoice
        guard !choices.isEmpty, let index = pick(turn.message.input, among: choices, in: session) else { return nil }
        let intent = choices[index]
        session.remember(intent)
        turn.wholeAnswer = intent
        let composed = session.compose([intent])
        return Reply(
            input: turn.message.input, status: .answered, intent: intent.id, confidence: 1, answer: composed.answer,
            citations: composed.citations)
    }

    private func pick(_ input: String, among choices: [Intent], in session: ChatSession) -> Int? {
        let words = Self.words(input)
        if let index = session.settings.choiceWords.pick(words, among: choices.count) { return index }
        // The option's own words, as offered.
        return choices.firstIndex { choice in
            session.engine.composer.exampleQuestion(for: choice).map { Self.words($0) == words } ?? false
        }
    }

    /// Lower-cased words of letters and digits, apostrophes dropped.
    static func words(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
