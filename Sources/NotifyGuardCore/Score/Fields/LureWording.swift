/// Whether a field's text is about what scams are about: a phrase of the lexicon (scam or lure wording), or a lure
/// topic (refund, order, charge, renewal, prize, crypto, an account problem: `lure-topics.yaml`) in any of its
/// languages that the message isn't about anyway. An invoice titled "Rechnung von ..." is about an order, a DocuSign
/// envelope titled "Purchase Agreement" about a purchase: for text in the body, the transactional topics its Subject
/// announces (an order, a charge) don't count. A refund, a prize or an account problem announced in the Subject
/// excuses nothing: there the Subject carries the lure too.
enum LureWording {
    enum Place {
        /// The Subject itself, or the display name.
        case nameField
        /// Text in the body, under the Subject.
        case body
    }

    /// Topics a document or a bill is about: a Subject naming them says what the message is.
    static let transactional: Set<String> = ["order", "charge"]

    /// `besides`: more topics the message is about anyway (those of its platform's kind).
    static func isIn(_ text: String, _ message: MessageContext, place: Place, besides: Set<String> = []) -> Bool {
        let policy = message.policy
        // Links and addresses are no wording: `?invitation_token=...` names no crypto token.
        let text = ContactChannelScanner.withoutAddresses(text)
        let (scam, lure) = policy.lexicon.phrases(in: Array(TextCase.lowercased(text).utf8), maxHits: 1)
        if !scam.isEmpty || !lure.isEmpty { return true }
        let topics = policy.lureTopics.topics(in: text)
        guard !topics.isEmpty else { return false }
        var declared = besides
        if place == .body {
            declared.formUnion(policy.lureTopics.topics(in: message.features.subject).filter(transactional.contains))
        }
        return topics.contains { !declared.contains($0) }
    }

    /// A protected brand named in a place a platform's user fills in, by a sender that doesn't own it: the
    /// "Amazon Order Desk" of a workspace invitation. A messenger app is a way to reach someone (the contact rules
    /// judge it), and a brand the message links to at its own domain is mentioned, not worn.
    static func namesForeignBrand(_ text: String, _ message: MessageContext) -> Bool {
        BrandImpersonationRule.impersonatedBrands(in: [SkeletonWords.of(text)], message).contains { brand in
            !MessengerContacts.isAppName(brand) && !BrandImpersonationRule.linksToOwnDomain(of: brand, message)
        }
    }
}
