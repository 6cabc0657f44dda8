/// A registry sender entry, parsed: an address (`noreply@box.com`) or a domain (`box.com`, which also covers its
/// subdomains), where a `*` in the local part or in a domain label stands for a per-account part
/// (`receipts+acct_*@stripe.com`, `jira@*.atlassian.net`, `*.booking.com`, `hs-*.com`).
///
/// For lookup a pattern is split at its last label with a `*`: the labels after it (`atlassian.net`) are the `key`,
/// found in a dictionary by the labels of the domain looked up; the labels up to it are compared as globs.
struct SenderPattern: Sendable, Equatable {
    /// The local part's glob for an address entry, nil for a domain entry.
    let local: String?
    /// The labels up to and including the last one with a `*` (empty when the domain has none).
    let wildcardLabels: [String]
    /// The labels after them, joined: what the dictionary is keyed by.
    let key: String

    /// Parses a lowercased entry; nil when it isn't an address or a domain of two or more labels, has an empty label,
    /// its last label has a `*` (nothing fixed to look it up by), or a bare `*` label stands right before the last
    /// (a whole top-level domain).
    init?(_ entry: String) {
        var domain = Substring(entry)
        if let at = entry.lastIndex(of: "@") {
            let localPart = entry[..<at]
            guard !localPart.isEmpty else { return nil }
            local = String(localPart)
            domain = entry[entry.index(after: at)...]
        } else {
            local = nil
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.contains("@") }),
            let last = labels.last, !last.contains("*")
        else { return nil }
        let split = (labels.lastIndex { $0.contains("*") } ?? -1) + 1
        // `*.com` would claim a whole top-level domain; `hs-*.com` keeps a fixed part.
        if split > 0, labels.count - split < 2, labels[split - 1].allSatisfy({ $0 == "*" }) { return nil }
        wildcardLabels = labels[..<split].map(String.init)
        key = labels[split...].joined(separator: ".")
    }

    var hasWildcard: Bool { !wildcardLabels.isEmpty || (local?.contains("*") ?? false) }

    /// Whether a domain whose labels are `labels`, with `labels[keyStart...]` equal to `key`, matches: the wildcard
    /// labels match the labels just before the key, and for an address entry nothing precedes them and the local
    /// part matches too.
    func matches(local addressLocal: Substring?, labels: [Substring], keyStart: Int) -> Bool {
        let first = keyStart - wildcardLabels.count
        guard first >= 0 else { return false }
        if let local {
            guard first == 0, let addressLocal, Self.glob(local.utf8, matches: addressLocal.utf8) else { return false }
        }
        for (offset, pattern) in wildcardLabels.enumerated()
        where !Self.glob(pattern.utf8, matches: labels[first + offset].utf8) {
            return false
        }
        return true
    }

    /// `*` matches any run of bytes (none included); every other byte itself. Iterative with one backtrack point:
    /// time at most the pattern's length times the text's.
    static func glob(_ pattern: some Collection<UInt8>, matches text: some Collection<UInt8>) -> Bool {
        let pattern = Array(pattern)
        let text = Array(text)
        var p = 0
        var t = 0
        var star = -1
        var resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = p
                resume = t
                p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if star >= 0 {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}
