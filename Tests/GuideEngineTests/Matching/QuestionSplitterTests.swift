import GuideEngine
import Testing

/// A message is cut into its questions at sentence ends and at joining and
/// comparing words; an ending that adds nothing ("or not") is no second side.
struct QuestionSplitterTests {
    let splitter = QuestionSplitter(partSeparators: ["and also", "and"], comparisonWords: ["or", "vs"], tails: ["or not"])

    @Test func sentencesJoiningAndComparingWordsMakeParts() {
        #expect(splitter.parts(of: "How much is it, and is it addictive?").map(\.text) == ["how much is it", "is it addictive"])
        let sides = splitter.parts(of: "IV or nasal spray?")
        #expect(sides.map(\.text) == ["iv", "nasal spray"])
        #expect(sides.map(\.isComparison) == [false, true])
        #expect(splitter.parts(of: "Is it safe? Is it addictive?").count == 2)
        #expect(splitter.parts(of: "what is spravato").map(\.text) == ["what is spravato"])
    }

    @Test func anEndingThatAddsNothingIsNoSecondSide() {
        #expect(splitter.parts(of: "is it allowed by law or not?").map(\.text) == ["is it allowed by law"])
        #expect(splitter.parts(of: "is the spray safe or not, and is it addictive").map(\.text) == ["is the spray safe", "is it addictive"],
            "at the end of a clause too")
        #expect(splitter.parts(of: "spray or infusion or not").map(\.text) == ["spray", "infusion"])
    }

    @Test func oneWordJoinedOnIsPartOfTheSameQuestion() {
        #expect(splitter.parts(of: "should I tell my doctor what I'm taking and using?").count == 1)
        #expect(splitter.parts(of: "is it safe and effective").map(\.text) == ["is it safe and effective"])
        #expect(splitter.parts(of: "is it safe and is it addictive").count == 2, "a second question is still one")
        #expect(splitter.parts(of: "IV or spray?").map(\.text) == ["iv", "spray"], "a comparison keeps its one-word side")
    }

    @Test func aHeadlinesTopicBeforeAColonIsAPartMarkedSo() {
        let parts = splitter.parts(of: "Ketamine for depression: how many sessions does it take?")
        #expect(parts.map(\.text) == ["ketamine for depression", "how many sessions does it take"])
        #expect(parts.map(\.isHeadline) == [true, false])
        #expect(splitter.parts(of: "IV or spray: which is faster?").map(\.isHeadline) == [true, true, false], "both sides of it")
        #expect(splitter.parts(of: "my appointment is at 10:30, is that right?").allSatisfy { !$0.isHeadline }, "a time is no headline")
    }
}
