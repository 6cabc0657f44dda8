import NotifyGuardConfig
import NotifyGuardCore
import NotifyGuardDaemon
import Testing

/// `recipient_domains`: settings per recipient domain, and the strictest of them for mail to several domains.
@Suite struct RecipientPolicyTests {
    static let domains = """
        recipient_domains:
          strict.example:
            thresholds: {tag: 2, quarantine: 4, reject: 10}
            subject_prefix: "[STRICT] "
            reject_text: "Refused under strict.example policy"
          trial.example:
            dry_run: true
            thresholds: {quarantine: 12, reject: 20}
            subject_prefix: "[TRIAL] "
            failure_action: tempfail
          quiet.example:
            dry_run: true
        """

    @Test func aDomainsSettingsApplyToItsMailAndItsSubdomains() throws {
        let settings = try Decide.settings(Self.domains)
        let strict = RecipientPolicy(
            settings: settings, recipients: ["a@mx.strict.example"], verdictThresholds: settings.policy.thresholds)
        #expect(strict.thresholds == Thresholds(tag: 2, quarantine: 4, reject: 10))
        #expect(strict.actions.subjectPrefix == "[STRICT] ")
        #expect(strict.actions.reject.text == "Refused under strict.example policy")
        #expect(!strict.actions.dryRun)
        let trial = RecipientPolicy(
            settings: settings, recipients: ["a@trial.example"], verdictThresholds: settings.policy.thresholds)
        #expect(trial.actions.dryRun)
        #expect(trial.actions.failureAction == .tempfail)
        #expect(trial.thresholds == Thresholds(tag: 4, quarantine: 12, reject: 20))
        let other = RecipientPolicy(
            settings: settings, recipients: ["a@elsewhere.example"], verdictThresholds: settings.policy.thresholds)
        #expect(other.actions == settings.actions)
        #expect(other.thresholds == nil)
    }

    /// The rule the README states: each threshold the lowest among the recipients' domains (the global ones for
    /// domains without an entry), dry-run only if all are, tempfail if any wants it, texts from the first recipient
    /// whose domain sets them.
    @Test func mailToSeveralDomainsGetsTheStrictestSettings() throws {
        let settings = try Decide.settings(Self.domains)
        let mixed = RecipientPolicy(
            settings: settings, recipients: ["a@trial.example", "b@strict.example", "c@elsewhere.example"],
            verdictThresholds: settings.policy.thresholds)
        #expect(mixed.thresholds == Thresholds(tag: 2, quarantine: 4, reject: 10))
        #expect(!mixed.actions.dryRun)
        #expect(mixed.actions.failureAction == .tempfail)
        #expect(mixed.actions.subjectPrefix == "[TRIAL] ")
        #expect(mixed.actions.reject.text == "Refused under strict.example policy")

        // Dry-run holds only when every recipient's domain is in dry-run.
        let bothDry = RecipientPolicy(
            settings: settings, recipients: ["a@trial.example", "b@quiet.example"],
            verdictThresholds: settings.policy.thresholds)
        #expect(bothDry.actions.dryRun)
        let oneEnforcing = RecipientPolicy(
            settings: settings, recipients: ["a@quiet.example", "b@elsewhere.example"],
            verdictThresholds: settings.policy.thresholds)
        #expect(!oneEnforcing.actions.dryRun)
        #expect(oneEnforcing.thresholds == nil)
    }

    @Test func theDecisionFollowsTheStrictestDomain() throws {
        // Score 13: quarantine under the global thresholds, reject under strict.example's (10), quarantine under
        // trial.example's (12) but carried out as a tag there, in dry-run.
        let toStrict = try Decide.decision(
            "partner-fraud-alert.eml", Self.domains, Envelope(recipients: ["a@strict.example"]))
        #expect(toStrict.verdict.action == .reject)
        let toTrial = try Decide.decision(
            "partner-fraud-alert.eml", Self.domains, Envelope(recipients: ["a@trial.example"]))
        #expect(toTrial.verdict.action == .quarantine)
        #expect(toTrial.actions.dryRun)
        let plan = ActionPlan(
            verdict: toTrial.verdict, settings: toTrial.actions, incomingHeaderNames: [], subject: "Hi")
        #expect(plan.action == .tag && plan.verdictAction == .quarantine)
        #expect(plan.edits.contains(.changeHeader(name: "Subject", index: 1, value: "[TRIAL] Hi")))
        let both = try Decide.decision(
            "partner-fraud-alert.eml", Self.domains, Envelope(recipients: ["a@trial.example", "b@strict.example"]))
        #expect(both.verdict.action == .reject)
        #expect(!both.actions.dryRun)
        let bothPlan = ActionPlan(verdict: both.verdict, settings: both.actions, incomingHeaderNames: [], subject: "Hi")
        #expect(bothPlan.reply?.text == "Refused under strict.example policy")
    }
}
