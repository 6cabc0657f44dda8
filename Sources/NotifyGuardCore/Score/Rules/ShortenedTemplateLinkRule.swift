extension RuleID {
    /// A platform-sent template of fixed links links through a public URL shortener.
    public static let shortenedTemplateLink = RuleID("shortened_template_link", defaultWeight: 2)
}

/// A platform's own notification links its own domains (and its own short links, which are among them); a public
/// shortener in it was written in by whoever filled the template, and it hides the destination from the recipient,
/// from the platform's link scanning and from ``ForeignLinkRule``'s test for a party's own site. On top of
/// `shortener_link`, which fires for shorteners anywhere. Not in templates whose users add links (`user_links`:
/// invitations, posts, newsletters), where a shortened link is an ordinary user's habit.
enum ShortenedTemplateLinkRule: LinkRule {
    static let ids: [RuleID] = [.shortenedTemplateLink]

    static func check(
        _ link: borrowing ExtractedLink, _ facts: LinkFacts, in message: MessageContext, into reasons: inout Reasons
    ) {
        guard message.platformSent, message.profile?.userLinks == false else { return }
        guard !facts.isTemplateLink, link.source != .image,
            message.policy.shortenerSet.contains(link.registrableDomain)
        else { return }
        reasons.fire(.shortenedTemplateLink, link.registrableDomain)
    }
}
