extension RuleID {
    /// A platform-sent template of fixed links links elsewhere.
    public static let foreignLink = RuleID("foreign_link", defaultWeight: 4)
}

/// A template of fixed links sent by its platform: any link that isn't the template's own was written in (not in
/// templates whose users add links: invitations, comments, posts). Images don't count, nor a party's own site or a
/// file name that reads as a domain (``MessageContext/isPartyLink(_:)``).
enum ForeignLinkRule: LinkRule {
    static let ids: [RuleID] = [.foreignLink]

    static func check(
        _ link: borrowing ExtractedLink, _ facts: LinkFacts, in message: MessageContext, into reasons: inout Reasons
    ) {
        guard message.platformSent, message.profile?.userLinks == false else { return }
        guard !facts.isTemplateLink, link.source != .image, !message.isPartyLink(link) else { return }
        reasons.fire(.foreignLink, link.registrableDomain)
    }
}
