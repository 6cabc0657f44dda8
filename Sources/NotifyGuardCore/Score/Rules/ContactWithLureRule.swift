extension RuleID {
    /// A way to reach someone off the platform next to lure wording or a lure topic, in text a platform's user
    /// wrote into a recognised template.
    public static let contactWithLure = RuleID("contact_with_lure", defaultWeight: 4)
}

/// Free-text fields of a platform-sent, recognised template (an invoice note, a share message, an event
/// description): the written text a learned skeleton finds, else the opening text. A contact channel there counts
/// together with lure wording or a lure topic the template isn't about itself, in any language. Where users write
/// the whole body (`user_text`, `user_links`), phone numbers and addresses are how people sign their mail, and
/// links are theirs to post: there only a messenger contact or a QR code counts.
enum ContactWithLureRule: MessageRule {
    static let ids: [RuleID] = [.contactWithLure]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard message.platformSent, let profile = message.profile else { return }
        let userWritten = profile.userText || profile.userLinks
        let text = message.templateFields?.writtenText ?? message.features.leadingText
        let found = FieldChannels(message).unexplained(in: text, message).filter { channel in
            switch channel.kind {
            case .messenger, .qrCode: return true
            case .phone, .email: return !userWritten
            case .link: return false  // foreign_link and the link rules judge links
            }
        }
        guard let channel = found.first, LureWording.isIn(text, message, place: .body) else { return }
        reasons.fire(.contactWithLure, channel.detail)
    }
}
