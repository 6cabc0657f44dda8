extension RuleID {
    /// Zero-width and bidi-control characters in the text.
    public static let invisibleCharacters = RuleID("invisible_characters", defaultWeight: 1)
}

/// Characters that hide text or break words for filters while readers see nothing.
enum InvisibleCharactersRule: MessageRule {
    static let ids: [RuleID] = [.invisibleCharacters]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let count = message.features.invisibleCharacters
        if count > 0 { reasons.fire(.invisibleCharacters, "\(count)") }
    }
}
