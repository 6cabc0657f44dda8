extension RuleID {
    /// Wording real notifications hardly use, or lure wording written into a recognised template.
    public static let scamPhrase = RuleID("scam_phrase", defaultWeight: 3)
    /// Wording phishers copy from real mail: weak on its own.
    public static let lurePhrase = RuleID("lure_phrase", defaultWeight: 1)
}

/// The lexicon's phrases in the subject, display name and text, as ``MessageContext`` sorted them into scam and
/// lure wording.
enum PhraseRules: MessageRule {
    static let ids: [RuleID] = [.scamPhrase, .lurePhrase]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        for phrase in message.scamWording { reasons.fire(.scamPhrase, phrase) }
        for phrase in message.lureWording { reasons.fire(.lurePhrase, phrase) }
    }
}
