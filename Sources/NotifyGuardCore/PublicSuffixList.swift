#if canImport(Glibc)
import Glibc
#endif

/// The Public Suffix List, loaded from Debian's `publicsuffix` package, answering "what is the registrable domain".
public struct PublicSuffixList: Sendable {
    /// Every name the list mentions, with what the list says about it: a rule (`co.uk`), the base of a wildcard
    /// rule (`ck` for `*.ck`), an exception (`www.ck` for `!www.ck`); and every tail of those (`uk` of `co.uk`),
    /// with no kind of its own. Because every tail of a known name is known, a lookup can walk a host's tails from
    /// the right and stop at the first unknown one: no longer tail can match anything.
    private var names: [String: Kind] = [:]
    private var ruleCount = 0
    /// The most labels any name of the list has (`names` as split at dots).
    private var maxLabels = 0

    private struct Kind: OptionSet {
        let rawValue: UInt8
        static let rule = Kind(rawValue: 1)
        static let wildcardBase = Kind(rawValue: 2)
        static let exception = Kind(rawValue: 4)
    }

    /// The system list (`/usr/share/publicsuffix/public_suffix_list.dat`), or a small built-in fallback if absent.
    public static let shared: PublicSuffixList = {
        if let text = readFile("/usr/share/publicsuffix/public_suffix_list.dat") {
            return PublicSuffixList(text: text)
        }
        return PublicSuffixList(text: "com\nnet\norg\nedu\ngov\nio\nco\nru\nde\nuk\nco.uk\nfr\njp\ncn\nbr\ncom.br\nxyz\ninfo\napp")
    }()

    /// True when the list came from the system file (tests of PSL-specific behaviour check this).
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
        if let answer = bytes.withUTF8({ asciiPublicSuffix($0) }) { return answer }
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
    private func asciiPublicSuffix(_ host: UnsafeBufferPointer<UInt8>) -> (suffix: String, listed: Bool)? {
        guard host.allSatisfy({ $0 < 0x80 }) else { return nil }
        func tail(_ start: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: host[start...]), as: UTF8.self) }
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
            // `unknown`: the label whose tail the list doesn't know (-1 when it knows the whole host).
            var unknown = labelCount - 1
            while unknown >= 0, let kind = names[tail(labels[unknown].start)] {
                labels[unknown].kind = kind
                unknown -= 1
            }
            var start = max(0, unknown)
            while true {
                if labels[start].kind.contains(.exception) {
                    return (start + 1 < labelCount ? tail(labels[start + 1].start) : "", true)
                }
                if labels[start].kind.contains(.rule) { return (tail(labels[start].start), true) }
                guard start + 1 < labelCount else { return (tail(labels[start].start), false) }
                if labels[start + 1].kind.contains(.wildcardBase) { return (tail(labels[start].start), true) }
                start += 1
            }
        }
    }

    /// The registrable domain (public suffix plus one label), or nil when `host` is itself a suffix.
    public func registrableDomain(_ host: String) -> String? {
        let (suffix, _) = publicSuffix(of: host)
        guard host.utf8.count > suffix.utf8.count else { return nil }
        var bytes = host
        if let ascii = bytes.withUTF8({ Self.asciiRegistrable($0, suffixBytes: suffix.utf8.count) }) { return ascii }
        return Self.referenceRegistrable(host, suffix: suffix)
    }

    /// The registrable domain given the suffix, as written: the last non-empty label before it, as Characters.
    static func referenceRegistrable(_ host: String, suffix: String) -> String {
        let prefix = host.dropLast(suffix.count + 1)
        let label = prefix.split(separator: ".").last ?? prefix
        return "\(label).\(suffix)"
    }

    /// ``referenceRegistrable(_:suffix:)`` for an ASCII host (nil otherwise), on bytes.
    private static func asciiRegistrable(_ host: UnsafeBufferPointer<UInt8>, suffixBytes: Int) -> String? {
        guard host.allSatisfy({ $0 < 0x80 }) else { return nil }
        let prefixEnd = host.count - suffixBytes - 1
        // The last label of the prefix that isn't empty (the whole prefix when it has none).
        var labelEnd = prefixEnd
        while labelEnd > 0, host[labelEnd - 1] == UInt8(ascii: ".") { labelEnd -= 1 }
        var labelStart = labelEnd
        while labelStart > 0, host[labelStart - 1] != UInt8(ascii: ".") { labelStart -= 1 }
        let label = labelEnd > labelStart ? labelStart..<labelEnd : 0..<prefixEnd
        var domain = Array(host[label])
        domain.append(contentsOf: UnsafeBufferPointer(rebasing: host[(prefixEnd)...]))
        return String(decoding: domain, as: UTF8.self)
    }
}

/// Reads a whole small file; nil when it can't be opened.
func readFile(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 << 10)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
}
