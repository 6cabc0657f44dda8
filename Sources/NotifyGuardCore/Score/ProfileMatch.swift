/// The template (profile) a message claims to be, and whether its platform really sent it.
struct ProfileMatch {
    /// The profile's index in `policy.profiles`.
    var index: Int
    var platformSent: Bool

    /// The profile whose senders include the From or Sender address (or, for platforms that send under their
    /// customers' domains, whose DKIM domain signed the message), platform-sent matches first; nil when none
    /// matches.
    init?(_ features: borrowing MessageFeatures, policy: borrowing Policy) {
        // Repeats don't matter: only the first of the ordered candidates (platform-sent or not) is taken.
        var candidates: [Int] = []
        if let address = features.from?.address { policy.profileIndex.addSenderMatches(of: address, to: &candidates) }
        if let address = features.sender?.address { policy.profileIndex.addSenderMatches(of: address, to: &candidates) }
        for index in policy.profileIndex.dkimMatched
        where Self.isPlatformSent(features, dkimDomains: policy.profiles[index].dkimDomains) {
            candidates.append(index)
        }
        guard !candidates.isEmpty else { return nil }
        let ordered = candidates.sorted()
        if let sent = ordered.first(where: {
            Self.isPlatformSent(features, dkimDomains: policy.profiles[$0].dkimDomains)
        }) {
            (index, platformSent) = (sent, true)
            return
        }
        // None of them was sent by its platform, the first included.
        guard let first = ordered.first else { return nil }
        (index, platformSent) = (first, false)
    }

    /// Trusted proof the platform sent it: a passing DKIM signature of one of its domains, or SPF passing for an
    /// envelope sender in those domains (DKIM breaks when a relay rewrites the body; SPF still names the platform).
    static func isPlatformSent(_ features: MessageFeatures, dkimDomains: [String]) -> Bool {
        let isPlatformDomain = { (domain: String) in dkimDomains.contains { Domain.matches(domain, $0) } }
        // DMARC's verdict, a walk over the results comparing strings, is read only where an SPF domain would count.
        return features.dkimPassDomains.contains(where: isPlatformDomain)
            || (features.spfPassDomains.contains(where: isPlatformDomain) && !features.dmarcFailed)
    }
}
