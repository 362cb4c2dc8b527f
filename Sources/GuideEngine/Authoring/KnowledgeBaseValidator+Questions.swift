/// Checks that ask the engine itself: the example questions and keywords are
/// put to the safety screen and the matcher exactly as a reader's question
/// would be.
extension KnowledgeBaseValidator {
    /// Example questions the safety screen flags.
    ///
    /// A crisis or emergency phrase is an error: a reader who asks the
    /// question gets only the crisis or emergency message, never the answer,
    /// so the question teaches the matcher something no one can reach. A
    /// referral is a warning: the referral reply sends the reader to the care
    /// team first but still quotes the matching answer, so the question works,
    /// though it reads as a personal decision to the guide.
    func questionsCaughtBySafetyScreen(engine: ChatEngine) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for document in engine.knowledgeBase.documents {
            for site in document.exampleQuestions {
                guard case .flagged(let status, let pattern, _) = engine.safety.screen(site.text) else { continue }
                let phrase = "\(pattern.path):\(pattern.line) '\(pattern.needsFirstPerson ? "about-me" : "say"): \(pattern.text)'"
                let isReferral = status == .referral
                let consequence =
                    isReferral
                    ? "readers asking it are referred to the care team before they get this answer"
                    : "readers asking it get the \(status.rawValue) message and never this answer"
                diagnostics.append(
                    Diagnostic(
                        path: document.path, line: site.line, severity: isReferral ? .warning : .error,
                        message: "example question '\(site.text)' is caught by the safety screen as \(status.rawValue) (\(phrase)), so \(consequence); reword the question or the phrase"))
            }
        }
        return diagnostics
    }

    /// Example questions whose best match is an unrelated intent.
    ///
    /// A section's question matching one of its own passages, or a passage's
    /// question matching its section, is fine (`Intent.isRelated(to:)`); a
    /// question that lands elsewhere means two intents compete for the same
    /// words, and one of them needs better keywords or questions. A question
    /// that gets no answer at all, or is closest to `not-covered.txt`, is
    /// reported too.
    func questionsMatchingOtherIntents(engine: ChatEngine) -> [Diagnostic] {
        let knowledgeBase = engine.knowledgeBase
        var diagnostics: [Diagnostic] = []
        for (documentIndex, document) in knowledgeBase.documents.enumerated() {
            for site in document.exampleQuestions {
                let own = Self.intent(of: site, document: documentIndex, in: knowledgeBase)
                let match = engine.matcher.match(site.text)
                let ownPlace = Self.place(of: own, in: knowledgeBase)
                var problem: String?
                if match.isNotCovered {
                    problem = "is closest to a topic of \(knowledgeBase.displayName)/not-covered.txt, so it gets no answer"
                } else if let best = match.intent ?? match.candidates.first?.intent, !best.isRelated(to: own) {
                    problem = "best matches \(best.id) (\(Self.place(of: best, in: knowledgeBase))) instead"
                } else if match.intent == nil {
                    let confidence = String(format: "%.2f", match.confidence)
                    problem = "gets no answer (confidence \(confidence) is below \(engine.matcher.configuration.threshold))"
                }
                guard let problem else { continue }
                diagnostics.append(
                    Diagnostic(
                        path: document.path, line: site.line, severity: .warning,
                        message: "example question '\(site.text)' of \(own.id) (\(ownPlace)) \(problem); give the intents words that tell them apart"))
            }
        }
        return diagnostics
    }

    /// Passages that no example question or keyword of the knowledge base
    /// brings into an answer.
    ///
    /// Every example question and every keyword (each asked alone, as a
    /// reader might type it) is matched; the passages of the answers given
    /// are reached. A passage outside every such answer can only be found by
    /// a reader who happens to use its exact words.
    func unreachedPassages(engine: ChatEngine) -> [Diagnostic] {
        let knowledgeBase = engine.knowledgeBase
        var queries: Set<String> = []
        for section in knowledgeBase.sections {
            queries.formUnion(section.questions + section.keywords)
            for passage in section.passages { queries.formUnion(passage.questions + passage.keywords) }
        }
        var reached: Set<String> = []
        for query in queries.sorted() {
            guard let intent = engine.matcher.match(query).intent else { continue }
            for citation in engine.composer.compose([intent]).citations {
                reached.insert("\(citation.path):\(citation.line)")
            }
        }
        var diagnostics: [Diagnostic] = []
        for document in knowledgeBase.documents {
            for section in document.sections {
                for passage in section.passages where !reached.contains("\(document.path):\(passage.line)") {
                    let owner = passage.id ?? section.id
                    diagnostics.append(
                        Diagnostic(
                            path: document.path, line: passage.line, severity: .warning,
                            message: "no example question or keyword reaches this passage of \(owner) (\"\(Self.excerpt(passage.text))\"); add '> keywords:' or '> ask:' lines that lead to it"))
                }
            }
        }
        return diagnostics
    }
}
