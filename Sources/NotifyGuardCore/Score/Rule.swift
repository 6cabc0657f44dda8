/// A rule, or a small family of rules, about a message as a whole: it reads the message's features, the policy and
/// the matched template, all in ``MessageContext``, and fires what it finds into `reasons`. Registered in
/// ``Rules/steps``.
protocol MessageRule: Sendable {
    /// The rules it may fire.
    static var ids: [RuleID] { get }
    static func check(_ message: MessageContext, into reasons: inout Reasons)
}

/// A rule, or a small family of rules, about one link: run for each link of the message in turn (so the reasons of
/// one link come together), with what the scorer found about that link once (``LinkFacts``).
protocol LinkRule: Sendable {
    /// The rules it may fire.
    static var ids: [RuleID] { get }
    static func check(
        _ link: borrowing ExtractedLink, _ facts: LinkFacts, in message: MessageContext, into reasons: inout Reasons)
}

/// What every link rule may ask about a link, found once per link.
struct LinkFacts {
    /// The link is the matched template's own (see ``MessageContext/isTemplateLink(_:)``).
    var isTemplateLink: Bool
}

/// One step of the scorer's fixed order: a message rule, or link rules run link by link.
enum RuleStep: Sendable {
    case message(any MessageRule.Type)
    case eachLink([any LinkRule.Type])

    /// The rules the step may fire.
    var ids: [RuleID] {
        switch self {
        case .message(let rule): return rule.ids
        case .eachLink(let rules): return rules.flatMap { $0.ids }
        }
    }
}
