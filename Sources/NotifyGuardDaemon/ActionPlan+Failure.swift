import NotifyGuardConfig
import NotifyGuardCore

/// When the configured failure action (accept or tempfail) replaces the verdict.
extension ActionPlan {
    /// Limits whose hit leaves part of the message unjudged: text in parts past `parts` or `mime_depth`, links past
    /// `links`, identity headers past their reserve. Byte limits (a big attachment, a long header) and the header
    /// count (identity headers are read past it) only mark the scan partial.
    public static let structuralLimits: Set<Truncation> = [.mimeDepth, .parts, .links, .identityHeaders]

    /// The plan when notifyguard could not judge the message: the configured failure action, nothing else.
    public init(failure settings: ActionSettings, reason: String? = nil) {
        self.init(failureAction: settings.failureAction == .tempfail, reason: reason, edits: [])
    }

    /// A failure plan: the message is accepted (with `edits`) or refused for now; the log shows `reason`.
    private init(failureAction tempfail: Bool, reason: String?, edits: [MessageEdit]) {
        verdictAction = .accept
        action = .accept
        self.tempfail = tempfail
        // A refused message is not delivered: nothing to edit.
        self.edits = tempfail ? [] : edits
        reply = nil
        failure = reason
    }

    /// This plan, or the failure plan a structural limit hit calls for.
    ///
    /// - An accept with a structural limit hit was judged on part of the message: the failure action applies, the
    ///   forged headers still go. An allow override (`allowed`) vouched for the mail: its plan stands.
    /// - Identity headers past their reserve may hide forged `X-NotifyGuard-*` headers that can't be removed: such a
    ///   message is never delivered (tempfail, unless the verdict rejects it anyway).
    public func checkingLimits(_ truncations: Set<Truncation>, settings: ActionSettings, allowed: Bool) -> ActionPlan {
        let hit = truncations.intersection(Self.structuralLimits)
        guard !hit.isEmpty else { return self }
        let reason = "limit " + hit.map(\.rawValue).sorted().joined(separator: "+")
        if hit.contains(.identityHeaders), verdictAction != .reject {
            return ActionPlan(failureAction: true, reason: reason, edits: [])
        }
        guard verdictAction == .accept, !allowed else { return self }
        let forged = edits.filter { edit in
            if case .deleteHeader = edit { return true }
            return false
        }
        return ActionPlan(failureAction: settings.failureAction == .tempfail, reason: reason, edits: forged)
    }

    /// The plan once libmilter refused `edit` (the edits before it were made). A refused delete leaves a forged
    /// header in place, so the message is not delivered; after any other refusal the failure action applies.
    public static func afterRefusal(of edit: MessageEdit, settings: ActionSettings) -> ActionPlan {
        let reason = "libmilter refused \(edit)"
        if case .deleteHeader = edit {
            return ActionPlan(failureAction: true, reason: reason, edits: [])
        }
        return ActionPlan(failureAction: settings.failureAction == .tempfail, reason: reason, edits: [])
    }
}
