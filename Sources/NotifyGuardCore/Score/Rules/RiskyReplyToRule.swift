extension RuleID {
    /// A platform-sent notification whose replies go to an address under a risky top-level domain.
    public static let riskyReplyTo = RuleID("risky_reply_to", defaultWeight: 1)
}

/// In a platform-sent notification the Reply-To is the platform user's own address (the sharer, the organiser, the
/// seller): where the recipient's answer goes. Under a top-level domain mostly registered for abuse (`risky_tlds`:
/// `.quest`, `.mom`, `.top`) it counts as a link there does: weight 1, a nudge, never a verdict on its own. Not
/// where the platform's own domains are the Reply-To's.
enum RiskyReplyToRule: MessageRule {
    static let ids: [RuleID] = [.riskyReplyTo]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard message.platformSent, let replyTo = message.features.replyTo, !replyTo.domain.isEmpty else { return }
        let domain = TextCase.lowercased(replyTo.domain)
        if let templateDomains = message.templateDomains, templateDomains.matches(domain) { return }
        if Domain.lastLabel(of: domain, isIn: message.policy.riskyTLDSet) {
            reasons.fire(.riskyReplyTo, domain)
        }
    }
}
