/// Reduces English words to a common stem so that "risks", "risky" and "risk" meet in the index.
///
/// Questions and answers rarely use the same inflection of a word ("infusion" in one,
/// "infusions" in the other), so both sides are stemmed before they are matched.
///
/// The algorithm is Porter2, Snowball's "English" stemmer, as Snowball ships it today
/// (version 3): steps 0 to 5 over the regions R1 and R2, consonant `y` marked as `Y`,
/// R1 set after the prefixes gener, commun, arsen, emerg, inter, later, organ, past and
/// univers, and the exceptional forms (skies → sky, idly → idl, news kept, dying → die,
/// inning and proceed kept whole, …). Its output is the reference implementation's,
/// word for word.
///
/// Not handled: the input is expected lowercased and already folded (the tokenizer does
/// both), so a word with anything but ASCII `a`–`z` and `'` (capitals, digits, non-ASCII
/// letters) is returned unchanged, as are words of one or two letters.
///
/// It runs on every token of every document and query, so it works in place on a small
/// byte buffer and never indexes a `String`.
public struct EnglishStemmer: Stemmer {
    public init() {}

    /// The Porter2 stem of `word`, or `word` itself when it is not a plain lowercase ASCII word.
    public func stem(_ word: String) -> String {
        var contiguous = word
        return contiguous.withUTF8 { Self.stem(utf8: $0) } ?? word
    }

    /// The stem of a word given as UTF-8, or nil when it is the word itself.
    private static func stem(utf8 source: UnsafeBufferPointer<UInt8>) -> String? {
        let length = source.count
        guard length > 2, let sourceBase = source.baseAddress else { return nil }
        for byte in source where !isWordByte(byte) {
            return nil
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 1) { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            base.initialize(from: sourceBase, count: length)
            var word = Word(bytes: base, count: length)
            if let exception = word.exceptionalForm() { return exception }
            word.stem()
            if word.bytes == base, word.count == length, word.equals(bytesAt: sourceBase) { return nil }
            return String(decoding: UnsafeBufferPointer(start: word.bytes, count: word.count), as: UTF8.self)
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "'")
    }
}

// MARK: - Algorithm

/// The word being stemmed: lowercase ASCII bytes that only ever shrink, or grow back by
/// one letter after shrinking, so they stay within the buffer they were copied into.
private struct Word {
    /// The first letter; moves on by one when a leading apostrophe is dropped.
    var bytes: UnsafeMutablePointer<UInt8>
    var count: Int
    /// Where regions R1 and R2 start (`count` when they are empty).
    var p1 = 0
    var p2 = 0

    init(bytes: UnsafeMutablePointer<UInt8>, count: Int) {
        self.bytes = bytes
        self.count = count
    }

    mutating func stem() {
        let markedY = prelude()
        markRegions()
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        if markedY {
            for index in 0..<count where bytes[index] == .upperY {
                bytes[index] = .y
            }
        }
    }

    // MARK: Exceptions

    /// Whole words with a fixed stem, checked before anything else.
    func exceptionalForm() -> String? {
        guard count >= 3, count <= 6 else { return nil }
        switch bytes[0] {
        case .a:
            if equals("andes") { return "andes" }
            if equals("atlas") { return "atlas" }
        case .b:
            if equals("bias") { return "bias" }
        case .c:
            if equals("cosmos") { return "cosmos" }
        case .e:
            if equals("early") { return "earli" }
        case .g:
            if equals("gently") { return "gentl" }
        case .h:
            if equals("howe") { return "howe" }
        case .i:
            if equals("idly") { return "idl" }
        case .n:
            if equals("news") { return "news" }
        case .o:
            if equals("only") { return "onli" }
        case .s:
            if equals("singly") { return "singl" }
            if equals("skies") || equals("sky") { return "sky" }
            if equals("skis") { return "ski" }
        case .u:
            if equals("ugly") { return "ugli" }
        default:
            break
        }
        return nil
    }

    // MARK: Prelude and regions

    /// Drops a leading apostrophe and marks consonant `y` (initial, or after a vowel) as `Y`.
    /// Returns whether any `Y` was marked.
    private mutating func prelude() -> Bool {
        if count > 0, bytes[0] == .apostrophe {
            bytes += 1
            count -= 1
        }
        guard count > 0 else { return false }
        var marked = false
        if bytes[0] == .y {
            bytes[0] = .upperY
            marked = true
        }
        var index = 0
        while index + 1 < count {
            if isVowel(bytes[index]), bytes[index + 1] == .y {
                bytes[index + 1] = .upperY
                marked = true
            }
            index += 1
        }
        return marked
    }

    private mutating func markRegions() {
        p1 = count
        p2 = count
        let start: Int
        if let prefix = regionPrefixLength() {
            start = prefix
        } else if let end = pastVowelThenNonVowel(from: 0) {
            start = end
        } else {
            return
        }
        p1 = start
        if let end = pastVowelThenNonVowel(from: start) {
            p2 = end
        }
    }

    /// Words starting with these prefixes get R1 right after the prefix.
    private func regionPrefixLength() -> Int? {
        guard count >= 4 else { return nil }
        switch bytes[0] {
        case .a: return startsWith("arsen") ? 5 : nil
        case .c: return startsWith("commun") ? 6 : nil
        case .e: return startsWith("emerg") ? 5 : nil
        case .g: return startsWith("gener") ? 5 : nil
        case .i: return startsWith("inter") ? 5 : nil
        case .l: return startsWith("later") ? 5 : nil
        case .o: return startsWith("organ") ? 5 : nil
        case .p: return startsWith("past") ? 4 : nil
        case .u: return startsWith("univers") ? 7 : nil
        default: return nil
        }
    }

    /// The position just after the first non-vowel that follows a vowel, from `start`.
    private func pastVowelThenNonVowel(from start: Int) -> Int? {
        var index = start
        while index < count, !isVowel(bytes[index]) { index += 1 }
        guard index < count else { return nil }
        index += 1
        while index < count, isVowel(bytes[index]) { index += 1 }
        guard index < count else { return nil }
        return index + 1
    }

    // MARK: Step 0 and 1a

    private mutating func step1a() {
        // Step 0: possessive apostrophes.
        if endsWith("'s'") {
            count -= 3
        } else if endsWith("'s") {
            count -= 2
        } else if count > 0, bytes[count - 1] == .apostrophe {
            count -= 1
        }

        if endsWith("sses") {
            count -= 2
        } else if endsWith("ied") || endsWith("ies") {
            replaceIES()
        } else if endsWith("ss") || endsWith("us") {
            return
        } else if count >= 2, bytes[count - 1] == .s {
            // Drop the "s" if a vowel comes earlier than the letter just before it ("gaps", not "gas").
            if containsVowel(before: count - 2) {
                count -= 1
            }
        }
    }

    /// "ied"/"ies" become "i" after two or more letters ("cries" → "cri"), else "ie" ("ties" → "tie").
    private mutating func replaceIES() {
        let start = count - 3
        count = start >= 2 ? start + 1 : start + 2
    }

    // MARK: Step 1b

    private mutating func step1b() {
        if endsWith("eedly") {
            replaceEED(suffixLength: 5)
        } else if endsWith("ingly") {
            removeVerbalSuffix(length: 5)
        } else if endsWith("edly") {
            removeVerbalSuffix(length: 4)
        } else if endsWith("eed") {
            replaceEED(suffixLength: 3)
        } else if endsWith("ing") {
            removeING()
        } else if endsWith("ed") {
            removeVerbalSuffix(length: 2)
        }
    }

    /// "eed"/"eedly" in R1 become "ee", except in "proceed", "exceed" and "succeed".
    private mutating func replaceEED(suffixLength: Int) {
        let start = count - suffixLength
        guard start >= p1 else { return }
        if start == 4, startsWith("succ") || startsWith("proc") { return }
        if start == 3, startsWith("exc") { return }
        count = start + 2
    }

    private mutating func removeING() {
        let start = count - 3
        // "dying", "lying", "tying", "vying": consonant + "ying" → consonant + "ie".
        if start == 2, bytes[1] == .y, !isVowel(bytes[0]) {
            bytes[1] = .i
            bytes[2] = .e
            count = 3
            return
        }
        // "inning", "outing", "canning", "herring", "earring", "evening" stay whole.
        switch start {
        case 3:
            if startsWith("inn") || startsWith("out") { return }
        case 4:
            if startsWith("even") || startsWith("cann") || startsWith("earr") || startsWith("herr") { return }
        default:
            break
        }
        removeVerbalSuffix(length: 3)
    }

    /// Removes "ed", "edly", "ing" or "ingly" if a vowel precedes it, then tidies the end:
    /// "at"/"bl"/"iz" get an "e", double consonants are undoubled, short words get an "e".
    private mutating func removeVerbalSuffix(length: Int) {
        let start = count - length
        guard containsVowel(before: start) else { return }
        count = start
        guard count >= 2 else {
            addEIfShort()
            return
        }
        let last = bytes[count - 1]
        let previous = bytes[count - 2]
        switch (previous, last) {
        case (.a, .t), (.b, .l), (.i, .z):
            bytes[count] = .e
            count += 1
        case (.b, .b), (.d, .d), (.f, .f), (.g, .g), (.m, .m), (.n, .n), (.p, .p), (.r, .r), (.t, .t):
            // "added", "egged", "erred": a lone a/e/o before the pair keeps it.
            if count == 3, bytes[0] == .a || bytes[0] == .e || bytes[0] == .o { return }
            count -= 1
        default:
            addEIfShort()
        }
    }

    private mutating func addEIfShort() {
        if count == p1, endsWithShortSyllable(at: count) {
            bytes[count] = .e
            count += 1
        }
    }

    // MARK: Step 1c

    /// A final "y" after a consonant that is not the first letter becomes "i".
    private mutating func step1c() {
        guard count >= 3 else { return }
        let last = bytes[count - 1]
        guard last == .y || last == .upperY, !isVowel(bytes[count - 2]) else { return }
        bytes[count - 1] = .i
    }

    // MARK: Steps 2, 3 and 4

    /// Derivational suffixes in R1, replaced by a shorter form ("ization" → "ize").
    private mutating func step2() {
        guard count >= 2, let rule = step2Rule() else { return }
        apply(rule)
    }

    /// The longest step 2 suffix of the word, if its extra condition holds.
    private func step2Rule() -> SuffixRule? {
        switch bytes[count - 1] {
        case .i:
            if endsWith("lessli") { return SuffixRule(6, "less") }
            if endsWith("biliti") { return SuffixRule(6, "ble") }
            if endsWith("fulli") { return SuffixRule(5, "ful") }
            if endsWith("ousli") { return SuffixRule(5, "ous") }
            if endsWith("entli") { return SuffixRule(5, "ent") }
            if endsWith("aliti") { return SuffixRule(5, "al") }
            if endsWith("iviti") { return SuffixRule(5, "ive") }
            if endsWith("anci") { return SuffixRule(4, "ance") }
            if endsWith("enci") { return SuffixRule(4, "ence") }
            if endsWith("abli") { return SuffixRule(4, "able") }
            if endsWith("alli") { return SuffixRule(4, "al") }
            if endsWith("ogi") {
                // Only after "l": "analogi" → "analog".
                return letter(before: 3) == .l ? SuffixRule(3, "og") : nil
            }
            if endsWith("bli") { return SuffixRule(3, "ble") }
            if endsWith("li") {
                // Adverbs: "li" goes only after c, d, e, g, h, k, m, n, r or t.
                guard let letter = letter(before: 2), isValidLIEnding(letter) else { return nil }
                return SuffixRule(2, "")
            }
        case .l:
            if endsWith("ational") { return SuffixRule(7, "ate") }
            if endsWith("tional") { return SuffixRule(6, "tion") }
        case .m:
            if endsWith("alism") { return SuffixRule(5, "al") }
        case .n:
            if endsWith("ization") { return SuffixRule(7, "ize") }
            if endsWith("ation") { return SuffixRule(5, "ate") }
        case .r:
            if endsWith("izer") { return SuffixRule(4, "ize") }
            if endsWith("ator") { return SuffixRule(4, "ate") }
        case .s:
            if endsWith("iveness") { return SuffixRule(7, "ive") }
            if endsWith("fulness") { return SuffixRule(7, "ful") }
            if endsWith("ousness") { return SuffixRule(7, "ous") }
        case .t:
            if endsWith("ogist") { return SuffixRule(5, "og") }
        default:
            break
        }
        return nil
    }

    /// More derivational suffixes in R1 ("ative" in R2), shortened or removed.
    private mutating func step3() {
        guard count >= 3, let rule = step3Rule() else { return }
        apply(rule)
    }

    private func step3Rule() -> SuffixRule? {
        switch bytes[count - 1] {
        case .e:
            if endsWith("icate") { return SuffixRule(5, "ic") }
            if endsWith("ative") { return SuffixRule(5, "", inR2: true) }
            if endsWith("alize") { return SuffixRule(5, "al") }
        case .i:
            if endsWith("iciti") { return SuffixRule(5, "ic") }
        case .l:
            if endsWith("ational") { return SuffixRule(7, "ate") }
            if endsWith("tional") { return SuffixRule(6, "tion") }
            if endsWith("ical") { return SuffixRule(4, "ic") }
            if endsWith("ful") { return SuffixRule(3, "") }
        case .s:
            if endsWith("ness") { return SuffixRule(4, "") }
        default:
            break
        }
        return nil
    }

    /// Residual suffixes in R2, removed.
    private mutating func step4() {
        guard count >= 2, let rule = step4Rule() else { return }
        apply(rule)
    }

    private func step4Rule() -> SuffixRule? {
        switch bytes[count - 1] {
        case .c:
            if endsWith("ic") { return SuffixRule(2, "", inR2: true) }
        case .e:
            if endsWith("ance") || endsWith("ence") || endsWith("able") || endsWith("ible") {
                return SuffixRule(4, "", inR2: true)
            }
            if endsWith("ate") || endsWith("ive") || endsWith("ize") { return SuffixRule(3, "", inR2: true) }
        case .i:
            if endsWith("iti") { return SuffixRule(3, "", inR2: true) }
        case .l:
            if endsWith("al") { return SuffixRule(2, "", inR2: true) }
        case .m:
            if endsWith("ism") { return SuffixRule(3, "", inR2: true) }
        case .n:
            if endsWith("ion") {
                // Only after "s" or "t": "infusion" → "infus", "dissociation" → "dissoci".
                let letter = letter(before: 3)
                return letter == .s || letter == .t ? SuffixRule(3, "", inR2: true) : nil
            }
        case .r:
            if endsWith("er") { return SuffixRule(2, "", inR2: true) }
        case .s:
            if endsWith("ous") { return SuffixRule(3, "", inR2: true) }
        case .t:
            if endsWith("ement") { return SuffixRule(5, "", inR2: true) }
            if endsWith("ment") { return SuffixRule(4, "", inR2: true) }
            if endsWith("ent") || endsWith("ant") { return SuffixRule(3, "", inR2: true) }
        default:
            break
        }
        return nil
    }

    // MARK: Step 5

    private mutating func step5() {
        guard count >= 1 else { return }
        let start = count - 1
        switch bytes[start] {
        case .e:
            if start >= p2 || (start >= p1 && !endsWithShortSyllable(at: start)) {
                count -= 1
            }
        case .l:
            if start >= p2, start >= 1, bytes[start - 1] == .l {
                count -= 1
            }
        default:
            break
        }
    }

    // MARK: Helpers

    /// Replaces the rule's suffix by its (never longer) replacement if the suffix lies in its region.
    private mutating func apply(_ rule: SuffixRule) {
        let start = count - rule.length
        guard start >= (rule.inR2 ? p2 : p1) else { return }
        rule.replacement.withUTF8Buffer { replacement in
            for (offset, byte) in replacement.enumerated() {
                bytes[start + offset] = byte
            }
            count = start + replacement.count
        }
    }

    /// The letter just before the last `suffixLength` letters, if any.
    private func letter(before suffixLength: Int) -> UInt8? {
        let index = count - suffixLength - 1
        return index >= 0 ? bytes[index] : nil
    }

    /// Whether the letters before `end` end in a short syllable: consonant–vowel–consonant
    /// (the last consonant not w, x or Y), a vowel–consonant word start, or "past".
    private func endsWithShortSyllable(at end: Int) -> Bool {
        if end >= 3, !isVowelOrWXY(bytes[end - 1]), isVowel(bytes[end - 2]), !isVowel(bytes[end - 3]) {
            return true
        }
        if end == 2, !isVowel(bytes[1]), isVowel(bytes[0]) {
            return true
        }
        if end >= 4, bytes[end - 4] == .p, bytes[end - 3] == .a, bytes[end - 2] == .s, bytes[end - 1] == .t {
            return true
        }
        return false
    }

    private func containsVowel(before end: Int) -> Bool {
        var index = 0
        while index < end {
            if isVowel(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    private func endsWith(_ suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { suffixBytes in
            let length = suffixBytes.count
            guard length <= count else { return false }
            let start = count - length
            for offset in 0..<length where bytes[start + offset] != suffixBytes[offset] {
                return false
            }
            return true
        }
    }

    private func startsWith(_ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefixBytes in
            guard prefixBytes.count <= count else { return false }
            for offset in 0..<prefixBytes.count where bytes[offset] != prefixBytes[offset] {
                return false
            }
            return true
        }
    }

    /// Whether the word's bytes are the first `count` bytes at `other`.
    func equals(bytesAt other: UnsafePointer<UInt8>) -> Bool {
        for index in 0..<count where bytes[index] != other[index] {
            return false
        }
        return true
    }

    private func equals(_ other: StaticString) -> Bool {
        other.utf8CodeUnitCount == count && startsWith(other)
    }
}

/// A suffix to replace: the longest match of a step, found before its region is checked.
private struct SuffixRule {
    /// How many letters at the end of the word the suffix takes.
    var length: Int
    var replacement: StaticString
    /// Whether the suffix must lie in R2 rather than R1.
    var inR2: Bool

    init(_ length: Int, _ replacement: StaticString, inR2: Bool = false) {
        self.length = length
        self.replacement = replacement
        self.inR2 = inR2
    }
}

/// Vowels for Porter2: a, e, i, o, u and y (a marked `Y` is a consonant).
private func isVowel(_ byte: UInt8) -> Bool {
    switch byte {
    case .a, .e, .i, .o, .u, .y: return true
    default: return false
    }
}

private func isVowelOrWXY(_ byte: UInt8) -> Bool {
    switch byte {
    case .a, .e, .i, .o, .u, .y, .w, .x, .upperY: return true
    default: return false
    }
}

/// Letters after which "li" is an adverb ending (step 2).
private func isValidLIEnding(_ byte: UInt8) -> Bool {
    switch byte {
    case .c, .d, .e, .g, .h, .k, .m, .n, .r, .t: return true
    default: return false
    }
}

private extension UInt8 {
    static let a = UInt8(ascii: "a")
    static let b = UInt8(ascii: "b")
    static let c = UInt8(ascii: "c")
    static let d = UInt8(ascii: "d")
    static let e = UInt8(ascii: "e")
    static let f = UInt8(ascii: "f")
    static let g = UInt8(ascii: "g")
    static let h = UInt8(ascii: "h")
    static let i = UInt8(ascii: "i")
    static let k = UInt8(ascii: "k")
    static let l = UInt8(ascii: "l")
    static let m = UInt8(ascii: "m")
    static let n = UInt8(ascii: "n")
    static let o = UInt8(ascii: "o")
    static let p = UInt8(ascii: "p")
    static let r = UInt8(ascii: "r")
    static let s = UInt8(ascii: "s")
    static let t = UInt8(ascii: "t")
    static let u = UInt8(ascii: "u")
    static let w = UInt8(ascii: "w")
    static let x = UInt8(ascii: "x")
    static let y = UInt8(ascii: "y")
    static let z = UInt8(ascii: "z")
    static let upperY = UInt8(ascii: "Y")
    static let apostrophe = UInt8(ascii: "'")
}
