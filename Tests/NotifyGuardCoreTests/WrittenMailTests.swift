import Foundation
import NotifyGuardCore
import Testing

/// Mail written for these tests, shaped like what an ordinary mailbox receives but the corpus lacks: genuine
/// platform notifications that use lure-like wording of their own, shop mail with a service number, a Zoom
/// invitation with its meeting ID. Each must be accepted; where a scam variant exists, it must not be.
@Suite struct WrittenMailTests {
    private func verdict(_ text: String) throws -> Verdict {
        Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
    }

    private static let auth = "Authentication-Results: mx.notifyguard.test;"

    static let writtenHam = ["azure-alert.eml", "bank-newsletter.eml", "circle-digest.eml", "docusign.eml",
        "drive-share-de.eml", "eventbrite.eml", "firebase-reset-pt.eml", "github-pr.eml", "google-alert.eml",
        "kajabi-newsletter.eml", "microsoft-verify.eml", "paypal-moneyreq.eml", "salonized-reminder.eml",
        "sharepoint.eml", "surveymonkey-invite.eml", "tenant-business.eml", "zendesk-refund.eml"]

    static func writtenFiles() throws -> [String] {
        guard let url = Bundle.module.url(forResource: "Fixtures/written", withExtension: nil) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".eml") }
    }

    /// The same platforms abused as in the wild, written anew (not corpus files): each must be held or tagged.
    @Test(arguments: [
        ("betterment-crypto.eml", Action.quarantine), ("docusign-suspension.eml", .quarantine),
        ("drive-comment-callback.eml", .quarantine), ("namecheap-metamask.eml", .quarantine),
        ("sharepoint-foreign.eml", .tag), ("tenant-fraud-subject.eml", .quarantine),
    ])
    func writtenAbuseIsFlagged(file: String, atLeast: Action) throws {
        let verdict = Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: try Fixture.bytes("written-abuse/\(file)"))
        #expect(verdict.profile != nil, "\(file) matched no profile")
        #expect(verdict.action >= atLeast, "\(file): \(verdict.reasons)")
    }

    /// Genuine-looking platform mail with its users' text, links and phone numbers (Fixtures/written/README.md).
    @Test(arguments: writtenHam)
    func writtenHamIsAccepted(file: String) throws {
        let verdict = Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: try Fixture.bytes("written/\(file)"))
        #expect(verdict.profile != nil || file == "bank-newsletter.eml", "\(file) matched no profile")
        #expect(Self.writtenHam.count == (try Self.writtenFiles()).count, "every written .eml is listed")
        #expect(verdict.action == .accept, "\(file): \(verdict.reasons)")
    }

    @Test func microsoftSecurityAlertUsesItsOwnWording() throws {
        let alert = """
            \(Self.auth) dkim=pass header.d=accountprotection.microsoft.com; spf=pass smtp.mailfrom=accountprotection.microsoft.com; dmarc=pass header.from=accountprotection.microsoft.com
            From: Microsoft account team <account-security-noreply@accountprotection.microsoft.com>
            To: someone@example.org
            Subject: Microsoft account unusual sign-in activity

            Microsoft account
            Unusual sign-in activity
            We detected something unusual about a recent sign-in to the Microsoft account so**e@example.org.
            Country/region: Germany
            If this was you, you can safely ignore this email. If you're not sure, review your recent activity:
            https://account.live.com/activity
            """
        let ordinary = try verdict(alert)
        #expect(ordinary.profile == "microsoft-tenant")
        #expect(ordinary.action == .accept, "\(ordinary.reasons)")
    }

    @Test func payPalReceiptUsesItsOwnWording() throws {
        let receipt = """
            \(Self.auth) dkim=pass header.d=paypal.com; spf=pass smtp.mailfrom=paypal.com; dmarc=pass header.from=paypal.com
            From: "service@paypal.com" <service@paypal.com>
            To: buyer@example.org
            Subject: Receipt for your payment to Example Shop

            Payment confirmation
            You sent a payment of €24.90 EUR to Example Shop.
            Your transaction ID: 1AB23456CD7890123
            It may take a few moments for this transaction to appear in your account.
            View your transaction: https://www.paypal.com/myaccount/transactions
            """
        let ordinary = try verdict(receipt)
        #expect(ordinary.profile == "paypal")
        #expect(ordinary.action == .accept, "\(ordinary.reasons)")
        // The same receipt whose seller wrote a renewal scam into its name is another matter.
        let scam = receipt.replacingOccurrences(of: "to Example Shop.", with:
            "to Geek Squad. Your membership renewal of $499.99 will be processed. To cancel call +1 (808) 555-0142.")
        let scamVerdict = try verdict(scam)
        #expect(scamVerdict.rules.isSuperset(of: ["scam_phrase", "callback_phishing"]), "\(scamVerdict.reasons)")
        #expect(scamVerdict.action >= .quarantine, "\(scamVerdict.reasons)")
    }

    @Test func namecheapRenewalNotice() throws {
        let notice = """
            \(Self.auth) dkim=pass header.d=namecheap.com; spf=pass smtp.mailfrom=namecheap.com; dmarc=pass header.from=namecheap.com
            From: Namecheap <support@namecheap.com>
            To: owner@example.org
            Subject: Your domain example.org has been renewed

            Hi owner,
            Thanks for using automatic renewal. Your domain example.org has been renewed for 1 year.
            Amount charged: $14.98. Manage your domains at https://ap.www.namecheap.com/domains/list
            """
        let ordinary = try verdict(notice)
        #expect(ordinary.profile == "namecheap")
        #expect(ordinary.action == .accept, "\(ordinary.reasons)")
    }

    /// A shop's own shipping mail: lure-like words ("your parcel", "gift card") and a service phone number, from its
    /// own authenticated domain and no template of a platform. Weak evidence stays weak.
    @Test func shopShippingMailWithServiceNumber() throws {
        let mail = """
            \(Self.auth) dkim=pass header.d=example-shop.de; spf=pass smtp.mailfrom=example-shop.de; dmarc=pass header.from=example-shop.de
            From: Example Shop <noreply@example-shop.de>
            To: customer@example.org
            Subject: Your parcel is on its way

            Hello Anna,
            your parcel with order 4711 left our warehouse today. Track it here: https://www.example-shop.de/orders/4711
            Redeem your gift card at checkout next time.
            Questions? Our service hotline +49 30 1234567 is open Monday to Friday.
            """
        let verdict = try verdict(mail)
        #expect(verdict.action == .accept, "\(verdict.reasons)")
    }

    @Test func zoomInvitationThroughGoogleCalendar() throws {
        let invite = """
            \(Self.auth) dkim=pass header.d=google.com; spf=pass smtp.mailfrom=calendar-server.bounces.google.com
            From: Ana Lima <ana.lima@example.com.br>
            Sender: Google Calendar <calendar-notification@google.com>
            To: team@example.org
            Subject: Invitation: Sprint review @ Thu Dec 3, 2026 3pm - 4pm (BRT)

            Ana Lima is inviting you to a scheduled Zoom meeting.
            Join Zoom Meeting https://us02web.zoom.us/j/31265498712?pwd=abc123
            Meeting ID: 312 654 987 12
            Passcode: 482913
            Dial by your location +55 11 4680 6788 Brazil
            Invitation from Google Calendar: https://calendar.google.com/calendar/
            """
        let verdict = try verdict(invite)
        #expect(verdict.profile == "google-calendar")
        #expect(verdict.action == .accept, "\(verdict.reasons)")
    }

    /// Cron mail from a host without a public domain: an unanswerable From alone does not reach the tag threshold.
    @Test func localCronMail() throws {
        let mail = """
            From: root@backup1 (Cron Daemon)
            To: root@backup1.example.org
            Subject: Cron <root@backup1> /usr/local/bin/nightly

            rsync finished: 1532 files, 2.1 GB
            """
        let verdict = try verdict(mail)
        #expect(verdict.rules == ["invalid_sender_domain"])
        #expect(verdict.action == .accept)
    }

    @Test(arguments: ["alfandega@correios", "taxas@%pagamentos.com", "x@-bad-.com", "a@b..com"])
    func unanswerableFromDomains(address: String) throws {
        let mail = "From: Correios <\(address)>\nTo: v@example.org\nSubject: Aviso\n\nSeu pedido foi taxado.\n"
        #expect(try verdict(mail).rules.contains("invalid_sender_domain"))
    }

    @Test(arguments: ["noreply@correios.com.br", "a@münchen.de", "x@sub.example.co.uk", "Root@Example.ORG."])
    func answerableFromDomains(address: String) throws {
        let mail = "From: Someone <\(address)>\nTo: v@example.org\nSubject: Hello\n\nHi.\n"
        #expect(!(try verdict(mail).rules.contains("invalid_sender_domain")))
    }
}
