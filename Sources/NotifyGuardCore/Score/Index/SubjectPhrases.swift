/// A template's own subject phrases arranged for the scorer's per-message question, built once per profile: does a
/// lowercased subject contain one of them, as `String.contains` compares (Characters, canonical equivalence)?
///
/// `String.contains` walks Characters and normalises as it compares, once per phrase, and a profile has dozens.
/// Here one multi-pattern pass over the subject's bytes finds the byte occurrences, and an
/// occurrence counts where both of its ends are Character boundaries of the subject. That is the same answer when
/// the subject and the phrase are both in NFC (what mail and configs nearly always are): then canonically
/// equivalent Characters have equal bytes, and equal bytes between two boundaries are the same Characters. Text in
/// another normal form (decomposed accents, `e\u{301}`) keeps the Character comparison itself.
struct SubjectPhrases: Sendable, Equatable {
    /// The phrases as the profile lists them (lowercased).
    let phrases: [String]
    /// The NFC phrases of two or more bytes, searched together; `lengths` are their byte counts.
    private let search: PatternSet
    private let lengths: [Int]
    /// NFC phrases of one byte, which a ``PatternSet`` leaves out.
    private let singleBytes: [UInt8]
    /// An empty phrase is in every subject.
    private let hasEmpty: Bool
    /// Phrases not in NFC: only `String.contains` knows what they equal.
    private let unnormalized: [String]

    init(_ phrases: [String]) {
        self.phrases = phrases
        var patterns: [[UInt8]] = []
        var singleBytes: [UInt8] = []
        var unnormalized: [String] = []
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            if !Self.isNFC(phrase) {
                unnormalized.append(phrase)
            } else if bytes.count >= 2 {
                patterns.append(bytes)
            } else if let byte = bytes.first {
                singleBytes.append(byte)
            }
        }
        search = PatternSet(patterns)
        lengths = patterns.map(\.count)
        self.singleBytes = singleBytes
        hasEmpty = phrases.contains { $0.isEmpty }
        self.unnormalized = unnormalized
    }

    /// Compared by what they were built from: the rest follows from it.
    static func == (lhs: SubjectPhrases, rhs: SubjectPhrases) -> Bool { lhs.phrases == rhs.phrases }

    /// Whether `subject` (lowercased) contains one of the phrases: `phrases.contains { subject.contains($0) }`.
    /// With `atWordStart`, an occurrence of a phrase that starts with a letter or digit of a script written with
    /// spaces (Latin, Greek, Cyrillic) counts only at the start of a word: `form` is not in "informative".
    func anyContained(in subject: String, atWordStart: Bool = false) -> Bool {
        if hasEmpty { return true }
        guard Self.isNFC(subject) else {
            return phrases.contains { Self.contains(subject, $0, atWordStart: atWordStart) }
        }
        if unnormalized.contains(where: { Self.contains(subject, $0, atWordStart: atWordStart) }) { return true }
        var contiguous = subject
        return contiguous.withUTF8 { bytes in
            // Most subjects hold no byte occurrence at all: Character boundaries are found only for one that does.
            // (They were once found lazily through a captured optional, which the optimizer leaked: an array per
            // subject with a hit, shown by valgrind over the corpus.)
            var occurs = singleBytes.isEmpty ? false : bytes.contains { singleBytes.contains($0) }
            if !occurs {
                search.forEachMatch(in: bytes) { _, _ in
                    occurs = true
                    return false
                }
            }
            guard occurs else { return false }
            let boundaries = Self.characterBoundaries(subject)
            /// Whether a Character of the subject starts (or the subject ends) at byte `offset`.
            func isBoundary(_ offset: Int) -> Bool {
                offset >= 0 && offset < boundaries.count && boundaries[offset]
            }
            if !singleBytes.isEmpty {
                for (offset, byte) in bytes.enumerated() where singleBytes.contains(byte) {
                    if isBoundary(offset) && isBoundary(offset + 1) { return true }
                }
            }
            var found = false
            search.forEachMatch(in: bytes) { pattern, offset in
                found = isBoundary(offset) && isBoundary(offset + lengths[pattern])
                    && (!atWordStart || !Self.continuesWord(bytes, at: offset))
                return !found
            }
            return found
        }
    }

    /// Whether the scalar at byte `offset` (a Character boundary of well-formed UTF-8) and the one before it are
    /// both letters or digits of a script written with spaces: the occurrence there starts no word.
    private static func continuesWord(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset > 0, offset < bytes.count else { return false }
        func scalar(at index: Int) -> Unicode.Scalar? {
            let value = bytes[index] < 0x80 ? UInt32(bytes[index]) : UTF8Strings.scalar(at: index, in: bytes).value
            return Unicode.Scalar(value)
        }
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let first = scalar(at: offset), let before = scalar(at: start) else { return false }
        // A combining mark before belongs to a letter (`é` written as `e` and U+0301).
        let marks: Set<Unicode.GeneralCategory> = [.nonspacingMark, .spacingMark, .enclosingMark]
        let joinsWord = isSpacedWordScalar(before) || marks.contains(before.properties.generalCategory)
        return isSpacedWordScalar(first) && joinsWord
    }

    /// A letter or digit below U+0590 (Latin, Greek, Cyrillic, Armenian): scripts whose words spaces delimit.
    private static func isSpacedWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value < 0x0590 else { return false }
        if scalar.isASCII {
            let lower = UInt8(scalar.value) | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `text.contains(phrase)`, with `atWordStart` as `anyContained` has it, on Characters.
    private static func contains(_ text: String, _ phrase: String, atWordStart: Bool) -> Bool {
        guard atWordStart else { return text.contains(phrase) }
        return text.ranges(of: phrase).contains { range in
            guard range.lowerBound > text.startIndex, let first = text[range].unicodeScalars.first,
                let before = text[text.index(before: range.lowerBound)].unicodeScalars.first
            else { return true }
            return !(isSpacedWordScalar(first) && isSpacedWordScalar(before))
        }
    }

    /// Whether `text` is in Unicode normalization form C (ASCII always is).
    static func isNFC(_ text: String) -> Bool {
        if UTF8Bytes.isASCII(text) { return true }
        var span = text.utf8Span
        // The quick check (a property per scalar) answers yes for nearly all NFC text and never for other text; only
        // where it can't tell does the full check normalize to compare.
        return span.checkForNFC(quickCheck: true) || span.checkForNFC(quickCheck: false)
    }

    /// Per UTF-8 offset of `text` and one past its end: whether a Character starts (or the text ends) there.
    /// ASCII text breaks between any two bytes but CR and LF; other text is walked Character by Character, as
    /// `String` segments it.
    static func characterBoundaries(_ text: String) -> [Bool] {
        let bytes = text.utf8
        let ascii = UTF8Bytes.isASCII(text)
        var boundaries = [Bool](repeating: ascii, count: bytes.count + 1)
        boundaries[bytes.count] = true
        if ascii {
            var previous: UInt8 = 0
            for (offset, byte) in bytes.enumerated() {
                if previous == 13 && byte == 10 { boundaries[offset] = false }
                previous = byte
            }
            return boundaries
        }
        var index = text.startIndex
        while index < text.endIndex {
            boundaries[bytes.distance(from: bytes.startIndex, to: index)] = true
            index = text.index(after: index)
        }
        return boundaries
    }
}
