@testable import NotifyGuardCore
import Testing

/// The campaign decision: which fingerprints carry injection signals, the thresholds, marks and judgements.
@Suite struct CampaignRuleTests {
    private let phone = CampaignFingerprint(scope: "paypal", kind: .phone, value: "+18885550199", evidence: "+18885550199")
    private let name = CampaignFingerprint(scope: "paypal", kind: .fromName, value: "paypal", evidence: "paypal")
    private let line = CampaignFingerprint(
        scope: "paypal", kind: .line, value: "we detected an unauthorized charge call",
        evidence: "we detected an unauthorized charge. call")

    private func verdict(_ reasons: [Reason], profile: String? = "paypal") -> Verdict {
        let score = reasons.reduce(0) { $0 + $1.score }
        return Verdict(action: Thresholds(tag: 4, quarantine: 8, reject: 15).action(for: score), score: score,
            profile: profile, reasons: reasons, partial: false)
    }

    private let callback = [
        Reason(rule: "callback_phishing", score: 4, detail: "+18885550199"),
        Reason(rule: "scam_phrase", score: 3, detail: "unauthorized charge"),
    ]

    @Test func firesOnACountedFingerprintThatCarriesTheSignal() throws {
        let rule = CampaignRule()
        let reason = try #require(rule.reason(
            fingerprints: [name, phone], counts: [CampaignCounts(recipientDomains: 50, recipients: 60),
                CampaignCounts(recipientDomains: 6, recipients: 7)],
            verdict: verdict(callback)))
        #expect(reason == Reason(rule: "campaign", score: 4, detail: "7 recipients, 6 domains in 24h: phone:+18885550199"))
        // The display name, constant in the template, carries none of the signals, however often it was seen.
        #expect(rule.reason(fingerprints: [name], counts: [CampaignCounts(recipientDomains: 50, recipients: 60)],
            verdict: verdict(callback)) == nil)
        // A worded line carries the phrase written in it.
        #expect(rule.reason(fingerprints: [line], counts: [CampaignCounts(recipientDomains: 1, recipients: 20)],
            verdict: verdict(callback)) != nil)
    }

    @Test func belowTheCountsNothing() {
        let rule = CampaignRule()
        #expect(rule.reason(fingerprints: [phone], counts: [CampaignCounts(recipientDomains: 4, recipients: 19)],
            verdict: verdict(callback)) == nil)
        var byDomainsOnly = rule
        byDomainsOnly.minRecipients = 0
        #expect(byDomainsOnly.reason(fingerprints: [phone], counts: [CampaignCounts(recipientDomains: 1, recipients: 500)],
            verdict: verdict(callback)) == nil)
    }

    @Test func weakOrNoSignalsNothing() {
        let rule = CampaignRule()
        let counts = [CampaignCounts(recipientDomains: 50, recipients: 60)]
        #expect(rule.reason(fingerprints: [phone], counts: counts, verdict: verdict([])) == nil)
        let weak = [Reason(rule: "phone_number", score: 1, detail: "+18885550199")]
        #expect(rule.reason(fingerprints: [phone], counts: counts, verdict: verdict(weak)) == nil)
        let authOnly = [Reason(rule: "spoofed_sender", score: 6, detail: "paypal")]
        #expect(rule.reason(fingerprints: [phone], counts: counts, verdict: verdict(authOnly)) == nil)
    }

    @Test func marksAndJudgements() throws {
        let rule = CampaignRule()
        let marked = try #require(rule.reason(fingerprints: [phone], counts: [CampaignCounts(recipients: 1, verdictMarks: 2)],
            verdict: verdict(callback)))
        #expect(marked.score == 4 && marked.detail == "1 recipients, 0 domains in 24h, 2 quarantined or rejected: phone:+18885550199")
        let both = try #require(rule.reason(fingerprints: [phone],
            counts: [CampaignCounts(recipientDomains: 9, recipients: 30, judgement: .abuse)], verdict: verdict(callback)))
        #expect(both.score == 8 && both.detail.hasPrefix("30 recipients, 9 domains in 24h, reported as abuse: "))
        #expect(rule.reason(fingerprints: [phone], counts: [CampaignCounts(judgement: .genuine)], verdict: verdict(callback)) == nil)
    }

    @Test func applyingTakesTheProfilesThresholds() throws {
        var policy = Policy()
        policy.profiles = [Profile(name: "paypal", senders: ["paypal.com"], dkimDomains: ["paypal.com"], linkDomains: [],
            thresholds: Thresholds(tag: 2, quarantine: 10, reject: 30))]
        let reviewed = CampaignRule.applying(Reason(rule: "campaign", score: 4, detail: "x"), to: verdict(callback), policy: policy)
        #expect(reviewed.score == 11 && reviewed.action == .quarantine && reviewed.reasons.last?.rule == "campaign")
        let noProfile = CampaignRule.applying(Reason(rule: "campaign", score: 4, detail: "x"), to: verdict(callback, profile: nil), policy: policy)
        #expect(noProfile.action == .quarantine)
        let high = CampaignRule.applying(Reason(rule: "campaign", score: 8, detail: "x"), to: verdict(callback, profile: nil), policy: policy)
        #expect(high.action == .reject)
    }
}
