import Foundation
@testable import NotifyGuardCore
import Testing

// The worked example of the README's "Adding a rule", as it would stand in
// Sources/NotifyGuardCore/Score/Rules/ReplyToElsewhereRule.swift (keep the two the same).

extension RuleID {
    /// A platform's fixed-text notification whose replies go to a domain the platform doesn't own.
    public static let replyToElsewhere = RuleID("reply_to_elsewhere", defaultWeight: 2)
}

/// Replies to a platform's own notification go to the platform: a Reply-To elsewhere was written in.
enum ReplyToElsewhereRule: MessageRule {
    static let ids: [RuleID] = [.replyToElsewhere]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard message.platformSent, let profile = message.profile, !profile.userText,
            let replyTo = message.features.replyTo, let domains = message.templateDomains,
            !domains.matches(TextCase.lowercased(replyTo.domain))
        else { return }
        reasons.fire(.replyToElsewhere, replyTo.domain)
    }
}

/// The README's example rule, run by the scorer as a registered rule is: it fires on what it should, with its
/// default weight or the config's, and adds nothing elsewhere.
@Suite struct AddingARuleTests {
    static let registered = Rules.steps + [.message(ReplyToElsewhereRule.self)]

    static func message(replyTo: String) -> String {
        let text = """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=firebaseapp.com
            From: Acme <noreply@acme-app.firebaseapp.com>
            Reply-To: \(replyTo)
            Subject: Verify your email for Acme

            Follow this link to verify your email address.
            https://acme-app.firebaseapp.com/__/auth/action?mode=verifyEmail
            """
        return text
    }

    static func features(_ text: String, policy: Policy) -> MessageFeatures {
        MessageFeatures(message: MessageParser.parse(Array(text.utf8), limits: policy.limits), policy: policy)
    }

    @Test func theExampleFiresOnAReplyToOutsideThePlatform() throws {
        let policy = try Fixture.shippedPolicy()
        let scorer = Scorer(policy: policy)
        let elsewhere = Self.features(Self.message(replyTo: "help@refund-desk.example"), policy: policy)
        let before = scorer.score(elsewhere)
        let after = scorer.score(elsewhere, rules: Self.registered)
        #expect(!before.rules.contains("reply_to_elsewhere"))
        #expect(after.reasons.last == Reason(rule: "reply_to_elsewhere", score: 2, detail: "refund-desk.example"))
        #expect(after.score == before.score + 2)
        // The registered rules alone give what the scorer gives.
        #expect(scorer.score(elsewhere, rules: Rules.steps) == before)
    }

    @Test func theExampleIsQuietOnThePlatformsOwnReplyTo() throws {
        let policy = try Fixture.shippedPolicy()
        let own = Self.features(Self.message(replyTo: "support@firebaseapp.com"), policy: policy)
        let verdict = Scorer(policy: policy).score(own, rules: Self.registered)
        #expect(!verdict.rules.contains("reply_to_elsewhere"))
        #expect(verdict == Scorer(policy: policy).score(own))
    }

    /// The README's code is this file's: the example it shows is the one tested here.
    @Test func theReadmeShowsThisExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Adding a rule\n").dropFirst().first)
        let code = try #require(section.components(separatedBy: "```swift\n").dropFirst().first?
            .components(separatedBy: "```").first)
        #expect(code.contains("enum ReplyToElsewhereRule: MessageRule"))
        #expect(source.contains(code))
    }

    @Test func theConfigsWeightReplacesTheDefault() throws {
        var policy = try Fixture.shippedPolicy()
        policy.weights[.replyToElsewhere] = 5
        let elsewhere = Self.features(Self.message(replyTo: "help@refund-desk.example"), policy: policy)
        let verdict = Scorer(policy: policy).score(elsewhere, rules: Self.registered)
        #expect(verdict.reasons.last?.score == 5)
        policy.weights[.replyToElsewhere] = 0
        #expect(!Scorer(policy: policy).score(elsewhere, rules: Self.registered).rules.contains("reply_to_elsewhere"))
    }
}
