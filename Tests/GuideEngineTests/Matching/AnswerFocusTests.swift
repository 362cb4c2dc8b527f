import GuideEngine
import Testing

/// A narrow question gets its passage; a broad one gets the section's list.
struct AnswerFocusTests {
    @Test func aQuestionAboutNauseaGetsTheNauseaPassageOnly() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "Will ketamine make me nauseous?")
        #expect(reply.status == .answered)
        #expect(reply.intent == "risks.nausea-dizziness")
        #expect(reply.answer.contains("nausea or dizziness"))
        #expect(!reply.answer.contains("blood pressure"))
        #expect(reply.citations.count == 2, "the list's lead-in and the item")
    }

    @Test func aBroadQuestionGetsTheWholeList() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "what are the side effects")
        #expect(reply.intent == "risks")
        for word in ["Dissociation", "blood pressure", "dependence", "nausea"] {
            #expect(reply.answer.contains(word))
        }
        #expect(reply.citations.map(\.number) == Array(1...reply.citations.count))
    }

    @Test func everyAnsweredPartIsQuotedVerbatimAndCited() throws {
        let engine = try Fixtures.engine()
        let passages = Set(engine.knowledgeBase.sections.flatMap(\.passages).map(\.text))
        for question in ["How does ketamine work?", "what is spravato", "Is it addictive?", "can it treat ptsd"] {
            var session = engine.makeSession()
            let reply = session.respond(to: question)
            #expect(reply.status == .answered, "\(question)")
            for line in reply.answer.split(separator: "\n") {
                let text = line.hasPrefix("- ") ? line.dropFirst(2) : line[...]
                guard let marker = text.range(of: " [", options: .backwards) else {
                    Issue.record("no citation marker in '\(line)'")
                    continue
                }
                #expect(passages.contains(String(text[..<marker.lowerBound])), "'\(line)' is not a verbatim passage")
            }
            for citation in reply.citations {
                #expect(citation.path.hasPrefix("KnowledgeBase/documents/"))
                #expect(citation.line > 0)
            }
        }
    }

    @Test func outOfScopeGetsNoMatchWithSuggestions() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "what's the weather like tomorrow")
        #expect(reply.status == .noMatch)
        #expect(reply.citations.isEmpty)
        #expect((1...3).contains(reply.suggestions.count))
        #expect(reply.answer.contains("care team"))
    }

    /// Half covered: the form is known, its cost is not; the guide must not
    /// answer "what does an infusion cost" with what an infusion is.
    @Test func anUncoveredTopicNamedBesideACoveredOneIsNotAnswered() throws {
        let engine = try Fixtures.engine()
        for question in ["what does an infusion cost", "how much is a spravato treatment", "what's the price of an iv infusion"] {
            var session = engine.makeSession()
            #expect(session.respond(to: question).status == .noMatch, "\(question)")
        }
        // The rule alone, without the kinds of question (which decline "price" too).
        let withoutKinds = try KnowledgeBaseLoader().load(
            directory: Fixtures.scratchKnowledgeBase(["language/question-kinds-en.txt": nil]))
        #expect(ChatEngine(knowledgeBase: withoutKinds).matcher.match("what's the price of an iv infusion").intent == nil)
        var withoutRule = MatcherConfiguration()
        withoutRule.uncoveredShare = 2
        let unruled = ChatEngine(knowledgeBase: withoutKinds, configuration: withoutRule)
        #expect(unruled.matcher.match("what's the price of an iv infusion").intent != nil, "without the rule the covered word wins")
        var session = engine.makeSession()
        #expect(session.respond(to: "what is an iv infusion").intent == "forms.iv-infusion")
    }

    @Test func aComparisonCitesBothSides() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "IV or nasal spray?")
        #expect(reply.intent == "forms")
        #expect(reply.answer.contains("IV drip"))
        #expect(reply.answer.contains("nasal spray"))
    }

    @Test func aHalfCoveredQuestionSaysWhichPartItCannotAnswer() throws {
        var session = try Fixtures.engine().makeSession()
        let reply = session.respond(to: "how much does it cost and is it addictive")
        #expect(reply.intent == "risks.dependence")
        #expect(reply.answer.contains("can't answer this part"))
        #expect(reply.unansweredParts == ["how much does it cost"])
    }
}

struct ClarifyTests {
    /// Two unrelated intents fit almost equally: the guide asks instead of guessing.
    @Test func closeIntentsGetADidYouMeanQuestion() throws {
        var session = try Fixtures.engine().makeSession()
        // Only the subject's and question words ("what is ketamine" alone gets the overview).
        let reply = session.respond(to: "how do people get it")
        #expect(reply.status == .clarify)
        #expect(reply.options.count == 2)
        #expect(reply.suggestions.isEmpty, "the options are listed once, numbered")
        #expect(reply.citations.isEmpty)
        #expect(Evaluator.label(of: reply) == "clarify")
    }

    @Test func aClearWinnerIsAnsweredWithoutAsking() throws {
        var engine = MatcherConfiguration()
        engine.clarifyMargin = 2
        var never = try Fixtures.engine(engine).makeSession()
        #expect(never.respond(to: "what is ketamine therapy").status == .answered)
        var session = try Fixtures.engine().makeSession()
        #expect(session.respond(to: "is ketamine addictive").status == .answered)
    }
}
