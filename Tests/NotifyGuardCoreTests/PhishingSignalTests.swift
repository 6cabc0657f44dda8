import Foundation
@testable import NotifyGuardCore
import Testing

/// Generic phishing signals: lookalike domains, risky TLDs, free hosting, failed sender authentication, brands in
/// service-like display names, and subjects a platform template never uses.
@Suite struct PhishingSignalTests {
    private func verdict(_ text: String) throws -> Verdict {
        Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
    }

    @Test(arguments: [
        ("rnicrosoft", "microsoft", "confusable"),
        ("micros0ft", "microsoft", "confusable"),
        ("paypa1", "paypal", "confusable"),
        ("metamask-staff", "metamask", "contains"),
        ("microsoft365-login", "microsoft", "contains"),
        ("paypal-secure", "paypal", "contains"),
        ("coinbasse", "coinbase", "edit distance 1"),
        ("microsfot", "microsoft", "edit distance 1"),
    ])
    func lookalikeLabels(label: String, brand: String, kind: String) {
        #expect(Lookalike.imitation(of: brand, by: label) == kind)
    }

    @Test(arguments: [
        ("microsoft", "microsoft"),  // the brand itself
        ("finance", "binance"),  // a different first letter: an honest word, not a typo
        ("big-apple", "apple"),  // a short brand next to a non-lure word
        ("chose", "chase"),  // short brands only match exactly after folding
        ("paypalx-and-more-words-than-allowed", "paypa"),  // too-short brand label
    ])
    func honestLabels(label: String, brand: String) {
        #expect(Lookalike.imitation(of: brand, by: label) == nil)
    }

    /// A typo of a long label beside a lure token is dressed up to pass for it; a typo alone, a short label or a
    /// different first letter is not.
    @Test(arguments: [
        ("dlscord-gift", "discord", true), ("micorsoft-login", "microsoft", true), ("gift-dlscord", "discord", true),
        ("dlscord", "discord", false), ("dlscord-fans", "discord", false), ("zoon-login", "zoom", false),
        ("tiscord-gift", "discord", false), ("discord-gift", "discord", false),
        ("microsoft365-login", "microsoft", false), ("d1scord-gift", "discord", true),
    ])
    func dressedTypos(label: String, brand: String, dressed: Bool) throws {
        let candidate = try #require(Lookalike.Candidate(label))
        #expect(Lookalike.dressedTypo(of: brand, by: candidate) == dressed)
    }

    /// A link in a platform's notification to a domain imitating the platform's own is a lookalike, whether or not
    /// the platform is a protected brand; the platform's own domains and unrelated ones are not.
    @Test func aDomainImitatingTheSendingPlatformIsALookalike() throws {
        func discordMessage(_ text: String) -> String {
            Fixture.signed(
                by: "discord.com", from: "Discord <noreply@discord.com>", subject: "Hai 1 messaggio non letto",
                body: "Hai 1 messaggio non letto da Nitro Gratis:\n\n\(text)\n\nApri Discord: https://discord.com/channels/@me/1")
        }
        let imitated = try verdict(discordMessage("Riscatta il tuo regalo: dlscord-gift.xyz/nitro-it"))
        #expect(imitated.reasons.contains { $0.rule == "lookalike_domain" && $0.detail == "dlscord-gift.xyz~discord" },
            "\(imitated.reasons)")
        for text in ["Guarda https://support.discord.com/hc", "Ci vediamo su https://www.example.org/nitro"] {
            let plain = try verdict(discordMessage(text))
            #expect(!plain.rules.contains("lookalike_domain"), "\(plain.reasons)")
        }
    }

    /// A protected brand's own signed mail wrote all of it: an exchange's withdrawal receipt names the address its
    /// customer sent to. The same address in a stranger's mail, or in mail the brand didn't sign, counts.
    @Test func aWalletInTheBrandsOwnMailIsNoPaymentRequest() throws {
        let receipt = { (dkim: String, from: String) in
            Fixture.signed(
                by: dkim, from: from, subject: "You sent 0.05000000 BTC",
                body: "You sent 0.05 BTC to an external address.\nTo address: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh")
        }
        let own = try verdict(receipt("coinbase.com", "Coinbase <no-reply@coinbase.com>"))
        #expect(!own.rules.contains("wallet_address"), "\(own.reasons)")
        for (dkim, from) in [("example.net", "Coinbase <no-reply@coinbase.com>"), ("example.net", "Desk <desk@example.net>")] {
            let other = try verdict(receipt(dkim, from))
            #expect(other.rules.contains("wallet_address"), "\(other.reasons)")
        }
    }

    /// A hosting provider's signed mail about its customer's deployment links the provider's free host; another
    /// sender's link there is still a free host.
    @Test func theSendersOwnFreeHostIsNoFreeHosting() throws {
        let deploy = { (dkim: String, from: String) in
            Fixture.signed(
                by: dkim, from: from, subject: "Deployment ready: shop",
                body: "Preview: https://shop-git-fix-price-hzs.vercel.app\nSettings: https://vercel.com/account")
        }
        let own = try verdict(deploy("vercel.com", "Vercel <notifications@vercel.com>"))
        #expect(!own.rules.contains("free_hosting"), "\(own.reasons)")
        let other = try verdict(deploy("example.net", "Builds <notifications@example.net>"))
        #expect(other.rules.contains("free_hosting"), "\(other.reasons)")
    }

    @Test func editDistanceIsBoundedAndExact() {
        #expect(Lookalike.editDistanceIsOne(Array("ledger".utf8), Array("ledgre".utf8)))  // transposition
        #expect(!Lookalike.editDistanceIsOne(Array("ledger".utf8), Array("leader".utf8)))
        let long = [UInt8](repeating: 97, count: 63)
        #expect(!Lookalike.editDistanceIsOne(long, Array("microsoft".utf8)))
    }

    @Test func lookalikeLinkInAnyMail() throws {
        let result = try verdict("""
            From: Support <help@example.net>
            Subject: Account

            Sign in at https://rnicrosoft-verify.com/login to keep your mailbox.
            """)
        #expect(result.reasons.contains { $0.rule == "lookalike_domain" && $0.detail == "rnicrosoft-verify.com~Microsoft" })
    }

    @Test func theBrandsOwnAuthenticatedMailMayLinkToItsOtherDomains() throws {
        let result = try verdict("""
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=microsoft.com
            From: Microsoft <account-security-noreply@accountprotection.microsoft.com>
            Subject: Security info

            Manage it at https://microsoft365-login.com/ or https://account.microsoft.com/
            """)
        #expect(!result.rules.contains("lookalike_domain"), "\(result.reasons)")
    }

    @Test func riskyTopLevelDomainAndFreeHosting() throws {
        let result = try verdict("""
            From: Parcel desk <desk@example.net>
            Subject: Delivery

            Track it: https://parcel-desk.top/track and https://parcel-status.netlify.app/
            """)
        #expect(result.reasons.contains { $0.rule == "risky_tld" && $0.detail == "parcel-desk.top" })
        #expect(result.reasons.contains { $0.rule == "free_hosting" && $0.detail == "parcel-status.netlify.app" })
    }

    @Test func filesSharedFromStorageAreNotFreeHostedPages() throws {
        let result = try verdict("""
            From: bot <bot@example.org>
            Subject: Build artifacts

            disk image: https://storage.googleapis.com/ci-assets/disk-1234.raw.xz
            page: https://storage.googleapis.com/bucket/login.html#x
            """)
        let hosts = result.reasons.filter { $0.rule == "free_hosting" }
        #expect(hosts.count == 1)
        #expect(RiskyHostRules.isFileDownload("https://storage.googleapis.com/a/vmlinux-6b0f8db9.xz?x=1"))
        #expect(!RiskyHostRules.isFileDownload("https://storage.googleapis.com/a/page.html#vmlinux.xz"))
        #expect(!RiskyHostRules.isFileDownload("https://example.com"))
    }

    @Test func failedDMARCOrCompositeAuthentication() throws {
        let dmarc = try verdict("""
            Authentication-Results: mx.notifyguard.test; spf=fail smtp.mailfrom=bank.example; dmarc=fail header.from=bank.example
            From: Bank <alerts@bank.example>
            Subject: Hello

            Hello.
            """)
        #expect(dmarc.reasons.contains { $0.rule == "dmarc_fail" && $0.detail == "bank.example" })
        let compauth = try verdict("""
            Authentication-Results: mx.notifyguard.test; spf=none smtp.mailfrom=x.example; dmarc=none header.from=x.example; compauth=fail reason=001
            From: X <a@x.example>
            Subject: Hello

            Hello.
            """)
        #expect(compauth.rules.contains("dmarc_fail"))
        let pass = try verdict("""
            Authentication-Results: mx.notifyguard.test; spf=pass smtp.mailfrom=x.example; dmarc=pass header.from=x.example
            From: X <a@x.example>
            Subject: Hello

            Hello.
            """)
        #expect(!pass.rules.contains("dmarc_fail"))
    }

    /// A registry platform's own brand (Dropbox for Dropbox Sign, sent from hellosign.com) is no impersonation; a
    /// brand the platform's name doesn't carry still is.
    @Test func aRegistryPlatformNamesItsOwnBrand() throws {
        let mail = { (sender: String) in
            """
            Authentication-Results: \(Fixture.authservID); dkim=pass header.d=mail.hellosign.com; spf=pass smtp.mailfrom=mail.hellosign.com
            From: \(sender) via Dropbox Sign <noreply@mail.hellosign.com>
            Subject: \(sender) has requested your signature on Lease.pdf

            \(sender) has requested your signature. This request was sent using Dropbox Sign.
            """
        }
        let own = try verdict(mail("Dropbox Sign"))
        #expect(!own.rules.contains("brand_impersonation"), "\(own.reasons)")
        let other = try verdict(mail("PayPal Billing"))
        #expect(other.reasons.contains { $0.rule == "brand_impersonation" && $0.detail == "PayPal" }, "\(other.reasons)")
    }

    /// A messenger app named in a template's text is a way to reach someone (the contact rules judge it), not an
    /// impersonation of the app; in the display name it still is one.
    @Test func aMessengerNamedInATemplatesTextIsNoImpersonation() throws {
        let invoice = { (displayName: String, note: String) in
            """
            Authentication-Results: \(Fixture.authservID); dkim=pass header.d=paypal.com; spf=pass smtp.mailfrom=paypal.com
            From: "\(displayName)" <service@paypal.com>
            Subject: Invoice from Atelier Lemn Viu SRL (ALV-0093)

            Atelier Lemn Viu SRL sent you an invoice for 4.850,00 RON
            Seller note to customer
            \(note)
            """
        }
        let note = try verdict(invoice("service@paypal.com", "Pentru livrare scrieti-ne pe WhatsApp."))
        #expect(!note.rules.contains("brand_impersonation"), "\(note.reasons)")
        let name = try verdict(invoice("WhatsApp Security", "Pentru livrare scrieti-ne."))
        #expect(name.reasons.contains { $0.rule == "brand_impersonation" && $0.detail == "WhatsApp" }, "\(name.reasons)")
    }

    @Test func brandInAServiceLikeDisplayNameFromAnySender() throws {
        let spoof = try verdict("""
            From: "Microsoft account team" <27ljw@d5pvjttquw.example>
            Subject: Unusual sign-in activity

            We detected something unusual.
            """)
        #expect(spoof.reasons.contains { $0.rule == "brand_impersonation" && $0.detail == "Microsoft" })
        #expect(spoof.action >= .tag)
        let person = try verdict("""
            From: "Jonathan Chase" <jchase@example.org>
            Subject: Re: patch review

            Looks good to me.
            """)
        #expect(!person.rules.contains("brand_impersonation"))
    }

    @Test func subjectTheTemplateNeverUses() throws {
        let auth = "Authentication-Results: mx.notifyguard.test; dkim=pass header.d=firebaseapp.com\n"
        let spam = try verdict(auth + """
            From: Lucky Casino <noreply@lucky-1234.firebaseapp.com>
            Subject: Sie haben gewonnen! 300 Freispiele warten

            Hallo
            """)
        #expect(spam.reasons.contains { $0.rule == "subject_mismatch" })
        let genuine = try verdict(auth + """
            From: Acme <noreply@acme-app.firebaseapp.com>
            Subject: Verify your email for Acme

            Follow this link to verify your email address.
            https://acme-app.firebaseapp.com/__/auth/action?mode=verifyEmail
            """)
        #expect(!genuine.rules.contains("subject_mismatch"))
        #expect(genuine.action == .accept)
        // A Drive share's Subject in Korean ("shared spreadsheet") is the template's own.
        let share = try verdict("""
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=google.com
            From: 김민지 (Google 스프레드시트) <drive-shares-dm-noreply@google.com>
            Subject: 공유된 스프레드시트: "2027 견적서.xlsx"

            김민지님이 스프레드시트를 공유했습니다. https://docs.google.com/spreadsheets/d/1x
            """)
        #expect(!share.rules.contains("subject_mismatch"), "\(share.reasons)")
    }
}

/// Shipped profiles for Microsoft and Google families beyond the tenant template.
@Suite struct ShippedProfileTests {
    @Test func applicationIntegrationMailLinkingToAHostedPage() throws {
        let text = """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=google.com; spf=pass smtp.mailfrom=google.com
            From: Voicemail <noreply-application-integration@google.com>
            Subject: New voicemail received

            You have a new voicemail. Listen: https://storage.googleapis.com/vm-4411/listen.html
            """
        let verdict = Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
        #expect(verdict.profile == "google-application-integration")
        #expect(verdict.rules.isSuperset(of: ["foreign_link", "free_hosting"]))
        #expect(verdict.action >= .tag)
    }

    @Test func ordinaryOneDriveShareIsAccepted() throws {
        let text = """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=sharepointonline.com
            From: "Jane Doe" <no-reply@sharepointonline.com>
            Subject: Jane Doe shared "Q3 plan.xlsx" with you

            Jane Doe shared a file with you. Here's the plan for next quarter.
            Open: https://contoso-my.sharepoint.com/:x:/g/personal/jane/EaBc
            """
        let verdict = Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
        #expect(verdict.profile == "microsoft-sharepoint-onedrive")
        #expect(verdict.action == .accept)
    }

    /// Invitations carry their users' words: a Teams meeting's brand and dial-in numbers are not callback phishing.
    @Test func calendarInvitationToATeamsCallWithDialInNumbers() throws {
        let text = """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=google.com; spf=pass smtp.mailfrom=calendar-server.bounces.google.com
            From: Jane Doe <jane.doe@example.com>
            Sender: Google Calendar <calendar-notification@google.com>
            Subject: Invitation: Quarterly review with the Amazon account team @ Tue Dec 1, 2026 10am - 11am (CET)

            You have been invited to the following event.
            Microsoft Teams meeting
            Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc/0
            Or call in (audio only) +1 323-849-4874,,123456789#   United States, Los Angeles
            Join with Google Meet: https://meet.google.com/abc-defg-hij
            Join by phone (US) +1 575-448-1234 PIN: 123456789#
            Invitation from Google Calendar: https://calendar.google.com/calendar/
            """
        let verdict = Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
        #expect(verdict.profile == "google-calendar")
        #expect(verdict.action == .accept, "\(verdict.reasons)")
        // The same invitation carrying a renewal scam's wording is callback phishing.
        let scam = text.replacingOccurrences(of: "You have been invited to the following event.",
            with: "Your membership renewal of $399.99 will be automatically processed. Helpline number +1 805-670-2199.")
        let scamVerdict = Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(scam.utf8))
        #expect(scamVerdict.rules.isSuperset(of: ["scam_phrase", "callback_phishing"]))
        #expect(scamVerdict.action >= .tag)
    }
}

/// The byte search the brand and sender checks use.
@Suite struct ByteSearchTests {
    @Test func findsEveryPlacementAndOnlyWholeNeedles() {
        let hay = Array(" pay paypal pal paypa".utf8)
        #expect(ByteScan.firstIndex(of: Array("paypal".utf8), in: hay, from: 0) == 5)
        #expect(ByteScan.firstIndex(of: Array("pa".utf8), in: hay, from: 2) == 5)
        #expect(ByteScan.firstIndex(of: Array("paypal ".utf8), in: hay, from: 6) == nil)
        #expect(ByteScan.firstIndex(of: Array("p".utf8), in: hay, from: 21) == nil)
        #expect(ByteScan.firstIndex(of: Array("a".utf8), in: hay, from: 20) == 20)
        #expect(ByteScan.contains(hay, Array("al pa".utf8)))
        #expect(!ByteScan.contains(hay, Array("paypal!".utf8)))
        #expect(!ByteScan.contains([], Array("x".utf8)))
    }
}
