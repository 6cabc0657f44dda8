import Foundation
import NotifyGuardConfig
import NotifyGuardCore
import NotifyGuardDaemon
import Testing

/// Allow and block entries, applied after scoring to real messages (Mail/README.md says what each is).
@Suite struct OverrideTests {
    @Test func withoutOverridesTheRulesDecide() throws {
        let decision = try Decide.decision("partner-fraud-alert.eml")
        #expect(decision.verdict.action == .quarantine)
        #expect(decision.verdict.score == 13)
        #expect(decision.overrides.isEmpty && !decision.allowed)
    }

    @Test func anAllowByDKIMDomainWinsOverTheRules() throws {
        let decision = try Decide.decision(
            "partner-fraud-alert.eml", "overrides:\n  allow:\n    - dkim: partnerpay.example.com\n")
        #expect(decision.verdict.action == .accept)
        #expect(decision.allowed)
        #expect(decision.overrideLabels == ["allow(dkim:partnerpay.example.com)"])
        // The evidence stays in the verdict, for the log and the headers.
        #expect(decision.verdict.score == 13)
        #expect(decision.verdict.reasons.map(\.rule).contains("callback_phishing"))
        // A parent domain covers its subdomains' signatures; another domain does not.
        #expect(
            try Decide.decision("partner-fraud-alert.eml", "overrides:\n  allow:\n    - dkim: example.com\n").allowed)
        #expect(
            try !Decide.decision("partner-fraud-alert.eml", "overrides:\n  allow:\n    - dkim: payments.example.com\n")
                .allowed)
    }

    @Test(arguments: [
        "noreply@alerts.partnerpay.example.com", "partnerpay.example.com", "alerts.partnerpay.example.com",
    ])
    func anAllowByFromNeedsAnAuthenticatedFrom(entry: String) throws {
        let overrides = "overrides:\n  allow:\n    - from: \(entry)\n"
        let genuine = try Decide.decision("partner-fraud-alert.eml", overrides)
        #expect(genuine.verdict.action == .accept)
        #expect(genuine.overrideLabels == ["allow(from:\(entry))"])
        // Same From, but DMARC failed and another domain signed: a forgery the entry must not let through.
        let forged = try Decide.decision("partner-fraud-alert-forged.eml", overrides)
        #expect(forged.verdict.action == .reject)
        #expect(forged.overrides.isEmpty)
    }

    @Test(arguments: ["luckydraw", "Lucky Draw Club", "  lucky   DRAW club "])
    func anAllowByFieldMatchesTheTenantOrDisplayNameOfThePlatformsMail(entry: String) throws {
        let overrides = "overrides:\n  allow:\n    - field: \"\(entry)\"\n"
        #expect(try Decide.decision("zendesk-tenant-prize.eml").verdict.action == .quarantine)
        let sent = try Decide.decision("zendesk-tenant-prize.eml", overrides)
        #expect(sent.verdict.action == .accept)
        #expect(sent.overrideLabels == ["allow(field:\(OverrideEntry.normalisedField(entry)))"])
        // Not signed by the platform: anyone can write that display name or subdomain into From.
        let unsigned = String(decoding: try Decide.mail("zendesk-tenant-prize.eml"), as: UTF8.self)
            .replacingOccurrences(
                of: "dkim=pass header.d=zendesk.com; spf=pass", with: "dkim=fail header.d=zendesk.com; spf=fail")
        let forged = Decide.decision(Array(unsigned.utf8), try Decide.settings(overrides))
        #expect(forged.verdict.action >= .quarantine)
        #expect(forged.overrides.isEmpty)
        // A field text that is only part of the name does not match.
        #expect(try !Decide.decision("zendesk-tenant-prize.eml", "overrides:\n  allow:\n    - field: lucky\n").allowed)
    }

    @Test func anAllowByLinkDomainTakesOnlyThatDomainsEvidenceOut() throws {
        let plain = try Decide.decision("ms-tenant-foreign-link.eml")
        #expect(plain.verdict.action == .quarantine)
        let decision = try Decide.decision(
            "ms-tenant-foreign-link.eml", "overrides:\n  allow:\n    - link: secure-refund-center.com\n")
        #expect(decision.verdict.reasons.map(\.rule) == ["scam_phrase"])
        #expect(decision.verdict.score == 3)
        #expect(decision.verdict.action == .accept)  // 3 is below the tag threshold
        #expect(!decision.allowed)
        #expect(decision.overrideLabels == ["allow(link:secure-refund-center.com)"])
        // A domain the message doesn't link to changes nothing and is not logged.
        let other = try Decide.decision(
            "ms-tenant-foreign-link.eml", "overrides:\n  allow:\n    - link: partner.example\n")
        #expect(other.verdict == plain.verdict)
        #expect(other.overrides.isEmpty)
    }

    @Test func aBlockRaisesTheActionAndWinsOverAnAllow() throws {
        let decision = try Decide.decision(
            "partner-fraud-alert.eml",
            "overrides:\n  allow:\n    - dkim: partnerpay.example.com\n  block:\n    - link: www.partnerpay.example.com\n"
        )
        #expect(decision.verdict.action == .reject)
        #expect(!decision.allowed)
        #expect(
            decision.overrideLabels == ["block(link:www.partnerpay.example.com)", "allow(dkim:partnerpay.example.com)"])
        // block_action is a floor, not a ceiling: a quarantine block on mail the rules reject still rejects.
        let floor = try Decide.decision(
            "partner-fraud-alert-forged.eml",
            "overrides:\n  block_action: tag\n  block:\n    - from: partnerpay.example.com\n")
        #expect(floor.verdict.action == .reject)
        #expect(floor.overrideLabels == ["block(from:partnerpay.example.com)"])
    }

    @Test func clientEntriesCompareTheConnectingAddress() throws {
        let overrides = "overrides:\n  allow:\n    - client: 192.0.2.0/24\n    - client: 2001:db8::/32\n"
        let inside = try Decide.decision("partner-fraud-alert.eml", overrides, Envelope(client: "192.0.2.7"))
        #expect(inside.verdict.action == .accept)
        #expect(inside.overrideLabels == ["allow(client:192.0.2.0/24)"])
        let v6 = try Decide.decision("partner-fraud-alert.eml", overrides, Envelope(client: "IPv6:2001:db8::25"))
        #expect(v6.overrideLabels == ["allow(client:2001:db8::/32)"])
        #expect(
            try Decide.decision("partner-fraud-alert.eml", overrides, Envelope(client: "198.51.100.1")).verdict.action
                == .quarantine)
        #expect(try Decide.decision("partner-fraud-alert.eml", overrides).verdict.action == .quarantine)  // no client known
        let blocked = try Decide.decision(
            "partner-fraud-alert.eml", "overrides:\n  block:\n    - client: 198.51.100.0/24\n",
            Envelope(client: "198.51.100.1"))
        #expect(blocked.verdict.action == .reject)
    }

    @Test func aRecipientAllowNeedsEveryRecipientAndABlockAnyOne() throws {
        let overrides = "overrides:\n  allow:\n    - rcpt: abuse@example.org\n    - rcpt: example.net\n"
        let alone = try Decide.decision(
            "partner-fraud-alert.eml", overrides, Envelope(recipients: ["Abuse@example.org"]))
        #expect(alone.verdict.action == .accept)
        let covered = try Decide.decision(
            "partner-fraud-alert.eml", overrides, Envelope(recipients: ["abuse@example.org", "ops@lists.example.net"]))
        #expect(covered.verdict.action == .accept)
        #expect(covered.overrideLabels == ["allow(rcpt:abuse@example.org)", "allow(rcpt:example.net)"])
        // One recipient not covered: the message would reach them unjudged, so the allow does not apply.
        let mixed = try Decide.decision(
            "partner-fraud-alert.eml", overrides, Envelope(recipients: ["abuse@example.org", "alice@example.org"]))
        #expect(mixed.verdict.action == .quarantine)
        #expect(mixed.overrides.isEmpty)
        let trap = try Decide.decision(
            "partner-fraud-alert.eml", "overrides:\n  block:\n    - rcpt: trap@example.org\n",
            Envelope(recipients: ["alice@example.org", "trap@example.org"]))
        #expect(trap.verdict.action == .reject)
    }

    @Test func scanSuggestsWhatIdentifiesTheSenderNotThePlatform() throws {
        let settings = try Decide.settings()
        func candidates(_ name: String) throws -> [String] {
            let features = MessageFeatures(
                message: MessageParser.parse(try Decide.mail(name), limits: settings.policy.limits),
                policy: settings.policy)
            let verdict = Scorer(policy: settings.policy).score(features)
            let profile = settings.policy.profiles.first { $0.name == verdict.profile }
            return OverrideMatcher.allowCandidates(
                features: features, profile: profile, brands: settings.policy.protectedBrands.map(\.name),
                publicSuffixes: settings.policy.publicSuffixList
            ).map(\.label)
        }
        #expect(
            try candidates("partner-fraud-alert.eml") == [
                "allow(dkim:partnerpay.example.com)", "allow(from:noreply@alerts.partnerpay.example.com)",
            ])
        // Zendesk's own DKIM domain would let every Zendesk customer through: only this customer's keys.
        #expect(
            try candidates("zendesk-tenant-prize.eml") == [
                "allow(from:support@luckydraw.zendesk.com)", "allow(field:luckydraw)", "allow(field:lucky draw club)",
            ])
        // Microsoft's own sender, signature and display name: nothing that singles out one tenant.
        #expect(try candidates("ms-tenant-foreign-link.eml") == [])
    }
}
