/// A set of words asked about many words that are mostly not in it: a word whose first byte and UTF-8 length no
/// member has is turned away by a table lookup, before any hashing.
struct WordSet: Sendable, Equatable {
    let words: Set<String>
    /// Per first byte, a bit for each UTF-8 length (63 standing for 63 and more) of the members starting with it.
    private let shapes: [UInt64]

    init(_ words: Set<String>) {
        self.words = words
        var shapes = [UInt64](repeating: 0, count: 256)
        for word in words {
            guard let first = word.utf8.first else { continue }
            shapes[Int(first)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
        self.shapes = shapes
    }

    /// Whether a member starts with `first` and is `length` UTF-8 bytes long (63 standing for 63 and more).
    func mayContain(first: UInt8, length: Int) -> Bool {
        shapes[Int(first)] & (1 << UInt64(min(max(length, 0), 63))) != 0
    }

    func contains(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return words.contains(word) }
        guard shapes[Int(first)] & (1 << UInt64(min(word.utf8.count, 63))) != 0 else { return false }
        return words.contains(word)
    }
}
