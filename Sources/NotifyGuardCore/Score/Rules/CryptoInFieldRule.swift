extension RuleID {
    /// Crypto assets (coins, tokens, wallets, airdrops) in the text a platform's user wrote into a notification.
    public static let cryptoInField = RuleID("crypto_in_field", defaultWeight: 3)
}

/// Coins, tokens and wallets are what the scams in notification fields sell most (airdrops to claim, wallets to
/// "verify"), and what the notifications of a golf club's booking system, a survey tool or a file share are never
/// about. The `crypto` topic of `lure-topics.yaml`, in any of its languages, in the places a platform-sent,
/// recognised template lets its user write: the sender's name, the Subject, the name fields of a learned skeleton,
/// and in a fixed-text template its written fields (or, without a skeleton that covers it, its opening text). Where
/// users write the body (`user_text`, `user_links`) the body is theirs to write about anything: there only the
/// names count. Platforms that deal in crypto say so with the profile's `own_topics: [crypto]`; wording a platform
/// uses itself (its `own_phrases`: GitHub's "access token") is no topic.
///
/// Weight 3, below the tag threshold on its own: a creator's newsletter may well be about crypto. Beside any other
/// sign of abuse it tags.
enum CryptoInFieldRule: MessageRule {
    static let ids: [RuleID] = [.cryptoInField]

    static let topic = "crypto"

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard message.platformSent, let profile = message.profile, !profile.ownTopics.contains(topic),
            !message.policy.lureTopics.isEmpty
        else { return }
        var places = message.nameFields.map { (place: $0.place.rawValue, text: $0.text) }
        if !profile.userText && !profile.userLinks {
            places.append((place: "text", text: message.writtenText))
        }
        let own = profile.foldedOwnPhrases
        let topics = message.policy.lureTopics
        for (place, text) in places where topics.mayMention(topic, in: text, maxBytes: MessageContext.writtenTextBytes) {
            let folded = FoldedText(text, maxBytes: MessageContext.writtenTextBytes).masking(own)
            let found = topics.matches(in: folded)
            if let match = found.first(where: { $0.topic == topic }) {
                reasons.fire(.cryptoInField, "\(place) \(match.stem)")
                return
            }
        }
    }
}
