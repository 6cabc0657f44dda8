extension RuleID {
    /// The From domain cannot exist.
    public static let invalidSenderDomain = RuleID("invalid_sender_domain", defaultWeight: 3)
}

/// A From address nobody can answer: a domain under no public suffix (`@correios`) or with characters no host name
/// has (`@%pagamentos.com`). A From equal to the recipient is the recipient's own domain, whatever it looks like.
enum InvalidSenderDomainRule: MessageRule {
    static let ids: [RuleID] = [.invalidSenderDomain]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard let from = message.features.from, from.address != message.features.to?.address else { return }
        if !isPlausibleMailDomain(from.domain, in: message.policy.publicSuffixList) {
            reasons.fire(.invalidSenderDomain, from.domain.isEmpty ? from.address : from.domain)
        }
    }

    /// Whether `domain` could be a sending domain on the Internet: letters, digits, hyphens and dots (or non-ASCII
    /// letters of an IDN), no empty label, and a registrable domain under a listed public suffix.
    static func isPlausibleMailDomain(_ domain: String, in publicSuffixes: PublicSuffixList) -> Bool {
        guard let host = Domain.normalizedHost(domain) else { return false }
        return publicSuffixes.hasListedRegistrableDomain(host)
    }
}
