extension RuleID {
    /// Words of a platform-sent message that its template's learned skeleton can't place.
    public static let templateDeviation = RuleID("template_deviation", defaultWeight: 3)
    /// A field of the learned skeleton holds far more than it did in the samples.
    public static let fieldLength = RuleID("field_length", defaultWeight: 2)
}

/// What a learned skeleton shows (``MessageContext/templateFields``): text outside every field of the template, a
/// stuffed field, an address written into a field. (Lure wording in the fields counts as scam wording: see
/// ``MessageContext``.)
enum TemplateSkeletonRules: MessageRule {
    static let ids: [RuleID] = [.templateDeviation, .fieldLength, .injectedAddress]

    /// Fewer words than this outside the skeleton are noise (a signature line, a footer the samples lacked).
    static let minUnexplainedWords = 4

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard let fields = message.templateFields, let profile = message.profile else { return }
        let match = fields.match
        if match.unexplained.count >= minUnexplainedWords {
            reasons.fire(.templateDeviation, match.unexplained.prefix(12).joined(separator: " "))
        }
        for slot in match.overlongSlots {
            reasons.fire(.fieldLength, "field \(slot.slot + 1): \(slot.words) words, samples up to \(slot.learned)")
        }
        // An address that is neither the platform's nor the recipient's, in a name field or outside every field, was
        // written in; in a free-text field (a seller's note, a share message) it may be the writer's own, and counts
        // next to scam wording only. Fields that held addresses in the samples hold them by kind (an organizer's).
        let features = message.features
        let ownDomains = (profile.dkimDomains + profile.linkDomains + [features.to?.domain ?? ""]).filter { !$0.isEmpty }
        for email in features.emails {
            let address = TextCase.lowercased(email.value)
            let written = fields.nameText.contains(address)
                || (!message.scamWording.isEmpty && fields.freeText.contains(address))
            if written,
                !ownDomains.contains(where: { Domain.matches(Domain.of(address), $0) })
            {
                reasons.fire(.injectedAddress, email.value)
            }
        }
    }
}
