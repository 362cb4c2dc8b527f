/// The lines of a document file that the model does not keep: where each
/// `> ask:` question and each front-matter key is written.
///
/// The loader stores a section's example questions as plain strings, which
/// is all answering needs; the validator needs their lines to point authors
/// at them, so it reads the file again and pairs the questions up in order.
struct DocumentSourceLines {
    /// An example question and where it is written: its section, its passage
    /// when it describes one, and its line.
    struct Site {
        var text: String
        var section: Int
        var passage: Int?
        var line: Int
    }

    /// `> ask:` questions in file order, with their lines.
    private(set) var questions: [(text: String, line: Int)] = []
    /// Front-matter keys and their lines.
    private(set) var frontMatter: [String: Int] = [:]

    init(text: String) {
        var inFrontMatter = false
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = rawLine.trimmingWhitespace()
            if line == 1 && content == "---" {
                inFrontMatter = true
                continue
            }
            if inFrontMatter {
                if content == "---" {
                    inFrontMatter = false
                } else if let colon = content.firstIndex(of: ":") {
                    frontMatter[String(content[..<colon]).trimmingWhitespace()] = line
                }
                continue
            }
            guard content.hasPrefix(">") else { continue }
            let meta = content.dropFirst().trimmingWhitespace()
            if meta.hasPrefix("ask:") {
                questions.append((meta.dropFirst("ask:".count).trimmingWhitespace(), line))
            }
        }
    }

    /// Pairs the document's questions, in model order (each section's own,
    /// then its passages'), with their lines; a question that cannot be found
    /// gets `fallback`'s line (its section's or passage's).
    func lines(for document: KnowledgeDocument) -> [Site] {
        var result: [Site] = []
        var next = 0
        func take(_ question: String, fallback: Int) -> Int {
            if next < questions.count, questions[next].text == question {
                next += 1
                return questions[next - 1].line
            }
            return questions.first { $0.text == question }?.line ?? fallback
        }
        for (sectionIndex, section) in document.sections.enumerated() {
            for question in section.questions {
                result.append(Site(text: question, section: sectionIndex, passage: nil, line: take(question, fallback: section.line)))
            }
            for (passageIndex, passage) in section.passages.enumerated() {
                for question in passage.questions {
                    result.append(Site(text: question, section: sectionIndex, passage: passageIndex, line: take(question, fallback: passage.line)))
                }
            }
        }
        return result
    }
}

