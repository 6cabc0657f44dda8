/// The Public Suffix List, answering "what is the registrable domain". Built from the list's text, which the config
/// layer reads (Debian's `publicsuffix` package by default): the core opens no files.
public struct PublicSuffixList: Sendable {
    /// Every name the list mentions, with what the list says about it: a rule (`co.uk`), the base of a wildcard
    /// rule (`ck` for `*.ck`), an exception (`www.ck` for `!www.ck`); and every tail of those (`uk` of `co.uk`),
    /// with no kind of its own. Because every tail of a known name is known, a lookup can walk a host's tails from
    /// the right and stop at the first unknown one: no longer tail can match anything.
    private var names: [String: Kind] = [:]
    /// How many plain rules (neither wildcards nor exceptions) the list has.
    public private(set) var ruleCount = 0
    /// The most labels any name of the list has (`names` as split at dots).
    private var maxLabels = 0
    /// `names` again, looked up by bytes: the fast path hashes a host's tails in one pass from its end.
    private var table = NameTable()

    private struct Kind: OptionSet {
        let rawValue: UInt8
        static let rule = Kind(rawValue: 1)
        static let wildcardBase = Kind(rawValue: 2)
        static let exception = Kind(rawValue: 4)
    }

    /// True when the list is the full one (over a thousand rules), not a few written for a test.
    public var isComplete: Bool { ruleCount > 1000 }

    public init(text: String) {
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            if line.isEmpty || line.hasPrefix("//") { continue }
            let rule = line.lowercased()
            if rule.hasPrefix("!") {
                add(String(rule.dropFirst()), .exception)
            } else if rule.hasPrefix("*.") {
                add(String(rule.dropFirst(2)), .wildcardBase)
            } else {
                add(rule, .rule)
                ruleCount += 1
            }
        }
        table = NameTable(names.mapValues(\.rawValue))
    }

    private mutating func add(_ name: String, _ kind: Kind) {
        names[name, default: []].formUnion(kind)
        maxLabels = max(maxLabels, name.split(separator: ".", omittingEmptySubsequences: false).count)
        var tail = Substring(name)
        while let dot = tail.firstIndex(of: ".") {
            tail = tail[tail.index(after: dot)...]
            if names[String(tail)] == nil { names[String(tail)] = [] }
        }
    }

    private func kind(_ name: String) -> Kind { names[name] ?? [] }

    /// Whether `suffix` (e.g. `com`, `co.uk`) is a listed public suffix.
    public func isPublicSuffix(_ suffix: String) -> Bool {
        kind(suffix).contains(.rule) || kind(String(suffix.drop(while: { $0 != "." }).dropFirst())).contains(.wildcardBase)
    }

    /// The public suffix of `host` and whether a listed rule (not the implicit `*`) matched.
    public func publicSuffix(of host: String) -> (suffix: String, listed: Bool) {
        var bytes = host
        let answer = bytes.withUTF8 { utf8 -> (suffix: String, listed: Bool)? in
            guard let (start, listed) = asciiSuffixStart(utf8) else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: utf8[start...]), as: UTF8.self), listed)
        }
        if let answer { return answer }
        return referencePublicSuffix(of: host)
    }

    /// The list's algorithm as written: every candidate from the longest down, labels split and joined as
    /// Characters. Non-ASCII hosts take this path; tests hold the fast path to it.
    func referencePublicSuffix(of host: String) -> (suffix: String, listed: Bool) {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count > 0 else { return (host, false) }
        // Longest match wins: walk from the longest candidate down. A candidate can match only if it, or all of it
        // but its first label (a wildcard's base), is a name of the list: longer ones are skipped, so a host of
        // thousands of labels costs no joins of thousands of labels.
        for start in max(0, labels.count - maxLabels - 1)..<labels.count {
            let candidate = labels[start...].joined(separator: ".")
            if kind(candidate).contains(.exception) {
                return (labels[(start + 1)...].joined(separator: "."), true)
            }
            if kind(candidate).contains(.rule) { return (candidate, true) }
            if start + 1 < labels.count, kind(labels[(start + 1)...].joined(separator: ".")).contains(.wildcardBase) {
                return (candidate, true)
            }
        }
        return (String(labels[labels.count - 1]), false)
    }

    /// ``publicSuffix(of:)`` for an ASCII host (nil otherwise), on bytes. The host's tails are looked up from the
    /// shortest (`com`) while the list knows them; the candidates before the last unknown tail can't match (see
    /// `names`), so the list's longest-first walk starts there. For ASCII a Character is a byte, so the labels are
    /// the reference's.
    /// The suffix is `host[start...]` (empty when `start` is the host's length): no string is made here, so the
    /// registrable domain can be cut from the host without one.
    private func asciiSuffixStart(_ host: UnsafeBufferPointer<UInt8>) -> (start: Int, listed: Bool)? {
        guard UTF8Bytes.isASCII(host) else { return nil }
        var labelCount = 1
        for byte in host where byte == UInt8(ascii: ".") { labelCount += 1 }
        // Per label: where it starts, and what the list says about the tail starting there (on the stack).
        return withUnsafeTemporaryAllocation(of: (start: Int, kind: Kind).self, capacity: labelCount) { labels in
            var label = 0
            labels[0] = (0, [])
            for (offset, byte) in host.enumerated() where byte == UInt8(ascii: ".") {
                label += 1
                labels[label] = (offset + 1, [])
            }
            // `unknown`: the label whose tail the list doesn't know (-1 when it knows the whole host). Each tail's
            // hash extends the shorter one's by the bytes before it, read from the end.
            var unknown = labelCount - 1
            var hash = NameTable.seed
            var hashed = host.count
            while unknown >= 0 {
                let start = labels[unknown].start
                while hashed > start {
                    hashed -= 1
                    hash = NameTable.step(hash, host[hashed])
                }
                guard let kind = table.kind(hash: hash, of: UnsafeBufferPointer(rebasing: host[start...])) else { break }
                labels[unknown].kind = Kind(rawValue: kind)
                unknown -= 1
            }
            var start = max(0, unknown)
            while true {
                if labels[start].kind.contains(.exception) {
                    return (start + 1 < labelCount ? labels[start + 1].start : host.count, true)
                }
                if labels[start].kind.contains(.rule) { return (labels[start].start, true) }
                guard start + 1 < labelCount else { return (labels[start].start, false) }
                if labels[start + 1].kind.contains(.wildcardBase) { return (labels[start].start, true) }
                start += 1
            }
        }
    }

    /// Whether a listed rule (not the implicit `*`) gives `host` its public suffix and a label stands before that
    /// suffix: a registrable domain under a suffix the list knows. No suffix string is made for an ASCII host.
    public func hasListedRegistrableDomain(_ host: String) -> Bool {
        var bytes = host
        if let answer = bytes.withUTF8({ utf8 in asciiSuffixStart(utf8).map { $0.listed && $0.start > 0 } }) {
            return answer
        }
        let (suffix, listed) = referencePublicSuffix(of: host)
        return listed && host.utf8.count > suffix.utf8.count
    }

    /// The registrable domain (public suffix plus one label), or nil when `host` is itself a suffix.
    public func registrableDomain(_ host: String) -> String? {
        var bytes = host
        // ASCII: the suffix's length from the byte walk, the domain cut from the host in one string.
        if let ascii = bytes.withUTF8({ utf8 -> String?? in
            guard let (start, _) = asciiSuffixStart(utf8) else { return nil }
            guard start > 0 else { return .some(nil) }
            return .some(Self.asciiRegistrable(utf8, suffixBytes: utf8.count - start))
        }) {
            return ascii
        }
        let (suffix, _) = referencePublicSuffix(of: host)
        guard host.utf8.count > suffix.utf8.count else { return nil }
        return Self.referenceRegistrable(host, suffix: suffix)
    }

    /// The registrable domain given the suffix, as written: the last non-empty label before it, as Characters.
    static func referenceRegistrable(_ host: String, suffix: String) -> String {
        let prefix = host.dropLast(suffix.count + 1)
        let label = prefix.split(separator: ".").last ?? prefix
        return "\(label).\(suffix)"
    }

    /// ``referenceRegistrable(_:suffix:)`` for an ASCII host, on bytes.
    private static func asciiRegistrable(_ host: UnsafeBufferPointer<UInt8>, suffixBytes: Int) -> String {
        let prefixEnd = host.count - suffixBytes - 1
        // The last label of the prefix that isn't empty (the whole prefix when it has none).
        var labelEnd = prefixEnd
        while labelEnd > 0, host[labelEnd - 1] == UInt8(ascii: ".") { labelEnd -= 1 }
        var labelStart = labelEnd
        while labelStart > 0, host[labelStart - 1] != UInt8(ascii: ".") { labelStart -= 1 }
        let label = labelEnd > labelStart ? labelStart..<labelEnd : 0..<prefixEnd
        let suffix = UnsafeBufferPointer(rebasing: host[prefixEnd...])
        return String(unsafeUninitializedCapacity: label.count + suffix.count) { out in
            // `label` and `suffix` (the dot and the public suffix) lie inside `host`: both fit the capacity.
            guard let target = out.baseAddress, let source = host.baseAddress else { return 0 }
            target.update(from: source + label.lowerBound, count: label.count)
            (target + label.count).update(from: source + prefixEnd, count: suffix.count)
            return label.count + suffix.count
        }
    }
}

/// The names of the list by their bytes: open addressing over a hash that reads a name from its last byte to its
/// first, so that the hashes of all of a host's tails (`com`, `example.com`, `www.example.com`) come from one pass
/// over it from the right, with no string made for each.
private struct NameTable: Sendable {
    /// Per slot, the index of its entry plus one (0: empty); the slot count is a power of two, at least twice the
    /// entries, so a probe ends at an empty slot.
    private var slots: [Int32] = [0]
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var kinds: [UInt8] = []
    private var bytes: [UInt8] = []

    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// One FNV-1a step: the hash of a name one byte longer at its front.
    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }

    init() {}

    init(_ names: [String: UInt8]) {
        var size = 1
        while size < 2 * names.count + 1 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        // Sorted, so the table's layout doesn't depend on the dictionary's order.
        for (name, kind) in names.sorted(by: { $0.key < $1.key }) {
            let name = Array(name.utf8)
            var hash = Self.seed
            for byte in name.reversed() { hash = Self.step(hash, byte) }
            var slot = Self.slot(of: hash, mask: size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(hashes.count + 1)
            hashes.append(hash)
            starts.append(bytes.count)
            lengths.append(name.count)
            kinds.append(kind)
            bytes.append(contentsOf: name)
        }
    }

    @inline(__always)
    private static func slot(of hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    /// The kind of `name`, whose hash is `hash`; nil when the list doesn't mention it.
    func kind(hash: UInt64, of name: UnsafeBufferPointer<UInt8>) -> UInt8? {
        let mask = slots.count - 1
        var slot = Self.slot(of: hash, mask: mask)
        while true {
            let entry = Int(slots[slot]) - 1
            guard entry >= 0 else { return nil }
            if hashes[entry] == hash, lengths[entry] == name.count,
                bytes.withUnsafeBufferPointer({ stored in
                    ByteScan.equal(UnsafeBufferPointer(rebasing: stored[starts[entry]...]), name, count: name.count)
                })
            {
                return kinds[entry]
            }
            slot = (slot + 1) & mask
        }
    }
}
