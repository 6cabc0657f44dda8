/// The registry of bulk notification platforms (`platforms.yaml`), arranged to find the platform a message comes from
/// by its DKIM d= domains and its From address: a dictionary lookup per label of the domain asked about.
///
/// Several platforms may list one domain (`email.apple.com` signs iCloud and App Store mail): lookups return every
/// candidate, the most specific listed domain first and file order within one; ``match(sender:signedBy:)`` prefers a
/// platform both the sender and a signature point to.
public struct PlatformRegistry: Sendable {
    /// The platforms in file order.
    public let platforms: [NotificationPlatform]
    /// Platform indices by listed DKIM domain.
    private let dkim: [String: [Int]]
    /// Platform indices by exact sender address, and by sender domain (which covers its subdomains).
    private let addresses: [String: [Int]]
    private let domains: [String: [Int]]
    /// Sender entries with a `*`, by their key (``SenderPattern``), each with its platform's index.
    private let wildcards: [String: [(pattern: SenderPattern, platform: Int)]]

    /// Addresses and domains longer than this match nothing (no platform sends from one; it bounds the globs).
    public static let maxLookupBytes = 320

    public init(_ platforms: [NotificationPlatform] = []) {
        self.platforms = platforms
        var dkim: [String: [Int]] = [:]
        var addresses: [String: [Int]] = [:]
        var domains: [String: [Int]] = [:]
        var wildcards: [String: [(pattern: SenderPattern, platform: Int)]] = [:]
        for (index, platform) in platforms.enumerated() {
            for domain in platform.dkimDomains { dkim[domain, default: []].append(index) }
            for sender in platform.senders {
                guard let pattern = SenderPattern(sender) else { continue }
                if pattern.hasWildcard {
                    wildcards[pattern.key, default: []].append((pattern, index))
                } else if pattern.local != nil {
                    addresses[sender, default: []].append(index)
                } else {
                    domains[sender, default: []].append(index)
                }
            }
        }
        self.dkim = dkim.mapValues(Self.unique)
        self.addresses = addresses.mapValues(Self.unique)
        self.domains = domains.mapValues(Self.unique)
        self.wildcards = wildcards
    }

    public var isEmpty: Bool { platforms.isEmpty }

    /// The platforms that list `domain` (a DKIM d= value) or a parent of it among their DKIM domains.
    public func platforms(signedBy domain: String) -> [NotificationPlatform] {
        platformIndices(signedBy: domain).map { platforms[$0] }
    }

    /// The platforms that list `address` (a From address), its domain or a parent domain, or a wildcard entry
    /// matching it, among their senders.
    public func platforms(sender address: String) -> [NotificationPlatform] {
        platformIndices(sender: address).map { platforms[$0] }
    }

    /// The platform a message with From `sender` and DKIM signatures by `domains` comes from: one both point to,
    /// else the first the sender points to, else the first a signature points to; nil when none does. Whether the
    /// signatures passed and From is authenticated is the caller's to check.
    public func match(sender: String?, signedBy domains: [String]) -> PlatformMatch? {
        let bySender = sender.map(platformIndices(sender:)) ?? []
        var byDKIM: [Int] = []
        for domain in domains {
            for index in platformIndices(signedBy: domain) where !byDKIM.contains(index) { byDKIM.append(index) }
        }
        if let both = bySender.first(where: byDKIM.contains) {
            return PlatformMatch(platform: platforms[both], bySender: true, byDKIM: true)
        }
        if let first = bySender.first { return PlatformMatch(platform: platforms[first], bySender: true, byDKIM: false) }
        if let first = byDKIM.first { return PlatformMatch(platform: platforms[first], bySender: false, byDKIM: true) }
        return nil
    }

    func platformIndices(signedBy domain: String) -> [Int] {
        guard !dkim.isEmpty, let domain = Self.normalized(domain) else { return [] }
        var found: [Int] = []
        for suffix in Self.suffixes(of: domain) {
            for index in dkim[suffix] ?? [] where !found.contains(index) { found.append(index) }
        }
        return found
    }

    func platformIndices(sender address: String) -> [Int] {
        guard let address = Self.normalized(address) else { return [] }
        let at = address.lastIndex(of: "@")
        let local = at.map { address[..<$0] }
        let domain = at.map { address[address.index(after: $0)...] } ?? Substring(address)
        guard !domain.isEmpty else { return [] }
        var found: [Int] = []
        func add(_ indices: [Int]) {
            for index in indices where !found.contains(index) { found.append(index) }
        }
        if local != nil { add(addresses[address] ?? []) }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        var keyStart = 0
        for suffix in Self.suffixes(of: domain) {
            add(domains[suffix] ?? [])
            for (pattern, index) in wildcards[suffix] ?? [] where pattern.matches(local: local, labels: labels, keyStart: keyStart) {
                add([index])
            }
            keyStart += 1
        }
        return found
    }

    /// Lowercased, without a trailing dot; nil when empty or longer than ``maxLookupBytes``.
    private static func normalized(_ text: String) -> String? {
        guard !text.isEmpty, text.utf8.count <= maxLookupBytes else { return nil }
        var lowered = text.lowercased()
        if lowered.hasSuffix(".") { lowered.removeLast() }
        return lowered.isEmpty ? nil : lowered
    }

    /// `domain` and each parent of it, longest first (`a.b.c` -> `a.b.c`, `b.c`, `c`): entry `i` is the domain
    /// from its label `i` on.
    private static func suffixes(of domain: some StringProtocol) -> [String] {
        var result = [String(domain)]
        var rest = Substring(domain)
        while let dot = rest.firstIndex(of: ".") {
            rest = rest[rest.index(after: dot)...]
            result.append(String(rest))
        }
        return result
    }

    private static func unique(_ indices: [Int]) -> [Int] {
        var seen: Set<Int> = []
        return indices.filter { seen.insert($0).inserted }
    }
}

/// The platform a message comes from, and which of its headers said so.
public struct PlatformMatch: Sendable, Equatable {
    public var platform: NotificationPlatform
    /// The From address is one of the platform's senders.
    public var bySender: Bool
    /// A DKIM d= domain is one of the platform's, or a subdomain of one.
    public var byDKIM: Bool
}

extension PlatformRegistry {
    /// Whether `entry` is a sender the registry can look up: an address or a domain of two or more labels, with `*`
    /// anywhere but in the last label, and not a bare `*` right before it (`*.com`).
    public static func isValidSender(_ entry: String) -> Bool {
        SenderPattern(entry.lowercased()) != nil
    }

    /// Whether `domain` is a DKIM domain the registry can look up: two or more labels, no `*` or `@`.
    public static func isValidDKIMDomain(_ domain: String) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && !$0.contains("*") && !$0.contains("@") }
    }
}
