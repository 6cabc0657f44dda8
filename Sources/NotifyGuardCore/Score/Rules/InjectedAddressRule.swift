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
        if let foreign = foreignItems(in: message).first { reasons.fire(.injectedAddress, foreign) }
    }

    /// The addresses and hosts written into a platform-sent template's display name that are neither the
    /// platform's nor From's own, in order.
    static func foreignItems(in message: MessageContext) -> [String] {
        guard message.platformSent, let profile = message.profile else { return [] }
        var nameScan = LinkExtractor(psl: message.policy.publicSuffixList, maxLinks: 4)
        nameScan.scan(text: message.displayName, source: .header("From"))
        let written = nameScan.emails.map(\.value) + nameScan.links.map(\.host)
        let platformDomains = profile.dkimDomains + profile.linkDomains
            + [message.features.from?.domain].compactMap { $0 }
        return written.filter { item in
            let domain = Domain.of(item)
            return !platformDomains.contains { Domain.matches(domain, $0) }
        }
    }
}
