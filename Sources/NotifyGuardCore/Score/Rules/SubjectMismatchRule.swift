extension RuleID {
    /// A platform-sent template with fixed subjects carries another subject.
    public static let subjectMismatch = RuleID("subject_mismatch", defaultWeight: 3)
}

/// The template's own subjects are fixed texts: a platform-sent message with another subject was written by whoever
/// filled the template in (casino spam in a "verify your e-mail" template).
enum SubjectMismatchRule: MessageRule {
    static let ids: [RuleID] = [.subjectMismatch]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard let profile = message.profile, message.platformSent, !profile.subjects.isEmpty else { return }
        let subject = message.features.subject
        // A phrase counts where a word starts: a template's "form" is not the subject's "informative".
        if !profile.subjectPhrases.anyContained(in: TextCase.lowercased(subject), atWordStart: true) {
            reasons.fire(.subjectMismatch, String(subject.prefix(80)))
        }
    }
}
