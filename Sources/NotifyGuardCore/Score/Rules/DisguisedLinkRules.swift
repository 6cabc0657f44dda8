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
    /// A link whose text names another domain than the one it goes to (a protected brand's domain anywhere in it).
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
        if flags.contains(.defanged) || flags.contains(.spacedDots), !message.quotes(link) {
            reasons.fire(.defangedLink, link.host)
        }
        if flags.contains(.punycode) || flags.contains(.unicodeHost) { reasons.fire(.punycodeLink, link.host) }
        if message.policy.shortenerSet.contains(link.registrableDomain) {
            reasons.fire(.shortenerLink, link.registrableDomain)
        }
        if link.source == .href, let named = mismatchedDomain(named: link.anchorText, goingTo: link, message.policy) {
            reasons.fire(.linkTextMismatch, "\(named)->\(link.registrableDomain)")
        }
    }

    /// The domain a link's text names when the link goes elsewhere: a text that is a URL or domain naming another
    /// registrable domain, or a longer text ("Sign in at www.paypal.com") naming a protected brand's domain. A brand's
    /// domain whose link goes to another domain of the same brand is no mismatch.
    static func mismatchedDomain(named anchorText: String, goingTo link: borrowing ExtractedLink, _ policy: Policy)
        -> String?
    {
        let target = link.registrableDomain
        if let named = domainNamed(by: anchorText, publicSuffixes: policy.publicSuffixList) {
            guard named != target else { return nil }
            let sameBrand = policy.protectedBrands.contains { $0.owns(named) && $0.owns(target) }
            return sameBrand ? nil : named
        }
        guard let (named, brand) = brandDomainNamed(in: anchorText, policy), !brand.owns(target) else { return nil }
        return named
    }

    /// A protected brand's registrable domain named in a text of several words, with the brand; texts longer than
    /// an anchor's few words are not searched.
    static func brandDomainNamed(in text: String, _ policy: Policy) -> (String, Brand)? {
        guard !policy.protectedBrands.isEmpty, text.utf8.count <= maxAnchorBytes, hasDotBeforeLetter(text.utf8)
        else { return nil }
        var extractor = LinkExtractor(psl: policy.publicSuffixList, maxLinks: 4)
        extractor.scan(text: text, source: .text)
        for found in extractor.links {
            if let brand = policy.protectedBrands.first(where: { $0.owns(found.registrableDomain) }) {
                return (found.registrableDomain, brand)
            }
        }
        return nil
    }

    /// Anchor texts longer than this are sentences, not names of where a link goes.
    static let maxAnchorBytes = 160

    /// A dot followed by an ASCII letter: the least a domain in the text needs.
    private static func hasDotBeforeLetter(_ bytes: String.UTF8View) -> Bool {
        var afterDot = false
        for byte in bytes {
            if afterDot, ASCII.isAlpha(byte) { return true }
            afterDot = byte == UInt8(ascii: ".")
        }
        return false
    }

    /// The registrable domain a link's visible text names, if it reads like a URL or domain.
    static func domainNamed(by anchorText: String, publicSuffixes: PublicSuffixList) -> String? {
        guard let word = TextCase.lowercasedDottedWord(anchorText) else { return nil }
        var extractor = LinkExtractor(psl: publicSuffixes, maxLinks: 1)
        extractor.scan(text: word, source: .text)
        return extractor.links.first?.registrableDomain
    }
}
