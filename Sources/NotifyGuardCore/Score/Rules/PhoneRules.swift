extension RuleID {
    /// A phone number in a platform-sent notification.
    public static let phoneNumber = RuleID("phone_number", defaultWeight: 1)
    /// A phone number next to scam wording: "call us" phishing.
    public static let callbackPhishing = RuleID("callback_phishing", defaultWeight: 4)
}

/// Phone numbers: weak in a platform's template, strong next to scam wording.
enum PhoneRules: MessageRule {
    static let ids: [RuleID] = [.phoneNumber, .callbackPhishing]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let phones = message.features.phones
        let profile = message.profile
        // Templates whose users write the content (invitations with dial-in numbers) carry phones as a matter of
        // course; there only callback_phishing weighs them.
        for phone in phones where message.platformSent && !(profile?.userLinks ?? false) {
            reasons.fire(.phoneNumber, phone.value)
        }
        // Callback phishing: a phone number next to scam wording in a template or an automated-looking mail, or
        // next to lure wording ("automatic renewal") inside a recognised template, which never carries both. (A
        // brand and a phone alone are an ordinary invitation to a Teams call with its dial-in numbers; a shop's
        // "your parcel" mail with its service number is ordinary too.)
        let callbackWording = !message.scamWording.isEmpty
            || (profile.map { !$0.userText } ?? false) && !message.lureWording.isEmpty
        if let first = phones.first, callbackWording, profile != nil || message.notificationStyle {
            reasons.fire(.callbackPhishing, first.value)
        }
    }
}
