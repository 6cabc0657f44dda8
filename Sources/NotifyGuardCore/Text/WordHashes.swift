/// A set of words asked about by a hash of their bytes, taken as a byte loop reads them: a word whose hash misses
/// a member's bits is turned away with no String made. Members always answer yes; so does about one other word in
/// a thousand (two bits a word in a 32 768-bit table holding the number words' few hundred written forms: 0.1% of
/// an English dictionary's words), so a yes is "may be a member".
struct WordHashes: Sendable {
    /// Words longer than this (in bytes) are no members.
    static let maxLength = 24
    /// The hash of no bytes, to ``step(_:_:)`` on from.
    static let empty: UInt32 = 2_166_136_261

    private let bits: [UInt64]

    /// The members, as their bytes; ASCII capitals are lowered as ``step(_:_:)`` lowers them.
    init(_ words: some Sequence<[UInt8]>) {
        var bits = [UInt64](repeating: 0, count: 512)
        for word in words where !word.isEmpty && word.count <= Self.maxLength {
            let hash = Self.hash(word)
            for slot in [Self.slot(hash), Self.otherSlot(hash)] { bits[slot >> 6] |= 1 << UInt64(slot & 63) }
        }
        self.bits = bits
    }

    /// The hash of `hash`'s bytes and `byte` (FNV-1a, ASCII capitals lowered).
    @inline(__always)
    static func step(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
        (hash ^ UInt32(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* 16_777_619
    }

    static func hash(_ word: some Sequence<UInt8>) -> UInt32 {
        word.reduce(empty, step)
    }

    /// Whether a word with this hash (and at most ``maxLength`` bytes) may be a member.
    @inline(__always)
    func mayContain(_ hash: UInt32) -> Bool {
        let slot = Self.slot(hash)
        let other = Self.otherSlot(hash)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0 && bits[other >> 6] & (1 << UInt64(other & 63)) != 0
    }

    /// The table's first bit for a hash: its top 15 bits (FNV mixes the high bits best).
    @inline(__always)
    private static func slot(_ hash: UInt32) -> Int { Int(hash >> 17) }

    /// The second bit: the top 15 bits of the hash mixed once more (multiplied by the golden ratio's fraction).
    @inline(__always)
    private static func otherSlot(_ hash: UInt32) -> Int { Int((hash &* 0x9E37_79B1) >> 17) }
}
