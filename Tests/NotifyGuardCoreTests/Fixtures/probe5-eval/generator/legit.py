"""24 legitimate notifications (hard negatives) with the same structure as the abuse set."""
from lib import D, hexid, rnd, h
from common import mk
from abuse import MS_FOOT, MS_LOGO, PP_LOGO

HN = "hard-negative: "


def l01():
    org = "深圳市示例云科技有限公司"
    return mk("legit-notify/microsoft365__zh-billing-sold-to-chinese-tenant-phone.eml", "microsoft365-billing", "legit", "en", "zh",
              "tenant organization name + billing address", HN + "non-Latin tenant name with company phone and amount in the same 'Sold to' block abused by scammers",
              "", to="it-admin@shiliyun.example.cn", date=D(2026, 12, 1, 2, 30, 11),
              subject="Your purchase of Microsoft 365 Business Standard has been processed",
              blocks=[MS_LOGO, ("h1", "Thank you for your purchase"),
                      ("p", "We've processed your order. Your subscription is now active and ready to use."),
                      ("kv", [("Order number", "31c0e7aa-2f19-47d8-a6b2-%s" % hexid("l01ord", 12)), ("Order date", "December 1, 2026"),
                              ("Product", "Microsoft 365 Business Standard"), ("Quantity", "40 licenses"), ("Billing frequency", "Annual"),
                              ("Total", "¥ 36,480.00 (plus applicable taxes)"), ("Payment method", "Invoice")]),
                      ("h2", "Sold to"),
                      ("p", "%s\n南山区科技园示例路 88 号 12 楼\n深圳市 广东省 518057\n中国\n电话：+86 755 5550 0123" % org),
                      ("btn", "View your bills", "https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list"),
                      ("small", MS_FOOT)])


def l02():
    org = "Công ty TNHH Thương mại Ví Dụ Sài Gòn"
    return mk("legit-notify/microsoft365__vi-tenant-name-trial-welcome.eml", "microsoft365", "legit", "vi", "vi",
              "tenant organization name", HN + "Vietnamese tenant name in the trial-welcome template used by tenant-name abuse", "",
              to="quantri@vidusaigon.example.vn", date=D(2026, 12, 2, 3, 45, 0),
              subject="Chào mừng bạn đến với bản dùng thử Microsoft 365 Business Basic",
              blocks=[MS_LOGO, ("h1", "Chào mừng bạn đến với bản dùng thử miễn phí"),
                      ("p", "Cảm ơn bạn đã đăng ký dùng thử Microsoft 365 Business Basic cho %s. Bản dùng thử kéo dài 30 ngày và bao gồm 25 giấy phép." % org),
                      ("h2", "Thông tin tài khoản của bạn"),
                      ("kv", [("Tổ chức", org), ("Tên người dùng", "quantri@vidusaigon.onmicrosoft.com"), ("Ngày kết thúc dùng thử", "1 tháng 1, 2027")]),
                      ("btn", "Bắt đầu", "https://admin.microsoft.com/Adminportal/Home?source=trialwelcome#/homepage"),
                      ("p", "Để tránh gián đoạn dịch vụ, hãy thêm phương thức thanh toán trước khi bản dùng thử kết thúc."),
                      ("small", "Microsoft tôn trọng quyền riêng tư của bạn. Để tìm hiểu thêm, vui lòng đọc Điều khoản về quyền riêng tư của chúng tôi.\n"
                                "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA")])


def l03():
    summ = "Python Medellín – Meetup de diciembre (charlas + networking)"
    org = "camila.restrepo@example.com.co"
    desc = ("¡Hola comunidad! Cerramos el año con dos charlas: \"Tipado estático en proyectos legacy\" y \"FastAPI en producción\".\n\n"
            "Lugar: Sala 3, Centro de Innovación Ejemplo, Cl. 67 #52-20, Medellín. Entrada libre, cupo limitado.\n\n"
            "Únete al grupo de WhatsApp de la comunidad para avisos y cambios de última hora: https://chat.whatsapp.com/Fq8Lm2RzP0aBcD3eGh4iJk\n"
            "Si llegas tarde y la puerta está cerrada, escríbeme al +57 300 555 0137.")
    when = "jueves, 10 de diciembre de 2026 · 18:30 – 21:00 (hora de Colombia)"
    return mk("legit-notify/google-calendar__es-community-meetup-whatsapp-group.eml", "google-calendar", "legit", "es", "es",
              "event title + description + organizer", HN + "external organizer, WhatsApp group link and organizer phone in a community meetup invite", "",
              from_name="Camila Restrepo", reply_to=("Camila Restrepo", org), to="andres.gomez@example.org", date=D(2026, 12, 1, 23, 5, 40),
              subject="Invitación: %s - jue 10 dic 2026 18:30 - 21:00 (COT) (andres.gomez@example.org)" % summ,
              msgid="calendar-%s@google.com" % hexid("l03uid", 32),
              blocks=[("h2", summ), ("kv", [("Cuándo", when), ("Dónde", "Centro de Innovación Ejemplo, Cl. 67 #52-20, Medellín"),
                                             ("Organizador", "Camila Restrepo\n%s" % org), ("Invitados", "andres.gomez@example.org y 46 más")]),
                      ("p", desc), ("btn", "Sí", "https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1" % rnd("l03eid", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
                      ("small", "Invitación de Google Calendar: https://calendar.google.com/calendar/\n"
                                "Recibes este correo electrónico porque eres un invitado del evento.")],
              calendar=dict(prodid="-//Google Inc//Google Calendar 70.9054//EN", tz="America/Bogota", start="20261210T183000",
                            end="20261210T210000", stamp="20261201T230540Z", org_cn="Camila Restrepo", org=org,
                            uid="%s@google.com" % hexid("l03uid", 26), attendees=[("andres.gomez@example.org", "andres.gomez@example.org")],
                            description=desc, location="Centro de Innovación Ejemplo, Cl. 67 #52-20, Medellín", summary=summ))


def l04():
    title = "Jahresabschluss 2026: Was sich für KMU ändert"
    return mk("legit-notify/zoom__de-webinar-registration-dial-in-numbers.eml", "zoom", "legit", "de", "de",
              "webinar title + host contact in description", HN + "dial-in phone numbers, webinar ID, passcode and host phone", "",
              to="jonas.weber@example.de", date=D(2026, 12, 4, 9, 12, 3),
              subject="Bestätigung für Webinar „%s“" % title,
              blocks=[("logo", "Zoom", "https://st1.zoom.us/static/6.3.25376/image/new/ZoomLogo.png"),
                      ("p", "Hallo Jonas,"), ("p", "vielen Dank für Ihre Anmeldung zu „%s“." % title),
                      ("p", "Bei Fragen wenden Sie sich bitte an seminare@stb-mueller.example.de oder telefonisch an +49 89 5555 0160 (Steuerberatung Müller & Partner)."),
                      ("kv", [("Datum/Uhrzeit", "15. Dez. 2026 10:00 Amsterdam, Berlin, Rom, Stockholm, Wien"),
                              ("Webinar-ID", "847 1293 0561"), ("Kenncode", "731905")]),
                      ("btn", "Am Webinar teilnehmen", "https://us06web.zoom.us/w/84712930561?tk=%s" % rnd("l04tk", 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")),
                      ("p", "Oder über iPhone One-Tap:\nDeutschland: +4969555501470,,84712930561#,,,,*731905#\n\n"
                            "Oder über Telefon:\nDeutschland: +49 69 5555 0147 oder +49 30 5555 0112\nÖsterreich: +43 1 555 0190\n"
                            "Webinar-ID: 847 1293 0561\nKenncode: 731905\nInternationale Nummern: https://us06web.zoom.us/u/kbX4pQ2rLz"),
                      ("p", "Sie können Ihre Registrierung jederzeit stornieren."),
                      ("small", "Copyright ©2026 Zoom Communications, Inc. Alle Rechte vorbehalten.\n"
                                "Zoom Communications, Inc., 55 Almaden Blvd, Suite 600, San Jose, CA 95113")])


def l05():
    title = "Subsidieregeling verduurzaming mkb 2027"
    return mk("legit-notify/teams__nl-webinar-registration-conference-id.eml", "teams", "legit", "nl", "nl",
              "webinar title + organiser details", HN + "Teams dial-in number with conference ID and organiser phone", "",
              to="m.devries@example.nl", date=D(2026, 12, 4, 15, 30, 44),
              subject="Je bent geregistreerd voor %s" % title,
              blocks=[("logo", "Microsoft Teams", "https://statics.teams.cdn.office.net/evergreen-assets/icons/microsoft_teams_logo_refresh.png"),
                      ("h1", "Je bent geregistreerd!"), ("h2", title),
                      ("kv", [("Datum", "woensdag 16 december 2026"), ("Tijd", "14:00 – 15:30 (UTC+01:00) Amsterdam"),
                              ("Georganiseerd door", "Ondernemersloket Gemeente Voorbeeldstad")]),
                      ("btn", "Deelnemen aan het webinar", "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0" % rnd("l05m", 48)),
                      ("p", "Telefonisch deelnemen:\n+31 20 555 0138,,748201935# Nederland, Amsterdam\nTelefonische vergaderings-id: 748 201 935#"),
                      ("p", "Vragen over de regeling? Bel het Ondernemersloket op 14 0555 (werkdagen 9–17 uur) of mail naar ondernemersloket@voorbeeldstad.example.nl."),
                      ("small", "Aan agenda toevoegen | Registratie annuleren\n"
                                "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\nPrivacyverklaring")])


def l06():
    who = "김지훈"
    fname = "2027 사무실 인테리어 견적서_최종.xlsx"
    msg = "팀장님, 견적서 최종본 공유드립니다. 총 금액 ₩18,700,000 (VAT 포함)이고 1월 5일 착공 가능합니다. 문의는 02-555-0134 또는 제 휴대폰 010-5555-0171로 주세요."
    return mk("legit-notify/google-drive__ko-spreadsheet-share-quote-sender-phone.eml", "google-drive", "legit", "ko", "ko",
              "file title + share message", HN + "price and two phone numbers in a colleague's share message", "",
              from_name="%s (Google Sheets)" % who, reply_to=(who, "jihoon.kim@example.co.kr"),
              to="s.park@example.co.kr", date=D(2026, 12, 7, 1, 20, 9),
              font="Google Sans, Roboto, Malgun Gothic, Arial, sans-serif",
              subject='공유된 스프레드시트: "%s"' % fname,
              blocks=[("h2", "%s님이 스프레드시트를 공유했습니다." % who),
                      ("p", "%s(jihoon.kim@example.co.kr)님이 다음 스프레드시트를 수정할 수 있도록 나를 초대했습니다." % who),
                      ("quote", msg), ("p", fname),
                      ("btn", "열기", "https://docs.google.com/spreadsheets/d/%s/edit?usp=sharing_eil_se_dm&ts=6757" % rnd("l06doc", 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")),
                      ("small", "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
                                "jihoon.kim@example.co.kr님이 Google Sheets에서 스프레드시트를 공유했기 때문에 이 이메일을 받으셨습니다.")])


def l07():
    name = "Jess Morgan"
    note = "Dinner at Osteria Lupa Fri 🍝 – $154 incl. tip split 4 ways. No rush! Text me 415-555-0192 if the math looks off."
    return mk("legit-notify/paypal__en-money-request-friend-dinner-split.eml", "paypal", "legit", "en", "en",
              "requester name + note", HN + "friend's money request with amount and personal phone in note", "",
              to="sam.lee@example.com", date=D(2026, 12, 12, 4, 51, 33),
              subject="%s sent you a request for $38.50 USD" % name,
              blocks=[PP_LOGO, ("h1", "%s requested $38.50 USD" % name), ("h2", "Note from %s" % name), ("quote", note),
                      ("btn", "Pay Now", "https://www.paypal.com/myaccount/transfer/requests/%s" % rnd("l07req", 17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
                      ("small", "Help & Contact | Security | Apps\nPayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\n"
                                "Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.")])


def l08():
    biz = "Northwind Ceramics Studio"
    acct = "acct_1P%s" % rnd("l08acct", 14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    return mk("legit-notify/stripe__en-refund-receipt-support-domain-not-brand.eml", "stripe", "legit", "en", "en",
              "business name + support email/phone + item", HN + "refund receipt with amount; support domain nwclay.example does not spell the business name", "",
              from_name=biz, from_addr="receipts+%s@stripe.com" % acct, reply_to=(biz, "hello@nwclay.example"),
              to="e.castillo@example.com", date=D(2026, 12, 4, 18, 6, 27),
              subject="Your refund from %s #1482-3391" % biz,
              blocks=[("h1", "Refund from %s" % biz), ("p", "Receipt #1482-3391"),
                      ("kv", [("Amount refunded", "$85.00"), ("Date refunded", "December 4, 2026"), ("Payment method", "Visa – 1881")]),
                      ("h2", "Summary"), ("kv", [("Wheel Throwing Intro – 4 sessions (class cancelled)", "$85.00"), ("Refunded", "$85.00")]),
                      ("p", "Refunds take 5–10 days to appear on your statement."),
                      ("p", "If you have any questions, contact us at hello@nwclay.example or call us at +1 503-555-0118."),
                      ("small", "You're receiving this email because you made a purchase at %s, which partners with Stripe to provide invoicing and payment processing.\n"
                                "Learn more about Stripe https://stripe.com" % biz)])


def l09():
    who = "Sabine Krüger"
    msg = ("Hallo Herr Becker, anbei Ihr Arbeitsvertrag (Start 01.02.2027, Bruttojahresgehalt 62.000 €) zur digitalen Unterschrift. "
           "Bei Fragen erreichen Sie mich direkt unter +49 40 5555 0133. Viele Grüße, Sabine Krüger, HR – Hafenblick Logistik GmbH")
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (hexid("l09a", 32), hexid("l09acct", 32), hexid("l09er", 32))
    return mk("legit-notify/docusign__de-employment-contract-hr-phone.eml", "docusign-eu", "legit", "de", "de",
              "sender name + envelope message", HN + "salary figure and HR direct phone in envelope message", "",
              from_name="%s über Docusign" % who, reply_to=(who, "s.krueger@hafenblick-logistik.example.de"),
              to="t.becker@example.de", date=D(2026, 12, 8, 10, 44, 2),
              subject="Bitte mit Docusign unterzeichnen: Arbeitsvertrag_Becker_2027.pdf",
              blocks=[("logo", "Docusign", "https://eu.docusign.net/Signing/Images/email/Email_Logo.png"),
                      ("h1", "%s hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet." % who),
                      ("btn", "DOKUMENT PRÜFEN", url), ("p", "%s\ns.krueger@hafenblick-logistik.example.de" % who), ("quote", msg),
                      ("h2", "Diese E-Mail nicht weitergeben"),
                      ("p", "Diese E-Mail enthält einen sicheren Link zu Docusign. Bitte geben Sie diese E-Mail, den Link oder den Zugriffscode nicht an andere weiter."),
                      ("h2", "Alternative Signaturmethode"),
                      ("p", "Besuchen Sie Docusign.com, klicken Sie auf „Auf Dokumente zugreifen“ und geben Sie den Sicherheitscode ein:\n%s" % hexid("l09code", 32).upper()),
                      ("small", "Diese Nachricht wurde Ihnen von Sabine Krüger gesendet, die den elektronischen Signaturdienst von Docusign verwendet.")])


def l10():
    return mk("legit-notify/zendesk__en-agent-reply-refund-helpdesk-subdomain-differs.eml", "zendesk", "legit", "en", "en",
              "agent reply + company name", HN + "helpdesk subdomain (brightwatergear.zendesk.com) differs from website domain (bwoutdoor.example); refund amount and toll-free number", "",
              from_name="Brightwater Outdoor Support", from_addr="support@brightwatergear.zendesk.com", mailfrom="brightwatergear.zendesk.com",
              to="priya.n@example.com", date=D(2026, 12, 9, 17, 22, 48),
              subject="[Brightwater Outdoor] Re: Refund for order #BW-20931",
              msgid="%s_%s_sprut@zendesk.com" % (rnd("l10m", 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), hexid("l10n", 6)),
              extra_headers=[("X-Mailer", "Zendesk Mailer")],
              blocks=[("small", "##- Please type your reply above this line -##"),
                      ("p", "Your request (90412) has been updated. To add additional comments, reply to this email."), ("hr",),
                      ("p", "Marco (Brightwater Outdoor)\nDec 9, 2026, 9:22 AM PST"),
                      ("quote", "Hi Priya,\n\nSorry the Ridgeline 2P tent arrived with a torn rainfly. I've issued a full refund of $129.95 to your Visa ending 4412 – "
                                "it should show within 3–5 business days. No need to send the tent back.\n\n"
                                "If you'd rather talk it through, call us at 1-800-555-0199 (Mon–Fri, 7am–5pm PT). You can track the refund at https://returns.bwoutdoor.example/BW-20931.\n\n"
                                "Best,\nMarco"),
                      ("p", "Priya Natarajan\nDec 8, 2026, 6:03 PM PST"),
                      ("quote", "Hello, the rainfly on my new tent has a 10 cm tear along the seam. Order BW-20931. Can I get a refund or replacement?"),
                      ("hr",), ("small", "This email is a service from Brightwater Outdoor.\nDelivered by Zendesk\n[8QW2ZE-K4R7]")])


def l11():
    name = "Hôtel Les Tilleuls"
    return mk("legit-notify/surveymonkey__fr-hotel-stay-survey-own-contact.eml", "surveymonkey", "legit", "fr", "fr",
              "sender name + invitation message", HN + "survey invitation with the company's own e-mail, phone and postal address", "",
              from_name=name, reply_to=(name, "reception@hotel-lestilleuls.example.fr"),
              to="c.dubois@example.fr", date=D(2026, 12, 10, 8, 0, 15),
              subject="Votre avis sur votre séjour à l'Hôtel Les Tilleuls",
              blocks=[("p", "Bonjour,"),
                      ("p", "Merci d'avoir séjourné à l'Hôtel Les Tilleuls du 4 au 7 décembre. Pourriez-vous nous accorder 3 minutes pour répondre à notre questionnaire ? "
                            "Vos réponses nous aident à améliorer l'accueil et le petit-déjeuner."),
                      ("btn", "Commencer le questionnaire", "https://fr.surveymonkey.com/r/%s?sm=%s" % (rnd("l11r", 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), rnd("l11sm", 40))),
                      ("p", "Pour toute question : reception@hotel-lestilleuls.example.fr ou +33 1 99 00 12 34.\n"
                            "Hôtel Les Tilleuls, 14 rue des Tilleuls, 69002 Lyon"),
                      ("small", "Merci de ne pas transférer ce message : le lien du questionnaire vous est propre.\n"
                                "Confidentialité | Se désabonner de cette liste\n"
                                "Avec SurveyMonkey. Découvrez comment créer vos propres questionnaires.")])


def l12():
    ev = "Concerto di Natale – Coro Polifonico San Marco"
    return mk("legit-notify/eventbrite__it-concert-order-venue-phone.eml", "eventbrite", "legit", "it", "it",
              "event title + venue + organizer contact", HN + "ticket order with amounts, venue address and venue phone", "",
              from_name="Eventbrite", to="f.conti@example.it", date=D(2026, 12, 11, 19, 33, 50),
              subject="I tuoi biglietti per %s" % ev,
              blocks=[("logo", "Eventbrite", "https://cdn.evbstatic.com/s3-build/perm_001/530d34/django/images/logos/eb_orange_on_white_1200x630.png"),
                      ("h1", "Ci sei! Ecco i tuoi biglietti"), ("h2", ev),
                      ("kv", [("Ordine", "#%d" % (9800000000 + int(hexid("l12o", 6), 16))), ("Data", "domenica 20 dicembre 2026, 21:00 – 22:30 CET"),
                              ("Luogo", "Chiesa di San Marco, Piazza San Marco 4, 35122 Padova"),
                              ("2 × Biglietto intero", "€30,00"), ("Commissioni", "€2,40"), ("Totale", "€32,40")]),
                      ("btn", "Visualizza i biglietti", "https://www.eventbrite.it/mytickets/%d" % (9800000000 + int(hexid("l12o", 6), 16))),
                      ("p", "Informazioni sul luogo: parcheggio gratuito in Via Roma. Per accessibilità chiama la segreteria del coro al +39 049 555 0127."),
                      ("p", "Domande sull'evento? Contatta l'organizzatore: info@coro-sanmarco.example.it"),
                      ("small", "Questa email è stata inviata a f.conti@example.it.\nEventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103\n"
                                "Privacy · Termini di servizio")])


def l13():
    return mk("legit-notify/calendly__en-new-booking-invitee-phone-loan-question.eml", "calendly", "legit", "en", "en",
              "invitee name + phone + intake answer", HN + "invitee phone number and a genuine question about a home loan", "",
              to="dana.fields@example-mortgage.example", date=D(2026, 12, 7, 21, 10, 5),
              subject="New Event: Marcus Lee - 12:00pm Thu, Dec 10, 2026 - 30 Minute Consultation",
              blocks=[("p", "Hi Dana,"), ("p", "A new event has been scheduled."),
                      ("kv", [("Event Type", "30 Minute Consultation"), ("Invitee", "Marcus Lee"), ("Invitee Email", "marcus.lee@example.net"),
                              ("Event Date/Time", "12:00pm - Thursday, December 10, 2026 (Central Time - US & Canada)"),
                              ("Location", "Dana will call the invitee at +1 (312) 555-0164"), ("Invitee Time Zone", "Central Time - US & Canada")]),
                      ("h2", "Questions"), ("p", "Please share anything that will help prepare for our meeting."),
                      ("quote", "Looking to refinance our home loan (currently 7.1%, about $310k left). Best to call after 11am."),
                      ("btn", "View event in Calendly", "https://calendly.com/app/scheduled_events/user/me?period=upcoming&uuid=%s" % hexid("l13u", 32)),
                      ("small", "Sent from Calendly\nReport this event · Unsubscribe")])


def l14():
    repo, num = "openphish-example/blocklist", 2231
    body = ("New PayPal kit seen in SMS this week. Please add to the list.\n\n"
            "Domains (defanged):\n- hxxps://paypal.com-account-review[.]top/signin\n- paypa1-billing[.]shop\n\n"
            "Not defanged in the screenshot the victim sent: https://secure-paypal.account-review.top/login\n\n"
            "Lure text: \"PayPal: your account is limited. Call +1 808 555 0147 to restore access.\"\n"
            "Hosting IP: 203.0.113.45, cert issued 2026-12-08. urlscan result: https://urlscan.io/result/%s/" % hexid("l14scan", 32))
    html_body = ("<p>New PayPal kit seen in SMS this week. Please add to the list.</p><p>Domains (defanged):</p><ul><li>hxxps://paypal.com-account-review[.]top/signin</li>"
                 "<li>paypa1-billing[.]shop</li></ul><p>Not defanged in the screenshot the victim sent: <code>https://secure-paypal.account-review.top/login</code></p>"
                 "<p>Lure text: \"PayPal: your account is limited. Call +1 808 555 0147 to restore access.\"<br>Hosting IP: 203.0.113.45, cert issued 2026-12-08. "
                 "urlscan result: <a href=\"https://urlscan.io/result/%s/\">https://urlscan.io/result/%s/</a></p>" % (hexid("l14scan", 32), hexid("l14scan", 32)))
    link = "https://github.com/%s/issues/%d" % (repo, num)
    return mk("legit-notify/github__en-issue-report-phishing-domains-defanged-and-not.eml", "github", "legit", "en", "en",
              "issue title + issue body", HN + "security researcher quoting phishing domains (defanged and one live), a scam phone and lure text", "",
              from_name="kim-threatintel", reply_to=(None, "reply+%s@reply.github.com" % hexid("l14r", 40).upper()),
              to="blocklist-maintainers@example.org", date=D(2026, 12, 9, 13, 2, 19),
              subject="[%s] New PayPal phishing kit: paypal.com-account-review[.]top (Issue #%d)" % (repo, num),
              msgid="%s/issues/%d@github.com" % (repo, num),
              extra_headers=[("List-ID", "%s <blocklist.openphish-example.github.com>" % repo), ("X-GitHub-Reason", "subscribed")],
              blocks=[("raw", body, html_body), ("hr",),
                      ("small", "Reply to this email directly, view it on GitHub: %s\nYou are receiving this because you are subscribed to this thread." % link)])


def l15():
    quote = "COOPEXEMPLO: Compra aprovada R$ 2.349,90 em LOJA ONLINE. Não reconhece? Ligue agora 0800 555 0147 e cancele."
    body = ("Nas últimas semanas, associados receberam SMS e e-mails como este:\n\n\"%s\"\n\n"
            "Essa mensagem é falsa. A Cooperativa nunca envia número de telefone por SMS para cancelar compras, nunca pede senha, "
            "código do token ou que você transfira dinheiro para uma \"conta segura\". Se receber algo parecido, não ligue: use "
            "somente o telefone que está no verso do seu cartão (0800 555 0100) ou o aplicativo oficial." % quote)
    return mk("legit-notify/mailchimp__pt-newsletter-scam-warning-quotes-sms.eml", "mailchimp", "legit", "pt-BR", "pt-BR",
              "newsletter body", HN + "credit-union newsletter quoting a scam SMS (fake purchase + phone) to warn members", "",
              from_name="Cooperativa Exemplo Crédito", from_addr="boletim@coopexemplo.example.com.br", dkim_d="coopexemplo.example.com.br",
              extra_dkim=[("mcsv.net", "k2")], mailfrom="mail143.atl101.mcsv.net", rcv_host="mail143.atl101.mcsv.net",
              return_path="bounce-mc.us21_%d.%d-%s@mail143.atl101.mcsv.net" % (91234567, 5508123, hexid("l15rp", 10)),
              to="joao.santos@example.com.br", date=D(2026, 12, 14, 12, 0, 2),
              subject="Boletim de dezembro: cuidado com o golpe da falsa central",
              msgid="%s@mail143.atl101.mcsv.net" % hexid("l15m", 24),
              extra_headers=[("List-Unsubscribe", "<https://coopexemplo.us21.list-manage.com/unsubscribe?u=%s&id=%s>" % (hexid("l15u", 25), hexid("l15i", 10))),
                             ("X-Mailer", "Mailchimp Mailer - **CID%s**" % hexid("l15c", 20))],
              blocks=[("h1", "Boletim do Associado – Dezembro 2026"), ("h2", "Cuidado com o golpe da falsa central"), ("p", body),
                      ("btn", "Saiba mais em nossa página de segurança", "https://www.coopexemplo.example.com.br/seguranca"),
                      ("h2", "Horário especial de fim de ano"),
                      ("p", "Nossas agências fecham às 12h nos dias 24 e 31/12. O aplicativo funciona normalmente."),
                      ("small", "Copyright © 2026 Cooperativa Exemplo Crédito, todos os direitos reservados.\n"
                                "Você está recebendo este e-mail porque é associado da Cooperativa.\n"
                                "Nosso endereço: Av. Exemplo, 1000 – Centro, Porto Alegre – RS, 90010-000, Brasil\n"
                                "Quer mudar como recebe estes e-mails? Atualize suas preferências ou cancele a inscrição.")])


def l16():
    return mk("legit-notify/harbourline-bank__en-fraud-alert-call-number-on-card.eml", "harbourline-bank", "legit", "en", "en",
              "merchant name + amount (bank-generated)", HN + "genuine fraud alert: amount, merchant, 'call the number on the back of your card' and fraud line", "invented bank",
              to="n.osei@example.com", date=D(2026, 12, 15, 23, 41, 9),
              subject="Fraud alert: Did you try to make a $1,249.00 purchase?",
              blocks=[("logo", "Harbourline Bank", "https://www.harbourlinebank.example/img/email/logo.png"),
                      ("h1", "Did you make this purchase?"),
                      ("p", "We noticed unusual activity on your debit card ending in 7731 and declined the transaction to protect you."),
                      ("kv", [("Merchant", "ELECTRO-WORLD ONLINE"), ("Amount", "$1,249.00"), ("Date", "Dec 15, 2026, 6:39 PM ET")]),
                      ("btn", "Yes, it was me", "https://secure.harbourlinebank.example/alerts/confirm?r=%s" % hexid("l16c", 24)),
                      ("btn", "No, it wasn't me", "https://secure.harbourlinebank.example/alerts/deny?r=%s" % hexid("l16d", 24)),
                      ("p", "You can also review this alert in the Harbourline app, or call the number on the back of your card. "
                            "Our fraud team is available 24/7 at 1-800-555-0110."),
                      ("p", "Harbourline Bank will never ask for your PIN, online banking password or one-time passcodes, and we will never ask you to move money to a \"safe\" account."),
                      ("small", "Harbourline Bank, N.A. Member FDIC. 400 Harbour Street, Portland, ME 04101.\nPlease do not reply to this email; this mailbox is not monitored.")])


def l17():
    return mk("legit-notify/billfinch__en-gb-password-changed-support-phone.eml", "billfinch", "legit", "en-GB", "en-GB",
              "(none - system security notice)", HN + "'your password was changed' notice with support e-mail and phone (Ofcom drama range)", "invented SaaS",
              from_name="Billfinch", from_addr="security@billfinch.app", to="olivia.hart@example.co.uk", date=D(2026, 12, 8, 14, 3, 11),
              subject="Your Billfinch password was changed",
              blocks=[("logo", "Billfinch", "https://billfinch.app/static/email/billfinch-logo.png"),
                      ("p", "Hi Olivia,"),
                      ("p", "The password for your Billfinch account (olivia.hart@example.co.uk) was changed on 8 December 2026 at 14:02 GMT from Chrome on macOS near London, UK."),
                      ("p", "If this was you, you don't need to do anything."),
                      ("p", "If you didn't change your password, reset it now and contact our support team at support@billfinch.app or on +44 20 7946 0831 (Mon–Fri, 9:00–17:30)."),
                      ("btn", "Reset password", "https://app.billfinch.app/reset?src=pwchange&t=%s" % hexid("l17t", 24)),
                      ("small", "Billfinch Ltd, 20 Example Yard, London EC1V 4PW. Registered in England and Wales.\nYou're receiving this security notice because it concerns your account.")])


def l18():
    biz = "Taller Mecánico Hermanos Ruiz"
    note = ("Gracias por su preferencia. Puede pagar por transferencia (CLABE 0121 8000 5555 0123 45) o en efectivo en el taller. "
            "Dudas por WhatsApp: +52 55 5555 0148 · Tel. taller 55 5555 0102. Av. Ejemplo 123, Col. Centro, CDMX.")
    return mk("legit-notify/billfinch__es-mx-invoice-mechanic-whatsapp-phone.eml", "billfinch", "legit", "es-MX", "es-MX",
              "business name + invoice note + line items", HN + "small-business invoice with amounts, bank reference, WhatsApp and landline", "invented SaaS",
              from_name="%s vía Billfinch" % biz, from_addr="invoices@billfinch.app", reply_to=(biz, "tallerhnosruiz@example.com.mx"),
              to="l.mendoza@example.com.mx", date=D(2026, 12, 10, 18, 25, 57), lang="es",
              subject="Factura F-0457 de %s – $4,860.40 MXN" % biz,
              blocks=[("h2", biz), ("h1", "Factura F-0457"),
                      ("kv", [("Cambio de balatas delanteras", "$1,850.00"), ("Afinación mayor", "$2,340.00"), ("Subtotal", "$4,190.00"),
                              ("IVA 16%", "$670.40"), ("Total", "$4,860.40 MXN"), ("Vence", "20 de diciembre de 2026")]),
                      ("h2", "Nota"), ("quote", note),
                      ("btn", "Ver y pagar factura", "https://pay.billfinch.app/i/%s" % rnd("l18i", 16, "abcdefghijkmnpqrstuvwxyz23456789")),
                      ("small", "Enviado con Billfinch en nombre de %s. ¿Problemas con esta factura? Responda a este correo para contactar al negocio." % biz)])


def l19():
    biz = "Sharma Caterers"
    note = ("शादी के कैटरिंग के लिए धन्यवाद! 150 प्लेट × ₹650 = ₹97,500, अग्रिम ₹48,750 प्राप्त हुआ। शेष ₹48,750 UPI (sharmacaterers@examplebank) "
            "या बैंक ट्रांसफर से भेजें। किसी भी प्रश्न के लिए WhatsApp करें: +91 555 010 3388")
    return mk("legit-notify/freshbooks__hi-invoice-caterer-upi-whatsapp.eml", "freshbooks", "legit", "en", "hi",
              "business name + invoice notes", HN + "Indian small-business invoice note with amounts, UPI ID and WhatsApp number", "",
              from_name=biz, reply_to=(biz, "accounts@sharmacaterers.example.in"),
              to="neha.gupta@example.in", date=D(2026, 12, 16, 6, 40, 0),
              subject="%s sent you an invoice (0000231)" % biz,
              blocks=[("h2", biz), ("p", "%s sent you an invoice (0000231) for ₹48,750.00 that's due on December 23, 2026." % biz),
                      ("btn", "View Invoice", "https://my.freshbooks.com/#/link/%s" % rnd("l19l", 20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
                      ("h2", "Notes"), ("quote", note),
                      ("small", "Sent using FreshBooks. Hassle-free invoicing for small businesses.\nFreshBooks, 100-35 Golden Ave, Toronto, ON M6R 2J5, Canada")])


def l20():
    return mk("legit-notify/canva__tr-pro-renewal-reminder-amount.eml", "canva", "legit", "tr", "tr",
              "(none - billing reminder)", HN + "genuine subscription renewal reminder with price and card ending", "",
              to="elif.yilmaz@example.com.tr", date=D(2026, 12, 14, 7, 15, 30),
              subject="Canva Pro aboneliğiniz 21 Aralık 2026'da yenilenecek",
              blocks=[("logo", "Canva", "https://static.canva.com/emails/canva-logo.png"),
                      ("p", "Merhaba Elif,"),
                      ("p", "Canva Pro yıllık aboneliğiniz 21 Aralık 2026 tarihinde otomatik olarak yenilenecek ve Mastercard •••• 5521 kartınızdan ₺2.999,99 tahsil edilecek."),
                      ("p", "Herhangi bir işlem yapmanıza gerek yok. Planınızı değiştirmek veya iptal etmek isterseniz, yenileme tarihinden önce hesap ayarlarınızdan yapabilirsiniz."),
                      ("btn", "Faturalandırmayı yönet", "https://www.canva.com/settings/billing-and-teams"),
                      ("small", "Canva Pty Ltd, 110 Kippax Street, Surry Hills NSW 2010, Avustralya\nGizlilik politikası · Yardım merkezi")])


def l21():
    txid = hexid("l21tx", 64)
    return mk("legit-notify/kraken__en-deposit-confirmed-btc.eml", "kraken", "legit", "en", "en",
              "(none - exchange-generated)", HN + "crypto exchange deposit confirmation with amount, address and transaction ID", "",
              to="h.tanaka@example.com", date=D(2026, 12, 18, 2, 9, 44),
              subject="Deposit confirmed: 0.25000000 BTC",
              blocks=[("logo", "Kraken", "https://www.kraken.com/img/email/kraken-logo.png"),
                      ("h1", "Your deposit has been credited"),
                      ("kv", [("Asset", "Bitcoin (BTC)"), ("Amount", "0.25000000 BTC"), ("Network", "Bitcoin"),
                              ("Deposit address", "bc1q%s" % rnd("l21addr", 38, "023456789acdefghjklmnpqrstuvwxyz")), ("Transaction ID", txid),
                              ("Time", "2026-12-18 02:07 UTC")]),
                      ("btn", "View in Kraken", "https://pro.kraken.com/app/history/ledger"),
                      ("p", "If you did not expect this deposit, no action is needed. Kraken will never ask you to send crypto to \"verify\" your account, and Kraken support will never call you first."),
                      ("small", "Need help? Visit https://support.kraken.com\nPayward, Inc. d/b/a Kraken, 106 E. Lincolnway, Suite 300, Cheyenne, WY 82001")])


def l22():
    host = "يوسف"
    msg = ("مرحباً وأهلاً بكم! الوصول يوم 18 ديسمبر. العنوان: درب الأمثلة 12، المدينة القديمة، مراكش. "
           "سأنتظركم عند باب دكالة لأن السيارات لا تدخل الدرب. رقمي على واتساب: +212 6 55 50 01 23 – أرسلوا لي رسالة عند الهبوط. "
           "رمز الواي فاي موجود على الثلاجة.")
    return mk("legit-notify/airbnb__ar-host-message-checkin-whatsapp.eml", "airbnb", "legit", "ar", "ar",
              "host message", HN + "host check-in message with street address and WhatsApp number", "",
              from_name="%s (Airbnb)" % host, to="sara.k@example.com", date=D(2026, 12, 16, 13, 50, 17), dir="rtl",
              font="Segoe UI, Tahoma, Arial, sans-serif",
              subject="رسالة من %s بخصوص الحجز في مراكش، 18–21 ديسمبر" % host,
              blocks=[("logo", "Airbnb", "https://a0.muscache.com/pictures/airbnb-logo-email.png"),
                      ("h2", host), ("p", "مضيف · رياض الياسمين، مراكش"), ("quote", msg),
                      ("btn", "الرد", "https://www.airbnb.com/messaging/thread/%d" % (1800000000 + int(hexid("l22t", 6), 16))),
                      ("p", "احمِ دفعاتك دائماً: لا تحوّل الأموال ولا تتواصل خارج موقع Airbnb أو تطبيقه للدفع."),
                      ("small", "Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, D02 DP23, Ireland")])


def l23():
    guest = "Иван Петров"
    msg = ("Здравствуйте! Прилетаем 19 декабря рейсом SU 2136 в 23:40. Можно ли заказать трансфер из аэропорта на двоих и сколько он стоит? "
           "Мой номер в WhatsApp: +7 915 555-01-47. И подскажите, можно ли оплатить картой при заселении?")
    return mk("legit-notify/booking__ru-guest-message-transfer-whatsapp.eml", "booking", "legit", "ru", "ru",
              "guest name + guest message", HN + "guest message to a property with flight number, WhatsApp phone and payment question",
              "partner-side mail to an invented guesthouse",
              from_name=guest, from_addr="ipetrov.%d@guest.booking.com" % (800000 + int(hexid("l23g", 4), 16)), mailfrom="mailer.booking.com",
              to="reservations@villa-example.example.com.tr", date=D(2026, 12, 13, 16, 5, 2),
              subject="Новое сообщение от гостя %s – бронирование 4512398760" % guest,
              blocks=[("logo", "Booking.com", "https://cf.bstatic.com/static/img/email/booking_logo.png"),
                      ("h2", "Новое сообщение от гостя"),
                      ("kv", [("Гость", guest), ("Номер бронирования", "4512398760"), ("Заезд", "20 декабря 2026"), ("Отъезд", "27 декабря 2026")]),
                      ("quote", msg),
                      ("btn", "Ответить", "https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=%d" % (9000000 + int(hexid("l23h", 4), 16))),
                      ("small", "Это письмо отправлено вам компанией Booking.com B.V., Оостердоксстрат 102, 1011 DK Амстердам, Нидерланды.\n"
                                "Вы можете ответить на это письмо напрямую – гость получит ваш ответ.")])


def l24():
    return mk("legit-notify/rotaberry__vi-shift-reminder-manager-zalo-phone.eml", "rotaberry", "legit", "vi", "vi",
              "workplace name + manager note", HN + "shift reminder with the shift manager's Zalo/phone number", "invented SaaS",
              to="linh.tran@example.vn", date=D(2026, 12, 19, 11, 0, 0),
              subject="Nhắc lịch: Ca làm việc ngày mai 08:00–16:00 tại Phở Ví Dụ – Chi nhánh Quận 3",
              blocks=[("logo", "Rotaberry", "https://rotaberry.app/static/mail/logo.png"),
                      ("p", "Chào Linh,"), ("p", "Bạn có ca làm việc vào ngày mai:"),
                      ("kv", [("Ngày", "Chủ Nhật, 20/12/2026"), ("Giờ", "08:00 – 16:00"), ("Địa điểm", "Phở Ví Dụ – Chi nhánh Quận 3, 45 Lý Chính Thắng, Q.3, TP.HCM"),
                              ("Vị trí", "Phục vụ")]),
                      ("h2", "Ghi chú của quản lý"),
                      ("quote", "Cuối tuần đông khách, các bạn đến sớm 15 phút nhé. Có việc gấp gọi anh Tuấn: 090 555 0129 (Zalo cùng số)."),
                      ("btn", "Xem lịch làm việc", "https://app.rotaberry.app/shifts/%s" % hexid("l24s", 16)),
                      ("small", "Rotaberry · Lịch làm việc cho nhà hàng và cửa hàng\nBạn nhận email này vì Phở Ví Dụ dùng Rotaberry để xếp ca. Tắt thông báo email trong phần Cài đặt.")])


ALL = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12, l13, l14, l15, l16, l17, l18, l19, l20, l21, l22, l23, l24]
