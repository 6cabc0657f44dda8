extension RuleID {
    /// A way to reach someone (phone, messenger, e-mail address, QR code, link) written where a platform-sent
    /// template puts a name.
    public static let contactInName = RuleID("contact_in_name", defaultWeight: 8)
    /// A sentence or a money amount where a platform-sent template puts a sender's name.
    public static let textInName = RuleID("text_in_name", defaultWeight: 3)
}

/// Name fields (the display name, the Subject) of a platform-sent, recognised template. A name never needs a
/// phone number, a messenger handle or an address, in any language: in a fixed-text template one of them is reason
/// enough on its own. Where users write invitations and posts (`user_text`, `user_links`: "Call with Bob +1 555…" is
/// an ordinary event title) it counts when the same field also carries lure wording or a lure topic (or, in the
/// display name, money or a sentence). A link in a name counts only beside those: a company may be called `acme.io`.
enum ContactInNameRule: MessageRule {
    static let ids: [RuleID] = [.contactInName, .textInName]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard message.platformSent, let profile = message.profile else { return }
        let fixedText = !profile.userText && !profile.userLinks
        let channels = FieldChannels(message)
        for field in message.nameFields {
            // Payment templates put amounts in their subjects, and subjects are sentences: those two signals are
            // read in the display name only.
            let inName = field.place == .displayName
            let money = inName ? FieldText.moneyAmounts(in: field.text) : []
            let sentence = inName && FieldText.readsAsSentence(field.text)
            let found = channels.unexplained(in: field.text, message, inName: true)
            if !found.isEmpty {
                let lure = !money.isEmpty || sentence || LureWording.isIn(field.text, message, place: .nameField)
                if let channel = found.first(where: { (fixedText && $0.kind != .link) || lure }) {
                    reasons.fire(.contactInName, "\(field.place.rawValue) \(channel.detail)")
                    return
                }
            }
            if fixedText, let detail = money.first ?? (sentence ? "sentence" : nil) {
                reasons.fire(.textInName, "\(field.place.rawValue) \(detail)")
            }
        }
    }
}
