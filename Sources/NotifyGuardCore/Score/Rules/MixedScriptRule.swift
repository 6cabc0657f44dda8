extension RuleID {
    /// A word in the subject or display name mixing Latin with Cyrillic, Greek or Armenian letters.
    public static let mixedScript = RuleID("mixed_script", defaultWeight: 3)
}

/// Disguised words in what the reader sees first: real words are written in one script.
enum MixedScriptRule: MessageRule {
    static let ids: [RuleID] = [.mixedScript]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let subject = message.features.subject
        // Mixing needs a letter of another script: ASCII text has none.
        guard !(UTF8Bytes.isASCII(message.displayName) && UTF8Bytes.isASCII(subject)) else { return }
        for word in Confusables.mixedScriptWords(in: [message.displayName, subject]) {
            reasons.fire(.mixedScript, word)
        }
    }
}
