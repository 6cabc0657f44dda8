import Foundation
@testable import NotifyGuardCore
import Testing

/// The slot-aware rules (issue 13, point 2 and 3): a way to reach someone written where a platform's template puts a
/// name (`contact_in_name`, `text_in_name`), next to lure wording in its free text (`contact_with_lure`), in a
/// registry platform's notification without a profile (`platform_contact_lure`), and in a stranger's calendar
/// invitation (`offplatform_invitation`). Hand-written messages; the written evaluation set covers real shapes.
@Suite(.enabled(if: SuffixList.isInstalled, SuffixList.missing)) struct ContactChannelRuleTests {
    private func verdict(_ text: String) throws -> Verdict {
        Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8))
    }

    private func signed(
        by domain: String, from: String, to: String = "jan@example.org", subject: String, headers: String = "",
        body: String
    ) -> String {
        Fixture.signed(by: domain, from: from, to: to, subject: subject, headers: headers, body: body)
    }

    private func tenantWelcome(displayName: String) -> String {
        signed(
            by: "microsoftonline.com", from: "\(displayName) <msonlineservicesteam@microsoftonline.com>",
            subject: "Welcome to Microsoft 365 Business Basic",
            body: "Thank you for choosing Microsoft 365 Business Basic. Your organization's account is ready to use.")
    }

    // MARK: contact_in_name

    @Test(arguments: [
        "Microsoft on behalf of Refund Desk WhatsApp +1 888 555 0101",
        "Microsoft on behalf of Billing Support 1-855-555-0134",
        "Microsoft on behalf of Служба поддержки Telegram @refund_help24",
        "Microsoft on behalf of Helpdesk ＋１ ８８８ ５５５ ０１０１",
        "Microsoft on behalf of Support desk@refund-centre.example.net",
        "Microsoft on behalf of Podpora volejte plus čtyři dva nula sedm sedm sedm jedna dva tři čtyři pět šest",
    ])
    func aContactInATenantNameQuarantinesOnItsOwn(displayName: String) throws {
        let result = try verdict(tenantWelcome(displayName: displayName))
        #expect(result.rules.contains("contact_in_name"), "\(result.reasons)")
        #expect(result.action >= .quarantine, "\(result.reasons)")
    }

    @Test(arguments: [
        "Microsoft on behalf of Contoso Pharma",
        "Microsoft on behalf of 北京星河科技有限公司",
        "Microsoft on behalf of شركة النخبة للتجارة",
        "Microsoft on behalf of Công ty TNHH Sao Mai",
        "Microsoft on behalf of 24/7 Plumbing 2000 Ltd",
    ])
    func anOrdinaryTenantNameIsAccepted(displayName: String) throws {
        let result = try verdict(tenantWelcome(displayName: displayName))
        #expect(result.action == .accept, "\(result.reasons)")
    }

    /// A body name field is read whole and as written: a number in groups (`+971 50 555 0142`), a messenger beside
    /// its handle, and letters standing for digits in capitals are found in any language around them.
    @Test(arguments: [
        ("تم خصم 499 دولار تواصل واتساب +971 50 555 0142", "messenger:whatsapp:+971505550142"),
        ("Hoàn tiền 5.000.000 VND liên hệ Viber 0912 555 014", "messenger:viber:0912555014"),
        ("Sipariş onaylandı destek 0850 555 01 42", "phone:08505550142"),
        ("Renewal Desk 1-800-FLOWERS", "phone:18003569377"),
        ("Vrácení peněz volejte čtyři dva nula sedm sedm sedm jedna dva tři čtyři pět šest", "phone:420777123456"),
    ])
    func aContactWrittenInGroupsInABodyNameFieldIsFound(tenant: String, detail: String) throws {
        let result = try verdict(Fixture.tenantWelcome(tenant: tenant))
        #expect(result.reasons.contains { $0.rule == "contact_in_name" && $0.detail == "field \(detail)" },
            "\(result.reasons)")
        #expect(result.action >= .quarantine, "\(result.reasons)")
    }

    @Test(arguments: ["Contoso Pharma", "深圳市星河电子有限公司", "3M Dental 24/7 Clinic 2", "Fabrikam 2024 12 07 Team"])
    func anOrdinaryTenantInTheBodyIsAccepted(tenant: String) throws {
        let result = try verdict(Fixture.tenantWelcome(tenant: tenant))
        #expect(result.action == .accept, "\(result.reasons)")
    }

    @Test func moneyInATenantNameIsText() throws {
        let result = try verdict(tenantWelcome(displayName: "Microsoft on behalf of Order USD 399.99 Processed"))
        #expect(result.reasons.contains { $0.rule == "text_in_name" && $0.detail.contains("399.99") }, "\(result.reasons)")
        #expect(!result.rules.contains("contact_in_name"))
    }

    private func invitation(
        subject: String, organizer: String = "Bob <bob@gmail.com>", notes: String, calendarPart: Bool = true
    ) -> String {
        let boundary = "b1"
        return """
            Authentication-Results: \(Fixture.authservID); dkim=pass header.d=google.com; spf=pass smtp.mailfrom=google.com; dmarc=pass header.from=google.com
            From: Bob <calendar-notification@google.com>
            Reply-To: \(organizer)
            To: jan@example.org
            Subject: \(subject)
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="\(boundary)"

            --\(boundary)
            Content-Type: text/plain; charset=utf-8

            Bob has invited you to an event.

            \(notes)

            --\(boundary)
            Content-Type: \(calendarPart ? "text/calendar; method=REQUEST" : "application/octet-stream")

            BEGIN:VCALENDAR
            END:VCALENDAR
            --\(boundary)--
            """
    }

    /// Users write event titles ("Call with Bob +1 555 ..."): there a contact counts only beside lure wording.
    @Test func aPhoneInAnEventTitleNeedsLureWording() throws {
        let plain = try verdict(invitation(subject: "Invitation: Call with Bob +1 415 555 0142", notes: "See you."))
        #expect(!plain.rules.contains("contact_in_name"), "\(plain.reasons)")
        let lure = try verdict(
            invitation(subject: "Invitation: Refund desk call +1 888 555 0101", notes: "See you."))
        #expect(lure.reasons.contains { $0.rule == "contact_in_name" && $0.detail.hasPrefix("subject phone:") },
            "\(lure.reasons)")
    }

    // MARK: offplatform_invitation

    @Test func aStrangersInvitationAskingForAMessengerIsFlagged() throws {
        let result = try verdict(invitation(
            subject: "Invitation: Let's talk",
            notes: "I saw your profile. Add me on Telegram @lena_w88 or WhatsApp +44 7700 900142"))
        #expect(result.reasons.contains { $0.rule == "offplatform_invitation" && $0.detail.hasPrefix("messenger:") },
            "\(result.reasons)")
        #expect(result.action >= .quarantine)
    }

    @Test func aColleaguesOrASuppliersInvitationIsNot() throws {
        // The same organisation, a messenger named.
        let colleague = try verdict(invitation(
            subject: "Invitation: Standup", organizer: "Ana <ana@example.org>",
            notes: "Ping me on Telegram @ana_lima if the room changes."))
        #expect(!colleague.rules.contains("offplatform_invitation"), "\(colleague.reasons)")
        // An outside organiser with their own phone number and no lure.
        let supplier = try verdict(invitation(
            subject: "Invitation: Site visit", organizer: "James <james@builder.example.co.uk>",
            notes: "Parking is at gate B. If you're running late, call me on +44 20 7946 0958."))
        #expect(!supplier.rules.contains("offplatform_invitation"), "\(supplier.reasons)")
        // Without a calendar part it is no invitation.
        let mail = try verdict(invitation(
            subject: "Let's talk", notes: "Add me on Telegram @lena_w88", calendarPart: false))
        #expect(!mail.rules.contains("offplatform_invitation"), "\(mail.reasons)")
    }

    /// A group's invitation link is a community's way to talk: alone it is no off-platform ask, beside a lure it is.
    @Test func aGroupInvitationLinkCountsBesideALure() throws {
        let meetup = try verdict(invitation(
            subject: "Invitation: Encuentro de corredores", organizer: "Lucía <lucia@gmail.com>",
            notes: "Nos vemos en el parque. Grupo: https://chat.whatsapp.com/Fq8Lm2RzP0abcd3EGH4ijk"))
        #expect(!meetup.rules.contains("offplatform_invitation"), "\(meetup.reasons)")
        let vip = try verdict(invitation(
            subject: "Invitation: VIP signals", organizer: "Coach <coach@gmail.com>",
            notes: "Guaranteed returns every day. Join: https://chat.whatsapp.com/Fq8Lm2RzP0abcd3EGH4ijk"))
        #expect(vip.rules.contains("offplatform_invitation"), "\(vip.reasons)")
        #expect(MessengerContacts.isGroupInvite("telegram:+AbC123", in: "join t.me/+AbC123 now"))
        #expect(!MessengerContacts.isGroupInvite("telegram:lena_w88", in: "t.me/lena_w88"))
    }

    @Test func conferenceDialInNumbersAreNoContact() throws {
        let result = try verdict(invitation(
            subject: "Invitation: Refund process review",
            notes: """
                Join Zoom Meeting https://us02web.zoom.us/j/31265498712
                One tap mobile +16465550156,,31265498712# US (New York)
                Dial by your location +1 646 555 0156 US (New York)
                """))
        #expect(!result.rules.contains("offplatform_invitation"), "\(result.reasons)")
        #expect(!result.rules.contains("contact_in_name"), "\(result.reasons)")
    }

    /// A conference service writes its dial-in numbers in the text, never in a meeting's title: there a number
    /// beside a lure is the meeting's creator's, whatever conference link the invitation carries.
    @Test func aNumberInAMeetingTitleIsNoDialIn() throws {
        let result = try verdict(signed(
            by: "webex.com", from: "Webex <messenger@webex.com>",
            subject: "Meeting invitation: Microsoft 365 hesabınız askıya alındı – hemen arayın 0850 S55 O1 42",
            body: """
                Microsoft Destek Merkezi invites you to join this Webex meeting.
                Join meeting: https://meet1874.webex.com/meet1874/j.php?MTID=m625a29b9
                Tap to join from a mobile device (attendees only)
                +1-415-555-0139,,25515550149## Call-in toll number (US/Canada)
                """))
        #expect(result.reasons.contains { $0.rule == "contact_in_name" && $0.detail.hasPrefix("subject phone:") },
            "\(result.reasons)")
    }

    @Test(arguments: [
        ("+16465550156,,31265498712#", true),
        ("+1 323-849-4874,,123456789#", true),
        ("tel:+4969505055512,,31265498712#,,,,*482913#", true),
        ("Call +1 646 555 0156 now", false),
        ("order 1234567,,12#", false),
    ])
    func oneTapNumbers(text: String, found: Bool) {
        #expect(DialInNumbers.oneTapNumber(in: text) == found)
    }

    // MARK: contact_with_lure

    private func paypalInvoice(subject: String, note: String) -> String {
        signed(
            by: "paypal.fr", from: "\"service@paypal.fr\" <service@paypal.fr>", subject: subject,
            body: """
                Voici votre facture
                Afficher et payer la facture: https://www.paypal.com/invoice/p/#INV2-E000

                Remarque du vendeur au client
                \(note)
                """)
    }

    @Test func anAddressBesideARefundInAnInvoiceNoteIsFlagged() throws {
        let result = try verdict(paypalInvoice(
            subject: "Facture de Service Clients (FR-0112)",
            note: "Vous avez droit à un remboursement. Écrivez à remboursement.service@proton.me"))
        #expect(result.reasons.contains { $0.rule == "contact_with_lure" && $0.detail.hasPrefix("email:") },
            "\(result.reasons)")
    }

    /// An invoice names an order and its seller's phone: the Subject announces that topic.
    @Test func aSellersPhoneInAnInvoiceIsNot() throws {
        let result = try verdict(paypalInvoice(
            subject: "Facture de Plomberie Martin (FR-0113)",
            note: "Merci pour votre commande. Questions ? Appelez le 01 45 55 01 87."))
        #expect(!result.rules.contains("contact_with_lure"), "\(result.reasons)")
    }

    // MARK: platform_contact_lure

    private func square(subject: String, displayName: String, body: String) -> String {
        signed(
            by: "messaging.squareup.com", from: "\(displayName) <noreply@messaging.squareup.com>", subject: subject,
            body: body)
    }

    @Test func aRegistryPlatformsNotificationWithContactAndLureIsFlagged() throws {
        let result = try verdict(square(
            subject: "Refund pending", displayName: "Refund Department",
            body: "Your refund of $499 is pending. Call +1 888 555 0101 to receive it."))
        #expect(result.reasons.contains { $0.rule == "platform_contact_lure" && $0.detail.hasPrefix("Square phone:") },
            "\(result.reasons)")
    }

    @Test func aRegistryPlatformsInvoiceWithTheSellersContactIsNot() throws {
        let result = try verdict(square(
            subject: "Invoice from Bloom & Vine", displayName: "Bloom & Vine",
            body: "Invoice #0042 for your order: $120.00. Questions? Call +1 503 555 0191 or hello@bloomandvine.example.com"))
        #expect(!result.rules.contains("platform_contact_lure"), "\(result.reasons)")
    }

    private func canvaInvite(team: String, body: String = "") -> String {
        signed(
            by: "canva.com", from: "Canva <no-reply@canva.com>", subject: "You've been invited to join \(team) on Canva",
            body: "You've been invited to join the team \(team). Design together.\n\(body)\nJoin: https://www.canva.com/brand/join")
    }

    /// Where a platform's own mail states no amount (a design tool, a scheduler), an amount in a name beside a way
    /// to call is a callback lure in any language, with no word of any lexicon. Both in one name (here the Subject)
    /// are `contact_in_name`, which quarantines, as in a recognised template.
    @Test(arguments: [
        "Beställning 88213 – 12 995 kr dras idag – frågor 08-465 004 20",
        "Crédito Aprovado R$15.000 – ligue 0800 555 0142",
        "Kerja Sambilan RM350 Sehari – daftar wa.me/60115550142",
    ])
    func anAmountAndAContactInARegistryNameAreALure(team: String) throws {
        let result = try verdict(canvaInvite(team: team))
        #expect(result.reasons.contains { $0.rule == "contact_in_name" && $0.detail.hasPrefix("subject ") },
            "\(result.reasons)")
        #expect(result.action >= .quarantine, "\(result.reasons)")
    }

    /// A messenger contact in a registry name asks the recipient off the platform whatever language the rest is in
    /// (no lexicon word here: Khmer and Hindi), in keycap or other digits.
    @Test(arguments: [
        "ប្រាក់កម្ចីរហ័ស Telegram @loan_kh_fast",
        "शेयर टिप्स VIP WhatsApp ग्रुप +९१ ७०५५५ ०१४३०",
        "Team Signal 0\u{FE0F}\u{20E3}9\u{FE0F}\u{20E3}1\u{FE0F}\u{20E3}7\u{FE0F}\u{20E3} 555 0138",
    ])
    func aMessengerContactInARegistryNameIsContactInName(team: String) throws {
        let result = try verdict(canvaInvite(team: team))
        #expect(result.reasons.contains { $0.rule == "contact_in_name" && $0.detail.contains("messenger:") },
            "\(result.reasons)")
        #expect(result.action >= .quarantine, "\(result.reasons)")
    }

    /// Invisible characters splitting the words of a name hide them from filters: the texts are read without them
    /// (the Telegram handle below), and a name written so is a lure by itself, in any language.
    @Test func invisibleCharactersInANameAreALureAndReadThrough() throws {
        let result = try verdict(canvaInvite(
            team: "Otthoni mun\u{200B}ka napi 25\u{200B}000",
            body: "Jelentkezz Tele\u{200B}gramon: @Munka\u{200D}_Kata\u{200C}_HU"))
        #expect(result.reasons.contains {
            $0.rule == "platform_contact_lure" && $0.detail == "Canva messenger:telegram:@munka_kata_hu"
        }, "\(result.reasons)")
        // Persian spelling and emoji sequences join with them; a name without a contact is only a name.
        for team in ["گروه طراحی می\u{200C}خواهیم", "Family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} trip"] {
            let plain = try verdict(canvaInvite(team: team, body: "Call me on (415) 555-0133."))
            #expect(!plain.rules.contains("platform_contact_lure"), "\(plain.reasons)")
        }
        #expect(InvisibleScalars.splitsAWord("Tele\u{200B}gram"))
        #expect(InvisibleScalars.splitsAWord("25\u{2060}000"))
        #expect(!InvisibleScalars.splitsAWord("می\u{200C}خواهیم"))
        #expect(!InvisibleScalars.splitsAWord("end.\u{200B} Next"))
        #expect(InvisibleScalars.removed(from: "vide\u{200C}ók \u{00AD}x می\u{200C}خ") == "videók x می\u{200C}خ")
    }

    /// What a platform's users write about anyway is no lure beside their own contacts: a survey's prize draw beside
    /// its ethics board's phone, a neighbour's reward for a lost dog beside her phone, a shop's deployment note
    /// updating its phone ("更新" is an update as much as a renewal). A prize in a form's title still is.
    @Test func topicsUsersWriteAboutAnywayAreNoLure() throws {
        let messages = [
            Fixture.signed(
                by: "qemailserver.com", from: "University Student Affairs <noreply@qemailserver.com>",
                subject: "Autumn 2026 Residence Survey",
                body: "Respondents may enter a prize draw for one of 50 campus-card top-ups.\nQuestions: +86 10 5550 0135."),
            Fixture.signed(
                by: "nextdoor.com", from: "Nextdoor Pico-Union <no-reply@is.email.nextdoor.com>",
                subject: "Se perdió perrita: Canela",
                body: "Si la ven, llamen al (213) 555-0126 (Rosa). Ofrecemos recompensa de $100."),
            Fixture.signed(
                by: "vercel.com", from: "Vercel <notifications@vercel.com>", subject: "Deployment ready: hoshizora-shop",
                body: "Commit: 価格表示を修正＋お問い合わせ電話番号を０３－５５５５－０１３８に更新"),
        ]
        for message in messages {
            let result = try verdict(message)
            #expect(!result.rules.contains("platform_contact_lure"), "\(result.reasons)")
        }
        let prizeForm = try verdict(Fixture.signed(
            by: "qemailserver.com", from: "You won a prize draw <noreply@qemailserver.com>",
            subject: "Claim it: call +1 888 555 0135", body: "Take the survey."))
        #expect(prizeForm.action >= .tag, "\(prizeForm.reasons)")
    }

    /// A shop's name may give the messenger its customers reach it on: on a payments platform a messenger in a name
    /// still needs a lure, and a group that only names a messenger gives no contact.
    @Test func aShopsMessengerAndAGroupNamingOneAreNoContactInName() throws {
        let invoice = signed(
            by: "squareup.com", from: "Doces da Ana <no-reply@messaging.squareup.com>",
            subject: "Invoice #000142 from Doces da Ana WhatsApp +55 11 95555-0142",
            body: "Doces da Ana sent you an invoice for R$ 180,00.\nPay invoice: https://squareup.com/pay-invoice/abc")
        let group = canvaInvite(team: "Family WhatsApp group photos")
        for message in [invoice, group] {
            let result = try verdict(message)
            #expect(!result.rules.contains("contact_in_name"), "\(result.reasons)")
            #expect(result.action == .accept, "\(result.reasons)")
        }
    }

    /// A channel in one name and the lure in another place stay `platform_contact_lure`.
    @Test func aContactAndALureInDifferentPlacesAreTheRegistryRule() throws {
        let result = try verdict(canvaInvite(team: "Helpdesk 08-465 004 20", body: "Your refund of 12 995 kr is ready."))
        #expect(result.reasons.contains { $0.rule == "platform_contact_lure" && $0.detail.hasPrefix("Canva ") },
            "\(result.reasons)")
        #expect(!result.rules.contains("contact_in_name"), "\(result.reasons)")
    }

    /// Business talk in the opening text (a shipment, an invoice) with the writer's own phone is no lure; nor is an
    /// amount without a contact, or a contact without an amount or lure.
    @Test func businessTalkAndPlainTeamNamesAreNoLure() throws {
        for message in [
            canvaInvite(team: "Northwind Marketing", body: "We track the shipment and the invoice here. Call me on (415) 555-0133."),
            canvaInvite(team: "Budget 2027 – 12 995 kr"),
            canvaInvite(team: "Helpdesk 08-465 004 20"),
            // A link's query names no crypto token: links and addresses are no wording.
            canvaInvite(team: "Design Crew", body: "Open https://www.canva.com/brand/join?invitation_token=4854fbd2 or call (415) 555-0133."),
        ] {
            let result = try verdict(message)
            #expect(!result.rules.contains("platform_contact_lure"), "\(result.reasons)")
        }
    }

    @Test(arguments: [
        ("RM350 sehari", "RM350"), ("R$1.280,00 liberado", "R$1.280,00"), ("12 995 kr dras", "995"),
        ("vrácení 4 990 Kč", "990"), ("₱50,000 loan", "₱50,000"), ("คืนเงิน ๓,๕๐๐ บาท", "๓,๕๐๐"), ("2.349,00 lei", "2.349,00"),
        ("149 990 Ft", "990"), ("Rp4.299.000", "Rp4.299.000"), ("۱۲,۵۰۰ روپے کی واپسی", "۱۲,۵۰۰"),
        ("600.000 динара", "600.000"), ("KSh2,000 kila siku", "KSh2,000"), ("৳ 5,000", "5,000"),
    ])
    func moneyAmountsInMoreCurrencies(text: String, amount: String) {
        #expect(FieldText.moneyAmounts(in: text) == [amount])
    }

    /// Words that sit beside numbers in sentences are no currencies: Romanian "din" (of), Bulgarian "ден" (day).
    @Test func countsBesideWordsAreNoAmounts() {
        #expect(FieldText.moneyAmounts(in: "Pasul 2 din 3: confirmă adresa") == [])
        #expect(FieldText.moneyAmounts(in: "След 5 ден ще получите") == [])
    }

    /// An invoice for a renewal with the seller's own phone is what invoicing platforms send every day; the fake
    /// renewal's refund to claim still counts.
    @Test func aRenewalInvoiceWithTheSellersPhoneIsNoLure() throws {
        let genuine = try verdict(square(
            subject: "Invoice from Pixel & Oak Studio", displayName: "Pixel & Oak Studio",
            body: "Hosting and maintenance renewal 2027: $480.00. Questions? Call us at (503) 555-0119."))
        #expect(!genuine.rules.contains("platform_contact_lure"), "\(genuine.reasons)")
        let fake = try verdict(square(
            subject: "Invoice from Protection Dept", displayName: "Protection Dept",
            body: "Your plan renewal of $429.99 was charged. For a refund call (888) 555-0177."))
        #expect(fake.rules.contains("platform_contact_lure"), "\(fake.reasons)")
    }

    /// The opening text holds the platform's own sentences: "this invitation will expire" a paragraph away from
    /// the inviter's own address is no lure beside it. A refund receipt with the shop's own number, and a booking
    /// with its price and the clinic's contacts, are what those platforms send. A lure in the lines next to a
    /// channel still counts.
    @Test func theOpeningsOwnSentencesReceiptsAndPricesAreNoLure() throws {
        let genuine = [
            signed(
                by: "slack.com", from: "Slack <feedback@slack.com>",
                subject: "佐藤 健太 has invited you to work with them in Slack",
                body: """
                    Join your team on Slack

                    佐藤 健太 (k.sato@minato-butsuryu.example.jp) has invited you to use Slack with them, in a workspace called みなと物流 開発チーム.

                    Join Now: https://join.slack.com/t/minato-dev/shared_invite/zt-32ec3822

                    If you don't want to join, you can ignore this email. This invitation will expire in 30 days.
                    """),
            square(
                subject: "Receipt for your refund from Harbor Street Coffee", displayName: "Harbor Street Coffee",
                body: """
                    $18.50 refunded

                    Oat latte (16 oz) x2: $11.50
                    Refund total: $18.50

                    Refunds usually take 5-10 business days to appear on your statement.

                    Harbor Street Coffee
                    1120 Harbor Street, Seattle, WA 98101
                    (206) 555-0143
                    """),
            signed(
                by: "acuityscheduling.com", from: "Šypsenos klinika <no-reply@acuityscheduling.com>",
                subject: "Appointment Confirmed: Burnos higiena (60 min) – 55,00 € on Wednesday, December 9, 2026",
                body: """
                    Your appointment is confirmed.
                    Where: Gedimino pr. 5, Vilnius · tel. +370 5 255 0142
                    Jei negalite atvykti, praneškite tel. +370 5 255 0142 arba registratura@sypsenos-klinika.example.lt.
                    """),
        ]
        for message in genuine {
            let result = try verdict(message)
            #expect(!result.rules.contains("platform_contact_lure") && !result.rules.contains("contact_in_name"),
                "\(result.reasons)")
        }
        let near = try verdict(square(
            subject: "Invoice from Protection Dept", displayName: "Protection Dept",
            body: "Thank you for your business.\n\nYour refund of $429.99 is ready.\nTo receive it\ncall (888) 555-0177."))
        #expect(near.rules.contains("platform_contact_lure"), "\(near.reasons)")
    }

    /// A post a mailing list relays is its author's, not the platform's notification.
    @Test func aListPostIsNoNotification() throws {
        let result = try verdict(signed(
            by: "googlegroups.com", from: "'Jane Doe' via kasan-dev <kasan-dev@googlegroups.com>",
            subject: "Re: refund of the conference fee",
            headers: "List-Id: <kasan-dev.googlegroups.com>\nList-Post: <mailto:kasan-dev@googlegroups.com>\n",
            body: "The refund goes out next week; call me on +49 30 5550 1234 if it doesn't arrive."))
        #expect(!result.rules.contains("platform_contact_lure"), "\(result.reasons)")
    }

    static let contactRules: Set<String> = [
        "contact_in_name", "text_in_name", "contact_with_lure", "platform_contact_lure", "offplatform_invitation",
    ]

    /// The written genuine notifications and the genuine template samples (invoices with the seller's phone,
    /// dial-ins, tenants named in many scripts, security codes): none of these rules fires.
    @Test func genuineNotificationsFireNoContactRule() throws {
        let policy = try Fixture.shippedPolicy()
        var files = WrittenEvaluationSetTests.manifest.filter { $0.label != "abuse" }.map { "written-eval/\($0.file)" }
        for set in WrittenEvaluationSetTests.templateSets {
            files += try WrittenEvaluationSetTests.emlFiles(in: "templates/\(set.folder)").map { "templates/\(set.folder)/\($0)" }
        }
        #expect(files.count >= 120)
        for file in files {
            let fired = Scorer(policy: policy).score(rawMessage: try Fixture.bytes(file)).rules
            #expect(fired.isDisjoint(with: Self.contactRules), "\(file): \(fired)")
        }
    }

    // MARK: the scans the rules rest on

    @Test func anIPv4AddressIsNoPhoneNumber() {
        let extractor = LinkExtractor(psl: SuffixList.installed, maxLinks: 8)
        let channels = ContactChannelScanner.channels(
            in: "Doména hostuje na 198.51.100.7, dříve (203.0.113.45). Volejte 021 555 0178.", extractor: extractor)
        #expect(channels.map(\.detail) == ["phone:0215550178"], "\(channels)")
        #expect(ContactChannelScanner.isIPv4Address(ArraySlice("(10.0.0.1),".utf8)))
        #expect(!ContactChannelScanner.isIPv4Address(ArraySlice("1.888.555.0142".utf8)))
        #expect(!ContactChannelScanner.isIPv4Address(ArraySlice("21.555.01.42".utf8)))
        #expect(!ContactChannelScanner.isIPv4Address(ArraySlice("21.255.01.42".utf8)))
        #expect(ContactChannelScanner.isIPv4Address(ArraySlice("0.0.0.0".utf8)))
    }

    @Test func digitsInsideLinksAndAddressesAreNoPhoneNumber() {
        let extractor = LinkExtractor(psl: SuffixList.installed, maxLinks: 8)
        let channels = ContactChannelScanner.channels(
            in: "View online: https://epl.example.com/H/2/v60000018802c84a0fb2/HTML or write to jo123456789@example.com"
                + " with the security code E1B8742945902FB50084055F2733C16F",
            extractor: extractor)
        #expect(!channels.contains { $0.kind == .phone }, "\(channels)")
        let lookalikes = ContactChannelScanner.channels(in: "Call 1-8OO-555-O199 or 1-800-FLOWERS", extractor: extractor)
        #expect(lookalikes.filter { $0.kind == .phone }.count == 2, "\(lookalikes)")
    }

    @Test func aMessengerNameMayTouchAnUnspacedScript() {
        #expect(MessengerContacts.contacts(in: "キャンセルはLINE ID: cancel_jp24 まで") == ["line:cancel_jp24"])
        #expect(MessengerContacts.contacts(in: "Underline ID: x12345").isEmpty)
    }

    /// A recipient at a mailbox provider shares its domain with strangers: their addresses are not explained.
    @Test func aMailboxProvidersDomainExplainsNoAddress() throws {
        let text = signed(
            by: "messaging.squareup.com", from: "Refund Department <noreply@messaging.squareup.com>",
            to: "jan@gmail.com", subject: "Refund pending",
            body: "Your refund is waiting. Write to refunds.desk@gmail.com to receive it.")
        let result = try verdict(text)
        #expect(result.reasons.contains { $0.rule == "platform_contact_lure" && $0.detail.hasSuffix("email:refunds.desk@gmail.com") },
            "\(result.reasons)")
    }

    @Test func aMessengerLinkMustStartItsHost() {
        #expect(MessengerContacts.contacts(in: "![logo](https://hamsterkombat.me/coin.png)").isEmpty)
        #expect(MessengerContacts.contacts(in: "Chat: https://t.me/refund_help24") == ["telegram:refund_help24"])
    }
}
