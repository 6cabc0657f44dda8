/// An upper bound on how much of a profile's skeletons a message can cover, found before its body is split into
/// words: a constant word can be found only where its bytes occur in the text. Most messages of a profile that no
/// skeleton covers (another template of the platform, or text that merely borrows its sender) are turned away by
/// one search in bytes instead of the word split, the word index and a match per skeleton.
///
/// Only ASCII constant words of four bytes or more are looked for; any other word counts as found. Lowercasing maps
/// no scalar but the Kelvin sign to ASCII only, so an ASCII word of the lowercased text occurs in the text with its
/// ASCII capitals lowered; text with a Kelvin sign gets no bound.
struct SkeletonCoverageBound: Sendable, Equatable {
    private let needles: ByteNeedles
    /// For each skeleton, each constant word as the index of its needle, or -1 for a word counted as found.
    private let wordNeedles: [[Int]]

    /// The shortest constant word looked for.
    static let minWordBytes = 4

    init(_ skeletons: [TemplateSkeleton]) {
        var words: [[UInt8]] = []
        for skeleton in skeletons {
            for case .text(let run) in skeleton.segments {
                for word in run where word.utf8.count >= Self.minWordBytes && word.utf8.allSatisfy({ $0 < 0x80 }) {
                    words.append(Array(word.utf8))
                }
            }
        }
        needles = ByteNeedles(words)
        var indexOfNeedle: [[UInt8]: Int] = [:]
        for (index, needle) in needles.distinctNeedles.enumerated() { indexOfNeedle[needle] = index }
        wordNeedles = skeletons.map { skeleton in
            skeleton.segments.flatMap { segment -> [Int] in
                guard case .text(let run) = segment else { return [] }
                return run.map { indexOfNeedle[Array($0.utf8)] ?? -1 }
            }
        }
    }

    /// Whether some skeleton may cover at least `minCoverage` of its constant words in `text` (its first
    /// `maxBytes` bytes, all that is split into words).
    func mayCover(_ text: String, maxBytes: Int, minCoverage: Double) -> Bool {
        guard !wordNeedles.isEmpty else { return false }
        var contiguous = text
        let found: [Bool]? = contiguous.withUTF8 { all in
            let bytes = UnsafeBufferPointer(rebasing: all[..<min(all.count, max(maxBytes, 0))])
            if Self.kelvinSign.occur(in: bytes) { return nil }
            var found = [Bool](repeating: false, count: needles.distinctNeedles.count)
            _ = needles.forEachOccurrenceFoldingASCII(in: bytes) { needle, _ in
                found[needle] = true
                return true
            }
            return found
        }
        guard let found else { return true }
        return wordNeedles.contains { words in
            let present = words.reduce(0) { $0 + ($1 < 0 || found[$1] ? 1 : 0) }
            return !words.isEmpty && Double(present) / Double(words.count) >= minCoverage
        }
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.wordNeedles == rhs.wordNeedles && lhs.needles.distinctNeedles == rhs.needles.distinctNeedles
    }

    /// U+212A KELVIN SIGN, which lowercases to `k`.
    private static let kelvinSign = ByteNeedles([[0xE2, 0x84, 0xAA]])
}
