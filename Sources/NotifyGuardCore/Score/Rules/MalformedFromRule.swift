extension RuleID {
    /// The From field is not one mailbox: no address, several, a name cut off from its address, or a second From.
    public static let malformedFrom = RuleID("malformed_from", defaultWeight: 3)
}

/// A From that names no single mailbox. DMARC checks the one domain of the one From address; without one, or with
/// several, there is nothing (or no single thing) to check, and mail clients show different senders: `"Bank" <>`,
/// `Bank,(<x@y>)` (the address only in a comment), `"Bank", <x@elsewhere.example>` (the name cut off by a comma),
/// two From fields. Mail software writes one mailbox; weight 3 (below the tag threshold) leaves a hand-rolled script's
/// `From: Website` to other evidence.
enum MalformedFromRule: MessageRule {
    static let ids: [RuleID] = [.malformedFrom]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let features = message.features
        if features.fromFieldCount > 1 {
            reasons.fire(.malformedFrom, "\(features.fromFieldCount) From fields")
            return
        }
        guard let shape = features.fromShape else { return }
        if shape.mailboxes == 0 {
            reasons.fire(.malformedFrom, "no address")
        } else if shape.nameCutFromAddress {
            reasons.fire(.malformedFrom, "name cut from address")
        } else if shape.mailboxes > 1, shape.nameOnlyEntries > 0 || features.sender == nil {
            // Several authors are allowed with a Sender naming the one who sent it (RFC 5322 3.6.2).
            reasons.fire(.malformedFrom, "\(shape.mailboxes) mailboxes")
        }
    }
}
