from platforms import *


def L(platform, slug, tlang, flang, field, tags, note=""):
    return base("legit-notify/%s__%s.eml" % (platform, slug), platform, "legit", tlang, flang, field, tags, note)


def all_legit():
    out = []

    # 1 Zoom webinar registration, English, dial-ins
    topic = "Q1 2027 Product Roadmap Webinar"
    out.append(mk(L("zoom", "en-webinar-registration-dialins", "en", "en", "webinar topic, host name",
                    "hn-dialin-zoom,hn-meeting-id,ordinary"),
        from_name="Northwind Analytics", to="priya.shah@example.org", subject="%s Confirmation" % topic, date=D(2026, 12, 1, 16, 40, 12),
        reply_to=("Northwind Analytics Events", "events@northwind-analytics.example.com"),
        blocks=[("p", "Hi Priya Shah,"), ("p", "Thank you for registering for \"%s\"." % topic),
                ("p", "Please submit any questions to: events@northwind-analytics.example.com"),
                ("kv", [("Date Time:", "Dec 10, 2026 11:00 AM Eastern Time (US and Canada)"),
                        ("Description:", "Our product team walks through what ships in January–March 2027, followed by a 15-minute Q&A.")]),
                ("p", "Join from PC, Mac, iPad, or Android:"),
                ("btn", "Join Webinar", "https://us06web.zoom.us/w/86155501427?tk=%s" % hexid("zoom-en", 40)),
                ("kv", [("Passcode:", "204611"), ("Webinar ID:", "861 5550 1427"),
                        ("Or One tap mobile:", "+16465550147,,86155501427#,,,,*204611# US (New York)\n+13125550163,,86155501427#,,,,*204611# US (Chicago)"),
                        ("Or Telephone:", "Dial(for higher quality, dial a number based on your current location):\n+1 646 555 0147 US (New York)\n+1 312 555 0163 US (Chicago)\nInternational numbers available: https://us06web.zoom.us/u/kd7QxR2mN")]),
                ("p", "You can cancel your registration at any time.")]))

    # 2 Microsoft Teams meeting invite from a company mailbox, German, dial-in
    k = hexid("teams-de", 32)
    join = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d" % (rnd("teams-de-j", 48), hexid("tid", 8))
    desc = ("Hallo zusammen,\n\nwie besprochen gehen wir die Logistikkosten Q4 durch (Frachtrechnungen Nr. 2026-4471 bis 2026-4519, Summe 84.312,50 EUR). "
            "Bitte die Tabelle vorab ansehen.\n\nViele Grüße\nKatrin Hartmann\nLeitung Controlling · Tel. +49 40 555 01427")
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams Benötigen Sie Hilfe?\nJetzt an der Besprechung teilnehmen\nBesprechungs-ID: 385 555 014 227\nKennung: Vb9Zq3\n"
             "________________________________\nEinwählen per Telefon\n+49 69 555 01429,,918273645# Deutschland, Frankfurt am Main\n"
             "Telefonkonferenz-ID: 918 273 645#\nLokale Nummer suchen | PIN zurücksetzen\nFür Organisatoren: Besprechungsoptionen\n"
             "________________________________________________________________________________")
    teams_html = ('<div style="width:100%%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">____________</span></div>'
                  '<div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams</span> '
                  '<a href="https://aka.ms/JoinTeamsMeeting?omkt=de-DE">Benötigen Sie Hilfe?</a></div>'
                  '<div style="margin-bottom:20px"><a href="%s" style="font-size:20px;font-weight:600;color:#5B5FC7">Jetzt an der Besprechung teilnehmen</a></div>'
                  '<div style="margin-bottom:20px"><span style="color:#616161">Besprechungs-ID: </span><span>385 555 014 227</span><br>'
                  '<span style="color:#616161">Kennung: </span><span>Vb9Zq3</span></div>'
                  '<div><span style="font-weight:600">Einwählen per Telefon</span><br><a href="tel:+496955501429,,918273645#">+49 69 555 01429,,918273645#</a> Deutschland, Frankfurt am Main<br>'
                  '<span style="color:#616161">Telefonkonferenz-ID: </span>918 273 645#<br><a href="https://dialin.teams.microsoft.com/%s">Lokale Nummer suchen</a> | '
                  '<a href="https://dialin.teams.microsoft.com/usp/pstnconferencing">PIN zurücksetzen</a></div>') % (h(join), hexid("dial", 36))
    out.append(mk(L("teams", "de-meeting-invite-dialin-invoice-numbers", "de", "de", "meeting subject, meeting body (organiser's text and Teams block)",
                    "hn-dialin-teams,hn-meeting-id,hn-sender-phone,hn-money-in-body,hn-invoice-numbers",
                    "sent from the organiser's own Exchange Online mailbox; company domain invented (.example)"),
        from_name="Katrin Hartmann", from_addr="k.hartmann@hartmann-logistik.example", dkim_d="hartmann-logistik.example",
        mailfrom="hartmann-logistik.example", return_path="k.hartmann@hartmann-logistik.example", msgdom="DB9PR07MB8867.eurprd07.prod.outlook.com",
        rcv_host="mail-db8eur05on2071.outbound.protection.outlook.com",
        to="t.becker@example.org", subject="Abstimmung Logistikkosten Q4", date=D(2026, 12, 2, 9, 5, 33), lang="de",
        extra_dkim=[("hartmannlogistik.onmicrosoft.com", "selector1-hartmannlogistik-onmicrosoft-com")],
        blocks=[("p", desc), ("raw", teams, teams_html)],
        calendar=dict(tz="W. Europe Standard Time", start="20261208T140000", end="20261208T150000", prodid="Microsoft Exchange Server 2010",
                      uid="040000008200E00074C5B7101A82E008000000%s" % hexid("teams-uid", 24).upper(), stamp="20261202T090533Z",
                      org_cn="Katrin Hartmann", org="k.hartmann@hartmann-logistik.example",
                      attendees=[("Thomas Becker", "t.becker@example.org")], summary="Abstimmung Logistikkosten Q4",
                      location="Microsoft Teams-Besprechung", description=desc + "\n\n" + teams)))

    # 3 Webex, Korean title and host, meeting number, call-in
    title = "2026년 4분기 영업 실적 회의"
    k = hexid("webex-ko", 32)
    out.append(mk(L("webex", "ko-meeting-invite-korean-title-callin", "en", "ko", "meeting title, host name",
                    "hn-dialin-webex,hn-meeting-id,hn-nonlatin-name"),
        from_name="Webex", to="s.lee@example.org", subject="Meeting invitation: %s" % title, date=D(2026, 11, 27, 0, 31, 10),
        reply_to=("김지훈", "jihoon.kim@hanbit-trading.example.kr"),
        blocks=[("p", "김지훈 invites you to join this Webex meeting."), ("h2", title),
                ("kv", [("Meeting number (access code):", "2554 555 0142"), ("Meeting password:", "Q4sales!"),
                        ("When:", "Monday, December 7, 2026 2:00 PM | 1 hour | (UTC+09:00) Seoul")]),
                ("btn", "Join meeting", "https://hanbit-trading.webex.com/hanbit-trading/j.php?MTID=m%s" % k),
                ("p", "More ways to join:\nJoin by meeting number\nMeeting number (access code): 2554 555 0142\nMeeting password: Q4sales!\n\n"
                      "Tap to join from a mobile device (attendees only)\n+82-2-555-0148,,25545550142## Korea Toll\n\nJoin by phone\n+82-2-555-0148 Korea Toll\nGlobal call-in numbers"),
                ("small", "If you are a host, go here to view host information.\nNeed help? Go to https://help.webex.com")]))

    # 4 Slack, Japanese workspace name
    ws = "みなと物流 開発チーム"
    out.append(mk(L("slack", "ja-workspace-invite-japanese-name", "en", "ja", "workspace name, inviter name",
                    "hn-nonlatin-name,ordinary"),
        from_name="Slack", to="h.suzuki@example.org", subject="佐藤 健太 has invited you to work with them in Slack", date=D(2026, 11, 24, 2, 14, 55),
        blocks=[("h1", "Join your team on Slack"),
                ("p", "佐藤 健太 (k.sato@minato-butsuryu.example.jp) has invited you to use Slack with them, in a workspace called %s." % ws),
                ("btn", "Join Now", "https://join.slack.com/t/minato-dev/shared_invite/zt-%s" % hexid("slack-ja", 20)),
                ("kv", [("Workspace URL", "minato-dev.slack.com")]),
                ("p", "Slack is a messaging app for teams, a place you can collaborate on projects and organize conversations — so you can work together, no matter where you are."),
                ("small", "If you don't want to join, you can ignore this email. This invitation will expire in 30 days.")]))

    # 5 Clubhive (invented), Swahili running club, WhatsApp group link for members + organiser phone
    club = "Klabu ya Kukimbia Mombasa"
    ann = ("Mazoezi ya Jumamosi tarehe 5 Desemba 2026 yataanza saa 12:30 asubuhi katika uwanja wa Mama Ngina. Umbali: km 10.\n"
           "Jiunge na kikundi chetu cha WhatsApp kwa taarifa za haraka: https://chat.whatsapp.com/Kx7Rt2LmQp9Ad3Fz8Hw1Nc\n"
           "Mratibu: Amina Mwinyi, 0712 555 014. Ada ya mwaka (KSh 1,500) ilipwe kupitia M-Pesa Paybill 555014, akaunti: jina lako.")
    out.append(mk(L("clubhive", "sw-club-announcement-whatsapp-group-link", "en", "sw", "club name, announcement title and text",
                    "hn-group-contact,hn-organizer-messenger,hn-organizer-phone,money"),
        from_name=club, to="j.kamau@example.org", subject="New announcement in %s: Mazoezi ya Jumamosi" % club, date=D(2026, 12, 1, 15, 22, 40),
        blocks=[("p", "%s posted a new announcement" % club), ("h2", "Mazoezi ya Jumamosi"), ("quote", ann),
                ("btn", "Open in Clubhive", "https://clubhive.app/c/%s/announcements/%d" % (hexid("ch-sw", 8), 212)),
                ("small", "You receive announcements because you are a member of %s." % club)]))

    # 6 Doodle, Polish, date poll with restaurant phone
    title = "Wigilia firmowa – 17.12 czy 18.12?"
    desc = ("Cześć! Rezerwujemy salę w Restauracji Pod Lipą, ul. Długa 12, 31-147 Kraków (tel. 12 555 01 42). "
            "Zaznaczcie, który termin wam pasuje, do pt. 4 grudnia. Koszt ok. 180 zł/os. pokrywa firma.")
    out.append(mk(L("doodle", "pl-date-poll-restaurant-phone", "en", "pl", "poll title, poll description, option dates",
                    "hn-dates,hn-venue-phone,money"),
        from_name="Doodle", to="m.wisniewska@example.org", subject="Agnieszka Kowalska invited you to participate in the poll \"%s\"" % title,
        date=D(2026, 11, 25, 8, 10, 3),
        blocks=[("h1", "Agnieszka Kowalska invited you to participate in a poll"), ("h2", title), ("quote", desc),
                ("kv", [("Organizer", "Agnieszka Kowalska"), ("Options", "czw., 17 gru 2026, 18:00–22:00\npt., 18 gru 2026, 18:30–23:00")]),
                ("btn", "Participate now", "https://doodle.com/meeting/participate/id/%s" % hexid("doodle-pl", 8)),
                ("small", "You received this email because Agnieszka Kowalska invited you to a Doodle poll.")]))

    # 7 Acuity, Lithuanian dental clinic, clinic's own phone and address
    biz = "Šypsenos klinika"
    appt = "Burnos higiena (60 min) – 55,00 €"
    out.append(mk(L("acuity", "lt-dental-appointment-clinic-phone", "en", "lt", "business name, appointment type, location, confirmation message",
                    "hn-sender-phone,hn-money-in-name,hn-dates"),
        from_name=biz, to="r.petrauskaite@example.org", subject="Appointment Confirmed: %s on Wednesday, December 9, 2026" % appt,
        date=D(2026, 11, 30, 11, 2, 45),
        blocks=[("p", "Hi Rūta Petrauskaitė,"), ("p", "Your appointment is confirmed."),
                ("kv", [("What", appt), ("When", "Wednesday, December 9, 2026 2:30pm (Eastern European Time)"),
                        ("Where", "Gedimino pr. 5, LT-01103 Vilnius · tel. +370 5 255 0142"), ("Business", biz)]),
                ("quote", "Prašome atvykti 10 min. anksčiau. Jei negalite atvykti, praneškite bent prieš 24 val. tel. +370 5 255 0142 arba el. paštu registratura@sypsenos-klinika.example.lt."),
                ("raw", "Change/cancel appointment: https://app.acuityscheduling.com/schedule.php?owner=%d&action=appt&id[]=%s" % (int(hexid("ac-lt", 6), 16), hexid("ac-lt2", 32)),
                 '<a href="https://app.acuityscheduling.com/schedule.php?owner=%d&amp;action=appt&amp;id[]=%s">Change/cancel appointment</a>' % (int(hexid("ac-lt", 6), 16), hexid("ac-lt2", 32)))]))

    # 8 Evite, English, church carols with coordinator phone
    title = "Lessons & Carols 2026"
    msg = ("Join the St. Brendan's Parish Choir for our annual service of Lessons & Carols. Doors open at 6:30 PM; mulled cider in the hall afterwards. "
           "Free-will offering for the food pantry.\nQuestions or need a ride? Call our coordinator Margaret Doyle at (617) 555-0142 or text 617-555-0148.")
    out.append(mk(L("evite", "en-church-carols-coordinator-phone", "en", "en", "host name, event title, message from host",
                    "hn-organizer-phone,hn-dates,ordinary"),
        from_name="St. Brendan's Parish Choir via Evite", to="k.walsh@example.org", subject="You're invited to %s" % title, date=D(2026, 11, 29, 19, 44, 2),
        blocks=[("p", "St. Brendan's Parish Choir has invited you to"), ("h1", title),
                ("kv", [("When", "Sunday, December 13, 2026 at 7:00 PM"), ("Where", "St. Brendan's Church, 14 Elm Street, Dorchester, MA")]),
                ("quote", msg),
                ("btn", "View Invitation", "https://www.evite.com/event/%s/?utm_campaign=send_invitation" % hexid("evite-en", 22).upper()),
                ("p", "Will you attend? Yes · No · Maybe")]))

    # 9 SignUpGenius, Catalan school bake sale, coordinator phone + WhatsApp
    title = "Mercat solidari de Nadal – Escola Sant Jordi"
    desc = ("Necessitem famílies que portin pastissos i coques per al mercat solidari del divendres 11/12. Porteu-los a consergeria entre les 8.30 i les 9.00 h. "
            "Tot el que es reculli anirà a La Marató.\nCoordinadora: Núria Puig, 655 501 428 (també per WhatsApp).")
    out.append(mk(L("signupgenius", "ca-school-bake-sale-coordinator-whatsapp", "en", "ca", "sign-up title, description, organizer name",
                    "hn-organizer-phone,hn-organizer-messenger,hn-dates,ordinary"),
        from_name="Núria Puig via SignUpGenius", to="m.ferrer@example.org", subject="You're Invited to Sign Up: %s" % title, date=D(2026, 12, 1, 18, 25, 19),
        blocks=[("h1", title), ("p", "Núria Puig has invited you to sign up."), ("quote", desc),
                ("kv", [("Slots", "Coca de llardons (4) · Pa de pessic (6) · Galetes (8) · Muntatge de parades (3)")]),
                ("btn", "View Sign Up", "https://www.signupgenius.com/go/%s" % hexid("sug-ca", 16)),
                ("p", "Created by: Núria Puig")]))

    # 10 Ticket Tailor, Estonian concert, order and ticket numbers, venue phone
    ev = "Jõulukontsert Tallinna Jaani kirikus"
    out.append(mk(L("ticket-tailor", "et-concert-order-ticket-numbers", "en", "et", "event name, box office name, additional information",
                    "hn-order-amount,hn-ticket-numbers,hn-venue-phone,hn-dates,money"),
        from_name="Tallinna Kammerkoor", to="l.saar@example.org", subject="Your tickets for %s" % ev, date=D(2026, 12, 3, 14, 8, 51),
        blocks=[("h1", "Your tickets for %s" % ev),
                ("kv", [("Order", "#OR-40188213"), ("Date", "laupäev, 19. detsember 2026 kell 19:00"), ("Venue", "Tallinna Jaani kirik, Vabaduse väljak 1, Tallinn"),
                        ("Tickets", "2 x Täispilet (18,00 €)\nPiletid: TT-4471-8820-01, TT-4471-8820-02"), ("Total", "36,00 €")]),
                ("h2", "Additional information"),
                ("quote", "Uksed avatakse kell 18:30. Kirikus on jahe, palun riietuge soojalt. Küsimuste korral helistage +372 655 0142 või kirjutage info@kammerkoor.example.ee."),
                ("btn", "View tickets", "https://www.tickettailor.com/orders/view/%s" % hexid("tt-et", 24)),
                ("small", "This event is organised by Tallinna Kammerkoor. Ticket Tailor is the ticketing provider and is not the organiser.")]))

    # 11 Stripe invoice, Slovak florist, shop's own phone, site, IBAN
    biz = "Kvetinárstvo Ruža s.r.o."
    acct = "acct_1P" + rnd("stripe-sk", 14)
    memo = ("Ďakujeme za objednávku č. 2026-1142 (adventný veniec, 2 ks). Doručenie v stredu 9. 12. 2026 medzi 10:00 a 14:00. "
            "V prípade otázok volajte +421 2 5550 1427 alebo píšte na objednavky@kvetinarstvo-ruza.example.sk. "
            "Bankovým prevodom: IBAN SK31 1100 0000 0026 1555 0142, VS 20261142.")
    out.append(mk(L("stripe", "sk-florist-invoice-own-phone-iban", "en", "sk", "business name, invoice memo",
                    "hn-invoice-seller-phone,hn-bank-account,hn-own-site,hn-order-amount,money",
                    "sender format partly guessed, not checked: invoice+statements+acct_...@stripe.com"),
        from_name=biz, from_addr="invoice+statements+%s@stripe.com" % acct, to="z.kralova@example.org",
        subject="New invoice from %s #2026-1142" % biz, date=D(2026, 12, 4, 9, 51, 8),
        blocks=[("p", biz), ("h1", "€78.40"), ("p", "Due December 9, 2026"),
                ("btn", "View invoice and payment details", "https://invoice.stripe.com/i/%s/live_%s" % (acct, rnd("stripe-sk2", 60))),
                ("kv", [("Invoice number", "2026-1142"), ("Due date", "December 9, 2026"), ("Pay", "€78.40")]),
                ("quote", memo),
                ("p", "Questions? Contact %s at objednavky@kvetinarstvo-ruza.example.sk or call +421 2 5550 1427." % biz)]))

    # 12 Square refund receipt, English coffee shop
    biz = "Harbor Street Coffee"
    out.append(mk(L("square", "en-refund-receipt-coffee-shop", "en", "en", "business name, receipt footer",
                    "hn-topic-refund,hn-sender-phone,hn-own-site,money"),
        from_name=biz, from_addr="receipts@messaging.squareup.com", to="d.nguyen@example.org", subject="Receipt for your refund from %s" % biz,
        date=D(2026, 11, 28, 21, 16, 30),
        note="sender guessed, not checked: receipts@messaging.squareup.com, d=squareup.com",
        blocks=[("p", biz), ("h1", "$18.50 refunded"),
                ("kv", [("Oat latte (16 oz) ×2", "$11.50"), ("Almond croissant", "$7.00"), ("Refund total", "$18.50"),
                        ("Visa •••• 4471", "Nov 28, 2026, 1:16 PM"), ("Reason", "Order made incorrectly")]),
                ("p", "Refunds usually take 5–10 business days to appear on your statement."),
                ("p", "%s\n1120 Harbor Street, Seattle, WA 98101\n(206) 555-0143\nharborstreetcoffee.example.com" % biz)]))

    # 13 Billfinch (invented invoicing), Bulgarian design studio, IBAN, phone, site
    biz = "Дизайн Студио Мира ЕООД"
    msg = ("Здравейте, г-н Георгиев,\nизпращаме фактура № 0000004471 от 02.12.2026 г. за изработка на лого и визуална идентичност. "
           "Сума за плащане: 1 240,00 лв. (с ДДС), срок 16.12.2026 г.\nIBAN: BG80 BNBG 9661 1020 3456 78, BIC BNBGBGSD.\n"
           "При въпроси: +359 2 555 0142 · studio@mira-design.example.bg · mira-design.example.bg")
    out.append(mk(L("billfinch", "bg-design-studio-invoice-iban-phone", "en", "bg", "business name, invoice message",
                    "hn-invoice-seller-phone,hn-bank-account,hn-own-site,money,hn-nonlatin-name"),
        from_name="%s via Billfinch" % biz, to="p.georgiev@example.org", subject="Фактура 0000004471 от %s" % biz, date=D(2026, 12, 2, 10, 3, 41),
        reply_to=(biz, "studio@mira-design.example.bg"),
        blocks=[("p", biz), ("h1", "Invoice 0000004471 – 1 240,00 BGN"), ("quote", msg),
                ("btn", "View and pay invoice", "https://pay.billfinch.com/i/%s" % hexid("bf-bg", 20))]))

    # 14 Adobe Acrobat Sign, Croatian employment contract, recruiter's own contact
    sender = "Marina Babić – Adriatic Soft d.o.o."
    agr = "Ugovor o radu – Ivana Kovač (Senior QA inženjer)"
    msg = ("Poštovana Ivana, u privitku je ugovor o radu s početkom 4. 1. 2027., bruto plaća 2.450,00 € mjesečno. Molim potpišite do 11. 12. 2026. "
           "Za pitanja sam dostupna na +385 1 5550 142 ili marina.babic@adriaticsoft.example.hr.")
    out.append(mk(L("adobe-sign", "hr-employment-contract-recruiter-phone", "en", "hr", "sender name, agreement name, message",
                    "hn-topic-job,hn-sender-phone,money"),
        from_name="Adobe Acrobat Sign", to="ivana.kovac@example.org", subject="Please sign %s" % agr, date=D(2026, 12, 3, 12, 19, 4),
        reply_to=("Marina Babić", "marina.babic@adriaticsoft.example.hr"),
        blocks=[("p", "%s requests your signature on" % sender), ("h1", agr),
                ("btn", "Review and sign", "https://secure.eu1.adobesign.com/public/esignWidget?wid=%s" % rnd("as-hr", 40)),
                ("quote", msg),
                ("p", "After you sign %s, all parties will receive a final PDF copy by email." % agr),
                ("small", "Don't forward this email: If you don't want to sign, you can delegate to someone else.")]))

    # 15 Formbeam (invented forms), Turkish course registration, IBAN and phone
    msg = ("Merhaba Elif Hanım,\n\nSeramik Atölyesi Ocak 2027 dönemi kaydınız alındı (kayıt no: SA-2027-0142).\n"
           "Ücret: 2.750 TL. Ödemeyi 15 Aralık 2026'ya kadar IBAN TR33 0006 1005 1978 6457 8413 26 (alıcı: Kil ve Ateş Atölyesi) hesabına yapabilirsiniz; "
           "açıklamaya adınızı yazmayı unutmayın.\nDersler 9 Ocak 2027'den itibaren her cumartesi 10:00–13:00.\n"
           "Sorularınız için: 0212 555 01 42 · killeatesatolyesi.example.com.tr\n\nKil ve Ateş Atölyesi")
    out.append(mk(L("formbeam", "tr-course-registration-iban-phone", "en", "tr", "autoresponder subject and message, sender name",
                    "hn-bank-account,hn-form-contact,hn-dates,money"),
        from_name="Kil ve Ateş Atölyesi", to="elif.aydin@example.org", subject="Kaydınız alındı – Seramik Atölyesi Ocak 2027", date=D(2026, 11, 23, 17, 55, 29),
        reply_to=("Kil ve Ateş Atölyesi", "kayit@killeatesatolyesi.example.com.tr"),
        blocks=[("p", msg), ("hr",)]))

    # 16 SharePoint share, Chinese file name with amount
    fname = "2026年第四季度财务报表（终稿）.xlsx"
    msg = "请在12月10日前核对第三页的金额（合计 ¥1,286,400.00），有问题直接在文件里批注。谢谢！"
    out.append(mk(L("sharepoint", "zh-quarterly-report-share-chinese-name", "en", "zh", "sharer display name, file name, sharing message",
                    "hn-nonlatin-name,hn-money-in-filename,hn-dates"),
        from_name="王丽华", to="j.zhou@example.org", subject="王丽华 shared \"%s\" with you" % fname, date=D(2026, 12, 4, 2, 40, 17),
        blocks=[("p", "王丽华 shared a file with you"), ("quote", msg), ("kv", [("", fname)]),
                ("btn", "Open", "https://hengtaigroup-my.sharepoint.com/:x:/g/personal/lihua_wang_hengtaigroup_example_cn/%s" % rnd("sp-zh", 46)),
                ("small", "This link only works for the direct recipients of this message.")]))

    # 17 GitHub issue, security researcher quoting defanged phishing host and callback number
    body = ("Reporting a phishing kit that impersonates our SSO page. It was hosted at hxxps://sso-northwind-login[.]top/auth and "
            "hxxps://northwind-com[.]account-verify[.]top, both registered 2026-11-30. The lure mail told users their \"account will be suspended\" "
            "and to call +1 (888) 555-0199. Both hosts now return 404 after our abuse report to the registrar. IOCs are in the attached CSV; "
            "please add the domains to the block list.\n\n— Dana (security@northwind-analytics.example.com)")
    out.append(mk(L("github", "en-issue-security-report-defanged-phish", "en", "en", "issue title, issue comment",
                    "hn-researcher-defanged,hn-quoted-lure,hn-quoted-phone"),
        from_name="dana-sec", to="sec-intake@example.org", subject="[northwind/sec-intake] Phishing kit impersonating SSO login (Issue #214)",
        date=D(2026, 12, 1, 14, 2, 7), msgdom="github.com",
        extra_headers=[("List-ID", "northwind/sec-intake <sec-intake.northwind.github.com>"), ("X-GitHub-Reason", "subscribed")],
        reply_to=("northwind/sec-intake", "reply+ABC%s@reply.github.com" % hexid("gh", 20).upper()),
        blocks=[("p", body),
                ("small", "—\nReply to this email directly, view it on GitHub: https://github.com/northwind/sec-intake/issues/214\n"
                          "You are receiving this because you are subscribed to this thread.")]))

    # 18 Airbnb, Slovenian template and text, host message with own number and door code
    out.append(mk(L("airbnb", "sl-host-message-own-phone-door-code", "sl", "sl", "host display name, host message",
                    "hn-host-phone,hn-dates,hn-digits-in-message"),
        from_name="Airbnb", to="f.novak@example.org", subject="Novo sporočilo od Mojca", date=D(2026, 12, 5, 16, 30, 2), lang="sl",
        blocks=[("h2", "Mojca ti je poslala sporočilo"),
                ("kv", [("Rezervacija", "Apartma ob Ljubljanici · 18.–21. dec. 2026 · 2 gosta · HMXJ4471ZQ")]),
                ("quote", "Pozdravljeni! Veselim se vašega prihoda v petek. Prijava je od 15:00 naprej, koda za ključavnico je 4471#. "
                          "Naslov: Trubarjeva 12, 1000 Ljubljana, 3. nadstropje. Parkirate lahko v garaži Kongresni trg (cca. 25 €/dan). "
                          "Če me ne dobite v aplikaciji, me pokličite na +386 40 555 014."),
                ("btn", "Odgovori", "https://www.airbnb.si/messaging/thread/%d" % (1900000000 + int(hexid("ab-sl", 6), 16))),
                ("small", "Zaščitite se: vedno komunicirajte in plačujte prek Airbnb.")]))

    # 19 Ticketloom (invented helpdesk), Vietnamese bookshop support reply, own site, hotline, tracking number
    co = "Sách Phương Nam Online"
    body = ("Chào anh Minh,\n\nCảm ơn anh đã liên hệ. Đơn hàng #PN-558820 của anh đã được giao cho đơn vị vận chuyển ngày 01/12/2026, "
            "mã vận đơn VN558820147VN. Anh có thể theo dõi tại https://phuongnambooks.example.vn/theo-doi-don-hang.\n"
            "Nếu sau ngày 08/12 anh vẫn chưa nhận được hàng, vui lòng gọi tổng đài 1900 5550 142 (8:00–21:00) để được hỗ trợ.\n\nTrân trọng,\nLê Thảo – Bộ phận Chăm sóc Khách hàng")
    out.append(mk(L("ticketloom", "vi-support-reply-order-tracking-own-hotline", "en", "vi", "support reply body, agent name, company name",
                    "hn-helpdesk-own-phone,hn-own-site,hn-tracking-number,hn-order-amount,hn-dates"),
        from_name="%s (Lê Thảo)" % co, from_addr="support@phuongnambooks.ticketloom.com", to="minh.tran@example.org",
        subject="[#48213] Re: Đơn hàng chưa nhận được", date=D(2026, 12, 4, 3, 12, 58),
        blocks=[("p", body), ("hr",), ("small", "##- Vui lòng trả lời phía trên dòng này -##\nTicket #48213 · %s" % co),
                ("small", "Powered by Ticketloom help desk")], footer=False))

    # 20 Pipelark (invented CRM), renewal reminder with vendor's own support number
    out.append(mk(L("pipelark", "en-plan-renewal-reminder-own-support", "en", "en", "account name",
                    "hn-topic-renewal,hn-helpdesk-own-phone,hn-own-site,money"),
        from_name="Pipelark Billing", from_addr="billing@pipelark.com", to="owner@brightside-solar.example.com",
        subject="Your Pipelark Growth plan renews on December 15, 2026", date=D(2026, 11, 30, 15, 0, 0),
        blocks=[("h1", "Your plan renews soon"),
                ("p", "Hi Brightside Solar Installers team,\n\nYour Pipelark Growth plan (12 seats, billed annually) renews on December 15, 2026. "
                      "We'll charge $1,188.00 to the Visa card ending in 4471."),
                ("p", "No action is needed. To change seats or cancel before renewal, go to Settings → Billing at https://app.pipelark.com/settings/billing. "
                      "Questions? Call our billing team at +1 (415) 555-0186 (Mon–Fri, 8am–6pm PT) or reply to this email."),
                ("btn", "Manage billing", "https://app.pipelark.com/settings/billing")]))

    # 21 Classloop (invented school messaging), Urdu school event with coordinator phone in Urdu digits
    msg = ("محترم والدین،\nسالانہ تقریبِ تقسیمِ انعامات ۱۸ دسمبر ۲۰۲۶ بروز جمعہ صبح ۱۰ بجے اسکول کے ہال میں منعقد ہوگی۔ "
           "بچے اسکول یونیفارم میں ۹:۳۰ بجے تک پہنچ جائیں۔\nمزید معلومات کے لیے کوآرڈینیٹر مس فرزانہ سے رابطہ کریں: ۰۳۰۰ ۵۵۵ ۰۱۴۸")
    out.append(mk(L("classloop", "ur-school-prize-day-coordinator-urdu-digits", "en", "ur", "school name, message title and text",
                    "hn-organizer-phone,hn-native-digits,hn-topic-prize,hn-dates,rtl"),
        from_name="الفلاح گرامر اسکول", to="s.malik@example.org", subject="New message from الفلاح گرامر اسکول: سالانہ تقریبِ تقسیمِ انعامات",
        date=D(2026, 12, 6, 4, 45, 21),
        blocks=[("p", "الفلاح گرامر اسکول · Class 5-B"), ("h2", "سالانہ تقریبِ تقسیمِ انعامات"), ("quote", msg),
                ("btn", "Open in Classloop", "https://classloop.app/m/%s" % hexid("cl-ur", 16))]))

    # 22 Krewchat (invented team chat), Norwegian channel digest, order and tracking numbers, amount
    msgs = ("#lager\nIngrid: Ordre 44718 er sendt med Posten i dag, sporingsnummer 70555014271NO.\n"
            "Ingrid: Faktura 2026-332 på 12 450 kr fra Nordpall AS er betalt.\n"
            "Ola: Ringer Nordpall på 22 55 50 14 i morgen kl. 09.00 om neste levering (uke 51).")
    out.append(mk(L("krewchat", "no-channel-digest-order-tracking-numbers", "en", "no", "channel messages, member names",
                    "hn-tracking-number,hn-order-amount,hn-invoice-numbers,hn-sender-phone,money"),
        from_name="Krewchat", to="kari.berg@example.org", subject="3 new messages in #lager · Fjordtre Interiør", date=D(2026, 12, 2, 17, 1, 36),
        blocks=[("h2", "You have 3 unread messages in Fjordtre Interiør"), ("quote", msgs),
                ("btn", "Open Krewchat", "https://fjordtre.krewchat.io/c/lager"),
                ("small", "You get email digests when you've been away for more than an hour. Change this in your notification settings.")]))

    # 23 TidySlot (invented booking), Basque hair salon, salon's own phone
    biz = "Itsaso ile-apaindegia"
    out.append(mk(L("tidyslot", "eu-hair-salon-booking-own-phone", "eu", "eu", "business name, service name, business address and phone",
                    "hn-sender-phone,hn-money-in-name,hn-dates"),
        from_name="%s via TidySlot" % biz, to="m.agirre@example.org", subject="Zure hitzordua baieztatuta dago – %s" % biz,
        date=D(2026, 12, 7, 9, 30, 44), lang="eu",
        blocks=[("h1", "Zure hitzordua baieztatuta dago"),
                ("kv", [("Negozioa", biz), ("Zerbitzua", "Ile-mozketa eta orrazketa – 32,00 €"), ("Noiz", "2026ko abenduaren 15a, asteartea, 10:30"),
                        ("Helbidea", "Okendo kalea 9, 20004 Donostia"), ("Telefonoa", "943 555 014")]),
                ("btn", "Hitzordua kudeatu", "https://tidyslot.app/b/%s" % hexid("ts-eu-l", 16)),
                ("small", "Hitzordua bertan behera utzi nahi baduzu, erabili goiko esteka edo deitu 943 555 014 zenbakira.")]))

    # 24 Payoneer payment request, Bengali freelancer, invoice number and amount
    req = "রাকিব হাসান"
    out.append(mk(L("payoneer", "bn-freelancer-payment-request-invoice", "en", "bn", "requester name, request description",
                    "hn-money-in-note,hn-nonlatin-name,hn-invoice-numbers,money"),
        from_name="Payoneer", to="accounts@lumen-apparel.example.com", subject="%s has requested a payment of USD 450.00" % req,
        date=D(2026, 11, 26, 6, 18, 9),
        blocks=[("h1", "You have a payment request"),
                ("p", "%s has requested a payment of USD 450.00 from you." % req),
                ("kv", [("Amount", "USD 450.00"), ("Due date", "December 10, 2026"),
                        ("Description", "লোগো ডিজাইন ও ব্র্যান্ড গাইডলাইন – ইনভয়েস #RH-2026-019 (৩টি রিভিশন সহ)")]),
                ("btn", "Pay now", "https://myaccount.payoneer.com/ma/paymentrequest/%s" % hexid("py-bn", 20))]))

    return out
