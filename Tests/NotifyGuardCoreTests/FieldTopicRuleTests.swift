import Foundation
import NotifyGuardConfig
@testable import NotifyGuardCore
import Testing

/// Crypto assets in a platform user's fields (`crypto_in_field`), a risky reply address (`risky_reply_to`), subject
/// phrases at word starts, and how `evaluate` decides which Authentication-Results to believe. Hand-written
/// messages, and real ones from the corpus (Fixtures/corpus/SOURCES.md).
@Suite(.enabled(if: SuffixList.isInstalled, SuffixList.missing)) struct FieldTopicRuleTests {
    private func verdict(_ text: String, policy: Policy? = nil) throws -> Verdict {
        Scorer(policy: try policy ?? Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
    }

    private func signed(
        by domain: String, from: String, to: String = "jan@example.org", subject: String, headers: String = "",
        body: String
    ) -> String {
        Fixture.signed(by: domain, from: from, to: to, subject: subject, headers: headers, body: body)
    }

    /// A survey invitation (a `user_text` template) whose sender names and Subject its user chose.
    private func survey(displayName: String, subject: String, body: String = "Please take our short survey.") -> String {
        signed(
            by: "surveymonkeyuser.com", from: "\"\(displayName) via SurveyMonkey\" <member@surveymonkeyuser.com>",
            subject: subject, body: body)
    }

    /// The real samples, judged as `evaluate` judges the corpus: by the receiving host's Authentication-Results.
    private func corpusVerdict(_ name: String) throws -> Verdict {
        var policy = try Fixture.shippedPolicy()
        policy.trustTopmostAuthenticationResults = true
        return Scorer(policy: policy).score(rawMessage: try Fixture.bytes("corpus/\(name)"))
    }

    // MARK: crypto_in_field

    @Test(arguments: [
        ("Eligible for SCR Tokens? Start Your Claim Now!", "Golf Club"),
        ("Ваш криптокошелёк требует проверки", "Служба поддержки"),
        ("Your quarterly survey", "wallet@notifications.example.net"),
        ("코인 보상 안내", "Research team"),
    ])
    func cryptoInTheSubjectOrSenderNameCounts(subject: String, name: String) throws {
        let result = try verdict(survey(displayName: name, subject: subject))
        #expect(result.rules.contains("crypto_in_field"), "\(result.reasons)")
        // Evidence, not a verdict: weight 3 alone stays below the tag threshold.
        #expect(result.reasons.filter { $0.rule == "crypto_in_field" }.map(\.score) == [3])
    }

    @Test func theBodyOfAUserWrittenTemplateIsTheUsersToWrite() throws {
        let result = try verdict(survey(
            displayName: "Dr. Jane Smith", subject: "Study on household finances",
            body: "This survey asks how households use savings accounts, pensions and crypto wallets."))
        #expect(!result.rules.contains("crypto_in_field"), "\(result.reasons)")
        #expect(result.action == .accept)
    }

    @Test func aPlatformThatDealsInCryptoSaysSo() throws {
        var policy = try Fixture.shippedPolicy()
        let index = try #require(policy.profiles.firstIndex { $0.name == "surveymonkey" })
        policy.profiles[index].ownTopics = ["crypto"]
        let result = try verdict(survey(displayName: "Acme", subject: "Your Bitcoin purchase"), policy: policy)
        #expect(!result.rules.contains("crypto_in_field"), "\(result.reasons)")
    }

    @Test func notForMailThePlatformDidNotSend() throws {
        let unsigned = survey(displayName: "Acme", subject: "Claim your tokens")
            .replacingOccurrences(of: "dkim=pass", with: "dkim=fail").replacingOccurrences(of: "spf=pass", with: "spf=fail")
            .replacingOccurrences(of: "dmarc=pass", with: "dmarc=fail")
        #expect(!(try verdict(unsigned)).rules.contains("crypto_in_field"))
    }

    @Test func ownTopicsAreReadFromTheConfig() throws {
        let text = ConfigLoader.defaultConfigText.replacingOccurrences(
            of: "  - name: surveymonkey\n", with: "  - name: surveymonkey\n    own_topics: [crypto]\n")
        let settings = try ConfigLoader.parse(text, path: "test")
        #expect(settings.policy.profiles.first { $0.name == "surveymonkey" }?.ownTopics == ["crypto"])
        let typo = text.replacingOccurrences(of: "own_topics: [crypto]", with: "own_topics: [cripto]")
        #expect(throws: ConfigError.self) { try ConfigLoader.parse(typo, path: "test") }
    }

    // MARK: risky_reply_to

    @Test func aReplyAddressUnderARiskyTLDNudges() throws {
        let share = signed(
            by: "google.com", from: "\"Stone Guthrey (via Google Slides)\" <drive-shares-noreply@google.com>",
            subject: "Stone Guthrey shared \"Q3 plan\" with you",
            headers: "Reply-To: Stone Guthrey <sg1h@yjbjgbjgald.kopy.mom>\n",
            body: "Stone Guthrey shared a presentation with you. Open https://docs.google.com/presentation/d/1/edit")
        let result = try verdict(share)
        #expect(result.reasons.contains { $0.rule == "risky_reply_to" && $0.detail == "yjbjgbjgald.kopy.mom" })
        #expect(result.reasons.filter { $0.rule == "risky_reply_to" }.map(\.score) == [1], "a nudge")
        let ordinary = share.replacingOccurrences(of: "yjbjgbjgald.kopy.mom", with: "example.org")
        #expect(!(try verdict(ordinary)).rules.contains("risky_reply_to"))
    }

    // MARK: subject phrases

    @Test func aSubjectPhraseCountsWhereAWordStarts() {
        let phrases = SubjectPhrases(["form", "shared with you", "共享", "compartilh"])
        #expect(phrases.anyContained(in: "an informative subject", atWordStart: false))
        #expect(!phrases.anyContained(in: "an informative subject", atWordStart: true))
        #expect(phrases.anyContained(in: "form received", atWordStart: true))
        #expect(phrases.anyContained(in: "(form) received", atWordStart: true))
        #expect(phrases.anyContained(in: "ana compartilhou um arquivo", atWordStart: true))
        #expect(!phrases.anyContained(in: "nãocompartilhou", atWordStart: true))
        #expect(phrases.anyContained(in: "文件已共享", atWordStart: true), "unspaced scripts have no word starts")
        // Not in NFC: the Character comparison answers the same.
        #expect(!phrases.anyContained(in: "e\u{301}form", atWordStart: true))
        #expect(phrases.anyContained(in: "e\u{301} form", atWordStart: true))
    }

    // MARK: Real mail

    @Test func realAbuseTheseRulesCatch() throws {
        let tokens = try corpusVerdict("foreup__sample-4209.eml")
        #expect(tokens.reasons.contains { $0.rule == "crypto_in_field" && $0.detail == "subject token" })
        #expect(tokens.action >= .tag, "\(tokens.reasons)")
        let wallet = try corpusVerdict("surveymonkey__sample-6724.eml")
        #expect(wallet.rules.contains("crypto_in_field"), "\(wallet.reasons)")
        #expect(wallet.action >= .tag, "\(wallet.reasons)")
        let dividend = try corpusVerdict("google-drive__sample-4592.eml")
        #expect(dividend.rules.contains("crypto_in_field") && dividend.rules.contains("risky_reply_to"))
        #expect(dividend.action >= .tag, "\(dividend.reasons)")
    }

    @Test func theReceivingHostsAuthenticationResultsAreBelievedNotTheSenders() throws {
        // Received by Google (mx.google.com: DKIM none for the tenant); below, the sending tenant's own outbound
        // header without an authserv-id. Trusting every header without an id believed the sender's.
        let bytes = try Fixture.bytes("corpus/m365-tenant-onmicrosoft__sample-2019.eml")
        var policy = try Fixture.shippedPolicy()
        policy.trustTopmostAuthenticationResults = true
        let topmost = MessageFeatures(message: MessageParser.parse(bytes), policy: policy)
        #expect(!topmost.authentication.isEmpty)
        #expect(topmost.authentication.allSatisfy { $0.method != "dkim" || $0.result != "pass" })
        let result = try corpusVerdict("m365-tenant-onmicrosoft__sample-2019.eml")
        #expect(result.reasons.contains { $0.rule == "foreign_link" && $0.detail == "paxmod.tech" }, "\(result.reasons)")
        #expect(result.action >= .tag)
    }
}

extension FieldTopicRuleTests {
    @Test func aPlatformsOwnWordingIsNoTopic() throws {
        let expired = signed(
            by: "github.com", from: "GitHub <noreply@github.com>",
            subject: "[GitHub] Your personal access token (classic) has expired",
            body: "Hi @octocat, your personal access token (classic) \"deploy\" has expired.")
        #expect(!(try verdict(expired)).rules.contains("crypto_in_field"))
        let airdrop = expired.replacingOccurrences(
            of: "Your personal access token (classic) has expired", with: "Claim your PEPE tokens")
        #expect(try verdict(airdrop).rules.contains("crypto_in_field"))
    }
}
