extension RuleID {
    /// A way to reach someone off the platform next to lure wording or a lure topic, in text a platform's user
    /// wrote into a recognised template.
    public static let contactWithLure = RuleID("contact_with_lure", defaultWeight: 4)
}

/// Free-text fields of a platform-sent, recognised template (an invoice note, a share message, an event
/// description): the written text a learned skeleton finds, else the opening text. A contact channel there counts
/// together with lure wording or a lure topic, in any language (a transaction the Subject announces doesn't count). Where users write
/// the whole body (`user_text`, `user_links`), phone numbers and addresses are how people sign their mail, and
/// links are theirs to post: there only a messenger contact or a QR code counts.
enum ContactWithLureRule: MessageRule {
    static let ids: [RuleID] = [.contactWithLure]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard message.platformSent, let profile = message.profile else { return }
        let userWritten = profile.userText || profile.userLinks
        let text = message.writtenText
        // Cheap looks first, the channel scan (which reads the text several times) last: the extractor found a
        // phone or an address in the message, or the text may name a messenger contact or a QR code. (Numbers
        // written to evade the extractor are looked for in name fields, where they quarantine; in free text they
        // need one of these too.) Where users write the body, only a messenger or a QR code counts.
        let features = message.features
        let addressOrPhone = !userWritten && (!features.phones.isEmpty || !features.emails.isEmpty)
        guard addressOrPhone || MessengerContacts.mayHoldContact(text) || FieldText.mentionsQRCode(text) else {
            return
        }
        // Then the lure, a search in bytes.
        guard LureWording.isIn(text, message, place: .body) else { return }
        let found = FieldChannels(message).unexplainedNotLinks(
            in: text, message, addressesAndPhones: !userWritten
        ).filter { channel in
            switch channel.kind {
            case .messenger, .qrCode: return true
            case .phone, .email: return !userWritten
            case .link: return false  // foreign_link and the link rules judge links
            }
        }
        guard let channel = found.first else { return }
        reasons.fire(.contactWithLure, channel.detail)
    }
}
