import Foundation
@testable import NotifyGuardCore
import Testing

/// Deceptive links beyond lookalike labels (issue 13 point 4) and the hard negatives around them (point 5): a
/// brand's domain inside a foreign host, a brand's name beside a service word, a link's text naming a brand's
/// domain, and what must not count (image hosts, the brand's own domains, reports quoting defanged domains).
@Suite struct DeceptiveLinkTests {
    private func verdict(_ text: String) throws -> Verdict {
        Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
    }

    /// An HTML mail from a stranger with `body` as its HTML.
    private func html(_ body: String, from: String = "Help desk <desk@example.net>", extraHeaders: String = "")
        -> String
    {
        """
        \(extraHeaders)From: \(from)
        Subject: Your account
        MIME-Version: 1.0
        Content-Type: text/html; charset=utf-8

        <html><body>\(body)</body></html>
        """
    }

    @Test(arguments: [
        ("https://apple.com.id-restore.top/signin", "apple.com.id-restore.top~Apple"),
        ("https://paypal.com-secure.app/", "paypal.com-secure.app~PayPal"),
        ("https://www-paypal-com.example.net/login", "www-paypal-com.example.net~PayPal"),
        ("https://paypal-login.weebly.com/", "paypal-login.weebly.com~PayPal"),
        ("https://secure-microsoft-verify.accounts.example.org/", "secure-microsoft-verify.accounts.example.org~Microsoft"),
    ])
    func brandInAForeignHost(url: String, detail: String) throws {
        let result = try verdict(html("<p>Please <a href=\"\(url)\">review your account</a>.</p>"))
        #expect(result.reasons.contains { $0.rule == "brand_in_host" && $0.detail == detail }, "\(result.reasons)")
    }

    @Test func brandInAForeignHostWrittenAsText() throws {
        let result = try verdict("""
            From: Help desk <desk@example.net>
            Subject: Account

            Restore access at appleid.apple.com.verify-session.top today.
            """)
        #expect(result.reasons.contains {
            $0.rule == "brand_in_host" && $0.detail == "appleid.apple.com.verify-session.top~Apple"
        })
    }

    /// A brand and a service word joined by hyphens in the registrable label, in any position: lookalike_domain
    /// takes them (brand_in_host leaves them to it rather than fire twice).
    @Test(arguments: [
        ("paypal-secure-login.com", "PayPal"), ("secure-paypal.net", "PayPal"), ("login-microsoft-verify.top", "Microsoft"),
    ])
    func brandAndServiceWordInTheRegistrableLabel(domain: String, brand: String) throws {
        let result = try verdict(html("<a href=\"https://\(domain)/\">Continue</a>"))
        #expect(result.reasons.contains { $0.rule == "lookalike_domain" && $0.detail == "\(domain)~\(brand)" })
        #expect(!result.rules.contains("brand_in_host"))
    }

    @Test func imageHostsNamedAfterABrandDoNotCount() throws {
        let result = try verdict(html("""
            <img src="https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b" alt="Microsoft">
            <p>Welcome to your new subscription.</p>
            """))
        #expect(!result.rules.contains("lookalike_domain"), "\(result.reasons)")
        #expect(!result.rules.contains("brand_in_host"), "\(result.reasons)")
    }

    @Test(arguments: [
        "https://www.paypal.com/signin", "https://appleid.apple.com/", "https://login.microsoftonline.com/common",
        "https://www.americanexpress.com.br/", "https://support-team.example.com/", "https://big-apple-tours.com/",
    ])
    func theBrandsOwnDomainsAndHonestHostsDoNotCount(url: String) throws {
        let result = try verdict(html("<a href=\"\(url)\">\(url)</a>"))
        #expect(!result.rules.contains("brand_in_host"), "\(result.reasons)")
    }

    /// Brands run campaign hosts of their name and a service word (`microsoft-events...`); their DKIM lets them.
    @Test func theBrandsOwnAuthenticatedMailMayUseHostsNamedAfterIt() throws {
        let result = try verdict(html(
            "<a href=\"https://microsoft-events.example.net/\">Events</a>",
            from: "Microsoft <account-security-noreply@accountprotection.microsoft.com>",
            extraHeaders: "Authentication-Results: mx.notifyguard.test; dkim=pass header.d=microsoft.com\n"))
        #expect(!result.rules.contains("brand_in_host"), "\(result.reasons)")
    }

    /// No brand's mail sends readers to a foreign domain dressed in the brand's own (`microsoft.com.login-...`,
    /// `microsoft.com-...`): its DKIM doesn't explain that, as in a share message a platform user wrote.
    @Test(arguments: ["https://microsoft.com.login-verify.top/de/", "https://microsoft.com-events.example.net/"])
    func theBrandsOwnAuthenticatedMailMayNotDressAForeignDomainInItsOwn(url: String) throws {
        let result = try verdict(html(
            "<a href=\"\(url)\">Open</a>",
            from: "Lohnbuchhaltung <no-reply@sharepointonline.com>",
            extraHeaders: "Authentication-Results: mx.notifyguard.test; dkim=pass header.d=microsoft.com\n"))
        #expect(result.rules.contains("brand_in_host"), "\(result.reasons)")
    }

    /// A brand name beside a service word counts in the brand's authenticated fixed-text mail where the template
    /// puts a user's text: a Microsoft 365 tenant named after a help desk host.
    @Test func aBrandHostWrittenIntoATemplateFieldCountsInTheBrandsOwnMail() throws {
        let written = try verdict(Fixture.tenantWelcome(tenant: "Help at microsoft-account-help.example.net"))
        #expect(written.reasons.contains {
            $0.rule == "brand_in_host" && $0.detail == "microsoft-account-help.example.net~Microsoft"
        }, "\(written.reasons)")
        let plain = try verdict(Fixture.tenantWelcome(tenant: "Contoso Pharma"))
        #expect(!plain.rules.contains("brand_in_host"), "\(plain.reasons)")
    }

    /// No sender links a foreign domain dressed in its own, protected brand or not; a service's site named after a
    /// customer's domain (`example-fr.webex.com`) and the sender's country site are no such thing.
    @Test func aHostDressedInTheSendersOwnDomainCounts() throws {
        let mail = { (href: String) in
            """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=mg.gitlab.com; spf=pass smtp.mailfrom=mg.gitlab.com
            From: GitLab <gitlab@mg.gitlab.com>
            Subject: You have been invited
            MIME-Version: 1.0
            Content-Type: text/html; charset=utf-8

            <html><body><p>Join the group: <a href="\(href)">\(href)</a></p></body></html>
            """
        }
        let dressed = try verdict(mail("https://gitlab.com.session-verify.top/login"))
        #expect(dressed.reasons.contains {
            $0.rule == "brand_in_host" && $0.detail == "gitlab.com.session-verify.top~gitlab.com"
        }, "\(dressed.reasons)")
        for href in ["https://example-gitlab-com.webex.com/meet", "https://www.gitlab.com.mx/", "https://gitlab.com/acme"] {
            let plain = try verdict(mail(href))
            #expect(!plain.rules.contains("brand_in_host"), "\(href): \(plain.reasons)")
        }
    }

    /// The sender's domain with its dots as hyphens, before a disposable domain, counts; a company's site at a
    /// service (`acme-fr.webex.com` in acme.fr's mail) is named so as well and doesn't.
    @Test func theSendersDomainWornWithHyphensCounts() throws {
        let mail = { (href: String) in
            Fixture.signed(
                by: "vinted.si", from: "Vinted <no-reply@vinted.si>", subject: "Novo sporočilo",
                body: "Plačilo je rezervirano, potrdite prejem tukaj: \(href)")
        }
        let dressed = try verdict(mail("https://vinted-si.varno-placilo.top/prejem/88213"))
        #expect(dressed.reasons.contains {
            $0.rule == "brand_in_host" && $0.detail == "vinted-si.varno-placilo.top~vinted.si"
        }, "\(dressed.reasons)")
        for href in ["https://vinted-si.webex.com/meet", "https://vinted-si.example.com/", "https://www.vinted.si/inbox"] {
            let plain = try verdict(mail(href))
            #expect(!plain.rules.contains("brand_in_host"), "\(href): \(plain.reasons)")
        }
    }

    /// Any domain worn before a disposable one, brand list or not; region and mail-service subdomains of an ordinary
    /// domain wear none, nor does a dressed host in a report a platform's user wrote without lure wording.
    @Test(arguments: [
        ("https://posti.fi.tullimaksu-seuranta.top/JJ64471", "posti.fi.tullimaksu-seuranta.top~posti.fi"),
        ("https://www.my-bank.co.uk.secure-check.com/", "www.my-bank.co.uk.secure-check.com~my-bank.co.uk"),
        ("https://login.stadtwerke.de.kundenportal24.top/", "login.stadtwerke.de.kundenportal24.top~stadtwerke.de"),
        ("https://acmecorp.com.verify-account.xyz/", "acmecorp.com.verify-account.xyz~acmecorp.com"),
    ])
    func anyDomainWornBeforeADisposableOneCounts(url: String, detail: String) throws {
        let result = try verdict(html("<p>Please <a href=\"\(url)\">pay the fee</a>.</p>"))
        #expect(result.reasons.contains { $0.rule == "brand_in_host" && $0.detail == detail }, "\(result.reasons)")
    }

    @Test(arguments: [
        "https://support.uk.example.com/", "https://email.mg.example-group.fr/c/abc", "https://api.eu.example-cloud.io/",
        "https://click.email.example-shop.com/", "https://www.posti.fi/", "https://news.bbc.co.uk/",
        "https://assets.example.com.s3.amazonaws.com/report",
        // A country's code alone needs a risky suffix after it.
        "https://login.stadtwerke.de.kundenportal24.net/",
    ])
    func regionAndServiceSubdomainsWearNoDomain(url: String) throws {
        let result = try verdict(html("<p>See <a href=\"\(url)\">the page</a>.</p>"))
        #expect(!result.rules.contains("brand_in_host"), "\(url): \(result.reasons)")
    }

    // MARK: Link text naming a brand's domain

    @Test(arguments: [
        ("paypal.com", "paypal.com->resolution-desk.example"),
        ("www.apple.com", "apple.com->resolution-desk.example"),
        ("Sign in at www.paypal.com to confirm", "paypal.com->resolution-desk.example"),
        ("https://www.paypal.com/signin", "paypal.com->resolution-desk.example"),
    ])
    func linkTextNamingABrandsDomainGoesElsewhere(text: String, detail: String) throws {
        let result = try verdict(html("<a href=\"https://resolution-desk.example/x\">\(text)</a>"))
        #expect(result.reasons.contains { $0.rule == "link_text_mismatch" && $0.detail == detail }, "\(result.reasons)")
    }

    @Test(arguments: [
        ("paypal.com", "https://www.paypal-communication.com/track"),  // another domain of the same brand
        ("Sign in at www.paypal.com", "https://www.paypal.com/signin"),
        ("Read the guide at docs.example.org", "https://tracking.example.net/c"),  // not a brand: sentences don't count
    ])
    func linkTextThatIsNoBrandMismatch(text: String, href: String) throws {
        let result = try verdict(html("<a href=\"\(href)\">\(text)</a>"))
        #expect(!result.rules.contains("link_text_mismatch"), "\(result.reasons)")
    }

    // MARK: Reports quoting bad domains

    @Test func aDefangedPhishingReportOnGitHubIsAccepted() throws {
        let result = try Fixture.verdict("written-eval/legit-notify/github__phishing-report-defanged.eml")
        #expect(result.action == .accept, "\(result.reasons)")
        #expect(!result.rules.contains("defanged_link") && !result.rules.contains("lookalike_domain"))
    }

    @Test func aPlainPhishingReportOnGitHubIsAccepted() throws {
        let result = try Fixture.verdict("written-eval/legit-notify/github__phishing-report-plain.eml")
        #expect(result.action == .accept, "\(result.reasons)")
        #expect(!result.rules.contains("brand_in_host"))
    }

    /// A report naming a host that wears any domain is quoting it too, where no lure wording comes with it.
    @Test func aPlainReportOfADressedHostOnGitHubIsAccepted() throws {
        let plain = String(decoding: try Fixture.bytes("written-eval/legit-notify/github__phishing-report-plain.eml"),
            as: UTF8.self)
        let dressed = plain.replacingOccurrences(of: "apple.com.id-restore.top", with: "posti.fi.tullimaksu-seuranta.top")
        #expect(dressed != plain)
        let result = try verdict(dressed)
        #expect(!result.rules.contains("brand_in_host"), "\(result.reasons)")
    }

    /// A report quotes the lure's words as it quotes its domains and its number: wording only inside quotation
    /// marks of a message that names what it reports is told of, not said. Unquoted, or quoted with no report
    /// around it, the same words count.
    @Test func aReportQuotingTheLuresWordsIsAccepted() throws {
        let issue = { (subject: String, told: String, closing: String) in
            Fixture.signed(
                by: "github.com", from: "dana-sec <notifications@github.com>", subject: subject,
                body: """
                    Reporting a kit that impersonates our SSO page, hosted at hxxps://sso-northwind-login[.]top/auth. \(told) \
                    and to call +1 (888) 555-0199. \(closing)

                    Reply to this email directly, view it on GitHub: https://github.com/northwind/sec-intake/issues/214
                    """)
        }
        let report = try verdict(issue(
            "[northwind/sec-intake] Phishing kit impersonating SSO login (Issue #214)",
            "The lure told users their \"account will be suspended\"", "IOCs are in the attached CSV."))
        #expect(report.action == .accept, "\(report.reasons)")
        #expect(!report.rules.contains("scam_phrase") && !report.rules.contains("callback_phishing"), "\(report.reasons)")
        let said = try verdict(issue(
            "[northwind/sec-intake] Phishing kit impersonating SSO login (Issue #214)",
            "Your account will be suspended unless you verify", "IOCs are in the attached CSV."))
        #expect(said.rules.contains("scam_phrase"), "\(said.reasons)")
        let noReport = try verdict(issue(
            "[northwind/sec-intake] Kit impersonating SSO login (Issue #214)",
            "The lure told users their \"account will be suspended\"", "Please block the domain."))
        #expect(noReport.rules.contains("scam_phrase"), "\(noReport.reasons)")
    }

    /// A newsletter about scams (a creator's post on a newsletter platform) quotes the lure's words and defangs its
    /// domain: told of, not said. The same text without naming a scam keeps both.
    @Test func aNewsletterQuotingAScamIsAccepted() throws {
        let post = { (subject: String) in
            Fixture.signed(
                by: "mail.beehiiv.com", from: "The Safe Inbox <thesafeinbox@mail.beehiiv.com>", subject: subject,
                headers: "List-Unsubscribe: <https://tsi.example/unsubscribe>\n",
                body: """
                    Three reader submissions this week follow the same playbook.

                    “Your parcel is held. Pay RM 3.50 redelivery fee: posmy-redelivery[.]top” – defanged on purpose.

                    Read online: https://tsi.example/p/parcel-fees
                    """)
        }
        let report = try verdict(post("This week's scams: fake parcel fees"))
        #expect(report.action == .accept, "\(report.reasons)")
        let lure = try verdict(post("This week: parcel fees"))
        #expect(lure.rules.contains("defanged_link"), "\(lure.reasons)")
    }

    /// Defanging with scam wording in user content is still an evasion; so is a lookalike of the platform itself.
    @Test func aDefangedLureOnGitHubStillCounts() throws {
        let result = try Fixture.verdict("written-eval/abuse/github__defanged-security-alert.eml")
        #expect(result.rules.contains("defanged_link") && result.rules.contains("lookalike_domain"))
        #expect(result.action >= .tag)
    }

    /// The same report, unauthenticated and without user content (a stranger's mail), keeps its defanged link.
    /// A phishing report outside any template (an issue tracker's mail a list relays, a SOC ticket) quotes the
    /// domains it reports, brand-dressed ones too; the same words with lure wording around them still count.
    @Test(arguments: ["en", "cs", "uk"])
    func aReportQuotingDefangedDomainsOutsideTemplatesIsAccepted(language: String) throws {
        let texts = [
            "en": "Another wave from the callback-phishing kit. Landing pages: hxxps://venmo.com-dispute[.]help/case and "
                + "hxxps://microsoft.com.account-hold[.]top/verify. Takedown requested.",
            "cs": "Hlášení phishingu: uživatel nahlásil e-mail s odkazem na dpd-doruceni[.]top, doména je nová.",
            // A capital in another script, and IOC in the singular.
            "uk": "Фішингова кампанія: оновила сторінку з IOC. Домени: privat24-bonus[.]top, pryvat-vyplata[.]icu.",
        ]
        let text = texts[language] ?? ""
        let report = try verdict("""
            From: Tomás Herrera <gitlab@mg.gitlab.com>
            List-Id: <kit-tracker.gitlab.com>
            Subject: Re: kit-tracker | report (#218)

            \(text)
            """)
        #expect(!report.rules.contains("defanged_link") && !report.rules.contains("brand_in_host"), "\(report.reasons)")
        #expect(report.action == .accept, "\(report.reasons)")
        let lure = try verdict("""
            From: Help desk <desk@example.net>
            Subject: Phishing protection

            Your account is suspended after a phishing attempt. Verify your account at hxxps://paypal-secure-login[.]com/signin.
            """)
        #expect(lure.rules.contains("defanged_link"), "\(lure.reasons)")
    }

    @Test func aDefangedDomainOutsideUserContentCounts() throws {
        let result = try verdict("""
            From: Help desk <desk@example.net>
            Subject: Account

            Sign in at hxxps://paypal-secure-login[.]com/signin to keep your account.
            """)
        #expect(result.rules.contains("defanged_link") && result.rules.contains("lookalike_domain"))
    }

    @Test func theImageHostOfAMicrosoftTenantMailIsNoLookalike() throws {
        for name in ["welcome-zh-tenant", "trial-ar-tenant", "verify-vi-tenant"] {
            let bytes = try Fixture.bytes("written-eval/legit-notify/microsoft-tenant__\(name).eml")
            // Unauthenticated, as a host that trusts no Authentication-Results sees it: the brand's own-mail
            // exemption doesn't apply, so only leaving image sources out keeps the CDN host from counting.
            var policy = try Fixture.shippedPolicy()
            policy.trustedAuthservIDs = ["mx.elsewhere.test"]
            let result = Scorer(policy: policy).score(rawMessage: bytes)
            #expect(!result.rules.contains("lookalike_domain") && !result.rules.contains("brand_in_host"), "\(name)")
        }
    }

    // MARK: The index behind it

    @Test func brandsWordedInAHostAreWholeWords() throws {
        let policy = try Fixture.shippedPolicy()
        let names = { (host: String) in policy.brandIndex.brandsWorded(inHost: host).map { policy.protectedBrands[$0].name } }
        #expect(names("apple.com.id-restore.top") == ["Apple"])
        #expect(names("www-paypal-com.example.net") == ["PayPal"])
        #expect(names("pineapple.example.com").isEmpty)
        #expect(names("wellsfargo-online.example").contains("Wells Fargo"))
        #expect(names(String(repeating: "a-", count: 120) + "paypal.com").contains("PayPal"))
    }
}
