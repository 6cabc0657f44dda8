import Foundation
@testable import NotifyGuardCore
import Testing

/// Learning skeletons from known-good samples, matching them against hostile text, and the rules they feed:
/// template_deviation and field_length.
@Suite struct TemplateSkeletonTests {
    /// A tenant welcome mail as the seed fixture has it, with another organisation name.
    private func welcome(organization: String, extra: String = "") throws -> String {
        let text = String(decoding: try Fixture.bytes("ms-tenant-contoso.eml"), as: UTF8.self)
        return text.replacingOccurrences(of: "Contoso Ltd", with: organization)
            .replacingOccurrences(of: "Sign in at https://portal.office.com to get started.\n",
                with: "Sign in at https://portal.office.com to get started.\n\(extra)")
    }

    private func words(_ message: String, policy: Policy) -> [String] {
        let features = MessageFeatures(message: MessageParser.parse(Array(message.utf8), limits: policy.limits), policy: policy)
        return TemplateSkeleton.words(features.bodyText)
    }

    /// The shipped policy whose microsoft-tenant profile carries a skeleton learned from three welcome mails.
    private func policyWithSkeleton(userText: Bool = false) throws -> Policy {
        var policy = try Fixture.shippedPolicy()
        let samples = try ["Contoso Ltd", "Fabrikam", "北京星辰科技有限公司", "Northwind Traders Inc"].map {
            words(try welcome(organization: $0), policy: policy)
        }
        let skeleton = try TemplateSkeleton.learn(name: "welcome", samples: samples)
        let index = try #require(policy.profiles.firstIndex { $0.name == "microsoft-tenant" })
        policy.profiles[index].skeletons = [skeleton]
        policy.profiles[index].userText = userText
        return policy
    }

    @Test func learnsConstantTextAndFields() throws {
        let skeleton = try TemplateSkeleton.learn(name: "t", samples: [
            TemplateSkeleton.words("Welcome to Contoso Ltd, your trial starts today."),
            TemplateSkeleton.words("Welcome to Fabrikam, your trial starts today."),
            TemplateSkeleton.words("Welcome to Northwind Traders Inc, your trial starts today. Thanks"),
        ])
        #expect(skeleton.segments == [
            .text(["welcome", "to"]),
            .slot(maxWords: 3, maxBytes: 23),
            .text(["your", "trial", "starts", "today."]),
            .slot(maxWords: 1, maxBytes: 7),
        ])
        #expect(skeleton.samples == 3)
    }

    /// Abused samples teach the template too: three campaigns' injected texts differ, so they fall out as fields,
    /// and one sample of another template (or a rewritten body) doesn't wipe out the constant text of the rest.
    @Test func learnsTheTemplateFromGenuineAndAbusedSamples() throws {
        let samples = [
            "Welcome to Contoso Ltd, your trial starts today. Questions? write to jan@contoso.example",
            "Welcome to Fabrikam, your trial starts today. Questions? write to it@fabrikam.example",
            "Welcome to REFUND DEPT call 1-888-555-0142 now, your trial starts today. Questions? write to a@b.example",
            "Welcome to Order 399 USD cancel at secure-refund-center.com, your trial starts today. Questions? write to x@y.example",
            "Welcome to Billing, your trial starts today. Your invoice is attached, pay by wire. Questions? write to q@r.example",
            "Your security code is 123456",
        ].map(TemplateSkeleton.words)
        let skeleton = try TemplateSkeleton.learn(name: "t", samples: samples)
        let constant = skeleton.segments.flatMap { segment -> [String] in
            if case .text(let words) = segment { words } else { [] }
        }
        #expect(constant == ["welcome", "to", "your", "trial", "starts", "today.", "questions?", "write", "to"])
        // The field after "write to" held an address in every sample: it holds addresses by kind.
        #expect(skeleton.segments.last == .slot(maxWords: 1, maxBytes: 20, addresses: true))
        let abused = skeleton.match(samples[2])
        #expect(abused.coverage == 1 && abused.unexplained.isEmpty)
        #expect(abused.slotText.starts(with: ["refund", "dept", "call", "1-888-555-0142", "now,"]))
    }

    @Test func learningNeedsTwoRelatedSamples() {
        #expect(throws: TemplateSkeleton.LearnError.tooFewSamples(1)) {
            try TemplateSkeleton.learn(name: "t", samples: [["a", "b"]])
        }
        #expect(throws: TemplateSkeleton.LearnError.nothingInCommon) {
            try TemplateSkeleton.learn(name: "t", samples: [["a", "b"], ["c", "d"]])
        }
    }

    @Test func theByteBoundTurnsAwayOnlyMessagesNoSkeletonCovers() {
        // Two skeletons of short and long words; texts of their words in any case and order, other words, and the
        // Kelvin sign (which lowercases to k): where a skeleton covers enough, the bound must let the text through.
        let skeletons = [
            TemplateSkeleton(name: "a", segments: [
                .text(["welcome", "to", "your", "trial"]), .slot(maxWords: 3, maxBytes: 30), .text(["sign", "in", "now"]),
            ], samples: 2),
            TemplateSkeleton(name: "b", segments: [
                .text(["kayak", "booking", "for"]), .slot(maxWords: 2, maxBytes: 20), .text(["is", "confirmed"]),
            ], samples: 2),
        ]
        let bound = SkeletonCoverageBound(skeletons)
        let pieces = ["Welcome", "to", "YOUR", "trial", "Sign", "in", "now", "Kayak", "booking", "for", "is",
            "confirmed", "\u{212A}ayak", "welcomes", "Trials", "acme", "x", "nowhere", "booking.com", "", "\n"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var turnedAway = 0
        for _ in 0..<4000 {
            let text = (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined(separator: " ")
            let words = TemplateSkeleton.words(text)
            let covered = skeletons.contains { $0.match(words).coverage >= TemplateFields.minCoverage }
            let may = bound.mayCover(text, maxBytes: TemplateSkeleton.maxTextBytes, minCoverage: TemplateFields.minCoverage)
            if covered { #expect(may, "\(text)") }
            if !may { turnedAway += 1 }
        }
        #expect(turnedAway > 1000)  // the bound does turn texts away
        #expect(!bound.mayCover("Your security code is 123456", maxBytes: 1024, minCoverage: 0.6))
        #expect(bound.mayCover("Welcome to your trial, Acme. Sign in now", maxBytes: 1024, minCoverage: 0.6))
    }

    @Test func matchPlacesFieldsAndFindsAddedText() throws {
        let skeleton = TemplateSkeleton(name: "t", segments: [
            .text(["welcome", "to"]), .slot(maxWords: 2, maxBytes: 20), .text(["your", "trial", "starts"]),
        ], samples: 2)
        let ordinary = skeleton.match(TemplateSkeleton.words("Welcome to Adventure Works, your trial starts"))
        #expect(ordinary.coverage == 1)
        #expect(ordinary.unexplained.isEmpty && ordinary.overlongSlots.isEmpty)
        #expect(ordinary.slotText == ["adventure", "works,"])

        let added = skeleton.match(TemplateSkeleton.words("Call us now at once. Welcome to X, your trial starts"))
        #expect(added.unexplained == ["call", "us", "now", "at", "once."])

        let stuffed = skeleton.match(TemplateSkeleton.words(
            "Welcome to " + String(repeating: "word ", count: 30) + "your trial starts"))
        #expect(stuffed.overlongSlots.map(\.words) == [30])

        let other = skeleton.match(TemplateSkeleton.words("Your security code is 123456"))
        #expect(other.coverage == 0)
    }

    /// Matching is bounded on hostile text: thousands of repetitions of the skeleton's first word.
    @Test func matchingIsBoundedOnRepetitiveText() {
        let skeleton = TemplateSkeleton(name: "t", segments: [
            .text(["a", "a", "a", "b"]), .slot(maxWords: 1, maxBytes: 5), .text(["a", "c"]),
        ], samples: 2)
        let hostile = [String](repeating: "a", count: 100_000)
        let match = skeleton.match(hostile)
        #expect(match.coverage < 1)
        #expect(match.slotText.count + match.unexplained.count <= TemplateSkeleton.maxWords)
    }

    @Test func scorerAcceptsTheTemplateAndFlagsWhatItCannotPlace() throws {
        let policy = try policyWithSkeleton()
        let scorer = Scorer(policy: policy)
        let ordinary = scorer.score(rawMessage: Array(try welcome(organization: "Adventure Works").utf8))
        #expect(ordinary.profile == "microsoft-tenant")
        #expect(ordinary.action == .accept, "\(ordinary.reasons)")

        let stuffed = scorer.score(rawMessage: Array(try welcome(organization:
            "Adventure Works and please note that your annual subscription renews today unless you cancel by contacting our desk during office hours this week").utf8))
        #expect(stuffed.rules.contains("field_length"), "\(stuffed.reasons)")

        let added = scorer.score(rawMessage: Array(try welcome(organization: "Adventure Works",
            extra: "Kindly review the attached statement before the end of business today.\n").utf8))
        #expect(added.reasons.contains { $0.rule == "template_deviation" && $0.detail.hasPrefix("kindly review") },
            "\(added.reasons)")
    }

    /// In a template whose users write text, lure wording is weak, except inside the fields the skeleton isolates.
    @Test func lureWordingInAFieldIsWrittenIn() throws {
        let scorer = Scorer(policy: try policyWithSkeleton(userText: true))
        let verdict = scorer.score(rawMessage: Array(try welcome(organization: "Gift card desk").utf8))
        #expect(verdict.reasons.contains { $0.rule == "scam_phrase" && $0.detail == "gift card" }, "\(verdict.reasons)")
        let unlearned = Scorer(policy: try Fixture.shippedPolicy())
        var policy = unlearned.policy
        let index = try #require(policy.profiles.firstIndex { $0.name == "microsoft-tenant" })
        policy.profiles[index].userText = true
        let weak = Scorer(policy: policy).score(rawMessage: Array(try welcome(organization: "Gift card desk").utf8))
        #expect(weak.reasons.contains { $0.rule == "lure_phrase" && $0.detail == "gift card" }, "\(weak.reasons)")
    }

    @Test func anAddressInAFieldIsInjected() throws {
        let scorer = Scorer(policy: try policyWithSkeleton())
        let verdict = scorer.score(rawMessage: Array(try welcome(organization: "Write to refunds@secure-billing.example").utf8))
        #expect(verdict.reasons.contains { $0.rule == "injected_address" && $0.detail == "refunds@secure-billing.example" },
            "\(verdict.reasons)")
        let own = scorer.score(rawMessage: Array(try welcome(organization: "admin@example.org").utf8))
        #expect(!own.rules.contains("injected_address"), "the recipient's own address: \(own.reasons)")
    }

    @Test func anotherTemplateOfTheFamilyIsNotJudgedByThisSkeleton() throws {
        let scorer = Scorer(policy: try policyWithSkeleton())
        let code = try welcome(organization: "Adventure Works")
            .replacingOccurrences(of: "Welcome to Microsoft 365\n\nYour organization, Adventure Works, now has a Microsoft 365 Business trial.",
                with: "Your verification code is 482913. It expires in 10 minutes and can be used once only.")
            .replacingOccurrences(of: "Subject: Welcome to your Microsoft 365 Business trial", with: "Subject: Your verification code")
        let verdict = scorer.score(rawMessage: Array(code.utf8))
        #expect(!verdict.rules.contains("template_deviation"), "\(verdict.reasons)")
    }
}
