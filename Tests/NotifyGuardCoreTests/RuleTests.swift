import Foundation
import NotifyGuardCore
import Testing

/// Rules on small written messages: each fires on its pattern and stays quiet on the ordinary case.
@Suite struct RuleTests {
    private func verdict(_ text: String) throws -> Verdict {
        Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
    }

    private let eventbriteAuth = """
        Authentication-Results: mx.notifyguard.test; dkim=pass header.d=event.eventbrite.com; spf=pass smtp.mailfrom=bounce@event.eventbrite.com

        """

    @Test func brandInTheDisplayNameOfAPlatformMail() throws {
        let spoof = try verdict(eventbriteAuth + "From: \"Ϲoіոbаѕе Support\" <noreply@event.eventbrite.com>\nSubject: Notice\n\nHello\n")
        #expect(spoof.reasons.contains { $0.rule == "brand_impersonation" && $0.detail == "Coinbase" })
        #expect(spoof.reasons.contains { $0.rule == "mixed_script" })
        #expect(spoof.action >= .tag)
        let organizer = try verdict(eventbriteAuth + "From: \"Riverside Book Club\" <noreply@event.eventbrite.com>\nSubject: Your tickets\n\nSee you there\n")
        #expect(organizer.action == .accept)
    }

    @Test func anAddressInThePlatformDisplayNameIsInjected() throws {
        let text = """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=surveymonkeyuser.com
            From: "notification@documents.gov-portal.example via SurveyMonkey" <member@surveymonkeyuser.com>
            Subject: Notification

            A document is available.
            """
        #expect(try verdict(text).reasons.contains { $0.rule == "injected_address" && $0.detail == "notification@documents.gov-portal.example" })
        let plain = """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=surveymonkeyuser.com
            From: "Jane Doe via SurveyMonkey" <member@surveymonkeyuser.com>
            Subject: Customer survey

            Tell us what you think.
            """
        #expect(try verdict(plain).action == .accept)
    }

    @Test func theBrandsOwnMailIsNotImpersonation() throws {
        let text = """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=paypal.com
            From: PayPal <service@paypal.com>
            Subject: Your receipt

            Thanks for using PayPal.
            """
        #expect(!(try verdict(text)).reasons.contains { $0.rule == "brand_impersonation" })
    }

    @Test func mixedScriptWordsAreFoundAndRealWordsAreNot() {
        #expect(Confusables.mixedScriptWords("Υour ѡallet has bеen frozen") == ["Υour", "ѡallet", "bеen"])
        #expect(Confusables.mixedScriptWords("Привет, мир. Hello world. Καλημέρα").isEmpty)
        #expect(Confusables.skeleton("Μetamаsk.io") == "metamask.io")
    }

    @Test func spfPassForThePlatformCountsAsPlatformSent() throws {
        let text = """
            Authentication-Results: mx.notifyguard.test; spf=pass smtp.mailfrom=calendar-server.bounces.google.com; dkim=fail header.d=google.com
            From: Someone <someone@example.net>
            Sender: Google Calendar <calendar-notification@google.com>
            Subject: Invitation: Renewal receipt

            Your automatic renewal will be processed today. Customer care: +1 (810) 314-9654
            """
        let result = try verdict(text)
        #expect(result.profile == "google-calendar")
        #expect(!result.rules.contains("spoofed_sender"))  // SPF for Google's bounce domain proves Google sent it
        #expect(result.reasons.contains { $0.rule == "callback_phishing" })
        #expect(result.action >= .quarantine)
        // With DMARC failing, SPF alone proves nothing: the claim to be Google Calendar is a spoof.
        let spoof = try verdict(text.replacingOccurrences(of: "dkim=fail header.d=google.com", with: "dkim=fail header.d=google.com; dmarc=fail header.from=example.net"))
        #expect(spoof.rules.contains("spoofed_sender"))
    }

    @Test func ordinaryCalendarInvitationIsAccepted() throws {
        let text = """
            Authentication-Results: mx.notifyguard.test; spf=pass smtp.mailfrom=calendar-server.bounces.google.com; dkim=pass header.d=google.com
            From: Alice <alice@example.org>
            Sender: Google Calendar <calendar-notification@google.com>
            Subject: Invitation: Team sync @ Mon 1 Dec 2026

            Team sync. Join with Google Meet: https://meet.google.com/abc-defg-hij or dial +1 (650) 555-0100 PIN 123456
            """
        #expect(try verdict(text).action == .accept)
    }

    @Test func authenticationResultsWithoutAnAuthservIDAreTrustedOnlyWhenAllowed() throws {
        let text = """
            Authentication-Results: spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=x.firebaseapp.com; dkim=pass header.d=firebaseapp.com
            From: App <noreply@x.firebaseapp.com>
            Subject: Verify

            Claim your prize at https://prize.example.com/
            """
        var policy = try Fixture.shippedPolicy()
        #expect(!Scorer(policy: policy).score(rawMessage: Array(text.utf8)).reasons.contains { $0.rule == "foreign_link" })
        policy.trustMissingAuthservID = true
        #expect(Scorer(policy: policy).score(rawMessage: Array(text.utf8)).reasons.contains { $0.rule == "foreign_link" })
    }
}

/// Accuracy on ../shared/corpus with the shipped rules, held to the targets of issue 13 (abuse 97% flagged and 90%
/// held, phish 70%, ham and legit-notify together 0.25%), so a change that loses ground fails. Judged as `evaluate`
/// judges it: by each file's topmost Authentication-Results, the receiving host's. Skipped, with the reason, where the corpus is absent.
@Suite(.enabled(if: CorpusDirectory.url != nil, "../shared/corpus not found beside the checkout (a user's clone has none)"))
struct CorpusAccuracyTests {
    private func rates(_ folder: String) throws -> (flagged: Double, held: Double) {
        let (flagged, held, total) = try counts(folder)
        return (Double(flagged) / Double(total), Double(held) / Double(total))
    }

    private func counts(_ folder: String) throws -> (flagged: Int, held: Int, total: Int) {
        var policy = try Fixture.shippedPolicy()
        policy.trustTopmostAuthenticationResults = true
        let scorer = Scorer(policy: policy)
        let dir = try #require(CorpusDirectory.url).appendingPathComponent(folder)
        var total = 0, flagged = 0, held = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".eml") {
            let data = try #require(FileManager.default.contents(atPath: dir.appendingPathComponent(name).path))
            let action = scorer.score(rawMessage: [UInt8](data)).action
            total += 1
            if action >= .tag { flagged += 1 }
            if action >= .quarantine { held += 1 }
        }
        return (flagged, held, total)
    }

    @Test func legitimateMailIsNotFlagged() throws {
        let ham = try counts("ham")
        let notify = try counts("legit-notify")
        #expect(Double(ham.flagged + notify.flagged) / Double(ham.total + notify.total) <= 0.0025)
    }

    @Test func abuseAndPhishingAreFlaggedAtLeastAsWellAsMeasured() throws {
        let abuse = try rates("abuse")
        #expect(abuse.flagged >= 0.97)
        #expect(abuse.held >= 0.90)
        #expect(try rates("phish").flagged >= 0.70)
    }
}
