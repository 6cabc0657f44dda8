/// The scam and lure lexicons arranged for one pass over a message's text, built once per policy: both lexicons
/// in one ``PatternSet``, scam phrases first. A class (immutable, so shareable), as its search is, so reading it
/// from the policy copies none of its tables.
final class LexiconIndex: Sendable {
    struct Phrase: Sendable {
        var text: String
        var bytes: [UInt8]
        /// From the scam lexicon (true) or the lure lexicon (false).
        var strong: Bool
    }

    /// Phrases of two or more bytes (shorter ones never match), in lexicon order.
    let phrases: [Phrase]
    private let search: PatternSet

    init(strong: [String], weak: [String]) {
        phrases = strong.map { Phrase(text: $0, bytes: Array($0.utf8), strong: true) }
            .filter { $0.bytes.count >= 2 }
            + weak.map { Phrase(text: $0, bytes: Array($0.utf8), strong: false) }.filter { $0.bytes.count >= 2 }
        search = PatternSet(phrases.map(\.bytes))
    }

    /// The phrases present in `text` (lowercased), in order of first occurrence, each once, at most `maxHits` of each
    /// kind. At a position where several phrases start, the first in lexicon order not yet found counts there
    /// (so "your account" and "your account has been" at one place count as the first of them). No regular
    /// expressions.
    func phrases(in text: [UInt8], maxHits: Int) -> (scam: [String], lure: [String]) {
        var scam: [String] = []
        var lure: [String] = []
        guard maxHits > 0 else { return ([], []) }
        // One bit per phrase found, on the stack.
        let words = (phrases.count + 63) / 64
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words) { found in
            found.initialize(repeating: 0)
            var takenAt = -1
            search.forEachMatch(in: text) { index, offset in
                // Invariant: index < phrases.count (the search's patterns are the phrases), so its word is inside.
                let word = index >> 6
                let bit: UInt64 = 1 << UInt64(index & 63)
                guard offset != takenAt, word < found.count, found[word] & bit == 0 else { return true }
                found[word] |= bit
                takenAt = offset
                let phrase = phrases[index]
                if phrase.strong {
                    if scam.count < maxHits { scam.append(phrase.text) }
                } else if lure.count < maxHits {
                    lure.append(phrase.text)
                }
                return scam.count < maxHits || lure.count < maxHits
            }
        }
        return (scam, lure)
    }
}
