extension RuleID {
    /// Mail claims a profile's sender, but trusted authentication failed.
    public static let spoofedSender = RuleID("spoofed_sender", defaultWeight: 6)
    /// No profile matched, and trusted DMARC (or Microsoft's compauth) failed for the From domain.
    public static let dmarcFail = RuleID("dmarc_fail", defaultWeight: 2)
}

/// What trusted authentication says about the sender: a template's sender that its platform didn't send, or any
/// other From that failed DMARC (weak: mailing lists that keep From break DMARC too).
enum SenderAuthenticationRules: MessageRule {
    static let ids: [RuleID] = [.spoofedSender, .dmarcFail]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let features = message.features
        if let profile = message.profile, !message.platformSent, features.authenticationFailed {
            reasons.fire(.spoofedSender, profile.name)
        } else if message.profile == nil, features.dmarcFailed || features.compositeAuthFailed {
            reasons.fire(.dmarcFail, features.from?.domain ?? "")
        }
    }
}
