import Foundation
@testable import NotifyGuardCore
import Testing

/// The generic notification model beyond the registry (`unlisted_platform_contact`): an authenticated automated
/// sender neither a profile nor `platforms.yaml` knows, whose display name, Subject or a name the opening quotes
/// carries a contact channel and lure wording under a name that isn't the sender's. Hand-written messages from
/// invented platforms.
@Suite(.enabled(if: SuffixList.isInstalled, SuffixList.missing)) struct UnlistedPlatformTests {
    private func verdict(_ text: String) throws -> Verdict {
        Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
    }

    /// An invitation from a workspace tool that no list names, with `name` where its user named the workspace.
    private func invitation(displayName: String = "Teamflow", subject: String, name: String) -> String {
        Fixture.signed(
            by: "notify.teamflowapp.io", from: "\"\(displayName)\" <no-reply@notify.teamflowapp.io>", subject: subject,
            body: """
                Hi Jan,

                You have been invited to join the workspace \(name) on Teamflow.
                Accept the invitation: https://app.teamflowapp.io/invite/7f3a9c

                Teamflow Inc., 100 Main Street, San Francisco
                """)
    }

    @Test(arguments: [
        // A phone in the display name, the lure in the Subject.
        ("Billing Support +1 (888) 555-0142", "Your refund of $499.99 is pending", "\"Accounts\""),
        // Everything in a quoted workspace name, in Spanish, with a messenger.
        ("Teamflow", "Invitación a un espacio de trabajo", "«Reembolso pendiente WhatsApp +34 612 555 014»"),
        // A German Subject with the number, the name in typographic quotes.
        ("Teamflow", "Ihre Erstattung über 349 € – rufen Sie 0800 555 0142 an", "„Kundendienst“"),
        // A Chinese name in corner brackets: refund hotline and number.
        ("Teamflow", "邀请您加入工作区", "「退款专线 +86 400 555 0142」"),
        // A Subject that names the platform; an amount beside the number is the lure, with no word of any list.
        ("Teamflow", "Kundtjänst invited you to Beställning 88213 – 12 995 kr dras idag – frågor 08-465 004 20 on Teamflow",
            "\"Kundtjänst\""),
        // A brand the sender isn't, in the name of the workspace.
        ("Teamflow", "Amazon Order Desk invited you to a workspace", "\"Prime cancel line 1800-555-0142\""),
        // A domain to visit and crypto.
        ("Teamflow", "You've been invited", "\"Claim your BTC bonus at btc-bonus-claim.top\""),
    ])
    func aContactAndALureWhereAUserWritesAreFlagged(displayName: String, subject: String, name: String) throws {
        let result = try verdict(invitation(displayName: displayName, subject: subject, name: name))
        #expect(
            result.reasons.contains { $0.rule == "unlisted_platform_contact" && $0.detail.hasPrefix("teamflowapp.io ") },
            "\(result.reasons)")
        #expect(result.action >= .tag, "\(result.reasons)")
    }

    /// A shop's or a club's own mail names itself beside its own number; an order or a charge is what such mail is
    /// about; a contact without a lure is a name; a list post is its author's; a registry platform has its own rule.
    @Test func ownNamesOrdersAndOtherSendersAreNot() throws {
        let messages = [
            Fixture.signed(
                by: "acmepharmacy.com", from: "\"Acme Pharmacy (503) 555-0142\" <no-reply@acmepharmacy.com>",
                subject: "Your refund has been issued", body: "We refunded $12.40 to your card."),
            Fixture.signed(
                by: "mail.bobsplumbingllc.com", from: "\"Bob's Plumbing 503-555-0177\" <noreply@bobsplumbingllc.com>",
                subject: "Your service plan renewal", body: "Your yearly plan renews on 1 January."),
            Fixture.signed(
                by: "northwind-outfitters.com", from: "\"Northwind Orders\" <no-reply@northwind-outfitters.com>",
                subject: "Order 55120 confirmed – questions? 1-800-555-0100",
                body: "Thank you for your order. We charge your card when it ships."),
            invitation(subject: "You've been invited", name: "\"Design Crew 503 555 0142\""),
            Fixture.signed(
                by: "notify.teamflowapp.io", from: "\"Billing Support +1 (888) 555-0142\" <no-reply@notify.teamflowapp.io>",
                subject: "Your refund is pending",
                headers: "List-Id: <billing.lists.teamflowapp.io>\n", body: "Posted to the billing list."),
            // A support agent's answer is a conversation, not a platform's notice.
            Fixture.signed(
                by: "smallco-store.com", from: "\"Dana Price – 503-555-0160\" <support@smallco-store.com>",
                subject: "Re: refund for order 55120", headers: "In-Reply-To: <q-55120@mail.example.org>\n",
                body: "Hi Jan, the refund is on its way."),
            // Signed by someone else than From's domain: no platform vouches for it (other rules judge that).
            Fixture.signed(
                by: "bulk-mailer.example", from: "\"Billing Support +1 (888) 555-0142\" <no-reply@notify.teamflowapp.io>",
                subject: "Your refund is pending", body: "Call us."),
        ]
        for message in messages {
            let result = try verdict(message)
            #expect(!result.rules.contains("unlisted_platform_contact"), "\(result.reasons)")
        }
        // A registry platform's notification is the registry rule's.
        let square = try verdict(Fixture.signed(
            by: "messaging.squareup.com", from: "Refund Department <noreply@messaging.squareup.com>",
            subject: "Refund pending", body: "Your refund of $499 is pending. Call +1 888 555 0101 to receive it."))
        #expect(square.rules.contains("platform_contact_lure"), "\(square.reasons)")
        #expect(!square.rules.contains("unlisted_platform_contact"), "\(square.reasons)")
    }

    /// Small products send from `hello@`, `team@` or `bot@`; a messenger contact in a name there needs no lure word
    /// (Khmer here, in no lexicon), while a messenger named without a number or handle, the sender's own name with
    /// its number, and a person's address (`talbot@`) are not flagged.
    @Test func productSendersAndMessengerContacts() throws {
        let workspace = "ប្រាក់កម្ចីរហ័ស Telegram @loan_kh_fast ០៩៥ ៥៥៥ ០១៤៧"
        for sender in ["hello@tallyroll.io", "team@tallyroll.io", "notify-bot@tallyroll.io"] {
            let result = try verdict(Fixture.signed(
                by: "tallyroll.io", from: "Tallyroll <\(sender)>",
                subject: "You've been invited to join \(workspace) on Tallyroll",
                body: "Join \(workspace)\n\nAccept invitation: https://app.tallyroll.io/invite/7Hq2"))
            #expect(result.reasons.contains {
                $0.rule == "unlisted_platform_contact" && $0.detail == "tallyroll.io messenger:telegram:@loan_kh_fast"
            }, "\(sender) \(result.reasons)")
        }
        let messages = [
            Fixture.signed(
                by: "tallyroll.io", from: "Tallyroll <hello@tallyroll.io>",
                subject: "Join our WhatsApp community for tips", body: "Tips every week."),
            // The sender's own channel, its name in the handle.
            Fixture.signed(
                by: "tallyroll.io", from: "Tallyroll <hello@tallyroll.io>",
                subject: "New: follow us on Telegram @tallyroll_news", body: "Release notes every week."),
            Fixture.signed(
                by: "docesdaana.com.br", from: "\"Doces da Ana WhatsApp (11) 95555-0142\" <hello@docesdaana.com.br>",
                subject: "Seu pedido 5512 foi enviado", body: "Obrigada pela compra!"),
            Fixture.signed(
                by: "example-law.com", from: "\"Mark Talbot\" <mark.talbot@example-law.com>",
                subject: "Call me: WhatsApp +44 7700 900123", body: "About the lease."),
        ]
        for message in messages {
            let result = try verdict(message)
            #expect(!result.rules.contains("unlisted_platform_contact"), "\(result.reasons)")
        }
        #expect(MessageContext.isProductSender("Hello@Example.com"))
        #expect(MessageContext.isProductSender("team.updates@example.com"))
        #expect(!MessageContext.isProductSender("talbot@example.com"))
        #expect(!MessageContext.isProductSender("steamteamx@example.com"))
    }

    /// The opening text of an unlisted automated sender's mail is its user's too (a board's or a group's
    /// description, a booking note), but also the sender's own business: there a messenger contact counts where a
    /// quoted name holds a lure, a phone or messenger beside an investment, and a messenger beside a brand
    /// the sender isn't. A bank's notice of unusual activity with its number, a shop's refund line on WhatsApp and a
    /// club's WhatsApp group are none of these.
    @Test func theOpeningTextCountsWithMore() throws {
        func mail(_ subject: String, _ text: String) -> String {
            Fixture.signed(
                by: "kanbly.io", from: "Kanbly <system@kanbly.io>", subject: subject,
                body: "You've been invited to a board\n\n\(text)\n\nJoin board: https://kanbly.io/invite/brd_q8Lr2Vx0")
        }
        let flagged = [
            mail("Pos Kastam invited you to \"Bungkusan anda ditahan – bayar RM 3.50\"",
                 "Board description: Untuk bantuan, tambah WeChat ID: posmy_kastam2026"),
            mail("Coach Dan added you to Daily Circle",
                 "About this group: guaranteed returns trading gold.\nMessage Coach Dan on WhatsApp +1 (415) 555-0168."),
            mail("New booking: Šišanje",
                 "Napomena: Odmah pozovite tehničku podršku Microsoft preko Vibera: +381 64 555 0159."),
        ]
        for message in flagged {
            let result = try verdict(message)
            #expect(result.rules.contains("unlisted_platform_contact"), "\(result.reasons)")
        }
        let accepted = [
            mail("Security notice", "We noticed unusual activity on your card. Call us at 1-800-555-0100."),
            mail("Your refund", "Questions about your refund? WhatsApp +55 11 95555-0142."),
            mail("You joined Riverside Runners", "Group description: join our WhatsApp group +1 415 555 0168 for rides."),
            // Scam wording beside a phone is callback_phishing's: not counted twice.
            mail("Card activity", "We blocked an unauthorized charge. Call our billing helpline on +1 800 555 0100."),
        ]
        for message in accepted {
            let result = try verdict(message)
            #expect(!result.rules.contains("unlisted_platform_contact"), "\(result.reasons)")
        }
    }

    /// A callback in the display name of mail no notification model describes (a newsletter tool's sending domain, a
    /// stranger's mailbox) is flagged; a shop naming itself with its number, an order desk, or a person's name with
    /// a phone are not.
    @Test func aCallbackInAnyDisplayNameIsFlagged() throws {
        for (domain, from) in [
            ("convertkit-mail9.com", "\"Order #88127 $499.00 Refund Desk | Call +1 (888) 555-0181\" <refunddesk2026@convertkit-mail9.com>"),
            ("example.net", "\"Norton Renewal Dept WhatsApp +1 808 555 0147\" <desk@example.net>"),
        ] {
            let result = try verdict(Fixture.signed(
                by: domain, from: from, subject: "Confirm your subscription", body: "Please confirm: https://example.org/c"))
            #expect(result.rules.contains("display_name_contact"), "\(result.reasons)")
        }
        for (domain, from) in [
            ("acmepharmacy.com", "\"Acme Pharmacy (503) 555-0142 – refunds\" <orders@acmepharmacy.com>"),
            ("example.net", "\"Northwind Orders 1-800-555-0100\" <desk@example.net>"),
            ("example-law.com", "\"Dana Price – 503-555-0160\" <dana@example-law.com>"),
        ] {
            let result = try verdict(Fixture.signed(
                by: domain, from: from, subject: "Your order shipped", body: "Thank you."))
            #expect(!result.rules.contains("display_name_contact"), "\(result.reasons)")
        }
    }

    /// Automated senders write their local parts in any case (`DoNotReply`, `NoReply`).
    @Test func aLocalPartInCapitalsIsAnAutomatedSendersToo() throws {
        let result = try verdict(Fixture.signed(
            by: "signupgenius.com", from: "Billing Department via SignUpGenius <DoNotReply@signupgenius.com>",
            subject: "You're Invited to Sign Up: Norton 360 Renewal $499.99 Processed – Call 1-8\u{200B}88-5\u{200B}55-0147",
            body: "Billing Department has invited you to sign up."))
        #expect(result.rules.contains("unlisted_platform_contact"), "\(result.reasons)")
    }

    @Test(arguments: [
        ("Acme Pharmacy", "acmepharmacy", true),
        ("Bob's Plumbing", "bobsplumbingllc", true),
        ("The Acme Pharmacy Group", "acmepharmacy", true),
        ("Team Billing", "teamflowapp", false),
        ("Billing Support +1 888", "teamflowapp", false),
    ])
    func aNameNamesTheSenderByHalfItsLabelOrMore(place: String, label: String, names: Bool) {
        #expect(UnlistedPlatformContactRule.namesSender(label, place) == names)
    }

    @Test func quotedNamesAreReadOnOneLineAndBounded() {
        #expect(QuotedNames.names(in: "join \"Acme Team\" and «Équipe» or „Team“ and 「チーム」 ‘Crew’") ==
            ["Acme Team", "Équipe", "Team", "チーム", "Crew"])
        // Unclosed, across a line break, empty and overlong stretches are no names.
        #expect(QuotedNames.names(in: "say \"hello\nworld\" now") == [])
        #expect(QuotedNames.names(in: "\"  \" and \"") == [])
        #expect(QuotedNames.names(in: "\"" + String(repeating: "a", count: QuotedNames.maxBytes + 1) + "\"") == [])
        #expect(QuotedNames.names(in: String(repeating: "\"x\" ", count: 20)).count == QuotedNames.maxNames)
    }
}
