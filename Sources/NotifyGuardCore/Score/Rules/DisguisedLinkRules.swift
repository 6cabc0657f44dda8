extension RuleID {
    /// A link with user information before its host (`https://paypal.com@evil.example/`).
    public static let userinfoLink = RuleID("userinfo_link", defaultWeight: 4)
    /// A link to an IP address.
    public static let ipLiteralLink = RuleID("ip_literal_link", defaultWeight: 3)
    /// A link written so filters don't see it (`evil[.]com`, `evil . com`).
    public static let defangedLink = RuleID("defanged_link", defaultWeight: 4)
    /// A link to an internationalised host (punycode or Unicode).
    public static let punycodeLink = RuleID("punycode_link", defaultWeight: 2)
    /// A link through a URL shortener.
    public static let shortenerLink = RuleID("shortener_link", defaultWeight: 2)
    /// A link whose text names another domain than the one it goes to.
    public static let linkTextMismatch = RuleID("link_text_mismatch", defaultWeight: 3)
}

/// Links that hide where they go.
enum DisguisedLinkRules: LinkRule {
    static let ids: [RuleID] = [.userinfoLink, .ipLiteralLink, .defangedLink, .punycodeLink, .shortenerLink,
        .linkTextMismatch]

    static func check(
        _ link: borrowing ExtractedLink, _ facts: LinkFacts, in message: MessageContext, into reasons: inout Reasons
    ) {
        let flags = link.flags
        if flags.contains(.userinfo) { reasons.fire(.userinfoLink, link.host) }
        if flags.contains(.ipLiteral) { reasons.fire(.ipLiteralLink, link.host) }
        if flags.contains(.defanged) || flags.contains(.spacedDots) { reasons.fire(.defangedLink, link.host) }
        if flags.contains(.punycode) || flags.contains(.unicodeHost) { reasons.fire(.punycodeLink, link.host) }
        if message.policy.shortenerSet.contains(link.registrableDomain) {
            reasons.fire(.shortenerLink, link.registrableDomain)
        }
        if link.source == .href,
            let named = domainNamed(by: link.anchorText, publicSuffixes: message.policy.publicSuffixList),
            named != link.registrableDomain
        {
            reasons.fire(.linkTextMismatch, "\(named)->\(link.registrableDomain)")
        }
    }

    /// The registrable domain a link's visible text names, if it reads like a URL or domain.
    static func domainNamed(by anchorText: String, publicSuffixes: PublicSuffixList) -> String? {
        guard let word = TextCase.lowercasedDottedWord(anchorText) else { return nil }
        var extractor = LinkExtractor(psl: publicSuffixes, maxLinks: 1)
        extractor.scan(text: word, source: .text)
        return extractor.links.first?.registrableDomain
    }
}
