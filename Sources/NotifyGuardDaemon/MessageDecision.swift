import NotifyGuardConfig
import NotifyGuardCore

/// The final word on a message after scoring: the recipients' domain settings and the overrides applied to the
/// scorer's verdict. Pure: the milter session and `scan` both decide through it.
///
/// Order: `link` allow entries drop their reasons (the score falls), the thresholds of the recipients' domains pick
/// the action, then a block entry raises it to at least `overrides.block_action`, or else an allow entry makes it
/// accept. Block wins over allow.
public struct MessageDecision: Sendable {
    /// The verdict carried out: score, reasons and action after overrides and recipient-domain thresholds.
    public var verdict: Verdict
    /// The action settings for these recipients (dry-run, failure action, subject prefix, reject text).
    public var actions: ActionSettings
    /// Every override entry that applied, block entries first.
    public var overrides: [OverrideEntry]
    /// An allow entry applied and no block entry did: the message is let through whatever the rules said.
    public var allowed: Bool

    public init(verdict scored: Verdict, features: MessageFeatures, envelope: Envelope, settings: Settings) {
        verdict = scored
        actions = settings.actions
        overrides = []
        allowed = false
        // Nothing configured: the scorer's verdict as it is (the common case, and the shipped config's).
        guard !settings.overrides.isEmpty || !settings.recipientDomains.isEmpty else { return }

        let profile = scored.profile.flatMap { name in settings.policy.profiles.first { $0.name == name } }
        let verdictThresholds = profile?.thresholds ?? settings.policy.thresholds
        let recipients = RecipientPolicy(
            settings: settings, recipients: envelope.recipients, verdictThresholds: verdictThresholds)
        actions = recipients.actions

        var rescore = recipients.thresholds != nil
        if !settings.overrides.isEmpty {
            let match = OverrideMatcher(overrides: settings.overrides, publicSuffixes: settings.policy.publicSuffixList)
                .match(features: features, envelope: envelope, verdict: scored, profile: profile)
            overrides = match.applied
            if match.droppedReasons > 0 {
                verdict.reasons = match.reasons
                verdict.score = match.reasons.reduce(0) { $0 + $1.score }
                rescore = true
            }
            if rescore { verdict.action = (recipients.thresholds ?? verdictThresholds).action(for: verdict.score) }
            if !match.block.isEmpty {
                verdict.action = max(verdict.action, settings.overrides.blockAction)
            } else if !match.allow.isEmpty {
                verdict.action = .accept
                allowed = true
            }
        } else if rescore {
            verdict.action = (recipients.thresholds ?? verdictThresholds).action(for: verdict.score)
        }
    }

    /// The applied overrides as logged: `allow(dkim:partner.example)`.
    public var overrideLabels: [String] { overrides.map(\.label) }

    /// The applied overrides as counted in metrics: `allow:dkim`.
    public var overrideKinds: [String] { overrides.map { "\($0.list.rawValue):\($0.key.rawValue)" } }
}
