extension RuleID {
    /// No profile, but an authenticated automated sender carries scam wording and a link or phone.
    public static let genericNotificationAbuse = RuleID("generic_notification_abuse", defaultWeight: 3)
}

/// A notification from a platform without a profile: an authenticated no-reply style sender whose mail carries
/// scam wording and a way to act on it.
enum GenericNotificationAbuseRule: MessageRule {
    static let ids: [RuleID] = [.genericNotificationAbuse]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let features = message.features
        if message.profile == nil, message.notificationStyle, !features.dkimPassDomains.isEmpty,
            !message.scamWording.isEmpty, !features.links.isEmpty || !features.phones.isEmpty
        {
            reasons.fire(.genericNotificationAbuse, features.from?.address ?? "")
        }
    }
}
