extension RuleID {
    /// Mail claims a profile's sender, but trusted authentication failed.
    public static let spoofedSender = RuleID("spoofed_sender", defaultWeight: 6)
    /// From is a protected brand's own domain, DMARC failed, and nothing the brand signed came with it.
    public static let spoofedBrandDomain = RuleID("spoofed_brand_domain", defaultWeight: 6)
    /// No profile matched, and trusted DMARC (or Microsoft's compauth) failed for the From domain.
    public static let dmarcFail = RuleID("dmarc_fail", defaultWeight: 2)
}

/// What trusted authentication says about the sender: a template's sender that its platform didn't send, a
/// protected brand's own domain that the brand didn't send, or any other From that failed DMARC (weak: mailing
/// lists that keep From break DMARC too).
enum SenderAuthenticationRules: MessageRule {
    static let ids: [RuleID] = [.spoofedSender, .spoofedBrandDomain, .dmarcFail]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let features = message.features
        if let profile = message.profile, !message.platformSent, features.authenticationFailed {
            reasons.fire(.spoofedSender, profile.name)
        } else if message.profile == nil, features.dmarcFailed || features.compositeAuthFailed {
            let domain = features.from?.domain ?? ""
            if let brand = spoofedBrand(message) {
                reasons.fire(.spoofedBrandDomain, "\(domain)~\(brand)")
            } else {
                reasons.fire(.dmarcFail, domain)
            }
        }
    }

    /// The protected brand that owns the From domain, when the failure cannot be the usual honest one. Brands sign
    /// their mail with DKIM, and a signature survives forwarding; a mailing list that changes the message breaks it
    /// but leaves it there (failing), and says it is a list. So: not via a list, and no DKIM result, passing or
    /// failing, for any domain of the brand.
    static func spoofedBrand(_ message: MessageContext) -> String? {
        let features = message.features
        guard !features.viaMailingList, let from = features.from else { return nil }
        // Most senders are no brand's: the set of all brand domains says so before the brands are tried one by one.
        let domain = TextCase.lowercased(from.domain)
        guard message.policy.protectedBrandDomains.matches(domain),
            let brand = message.policy.protectedBrands.first(where: { $0.owns(domain) })
        else { return nil }
        let brandSigned = features.authentication.contains { result in
            guard result.method == "dkim" else { return false }
            let signer = result.properties["header.d"] ?? result.properties["header.i"].map(Domain.of) ?? ""
            return brand.owns(TextCase.lowercased(signer))
        }
        return brandSigned ? nil : brand.name
    }
}
