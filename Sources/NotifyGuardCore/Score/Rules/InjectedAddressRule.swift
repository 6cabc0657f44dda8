extension RuleID {
    /// An address or domain written into a platform template's user-controlled text (see also
    /// ``TemplateSkeletonRules``).
    public static let injectedAddress = RuleID("injected_address", defaultWeight: 3)
}

/// A display name is user-controlled in a platform template: an address or domain written into it is injected.
/// Platforms that put their own address there ("service@paypal.com") are not injecting anything.
enum InjectedAddressRule: MessageRule {
    static let ids: [RuleID] = [.injectedAddress]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard message.platformSent, let profile = message.profile else { return }
        var nameScan = LinkExtractor(psl: message.policy.publicSuffixList, maxLinks: 4)
        nameScan.scan(text: message.displayName, source: .header("From"))
        let written = nameScan.emails.map(\.value) + nameScan.links.map(\.host)
        let platformDomains = profile.dkimDomains + profile.linkDomains
            + [message.features.from?.domain].compactMap { $0 }
        let foreign = written.first { item in
            let domain = Domain.of(item)
            return !platformDomains.contains { Domain.matches(domain, $0) }
        }
        if let foreign { reasons.fire(.injectedAddress, foreign) }
    }
}
