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

/// A `Set<String>` (domains, suffixes) that answers ASCII strings by their bytes, through a ``ByteStringTable``.
///
/// Exact: an ASCII string equals (as `String`s compare, by canonical equivalence) only members whose canonical
/// decomposition is that ASCII string. Those are the ASCII members and members written with the three
/// characters that decompose to an ASCII one (U+212A KELVIN SIGN to `K`, U+037E GREEK QUESTION MARK to `;`,
/// U+1FEF GREEK VARIA to a backtick); such a member goes into the table as its ASCII form. Other strings ask the
/// set itself.
struct ASCIIStringSet: Sendable {
    let members: Set<String>
    private let table: ByteStringTable
    /// Per key of `table`, the position of its member in the order `init(ordered:)` was given them.
    private let positions: [Int]

    init(_ members: Set<String>) { self.init(ordered: Array(members)) }

    /// A set of `keys`, which `position(ofASCII:)` answers with positions in this array.
    init(ordered keys: [String]) {
        members = Set(keys)
        var forms: [[UInt8]] = []
        var positions: [Int] = []
        for (position, key) in keys.enumerated() {
            var ascii = String.UnicodeScalarView()
            for scalar in key.unicodeScalars {
                switch scalar.value {
                case 0x212A: ascii.append("K")
                case 0x037E: ascii.append(";")
                case 0x1FEF: ascii.append("`")
                default: ascii.append(scalar)
                }
            }
            let form = String(ascii)
            // A form met before belongs to a key equal to an earlier one: the earlier answers.
            if form.utf8.allSatisfy({ $0 < 0x80 }), form == key, !forms.contains(Array(form.utf8)) {
                forms.append(Array(form.utf8))
                positions.append(position)
            }
        }
        table = ByteStringTable(forms)
        self.positions = positions
    }

    /// Whether the set holds the ASCII string `bytes`.
    func contains(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.index(of: bytes) != nil }

    /// The position (in `init(ordered:)`'s keys) of the member equal to the ASCII string `bytes`.
    func position(ofASCII bytes: UnsafeBufferPointer<UInt8>) -> Int? { table.index(of: bytes).map { positions[$0] } }

    /// Whether the set holds `text`: `members.contains(text)`.
    func contains(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            CharsetDecoder.isASCII(bytes) ? table.index(of: bytes) != nil : nil
        }
        return (found ?? nil) ?? members.contains(text)
    }
}

/// Domains arranged for `Domain.matches` against many hosts (a template's link and DKIM domains against every link
/// of a message): `domains.contains { Domain.matches(host, $0) }`, with an ASCII host's tails looked up in place.
///
/// Exact: for an ASCII host and an ASCII domain, `Domain.matches` is byte equality with the host or with the tail
/// after one of its dots, which is what the table answers; non-ASCII domains, and any domain against a non-ASCII
/// host, are asked one by one as before.
struct DomainSet: Sendable {
    let domains: [String]
    private let ascii: ByteStringTable
    private let others: [String]

    init(_ domains: [String]) {
        self.domains = domains
        let isASCII = { (domain: String) in domain.utf8.allSatisfy { $0 < 0x80 } }
        ascii = ByteStringTable(domains.filter(isASCII).map { Array($0.utf8) })
        others = domains.filter { !isASCII($0) }
    }

    /// Whether `host` is one of the domains or a subdomain of one, as `Domain.matches` compares.
    func matches(_ host: String) -> Bool {
        if others.contains(where: { Domain.matches(host, $0) }) { return true }
        guard !ascii.isEmpty else { return false }
        let found = host.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard CharsetDecoder.isASCII(bytes) else { return nil }
            var start = 0
            while true {
                if ascii.index(of: UnsafeBufferPointer(rebasing: bytes[start...])) != nil { return true }
                guard let dot = ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: start, to: bytes.count) else {
                    return false
                }
                start = dot + 1
            }
        }
        return (found ?? nil) ?? domains.contains { Domain.matches(host, $0) }
    }
}
