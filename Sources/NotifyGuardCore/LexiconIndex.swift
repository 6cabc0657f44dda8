#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The scam and lure lexicons arranged for one pass over a message's text, built once per policy.
///
/// Phrases are bucketed by their first byte. Two bit tables (65,536 bits each) say where a phrase can start: a hash
/// of the next four bytes, for phrases that long, and the next two bytes, for shorter ones. Ordinary text is full
/// of the pairs phrases start with ("yo", "ac") but rarely holds their first four bytes ("your", "acco") at a given
/// place, so the buckets are opened at few positions. No regular expressions.
struct LexiconIndex: Sendable {
    struct Phrase: Sendable {
        var text: String
        var bytes: [UInt8]
        /// From the scam lexicon (true) or the lure lexicon (false).
        var strong: Bool
    }

    /// Phrases of two or more bytes by first byte, in lexicon order (scam phrases first).
    let buckets: [[Phrase]]
    /// Bit `a << 8 | b` set when a phrase shorter than four bytes starts with `a b`.
    private let shortPairs: [UInt64]
    /// Bit `quadHash` of the first four bytes of each phrase of four bytes or more.
    private let quads: [UInt64]
    /// Bit `a << 8 | b` for every phrase: the filter for the last three bytes of a text, where no four fit.
    private let pairs: [UInt64]
    private let hasShortPhrases: Bool

    init(strong: [String], weak: [String]) {
        var buckets = [[Phrase]](repeating: [], count: 256)
        var shortPairs = [UInt64](repeating: 0, count: 1024)
        var quads = [UInt64](repeating: 0, count: 1024)
        var pairs = [UInt64](repeating: 0, count: 1024)
        var hasShortPhrases = false
        for (phrases, isStrong) in [(strong, true), (weak, false)] {
            for phrase in phrases where phrase.utf8.count >= 2 {
                let bytes = Array(phrase.utf8)
                buckets[Int(bytes[0])].append(Phrase(text: phrase, bytes: bytes, strong: isStrong))
                let pair = Int(bytes[0]) << 8 | Int(bytes[1])
                Self.set(&pairs, pair)
                if bytes.count >= 4 {
                    let quad = UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24
                    Self.set(&quads, Self.quadHash(quad))
                } else {
                    Self.set(&shortPairs, pair)
                    hasShortPhrases = true
                }
            }
        }
        self.buckets = buckets
        self.shortPairs = shortPairs
        self.quads = quads
        self.pairs = pairs
        self.hasShortPhrases = hasShortPhrases
    }

    private static func set(_ bits: inout [UInt64], _ bit: Int) { bits[bit >> 6] |= 1 << UInt64(bit & 63) }

    /// 16 bits of a multiplicative hash of four bytes read as a little-endian integer.
    @inline(__always)
    static func quadHash(_ quad: UInt32) -> Int { Int((quad &* 2_654_435_761) >> 16) }

    /// The phrases present in `text` (lowercased), in order of first occurrence, each once, at most `maxHits` of each
    /// kind. Where several phrases start at one position, the first in lexicon order counts there.
    func phrases(in text: [UInt8], maxHits: Int) -> (scam: [String], lure: [String]) {
        var scam: [String] = []
        var lure: [String] = []
        guard text.count >= 2 else { return ([], []) }
        var pending = buckets
        text.withUnsafeBufferPointer { buffer in
            pairs.withUnsafeBufferPointer { pairs in
                shortPairs.withUnsafeBufferPointer { shortPairs in
                    quads.withUnsafeBufferPointer { quads in
                        guard let base = buffer.baseAddress else { return }
                        @inline(__always) func isSet(_ bits: UnsafeBufferPointer<UInt64>, _ bit: Int) -> Bool {
                            bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
                        }
                        /// Tries the phrases of the byte at `index`; the first that matches is taken (once).
                        func tryPhrases(at index: Int) {
                            let first = Int(buffer[index])
                            let hit = pending[first].firstIndex { phrase in
                                phrase.bytes.count <= buffer.count - index && phrase.bytes[1] == buffer[index + 1]
                                    && memcmp(base + index, phrase.bytes, phrase.bytes.count) == 0
                            }
                            guard let hit else { return }
                            let phrase = pending[first].remove(at: hit)
                            if phrase.strong {
                                if scam.count < maxHits { scam.append(phrase.text) }
                            } else if lure.count < maxHits {
                                lure.append(phrase.text)
                            }
                        }
                        func wanted() -> Bool { scam.count < maxHits || lure.count < maxHits }
                        var index = 0
                        let quadEnd = buffer.count - 3
                        while index < quadEnd {
                            // The tight loop: most positions fail the filter.
                            while index < quadEnd {
                                let quad = UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self).littleEndian
                                if isSet(quads, Self.quadHash(quad)) { break }
                                if hasShortPhrases, isSet(shortPairs, Int(buffer[index]) << 8 | Int(buffer[index + 1])) { break }
                                index += 1
                            }
                            guard index < quadEnd, wanted() else { break }
                            tryPhrases(at: index)
                            index += 1
                        }
                        while index + 1 < buffer.count, wanted() {
                            if isSet(pairs, Int(buffer[index]) << 8 | Int(buffer[index + 1])) { tryPhrases(at: index) }
                            index += 1
                        }
                    }
                }
            }
        }
        return (scam, lure)
    }
}
