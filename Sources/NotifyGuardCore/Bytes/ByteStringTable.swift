/// Byte strings by their bytes, built once per policy: the scorer's per-link and per-label lookups ask with a slice
/// of a host or label in place, where a `Set<String>` or a dictionary of arrays first builds a key and hashes it
/// with SipHash.
///
/// Open addressing on an FNV-1a hash; each used slot holds the index of a key, compared by length and bytes.
struct ByteStringTable: Sendable {
    /// The distinct keys, in the order first given.
    let keys: [[UInt8]]
    /// Per slot, an index into `keys` or -1; the count is a power of two, at least twice the keys.
    private let slots: [Int]

    init(_ keys: [[UInt8]]) {
        var distinct: [[UInt8]] = []
        var capacity = 8
        while capacity < 2 * keys.count { capacity *= 2 }
        var slots = [Int](repeating: -1, count: capacity)
        for key in keys {
            var slot = Int(truncatingIfNeeded: key.withUnsafeBufferPointer(Self.hash)) & (capacity - 1)
            var known = false
            while slots[slot] >= 0 {
                if distinct[slots[slot]] == key {
                    known = true
                    break
                }
                slot = (slot + 1) & (capacity - 1)
            }
            guard !known else { continue }
            slots[slot] = distinct.count
            distinct.append(key)
        }
        self.keys = distinct
        self.slots = slots
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    var isEmpty: Bool { keys.isEmpty }

    /// The index in `keys` of the key equal to `bytes`, if there is one.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !keys.isEmpty else { return nil }
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & (slots.count - 1)
        // Terminates: at least half the slots are free.
        while slots[slot] >= 0 {
            let key = keys[slots[slot]]
            if key.count == bytes.count
                && key.withUnsafeBufferPointer({ ByteScan.equal($0, bytes, count: bytes.count) })
            {
                return slots[slot]
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// `index(of:)` of an array's bytes.
    func index(of bytes: [UInt8]) -> Int? { bytes.withUnsafeBufferPointer { index(of: $0) } }
}
