import NotifyGuardCore

extension CampaignMemory {
    /// The daemon's step after scoring: fingerprints the message, counts them for its recipients, adds the
    /// `campaign` reason where the rule gives one, and marks the fingerprints when the message is quarantined or
    /// rejected on its own content and counts (not on earlier marks alone, which would keep a mark alive forever).
    public func review(
        _ verdict: Verdict, features: MessageFeatures, policy: Policy, rule: CampaignRule, recipients: [String],
        dryRun: Bool
    ) -> Verdict {
        let prints = CampaignFingerprinter(policy: policy).fingerprints(features)
        guard !prints.isEmpty else { return verdict }
        let counts = observe(prints, recipients: recipients)
        guard let reason = rule.reason(fingerprints: prints, counts: counts, verdict: verdict) else {
            if !dryRun, verdict.action >= .quarantine { markVerdict(prints) }
            return verdict
        }
        let reviewed = CampaignRule.applying(reason, to: verdict, policy: policy)
        let unmarked = counts.map { count in
            count.judgement == .genuine ? count : CampaignCounts(recipientDomains: count.recipientDomains, recipients: count.recipients)
        }
        let own = rule.reason(fingerprints: prints, counts: unmarked, verdict: verdict)
            .map { CampaignRule.applying($0, to: verdict, policy: policy) } ?? verdict
        if !dryRun, own.action >= .quarantine { markVerdict(prints) }
        return reviewed
    }
}
