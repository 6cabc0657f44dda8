/// Profiles by the senders they claim, built once per policy: the scorer asks for every message which profiles
/// name its From or Sender, and testing each profile's list was a tenth of its time.
struct ProfileIndex: Sendable {
    /// Profile indices (ascending) by whole sender address (`a@b`).
    private let byAddress: [String: [Int]]
    /// Profile indices (ascending) by sender domain (`b`, which covers its subdomains).
    private let byDomain: [String: [Int]]
    /// Profiles recognised by their platform's DKIM signature alone (`match_dkim`).
    let dkimMatched: [Int]

    init(_ profiles: [Profile]) {
        var byAddress: [String: [Int]] = [:]
        var byDomain: [String: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            for address in profile.senderAddresses where byAddress[address]?.last != index {
                byAddress[address, default: []].append(index)
            }
            for domain in profile.senderDomains where byDomain[domain]?.last != index {
                byDomain[domain, default: []].append(index)
            }
        }
        self.byAddress = byAddress
        self.byDomain = byDomain
        dkimMatched = profiles.indices.filter { profiles[$0].matchDKIM }
    }

    /// Adds the profiles for which `Profile.matchesSender(address:domain:)` holds: those listing the address, or
    /// the domain or one of its parents (`Domain.matches`: the domain itself or a tail after one of its dots).
    func addSenderMatches(address: String, domain: String, to profiles: inout Set<Int>) {
        if let found = byAddress[address] { profiles.formUnion(found) }
        var tail = Substring(domain)
        while true {
            if let found = byDomain[String(tail)] { profiles.formUnion(found) }
            guard let dot = tail.utf8.firstIndex(of: UInt8(ascii: ".")) else { break }
            tail = tail[tail.utf8.index(after: dot)...]
        }
    }
}

/// Whether a local part contains one of the notification-sender words (`noreply`, `alerts`), searched together.
struct NotificationSenderSearch: Sendable {
    private let patterns: PatternSet
    /// Words of fewer than two bytes, which a ``PatternSet`` leaves out (an empty one is in every local part).
    private let shortWords: [[UInt8]]

    init(_ words: [String]) {
        patterns = PatternSet(words.map { Array($0.utf8) })
        shortWords = words.map { Array($0.utf8) }.filter { $0.count < 2 }
    }

    func matches(_ localPart: [UInt8]) -> Bool {
        if shortWords.contains(where: { ByteScan.contains(localPart, $0) }) { return true }
        var found = false
        patterns.forEachMatch(in: localPart) { _, _ in
            found = true
            return false
        }
        return found
    }
}
