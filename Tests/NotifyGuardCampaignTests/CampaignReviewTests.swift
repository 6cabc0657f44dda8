import Foundation
import Logging
@testable import NotifyGuardCampaign
import NotifyGuardConfig
import NotifyGuardCore
import Testing

/// The daemon's step after scoring, with the local store: a campaign reaches the threshold, marks follow the
/// message's own verdict, a genuine report stops it.
@Suite struct CampaignReviewTests {
    /// The shipped policy trusting the fixtures' authserv-id, and the tenant welcome mail with a private-message lure
    /// (without its foreign link: borderline alone, accepted at score 3).
    private func setup() throws -> (Policy, MessageFeatures) {
        var settings = try ConfigLoader.parse(ConfigLoader.defaultConfigText, path: "default")
        settings.policy.trustedAuthservIDs = ["mx.notifyguard.test"]
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("NotifyGuardCoreTests/Fixtures/ms-tenant-private-message.eml")
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "waiting at secure-refund-center.com", with: "waiting for you")
        let bytes = Array(text.utf8)
        let features = MessageFeatures(message: MessageParser.parse(bytes, limits: settings.policy.limits), policy: settings.policy)
        return (settings.policy, features)
    }

    private func memory() -> CampaignMemory {
        CampaignMemory(settings: CampaignSettings(), logger: Logger(label: "test"))
    }

    @Test func campaignReachesTheThresholdThenMarks() throws {
        let (policy, features) = try setup()
        let memory = memory()
        let scored = Scorer(policy: policy).score(features)
        #expect(scored.action == .accept && scored.score == 3, "\(scored.reasons)")
        var rule = CampaignRule()
        rule.minRecipients = 10
        for index in 1...9 {
            let reviewed = memory.review(scored, features: features, policy: policy, rule: rule,
                recipients: ["user\(index)@example.org"], dryRun: false)
            #expect(reviewed == scored, "copy \(index) stays as it was")
        }
        let tenth = memory.review(scored, features: features, policy: policy, rule: rule,
            recipients: ["user10@example.org"], dryRun: false)
        let reason = try #require(tenth.reasons.last)
        #expect(reason.rule == "campaign" && reason.score == 4)
        #expect(reason.detail.hasPrefix("10 recipients, 1 domains in 24h: line:your organization you have a private"), "\(reason.detail)")
        #expect(tenth.score == 7 && tenth.action == .tag)

        // Quarantined on its own content and counts (mark weight high enough to matter): marked for the next copy.
        rule.weight = 6
        let quarantined = memory.review(scored, features: features, policy: policy, rule: rule,
            recipients: ["user11@example.org"], dryRun: false)
        #expect(quarantined.action == .quarantine)
        let marked = memory.review(scored, features: features, policy: policy, rule: rule,
            recipients: ["user12@example.org"], dryRun: false)
        #expect(marked.reasons.last?.detail.hasPrefix("12 recipients, 1 domains in 24h, 1 quarantined or rejected: ") == true, "\(marked.reasons)")
        #expect(marked.score == 3 + 6 + 4)

        // Reported genuine: counts and marks stop.
        try memory.judge(CampaignFingerprinter(policy: policy).fingerprints(features), as: .genuine)
        let genuine = memory.review(scored, features: features, policy: policy, rule: rule,
            recipients: ["user13@example.org"], dryRun: false)
        #expect(genuine == scored)
    }

    @Test func reportedAbuseRaisesTheFirstCopy() throws {
        let (policy, features) = try setup()
        let memory = memory()
        try memory.judge(CampaignFingerprinter(policy: policy).fingerprints(features), as: .abuse)
        let scored = Scorer(policy: policy).score(features)
        let reviewed = memory.review(scored, features: features, policy: policy, rule: CampaignRule(),
            recipients: ["a@example.org"], dryRun: false)
        #expect(reviewed.score == 7 && reviewed.reasons.last?.detail.hasPrefix("1 recipients, 1 domains in 24h, reported as abuse: ") == true)
    }

    @Test func marksOnlyFromTheMessagesOwnVerdictAndNotInDryRun() throws {
        let (policy, features) = try setup()
        let prints = CampaignFingerprinter(policy: policy).fingerprints(features)
        let digests = prints.map(FingerprintDigest.init)
        let scored = Scorer(policy: policy).score(features)
        var quarantine = scored
        quarantine.action = .quarantine
        let dry = memory()
        _ = dry.review(quarantine, features: features, policy: policy, rule: CampaignRule(), recipients: ["a@example.org"], dryRun: true)
        #expect(dry.local.counts(digests, now: CampaignMemory.now()).allSatisfy { $0.verdictMarks == 0 })
        let live = memory()
        _ = live.review(quarantine, features: features, policy: policy, rule: CampaignRule(), recipients: ["a@example.org"], dryRun: false)
        #expect(live.local.counts(digests, now: CampaignMemory.now()).allSatisfy { $0.verdictMarks == 1 })
    }
}
