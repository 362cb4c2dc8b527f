/// An example question (`> ask:`) and where it is written: its section, its
/// passage when it describes one, and its line, for checks that put every
/// example question to the engine and point the author at the ones that fail.
struct ExampleQuestion {
    var text: String
    var section: Int
    var passage: Int?
    var line: Int
}

extension KnowledgeDocument {
    /// The document's example questions in order: each section's own, then
    /// its passages'. A question made in code (line 0) is placed at its
    /// section's or passage's line.
    var exampleQuestions: [ExampleQuestion] {
        var result: [ExampleQuestion] = []
        for (sectionIndex, section) in sections.enumerated() {
            for (question, line) in zip(section.questions, section.questionLines) {
                result.append(ExampleQuestion(text: question, section: sectionIndex, passage: nil, line: line > 0 ? line : section.line))
            }
            for (passageIndex, passage) in section.passages.enumerated() {
                for (question, line) in zip(passage.questions, passage.questionLines) {
                    result.append(
                        ExampleQuestion(text: question, section: sectionIndex, passage: passageIndex, line: line > 0 ? line : passage.line))
                }
            }
        }
        return result
    }
}
