import Foundation
@testable import NotifyGuardCore
import Testing

/// `foreign_link` in templates of fixed links (issue 13 point 5): a link to a party of the message (the recipient's
/// organisation, the Reply-To's, the organisation the platform names) or a file name read as a domain is not a
/// stranger's link; a stranger's link, a disguised or risky one, or one in a scam still is.
@Suite(.enabled(if: SuffixList.isInstalled, SuffixList.missing)) struct ForeignLinkPartyTests {
    private func fires(_ text: String) throws -> Bool {
        Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8)).reasons.contains {
            $0.rule == "foreign_link"
        }
    }

    /// A help-desk reply sent by Zendesk for the tenant `tenant`, with display name `name` and `body`.
    private func helpdeskReply(tenant: String = "acme", name: String, body: String) -> String {
        """
        Authentication-Results: mx.notifyguard.test; dkim=pass header.d=zendesk.com; spf=pass smtp.mailfrom=\(tenant).zendesk.com
        From: \(name) <support@\(tenant).zendesk.com>
        To: jan@example.org
        Subject: [\(name)] Re: Tent pole replacement

        Your request (55123) has been updated.
        \(body)
        """
    }

    /// A OneDrive share notification to `to` with `subject` and the sharer's message `body`.
    private func share(to: String = "jan@example.org", subject: String, body: String) -> String {
        """
        Authentication-Results: mx.notifyguard.test; dkim=pass header.d=sharepointonline.com; spf=pass smtp.mailfrom=sharepointonline.com
        From: Femke Jansen <no-reply@sharepointonline.com>
        To: \(to)
        Subject: \(subject)

        Femke Jansen shared a file with you
        \(body)
        Open: https://contoso.sharepoint.com/:w:/s/planning/Ed5a5e591b
        """
    }

    @Test func theCompanysOwnSiteNamedByTheDisplayNameIsNotForeign() throws {
        let reply = helpdeskReply(name: "Acme Gear Support", body: "Our warranty terms: https://www.acmegear.com/help.")
        #expect(try !fires(reply))
        // A site the display name doesn't spell is a stranger's.
        #expect(try fires(helpdeskReply(name: "Acme Gear Support", body: "Track it at https://www.parcel-track.com/x")))
        // Part of a word is no name: `acmeg` is not `Acme Gear`.
        #expect(try fires(helpdeskReply(name: "Acme Gear Support", body: "See https://acmeg.com/")))
    }

    @Test func aSubdomainLabelSpellingTheTenantIsTheTenantsSite() throws {
        let reply = helpdeskReply(tenant: "sahara-air", name: "Noura", body: "Baggage: https://www.sahara-air.example.com/bag")
        #expect(try !fires(reply))
        #expect(try fires(helpdeskReply(tenant: "sahara-air", name: "Noura", body: "See https://www.desert-fly.example.com/")))
    }

    @Test func theOwnSiteIsNotVouchedForWhenDisguisedRiskyOrAScam() throws {
        // Under a risky TLD, defanged, or with scam wording around, the name proves nothing.
        #expect(try fires(helpdeskReply(name: "Acme Gear Support", body: "Go to https://acmegear.top/help")))
        #expect(try fires(helpdeskReply(name: "Acme Gear Support", body: "Go to hxxps://acmegear[.]com/help")))
        #expect(try fires(helpdeskReply(
            name: "Acme Gear Support", body: "To cancel this order, verify at https://acmegear.com/v")))
    }

    @Test func labelsNamingThePlatformOrABrandNameNoCustomer() throws {
        // "Zendesk" in the display name doesn't make zendesk.evil-example.com the customer's site, nor does
        // "PayPal" make paypal.com (a protected brand's) the tenant's.
        #expect(try fires(helpdeskReply(name: "Zendesk Team", body: "Log in: https://zendesk.login-example.com/")))
        #expect(try fires(helpdeskReply(name: "PayPal Billing", body: "Pay at https://www.paypal.com/x")))
    }

    @Test func theSellerNamedInTheSubjectBySeveralCapitalisedWords() throws {
        func invoice(_ subject: String, _ link: String) -> String {
            """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=paypal.com; spf=pass smtp.mailfrom=paypal.com
            From: service@paypal.com
            To: jan@example.org
            Subject: \(subject)

            Seller information
            \(link)
            View and Pay Invoice: https://www.paypal.com/invoice/p/#INV2-697A
            """
        }
        #expect(try !fires(invoice("Invoice from Maple Street Plumbing (2026-0318)", "https://maplestreetplumbing.com")))
        // One capitalised word is as often a sentence's first: "Confirmation" doesn't vouch for confirmation.com.
        #expect(try fires(invoice("Confirmation required for your invoice", "https://confirmation.com/pay")))
        // Words in lowercase are no name.
        #expect(try fires(invoice("invoice from maple street plumbing", "https://maplestreetplumbing.com")))
    }

    @Test func theReplyToDomainIsTheSurveyingCompanys() throws {
        func survey(replyTo: String) -> String {
            """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=surveymonkeyuser.com; spf=pass smtp.mailfrom=surveymonkeyuser.com
            From: Patient Feedback via SurveyMonkey <member@surveymonkeyuser.com>
            Reply-To: \(replyTo)
            To: jan@example.org
            Subject: How was your visit?

            Learn more about our team at https://www.riverside-dental.com or write to us.
            Begin Survey: https://www.surveymonkey.com/tr/v1/te/vgAc0IfA2jRd
            """
        }
        #expect(try !fires(survey(replyTo: "feedback@riverside-dental.com")))
        #expect(try fires(survey(replyTo: "feedback@other-clinic.com")))
    }

    /// An organisation's domain that abbreviates its name (the initials of three or more words of the display
    /// name, accents left out) is its own site; initials of fewer words or of other words are not.
    @Test func aDomainAbbreviatingTheDisplayNameIsTheOrganisationsSite() throws {
        func survey(from name: String, link: String) -> String {
            """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=surveymonkeyuser.com; spf=pass smtp.mailfrom=surveymonkeyuser.com
            From: \(name) <member@surveymonkeyuser.com>
            To: jan@example.org
            Subject: Khảo sát mức độ hài lòng

            Đặt lịch tại \(link) nhé.
            Begin Survey: https://www.surveymonkey.com/tr/v1/te/vgAc0IfA2jRd
            """
        }
        #expect(try !fires(survey(from: "Phòng khám Nha khoa An Tâm", link: "https://nkat.example/dat-lich")))
        #expect(try fires(survey(from: "Phòng khám Nha khoa An Tâm", link: "https://nk.example/dat-lich")))
        #expect(try fires(survey(from: "Riverside Dental", link: "https://rdx.example/book")))
        let words = OrganisationName.words(of: "Đại học Quốc gia Hà Nội", capitalisedOnly: false)
        #expect(OrganisationName.abbreviates("dhqghn", words))
        #expect(OrganisationName.abbreviates("qghn", words))
        #expect(!OrganisationName.abbreviates("dh", words))
        #expect(!OrganisationName.abbreviates("dh1", words))
    }

    @Test func theRecipientsOwnOrganisationInAShareMessage() throws {
        let body = "The background is at https://intranet.example.org/planning/q1 . Comments by Friday."
        #expect(try !fires(share(subject: "Femke Jansen shared \"Planning.docx\" with you", body: body)))
        // A stranger's link in a share message still fires.
        #expect(try fires(share(to: "jan@example.net", subject: "Femke Jansen shared \"Planning.docx\" with you", body: body)))
    }

    @Test func aFileNameQuotedInTheSubjectIsNoLink() throws {
        let subject = "Lucía Fernández shared \"Fotos boda Sevilla.zip\" with you"
        #expect(try !fires(share(subject: subject, body: "Here are the photos!\nFotos boda Sevilla.zip")))
        // The same `.zip` domain the Subject doesn't quote as the file, or written as a link, is a link.
        #expect(try fires(share(subject: "Lucía shared \"Photos\" with you", body: "Download them at sevilla.zip")))
        #expect(try fires(share(subject: subject, body: "Download at https://sevilla.zip/photos")))
        // A TLD that is no file extension is a domain even where the Subject quotes it.
        #expect(try fires(share(subject: "Lucía shared \"login-help.top\" with you", body: "login-help.top")))
    }

    @Test func spellingRunsOfNameWords() {
        let display = OrganisationName.words(of: "Microsoft Invitations on behalf of Northwind Traders", capitalisedOnly: false)
        #expect(OrganisationName.spells("northwindtraders", display, minWords: 1))
        #expect(OrganisationName.spells("northwind", display, minWords: 1))
        #expect(!OrganisationName.spells("northwindtrad", display, minWords: 1))
        let subject = OrganisationName.words(of: "Invoice from Maple Street Plumbing", capitalisedOnly: true)
        #expect(subject == ["invoice", "", "maple", "street", "plumbing"])
        #expect(!OrganisationName.spells("invoicemaple", subject, minWords: 2))
        #expect(!OrganisationName.spells("maple", subject, minWords: 2))
        #expect(OrganisationName.labels(of: "www.sahara-air.example.com") == ["saharaair", "example"])
        #expect(OrganisationName.quotesName(endingWith: "sevilla.zip", in: "ha compartido «fotos sevilla.zip» contigo"))
        #expect(!OrganisationName.quotesName(endingWith: "sevilla.zip", in: "see \"my-sevilla.zip\""))
    }

    /// The genuine notifications of the written set, authentication trusted: no link of theirs is a stranger's.
    static let genuineSamples: [String] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/written-eval/legit-notify", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: url.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".eml") }.sorted()
    }()

    @Test func theWrittenGenuineSamplesHaveNoForeignLink() throws {
        #expect(Self.genuineSamples.count >= 60)
        let scorer = Scorer(policy: try Fixture.shippedPolicy())
        for name in Self.genuineSamples {
            let verdict = scorer.score(rawMessage: try Fixture.bytes("written-eval/legit-notify/\(name)"))
            #expect(!verdict.rules.contains("foreign_link"), "\(name): \(verdict.reasons)")
        }
    }
}
