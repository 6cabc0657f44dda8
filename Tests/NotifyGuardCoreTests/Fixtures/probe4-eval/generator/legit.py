"""probe4 legit-notify set: hard negatives with the same structure as the abuse set. Fields legitimately carry
phone numbers, prices, addresses, support contacts, dial-ins, tokens and quoted scam examples. All people,
organisations and numbers are fictional."""
from common import *

F = LEGIT


def meetup_pl():
    group = "Kraków Górskie Wędrówki"
    title = "Zimowe wyjście na Turbacz z Koninek"
    desc = ("Zbiórka o 7:30 przy dworcu autobusowym MDA, ul. Bosacka 18 (stanowisko 9). Bilet na busa ok. 20 zł w jedną "
            "stronę, płatne kierowcy. Trasa 17 km, ok. 6 godzin marszu, potrzebne raczki i czołówka.\n"
            "Jeśli ktoś się spóźnia albo ma pytania, dzwońcie do organizatora: Marek, +48 12 555 01 36.\n"
            "Przy złej pogodzie przeniesiemy wyjście – sprawdzajcie komentarze pod wydarzeniem.")
    url = "https://www.meetup.com/krakow-gorskie-wedrowki/events/305233190/?rv=ea1"
    blocks = [
        ("logo", "Meetup", "https://secure.meetupstatic.com/next/images/shared/meetup-logo.png"),
        ("small", "NOWE WYDARZENIE"),
        ("h1", title),
        ("p", "Organizator: Marek Wójcik\nGrupa: %s" % group),
        ("kv", [("Kiedy", "sobota, 12 grudnia 2026\n07:30–15:30 CET"),
                ("Gdzie", "Dworzec autobusowy MDA, ul. Bosacka 18, Kraków"), ("Uczestnicy", "14 osób idzie · limit 20")]),
        ("p", desc),
        ("btn", "Wezmę udział", url),
        ("hr",),
        foot("Otrzymujesz tę wiadomość, ponieważ jesteś członkiem grupy %s." % group,
             [("Wypisz się z powiadomień o nowych wydarzeniach", "https://www.meetup.com/account/comms/?groupId=30114872&unsub=evt"),
              ("Ustawienia e-mail", "https://www.meetup.com/account/comms/")],
             "Meetup LLC, POB 4668 #37895 New York, New York 10163-4668"),
    ]
    return msg(F, "meetup__pl-hiking-event-organiser-phone-meeting-point",
               ("meetup", "pl", "pl", "group name; event description",
                "hard-negative: organiser's phone, fare in zł and street address in an event description",
                "sender info@meetup.com believed real"),
               date=D(2026, 12, 2, 18, 3, 12), from_name=group, from_addr="info@meetup.com", selector="mu2026",
               mailfrom="email.meetup.com", to="a.zielinska@example.pl", subject="Nowe wydarzenie: %s" % title,
               blocks=blocks, lang="pl", accent="#f65858",
               extra_headers=unsub("https://www.meetup.com/account/comms/?groupId=30114872&unsub=evt"))


def kickstarter_en():
    project = "Lumen Dock – the desk lamp that charges everything"
    creator = "Northbeam Design Co."
    upd = "Shipping to the EU & UK: VAT, customs and tracking"
    body = ("Hi backers!\n\n"
            "Fulfilment starts on 14 December from our partner warehouse in Venlo. A few answers to the questions we keep getting:\n\n"
            "• EU backers: VAT was collected in the pledge manager, so nothing is due on delivery.\n"
            "• UK backers: import VAT was also prepaid. If a courier ever asks you for a fee for a Lumen Dock parcel, please don't pay it – email support@nbdc.example with your pledge number and we'll sort it out.\n"
            "• Tracking numbers go out by email within 48 hours of dispatch. You can also look up your parcel at https://track.nbdc.example using your pledge number (e.g. LD-04417).\n\n"
            "Our studio phone is +44 20 7946 0958 (Mon–Fri, 10:00–16:00 UK time) if you'd rather talk to a human.\n\n"
            "Thanks for sticking with us – Ana, Tom & the Northbeam team")
    url = "https://www.kickstarter.com/projects/northbeam/lumen-dock/posts/4049920?ref=backer_project_update"
    blocks = [
        ("logo", "Kickstarter", "https://ksr-static.imgix.net/email/kickstarter-logo-green.png"),
        ("small", "PROJECT UPDATE #11 · %s" % project),
        ("h1", upd),
        ("p", "Posted by %s · November 30, 2026" % creator),
        ("quote", body),
        ("btn", "Read this update on Kickstarter", url),
        ("hr",),
        foot("You're receiving this because you backed %s." % project,
             [("Unsubscribe from this project's updates", "https://www.kickstarter.com/projects/northbeam/lumen-dock/unsubscribe?t=Pq2"),
              ("Notification settings", "https://www.kickstarter.com/settings/notifications")],
             "Kickstarter, PBC · 475 10th Avenue, 5th Floor · New York, NY 10018"),
    ]
    return msg(F, "kickstarter__en-creator-update-customs-fees-support-email",
               ("kickstarter", "en", "en", "creator update body",
                "hard-negative: talks about fees/VAT and warns not to pay couriers; support email, tracking link and phone on short creator domain nbdc.example",
                "sender no-reply@kickstarter.com guessed"),
               date=D(2026, 11, 30, 16, 20, 55), from_name="%s via Kickstarter" % creator, from_addr="no-reply@kickstarter.com",
               selector="ksr1", to="s.murphy@example.ie", subject="Project Update #11: Lumen Dock – %s" % upd, blocks=blocks,
               accent="#05ce78",
               extra_headers=unsub("https://www.kickstarter.com/projects/northbeam/lumen-dock/unsubscribe?t=Pq2"))


def gofundme_es():
    title = "Comedor social San Roque: invierno 2026"
    blocks = [
        ("logo", "GoFundMe", "https://www.gofundme.com/static/media/email-logo.png"),
        ("h1", "¡Gracias por tu donativo, Lucía!"),
        ("p", "Tu donativo a «%s» se ha procesado correctamente. Cada euro ayuda a servir 180 comidas calientes al día en el barrio." % title),
        ("kv", [("Donativo", "50,00 €"), ("Propina a GoFundMe", "5,00 €"), ("Total cobrado", "55,00 €"),
                ("Método de pago", "Visa •••• 2291"), ("Fecha", "3 de diciembre de 2026"), ("N.º de transacción", "GFM-ES-8830142277")]),
        ("p", "Organizadora: Asociación Vecinal San Roque (Badajoz). Si tienes preguntas sobre el uso de los fondos, puedes escribir a comedor@avsanroque.example o llamar al +34 924 555 0121."),
        ("btn", "Ver la recaudación", "https://www.gofundme.com/f/comedor-social-san-roque-invierno-2026"),
        ("small", "Este correo sirve como recibo. Las donaciones a través de GoFundMe no son deducibles salvo que se indique lo contrario."),
        ("hr",),
        foot([("Centro de ayuda", "https://support.gofundme.com/hc/es"), ("Privacidad", "https://www.gofundme.com/es-es/c/privacy")],
             "GoFundMe Ireland Ltd., 70 Sir John Rogerson's Quay, Dublín 2, D02 R296, Irlanda"),
    ]
    return msg(F, "gofundme__es-donation-receipt-soup-kitchen-amounts-phone",
               ("gofundme", "es", "es", "fundraiser title; organiser contact",
                "hard-negative: donation receipt with amounts, card last digits, organiser phone and email",
                "sender no-reply@gofundme.com guessed"),
               date=D(2026, 12, 3, 20, 11, 4), from_name="GoFundMe", from_addr="no-reply@gofundme.com", selector="gfm1",
               to="lucia.moreno@example.es", subject="Gracias por tu donativo a %s" % title, blocks=blocks, lang="es",
               accent="#02a95c")


def ebay_it():
    item = "Obiettivo Canon EF 50mm f/1.8 STM – come nuovo, con paraluce"
    note = ("Grazie per l'acquisto! Spedisco domani mattina con Poste Delivery Business, il codice di tracciamento "
            "arriva su eBay. Per qualsiasi problema potete chiamarmi al 333 555 0147 (Luca).")
    blocks = [
        ("logo", "eBay", "https://ir.ebaystatic.com/pictures/aw/pics/logos/logoEbay_x45.png"),
        ("h1", "Ordine confermato"),
        ("p", "Ciao Giulia, grazie per il tuo ordine. Ti invieremo un'email quando il venditore avrà spedito l'oggetto."),
        ("kv", [("Oggetto", item), ("Numero oggetto", "176644021983"), ("Prezzo", "89,90 EUR"), ("Spedizione", "6,50 EUR"),
                ("Totale", "96,40 EUR"), ("Pagato con", "PayPal"), ("Consegna stimata", "mer 9 dic – ven 11 dic"),
                ("Venditore", "foto_luca_bo (1.204 ★)"), ("Nota del venditore", note)]),
        ("btn", "Visualizza dettagli ordine", "https://order.ebay.it/ord/show?orderId=09-12233-48815"),
        ("hr",),
        foot("eBay ti ha inviato questa email perché hai effettuato un acquisto.",
             [("Informativa sulla privacy", "https://www.ebay.it/help/policies/member-behaviour-policies/informativa-sulla-privacy"),
              ("Regole per gli utenti", "https://www.ebay.it/help/policies/member-behaviour-policies/regole-per-gli-utenti")],
             "© 2026 eBay Inc. eBay GmbH, Albert-Einstein-Ring 2-6, 14532 Kleinmachnow, Germania"),
    ]
    return msg(F, "ebay__it-order-confirmation-seller-note-phone",
               ("ebay", "it", "it", "seller note; seller username",
                "hard-negative: order receipt with prices and a seller note giving a mobile number",
                "sender ebay@ebay.com guessed for IT"),
               date=D(2026, 12, 6, 10, 42, 30), from_name="eBay", from_addr="ebay@ebay.com", selector="ebay2026",
               to="giulia.ferri@example.it", to_name="Giulia Ferri", subject="Ordine confermato: %s" % item, blocks=blocks,
               lang="it", accent="#3665f3")


def coinbase_en():
    blocks = [
        ("logo", "Coinbase", "https://static-assets.coinbase.com/email/coinbase-logo.png"),
        ("h1", "You sent 0.05000000 BTC"),
        ("p", "You sent 0.05000000 BTC (≈ $4,861.25) from your Coinbase account to an external Bitcoin address."),
        ("kv", [("Amount", "0.05000000 BTC"), ("Network fee", "0.00001820 BTC"), ("Network", "Bitcoin"),
                ("To address", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"), ("Date", "Dec 7, 2026, 09:14 UTC"),
                ("Transaction hash", "4f1c9a27e0d58b3c6a9e2d7f1b04c8e5a3f6d92b7c1e08a4d5b3f2e9c7a61d08")]),
        ("btn", "View transaction", "https://www.coinbase.com/transactions/3b7d2c1e-8f4a-4b9e-a1c2-55d0e8f7a913"),
        ("p", "If you didn't make this transaction, lock your account immediately at coinbase.com/settings/security and contact us through help.coinbase.com. Coinbase will never ask you to send crypto to a \"safe\" address."),
        ("hr",),
        foot([("Help Center", "https://help.coinbase.com"), ("Privacy", "https://www.coinbase.com/legal/privacy")],
             "Coinbase, Inc. · 248 3rd St #434 · Oakland, CA 94607",
             "This is a transactional email about your account."),
    ]
    return msg(F, "coinbase__en-btc-withdrawal-confirmation",
               ("coinbase", "en", "en", "(none user-typed; destination address chosen by account owner)",
                "hard-negative: genuine crypto withdrawal confirmation with address, hash, amounts and 'lock your account' advice",
                "sender no-reply@coinbase.com believed real"),
               date=D(2026, 12, 7, 9, 14, 52), from_name="Coinbase", from_addr="no-reply@coinbase.com", selector="cb1",
               to="marcus.lee@example.com", subject="You sent 0.05000000 BTC", blocks=blocks, accent="#0052ff")


def chase_en():
    blocks = [
        ("logo", "Chase", "https://www.chase.com/content/dam/chaseonline/en/alerts/ondemand/eventdriven/mol/images/chaseNew.gif"),
        ("h1", "Did you make this purchase?"),
        ("p", "We noticed unusual activity on your debit card ending in 4417 and want to make sure it's you."),
        ("kv", [("Merchant", "ELECTRO MART ONLINE"), ("Amount", "$642.18"), ("Date", "Dec 2, 2026 at 11:58 PM ET"), ("Card", "Chase debit (...4417)")]),
        ("p", "If you recognize this purchase, you don't need to do anything. If you don't, reply NO to the text we sent, or call the number on the back of your card. Until we hear from you, some transactions may be declined."),
        ("p", "For your security, we'll never ask for your PIN, full card number, password or one-time code by email, text or phone."),
        ("hr",),
        foot("You're receiving this alert because fraud monitoring is on for your account. Please don't reply to this automated message.",
             [("Privacy", "https://www.chase.com/digital/resources/privacy-security"), ("Security center", "https://www.chase.com/digital/resources/privacy-security/security")],
             "JPMorgan Chase Bank, N.A. Member FDIC. © 2026 JPMorgan Chase & Co."),
    ]
    return msg(F, "chase__en-debit-card-fraud-alert-call-number-on-card",
               ("chase", "en", "en", "(none user-typed; merchant descriptor)",
                "hard-negative: genuine bank fraud alert that asks you to call the number on the back of your card",
                "sender no.reply.alerts@chase.com believed real"),
               date=D(2026, 12, 3, 4, 59, 30), from_name="Chase", from_addr="no.reply.alerts@chase.com", selector="alerts",
               to="t.nguyen@example.com", subject="Fraud alert: Did you make this purchase?", blocks=blocks, accent="#117aca")


def clickup_ko():
    task = "2027 카탈로그 인쇄 견적 및 납품 일정"
    prev = "박서연: 견적서 최종본 올려주실 수 있을까요? 용지는 스노우지 150g 기준으로 부탁드립니다."
    reply = ("네, 최종 견적서 올려두었습니다: https://hbp.example/q/2027-cat (PDF, 3,000부 기준 4,850,000원, 부가세 별도). "
             "납품은 1월 15일 예정이고, 일정 관련해서는 제작 담당 김민지 대리 010-5550-0143 으로 연락 주세요.")
    blocks = [
        ("logo", "ClickUp", "https://app-cdn.clickup.com/assets/email/clickup-logo.png"),
        ("p", "이준호 replied in a thread on %s" % task),
        ("kv", [("Workspace", "한빛인쇄 · 영업팀"), ("List", "견적 요청")]),
        ("quote", prev),
        ("p", "이준호: " + reply),
        ("btn", "Reply in ClickUp", "https://app.clickup.com/t/86c1q2w4r?comment=90150008812341"),
        ("hr",),
        foot([("Unsubscribe from this task", "https://app.clickup.com/notifications/unsubscribe?task=86c1q2w4r"),
              ("Notification settings", "https://app.clickup.com/settings/notifications")],
             "ClickUp · 350 10th Ave, Suite 500 · San Diego, CA 92101"),
    ]
    return msg(F, "clickup__ko-thread-reply-quote-link-own-domain-phone",
               ("clickup", "en", "ko", "workspace name; task name; threaded comment",
                "hard-negative: thread reply with a price quote, link to the company's short domain (hbp.example) and staff mobile",
                "sender notifications@tasks.clickup.com guessed"),
               date=D(2026, 12, 8, 2, 16, 40), from_name="이준호 (ClickUp)", from_addr="notifications@tasks.clickup.com",
               dkim_d="clickup.com", selector="cu1", to="seoyeon.park@example.kr", subject="Re: %s" % task, blocks=blocks,
               accent="#7b68ee")


def bitbucket_en():
    blocks = [
        ("logo", "Bitbucket", "https://bitbucket.org/account/email/images/bitbucket-logo.png"),
        ("h1", "A repository access token was created"),
        ("p", "Priya Raman created a new repository access token for arobx/firmware-main."),
        ("kv", [("Token name", "ci-deploy-2026-12"), ("Scopes", "repository:read, pullrequest:read, pipelines:write"),
                ("Created", "Dec 9, 2026 14:03 UTC"), ("Expires", "Mar 9, 2027"), ("Token ID", "{7c2e90a1-5d4f-4b61-8e3a-0f9d2c6b1a47}")]),
        ("p", "The token value was shown once when it was created and isn't included in this email. Our build server at https://ci.arobx.example/builds uses it to push release tags."),
        ("p", "If you don't recognise this token, revoke it now from Repository settings › Access tokens and rotate any secrets stored in Pipelines variables."),
        ("btn", "Manage access tokens", "https://bitbucket.org/arobx/firmware-main/admin/access-tokens"),
        ("hr",),
        foot([("Notification settings", "https://bitbucket.org/account/settings/email/"), ("Access tokens docs", "https://support.atlassian.com/bitbucket-cloud/docs/repository-access-tokens/")],
             "Atlassian Pty Ltd · Level 6, 341 George Street · Sydney NSW 2000 · Australia"),
    ]
    return msg(F, "bitbucket__en-repository-access-token-created-own-ci-domain",
               ("bitbucket", "en", "en", "token name; repository name; free-text note",
                "hard-negative: security notice about a token, urging revocation; link to developer's own CI domain",
                "sender notifications-noreply@bitbucket.org believed real"),
               date=D(2026, 12, 9, 14, 3, 22), from_name="Bitbucket", from_addr="notifications-noreply@bitbucket.org",
               selector="bb1", to="devops@arobx.example", subject="[Bitbucket] A repository access token was created in arobx/firmware-main",
               blocks=blocks, accent="#0052cc")


def vercel_ja():
    commit = "トップページの価格表示を修正（税込３，９８０円）＋お問い合わせ電話番号を０３－５５５５－０１３８に更新"
    blocks = [
        ("logo", "Vercel", "https://assets.vercel.com/image/upload/front/email/vercel-logo.png"),
        ("h1", "Deployment ready"),
        ("p", "Your deployment of hoshizora-shop is ready."),
        ("kv", [("Project", "hoshizora-shop"), ("Branch", "fix/price-display"), ("Commit", "a41c9e2 · " + commit),
                ("Author", "佐藤 美咲"), ("Preview", "https://hoshizora-shop-git-fix-price-display-hzs.vercel.app"),
                ("Production domain", "https://hzs.example")]),
        ("p", "Environment variables were last changed 3 days ago (NEXT_PUBLIC_STORE_ID, STRIPE_SECRET_KEY). Values are never included in emails."),
        ("btn", "Visit Preview", "https://hoshizora-shop-git-fix-price-display-hzs.vercel.app"),
        ("hr",),
        foot([("Notification settings", "https://vercel.com/account/notifications"), ("Vercel", "https://vercel.com")],
             "Vercel Inc. · 440 N Barranca Ave #4133 · Covina, CA 91723"),
    ]
    return msg(F, "vercel__ja-deployment-ready-fullwidth-price-phone-in-commit",
               ("vercel", "en", "ja", "project name; commit message; author name",
                "hard-negative: commit message with fullwidth digits (price and shop phone), preview URL and env-var/secret names",
                "sender notifications@vercel.com guessed"),
               date=D(2026, 12, 4, 6, 31, 9), from_name="Vercel", from_addr="notifications@vercel.com", selector="vc1",
               to="misaki.sato@example.jp", subject="Deployment ready: hoshizora-shop (fix/price-display)", blocks=blocks,
               accent="#000000")


def beehiiv_en():
    pub = "The Safe Inbox"
    title = "This week's scams: the 'renewal' call-back trick and fake parcel fees"
    body1 = ("Three reader submissions this week follow the same playbook. None of them contains a bad link – they want you to pick up the phone.")
    ex1 = ("“Your order #88127 for $389.99 has been processed. If you did not authorize this charge, call +1 (808) 555-0163 within 24 hours to cancel.”")
    body2 = ("That message arrived through a legitimate helpdesk's auto-reply, so it passed every authentication check. The tell: nobody at that company sells antivirus.")
    ex2 = ("“Your parcel is held. Pay RM 3.50 redelivery fee: posmy-redelivery[.]top” – the link is defanged here on purpose; don't type it in.")
    body3 = ("What to do: never call a number from an unexpected invoice, look the company up yourself, and if you already paid, call your bank using the number on the back of your card. We keep a running list of reported numbers at https://tsi.example/numbers.")
    url = "https://tsi.example/p/renewal-call-back-trick"
    blocks = [
        ("small", pub + " · Issue #48 · December 10, 2026"),
        ("h1", title),
        ("p", body1), ("quote", ex1), ("p", body2), ("quote", ex2), ("p", body3),
        ("btn", "Read online", url),
        ("p", "Got a suspicious message? Forward it to tips@tsi.example and we may feature it (we remove your details)."),
        ("hr",),
        foot([("Unsubscribe", "https://tsi.example/unsubscribe?uid=5b81"), ("Manage preferences", "https://tsi.example/subscribe/update")],
             "The Safe Inbox · 1042 Larkin St, San Francisco, CA 94109",
             ("Powered by beehiiv", "https://www.beehiiv.com/?utm_source=tsi&utm_medium=footer")),
    ]
    return msg(F, "beehiiv__en-newsletter-post-quotes-scam-examples",
               ("beehiiv", "en", "en", "newsletter post title and body",
                "hard-negative: anti-scam newsletter quoting scam texts (call-back number, defanged .top host, bank advice)",
                "sender on mail.beehiiv.com guessed"),
               date=D(2026, 12, 10, 13, 0, 0), from_name=pub, from_addr="thesafeinbox@mail.beehiiv.com", dkim_d="beehiiv.com",
               selector="bh1", to="reader.4471@example.net", subject=title, blocks=blocks, accent="#0f766e",
               extra_headers=unsub("https://tsi.example/unsubscribe?uid=5b81", "unsubscribe@mail.beehiiv.com"))


def nextdoor_es():
    title = "Se perdió perrita: Canela (chihuahua)"
    body = ("Vecinos, anoche se nos escapó Canela cerca de Alvarado y la 8th. Es chihuahua color canela, con collar rojo y "
            "placa con su nombre. Es muy miedosa, no la persigan. Si la ven, por favor llamen o manden texto al (213) 555-0126 "
            "(Rosa). Ofrecemos recompensa de $100. ¡Gracias!")
    blocks = [
        ("logo", "Nextdoor", "https://d19rpgkrjeba2z.cloudfront.net/static/images/email/nextdoor-logo.png"),
        ("p", "Rosa Jiménez · Pico-Union · Publicado en Mascotas perdidas y encontradas"),
        ("h2", title),
        ("p", body),
        ("btn", "Responder", "https://nextdoor.com/p/Kq3Lp8rT2mZx?utm_source=email&is=npe&ct=post"),
        ("hr",),
        foot("Este mensaje es para hector.r@example.com.",
             [("Cancelar suscripción", "https://nextdoor.com/unsubscribe/?t=post_notif&u=c3e2"), ("Configuración de correo", "https://nextdoor.com/settings/email/")],
             "Nextdoor, 420 Taylor Street, San Francisco, CA 94102"),
    ]
    return msg(F, "nextdoor__es-lost-dog-post-phone-reward",
               ("nextdoor", "es", "es", "post title and body",
                "hard-negative: lost-pet post with a phone number and a $100 reward",
                "sender reply@rs.email.nextdoor.com guessed"),
               date=D(2026, 11, 26, 15, 41, 3), from_name="Nextdoor Pico-Union", from_addr="reply@rs.email.nextdoor.com",
               dkim_d="nextdoor.com", selector="nd1", to="hector.r@example.com", subject=title, blocks=blocks, lang="es",
               accent="#8ed500", extra_headers=unsub("https://nextdoor.com/unsubscribe/?t=post_notif&u=c3e2"))


def strava_nl():
    club = "TWC De Heuvelrug"
    ev = "Zondagochtendrit Heuvelrug 80 km"
    desc = ("Vertrek 08:30 bij Café De Zwaan, Dorpsstraat 12, Doorn. Tempo 28–30 km/u, koffiestop in Rhenen (€ 4,50 koffie + "
            "appeltaart, zelf afrekenen). Lekke band of te laat? Bel of app Joost: 06 5550 0147. Bij ijzel gaat de rit niet door.")
    blocks = [
        ("logo", "Strava", "https://d3nn82uaxijpm6.cloudfront.net/assets/email/strava-logo.png"),
        ("h1", "Nieuwe groepsactiviteit in %s" % club),
        ("h2", ev),
        ("kv", [("Wanneer", "zondag 13 december 2026, 08:30"), ("Startpunt", "Café De Zwaan, Dorpsstraat 12, Doorn"), ("Type", "Rit · 80 km")]),
        ("p", desc),
        ("btn", "Ik doe mee", "https://www.strava.com/clubs/208114/group_events/3390127"),
        ("hr",),
        foot([("Afmelden", "https://www.strava.com/unsubscribe?type=club_event&t=1c9e"), ("E-mailinstellingen", "https://www.strava.com/settings/email")],
             "Strava, Inc. · 500 3rd St., Suite 110 · San Francisco, CA 94107"),
    ]
    return msg(F, "strava__nl-club-group-ride-organiser-phone-cafe-address",
               ("strava", "nl", "nl", "club name; group event title and description",
                "hard-negative: group-ride description with organiser's mobile, café address and price",
                "sender no-reply@strava.com believed real"),
               date=D(2026, 12, 9, 19, 5, 44), from_name="Strava", from_addr="no-reply@strava.com", selector="strava1",
               to="e.devries@example.nl", subject="%s: %s" % (club, ev), blocks=blocks, lang="nl", accent="#fc5200")


def gforms_tr():
    title = "Kış Kermesi 2026 – Gönüllü Kayıt Formu"
    blocks = [
        ("p", "“%s” formunu doldurduğunuz için teşekkür ederiz." % title),
        ("p", "Yanıtlarınız aşağıdadır:"),
        ("kv", [("Ad Soyad", "Elif Kaya"), ("Telefon", "0532 555 01 48"), ("Hangi gün gelebilirsiniz?", "Cumartesi 19 Aralık"),
                ("Görev tercihi", "Kek ve börek standı")]),
        ("p", "Kermes yeri: Moda İlkokulu bahçesi, Moda Cd. No: 41, Kadıköy. Sorularınız için okul aile birliği: 0216 555 01 32 (hafta içi 09:00–16:00). Bağış yapmak isterseniz tüm gelir kütüphane için kullanılacaktır."),
        ("btn", "Yanıtı düzenle", "https://docs.google.com/forms/d/e/1FAIpQLSfT2kQ8mL0pR4wZ9xN6cV1bY3uJ7hG5dS2aE8qW4rT6yU0iO/viewform?edit2=2_ABaOnud"),
        ("hr",),
        foot([("Kendi Google Formunuzu oluşturun", "https://docs.google.com/forms?usp=mail_form_link")],
             "Google Formlar: Anket oluşturun ve analiz edin.",
             "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, ABD"),
    ]
    return msg(F, "google-forms__tr-response-receipt-kermes-school-phone",
               ("google-forms", "tr", "tr", "form title; form description; respondent answers",
                "hard-negative: response receipt echoing the respondent's phone plus venue address and organiser phone",
                "sender forms-receipts-noreply@google.com believed real"),
               date=D(2026, 12, 5, 8, 27, 36), from_name="Google Formlar", from_addr="forms-receipts-noreply@google.com",
               selector="20230601", mailfrom="docs.bounces.google.com", to="elif.kaya@example.com.tr",
               subject="%s formuna verdiğiniz yanıtların kopyası" % title, blocks=blocks, lang="tr", accent="#673ab7")


def surveymonkey_vi():
    sender = "Phòng khám Nha khoa An Tâm"
    body = ("Chào chị Hương,\nCảm ơn chị đã đến khám tại Nha khoa An Tâm ngày 28/11. Chị vui lòng dành 2 phút trả lời khảo sát "
            "để chúng tôi phục vụ tốt hơn.\nNếu cần đặt lịch tái khám, chị gọi (028) 555 0138, nhắn Zalo 0901 555 013 hoặc đặt "
            "lịch tại https://nkat.example/dat-lich.\nTrân trọng,\nBS. Trần Minh Quân")
    blocks = [
        ("p", body),
        ("btn", "Begin Survey", "https://www.surveymonkey.com/tr/v1/te/Hk3Ld9p2V_2FqR8tX0nB_3D_3D"),
        ("small", "Please do not forward this email as its survey link is unique to you."),
        foot([("Privacy", "https://www.surveymonkey.com/mp/legal/privacy/"), ("Unsubscribe", "https://www.surveymonkey.com/optout.aspx?sm=Hk3Ld9p2V")],
             "Powered by SurveyMonkey. See how easy it is to create surveys and forms."),
    ]
    return msg(F, "surveymonkey__vi-dental-clinic-survey-phone-zalo",
               ("surveymonkey", "en", "vi", "invitation sender name, subject and message",
                "hard-negative: patient survey with clinic phone, Zalo contact and booking link on short domain",
                "sender member@surveymonkeyuser.com believed real"),
               date=D(2026, 11, 30, 3, 15, 0), from_name=sender, from_addr="member@surveymonkeyuser.com", selector="sm1",
               to="huong.le@example.vn", subject="Khảo sát mức độ hài lòng sau lần khám ngày 28/11", blocks=blocks, lang="vi",
               accent="#00bf6f")


def qualtrics_zh():
    body = ("同学你好：\n学生事务处正在开展 2026 年秋季学期宿舍生活满意度调查，约需 8 分钟。完成问卷的同学可参加抽奖，"
            "赢取 ¥200 校园卡充值（共 50 名）。本调查已获伦理审查委员会批准（编号 XQU-IRB-2026-117）。\n"
            "如有疑问，请联系 伦理审查委员会 +86 10 5550 0135 或 irb@xqu.example。\n\n"
            "Dear student,\nStudent Affairs is running the Autumn 2026 residence satisfaction survey (about 8 minutes). "
            "Respondents may enter a prize draw for one of 50 ¥200 campus-card top-ups. Approved by the Research Ethics "
            "Committee (XQU-IRB-2026-117). Questions: +86 10 5550 0135 or irb@xqu.example.")
    url = "https://xqu.qualtrics.com/jfe/form/SV_8ixPq2LmR4tW0bY?Q_DL=EMD_9fR2x_0kQ7mP&Q_CHL=email"
    blocks = [
        ("p", body),
        linkp("开始问卷 / Take the survey: ", "点击这里 / Click here", url),
        ("hr",),
        foot("Follow the link to opt out of future emails:",
             ("Click here to unsubscribe", "https://xqu.qualtrics.com/CP/Register.php?OptOut=true&RID=MLRP_9fR2x")),
    ]
    return msg(F, "qualtrics__zh-en-bilingual-residence-survey-prize-draw-irb-phone",
               ("qualtrics", "zh-Hans+en", "zh-Hans+en", "distribution From name, subject and bilingual message",
                "hard-negative: bilingual survey mentioning a prize draw with amounts, ethics-board phone and email",
                "sender noreply@qemailserver.com believed real"),
               date=D(2026, 11, 23, 1, 30, 0), from_name="新桥大学学生事务处 Xinqiao University Student Affairs",
               from_addr="noreply@qemailserver.com", selector="qm1", to="wang.lei2024@example.edu.cn",
               subject="2026 秋季宿舍生活满意度调查 / Autumn 2026 Residence Survey", blocks=blocks, lang="zh-Hans",
               font="'PingFang SC', 'Microsoft YaHei', sans-serif", accent="#1a73e8")


def zendesk_sv():
    reply = ("Hej Elin!\n\nVi har nu tagit emot din retur (Vandringskänga Fjällripa, strl 39) och återbetalat 1 249,00 kr till "
             "ditt Visa-kort som slutar på 0041. Det kan ta 3–5 bankdagar innan pengarna syns på kontot.\n\n"
             "Ring oss gärna på 08-555 011 29 (vardagar 9–17) om något är oklart, eller svara på det här mejlet.\n\n"
             "Vänliga hälsningar,\nJonas | Nordsko kundtjänst")
    prev = ("Elin Berg, 1 dec. 2026 21:14\nHej! Jag skickade tillbaka kängorna förra veckan (order 50231) via PostNord, "
            "kolli-id 00370730255501478. När kan jag räkna med återbetalningen? /Elin")
    text = ("##- Skriv ditt svar ovanför den här raden -##\n\nDitt ärende (#61877) har uppdaterats. Svara på det här mejlet "
            "eller klicka på länken nedan.\n\nJonas (Nordsko)\n3 dec. 2026 10:02 CET\n\n" + reply + "\n\n----\n\n" + prev +
            "\n\nDet här mejlet är en tjänst från Nordsko. Levererat av Zendesk\n\n[9DQ0K1-R7ZJ]\n")
    html = ('<!DOCTYPE html><html lang="sv"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>[Nordsko] Re: Retur av order 50231</title></head>\n'
            '<body style="margin:0;padding:0;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2e2f">'
            '<div style="color:#b5b5b5">##- Skriv ditt svar ovanför den här raden -##</div>\n'
            '<p>Ditt ärende (#61877) har uppdaterats. Svara på det här mejlet eller <a href="https://nordsko.zendesk.com/hc/requests/61877">klicka här</a> för att se ärendet.</p>\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:15px 0;border-top:1px dotted #c5c5c5">'
            '<p style="margin:0"><strong>Jonas</strong> (Nordsko)</p><p style="color:#bbbbbb;font-size:13px;margin:0">3 dec. 2026 10:02 CET</p>'
            '<div style="margin-top:10px">%s</div></td></tr>\n<tr><td style="padding:15px 0;border-top:1px dotted #c5c5c5">'
            '<p style="margin:0"><strong>Elin Berg</strong></p><div style="margin-top:10px;color:#555">%s</div></td></tr></table>\n'
            '<div style="color:#aaaaaa;font-size:12px;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee">'
            'Det här mejlet är en tjänst från Nordsko. Levererat av <a href="https://www.zendesk.com/support/?utm_source=helpdesk&amp;utm_medium=poweredbyzendesk" style="color:black">Zendesk</a></div>\n'
            '<span style="color:#FFFFFF">[9DQ0K1-R7ZJ]</span></body></html>\n') % (h(reply).replace("\n", "<br>"), h(prev).replace("\n", "<br>"))
    return msg(F, "zendesk__sv-ticket-reply-refund-amount-phone-thread",
               ("zendesk", "sv", "sv", "agent reply; quoted customer message; ticket subject",
                "hard-negative: threaded support reply confirming a refund amount, card last digits, tracking id and support phone",
                "helpdesk on nordsko.zendesk.com, DKIM d=zendesk.com"),
               date=D(2026, 12, 3, 9, 2, 41), from_name="Nordsko Kundtjänst", from_addr="support@nordsko.zendesk.com",
               dkim_d="zendesk.com", selector="zendesk1", mailfrom="nordsko.zendesk.com", to="elin.berg@example.se",
               subject="[Nordsko] Re: Retur av order 50231", blocks=[], text=text, html=html,
               extra_headers=[("X-Mailer", "Zendesk Mailer"), ("In-Reply-To", "<7XGQ2K_6a1d8e0f2b1c@nordsko.zendesk.com>")])


def squarespace_fr():
    blocks = [
        ("p", "Sent via form submission from Atelier Roussel – Menuiserie"),
        ("kv", [("Nom", "Claire Dubois"), ("E-mail", "claire.dubois@example.fr"), ("Téléphone", "06 55 50 01 42"),
                ("Message", "Bonjour, je souhaite un devis pour une bibliothèque sur mesure en chêne (3,20 m × 2,40 m) avec "
                            "portes basses. Budget autour de 4 500 €. Vous pouvez me rappeler en fin de journée. "
                            "Adresse du chantier : 14 rue des Tilleuls, 69003 Lyon.")]),
        ("p", "(Sent via Atelier Roussel – Menuiserie)"),
        ("hr",),
        foot("Sent via Squarespace", ("Manage form storage", "https://atelier-roussel.squarespace.com/config/pages")),
    ]
    return msg(F, "squarespace__fr-quote-request-callback-phone-address",
               ("squarespace", "en", "fr", "contact-form fields (name, phone, message)",
                "hard-negative: customer asks for a call back, gives phone, budget and site address",
                "sender form-submission@squarespace.info believed real"),
               date=D(2026, 11, 19, 16, 54, 18), from_name="Squarespace", from_addr="form-submission@squarespace.info",
               selector="sqs1", to="contact@atelier-roussel.example", subject="Form Submission - Demande de devis",
               blocks=blocks, reply_to=("Claire Dubois", "claire.dubois@example.fr"), accent="#000000")


def greenhouse_de():
    blocks = [
        ("p", "Liebe Frau Yılmaz,"),
        ("p", "wir freuen uns sehr, Ihnen die Position Senior Embedded Engineer (m/w/d) bei der Kestrel Robotics GmbH in München anzubieten."),
        ("kv", [("Position", "Senior Embedded Engineer (m/w/d)"), ("Jahresbruttogehalt", "86.000 € + 10 % Bonus"),
                ("Startdatum", "1. Februar 2027"), ("Arbeitsort", "München, hybrid (3 Tage Büro)"), ("Angebot gültig bis", "11. Dezember 2026")]),
        ("p", "Bitte prüfen und unterzeichnen Sie das Angebot über den folgenden Link. Bei Fragen zum Vertrag erreichen Sie mich direkt unter +49 89 555 0193 oder johanna.berg@kestrel-robotics.example."),
        ("btn", "Angebot ansehen und unterzeichnen", "https://app.greenhouse.io/offers/sign/8b3f2a71c4d9e065?locale=de"),
        ("p", "Herzliche Grüße\nJohanna Berg\nTalent Acquisition, Kestrel Robotics GmbH"),
        ("hr",),
        foot("Kestrel Robotics GmbH · Landsberger Str. 302 · 80687 München · Amtsgericht München HRB 255501",
             "Sent with Greenhouse"),
    ]
    return msg(F, "greenhouse__de-job-offer-salary-recruiter-phone",
               ("greenhouse", "de", "de", "offer details; recruiter signature",
                "hard-negative: genuine job offer with salary, deadline, recruiter phone and e-sign link",
                "sender no-reply@greenhouse.io guessed"),
               date=D(2026, 12, 4, 11, 12, 33), from_name="Johanna Berg (Kestrel Robotics)", from_addr="no-reply@greenhouse.io",
               selector="gh1", to="derya.yilmaz@example.de", subject="Ihr Vertragsangebot bei Kestrel Robotics GmbH",
               blocks=blocks, reply_to=("Johanna Berg", "johanna.berg@kestrel-robotics.example"), lang="de", accent="#24a47f")


def goto_da():
    title = "Budgetgennemgang Q1 2027"
    blocks = [
        ("logo", "GoTo Meeting", "https://www.goto.com/-/media/email/goto-logo.png"),
        ("p", "Mette Lund har inviteret dig til et møde."),
        ("h1", title),
        ("kv", [("Hvornår", "tirsdag 15. december 2026, 10:00–11:00 (CET)"), ("Organisator", "Mette Lund, Økonomi")]),
        ("p", "Deltag fra din computer, tablet eller smartphone:"),
        ("btn", "Deltag i mødet", "https://meet.goto.com/482119557"),
        ("kv", [("Ring ind", "Danmark: +45 55 50 01 23\nUSA: +1 (571) 555-0132"), ("Adgangskode", "482-119-557"),
                ("Dagsorden", "1. Status Q4  2. Budget pr. afdeling  3. Indkøb af nye laptops (ca. 240.000 kr.)")]),
        ("p", "Ny bruger af GoTo Meeting? Hent appen nu, så er du klar, når mødet starter: https://meet.goto.com/install"),
        ("hr",),
        foot([("Privatliv", "https://www.goto.com/company/legal/privacy"), ("Hjælp", "https://support.goto.com/meeting")],
             "GoTo Technologies USA, Inc. · 333 Summer Street · Boston, MA 02210"),
    ]
    return msg(F, "gotomeeting__da-meeting-invite-dial-in-access-code",
               ("gotomeeting", "da", "da", "meeting title; agenda",
                "hard-negative: meeting invitation with dial-in numbers, access code and an amount in the agenda",
                "sender noreply@goto.com guessed"),
               date=D(2026, 12, 7, 13, 45, 10), from_name="Mette Lund via GoTo Meeting", from_addr="noreply@goto.com",
               selector="goto1", to="anders.holm@example.dk", subject="Invitation: %s" % title, blocks=blocks, lang="da",
               reply_to=("Mette Lund", "mette.lund@nordfjord.example"), accent="#ff8c00")


def billowpay_el():
    biz = "Ταβέρνα Το Αρχοντικό"
    memo_el = "Κέτερινγκ για τη χριστουγεννιάτικη γιορτή της εταιρείας σας, 42 άτομα, 18/12. Η προκαταβολή 30% έχει ήδη εξοφληθεί."
    memo_en = "Catering for your company Christmas party, 42 guests, 18 Dec. The 30% deposit has already been paid."
    url = "https://pay.billowpay.io/i/inv_T7xq2M118"
    blocks = [
        ("logo", biz, "https://files.billowpay.io/logos/acct_55102/arxontiko.png"),
        ("h1", "Τιμολόγιο / Invoice ΤΙΜ-2026-118"),
        ("kv", [("Από / From", biz), ("Ποσό / Amount", "642,00 € (ΦΠΑ 13% συμπ. / incl. VAT)"),
                ("Λήξη / Due", "20 Δεκεμβρίου 2026 / 20 December 2026"), ("IBAN", "GR16 0110 1250 0000 0001 2300 695")]),
        ("p", "Σημείωση / Note:\n%s\n%s" % (memo_el, memo_en)),
        ("p", "Επικοινωνία / Contact: +30 210 555 0134 · kratiseis@tta.example · https://tta.example"),
        ("btn", "Πληρωμή / Pay invoice", url),
        ("hr",),
        foot("Στάλθηκε με Billowpay / Sent with Billowpay.",
             [("Report this invoice", "https://billowpay.io/report?i=inv_T7xq2M118"), ("Privacy", "https://billowpay.io/privacy")],
             "Billowpay Ltd · 9 Grand Canal Square · Dublin 2 · Ireland"),
    ]
    return msg(F, "billowpay__el-en-bilingual-catering-invoice-iban-phone",
               ("billowpay", "el+en", "el+en", "business name; invoice memo; business contact line",
                "hard-negative: bilingual Greek/English invoice with amount, IBAN, phone and a site on a short domain (tta.example)",
                "Billowpay is invented"),
               date=D(2026, 12, 8, 9, 20, 0), from_name="%s via Billowpay" % biz, from_addr="mailer@billowpay.io",
               selector="bp1", to="accounts@delta-logistics.example", subject="Τιμολόγιο ΤΙΜ-2026-118 από %s – 642,00 €" % biz,
               blocks=blocks, reply_to=(biz, "kratiseis@tta.example"), lang="el", accent="#0e7490")


def petitio_ka():
    org = "თბილისის ველოსიპედისტთა ასოციაცია"
    title = "უსაფრთხო ველობილიკები ვაკე–საბურთალოს მიმართულებით"
    upd = ("მადლობა! პეტიციამ 10 000 ხელმოწერას მიაღწია. 15 დეკემბერს, 11:00 საათზე, მერიასთან შეხვედრა გვაქვს და "
           "ხელმოწერებს ოფიციალურად გადავცემთ. ვისაც სურს შეხვედრაზე მოსვლა, დაგვიკავშირდით: +995 555 01 47 22 ან "
           "info@tva.example. დეტალური რუკა: https://tva.example/map")
    blocks = [
        ("logo", "Petitio", "https://static.petitio.org/mail/petitio.png"),
        ("small", "PETITION UPDATE"),
        ("h1", title),
        ("p", "Started by %s · 10,214 signatures" % org),
        ("p", upd),
        ("btn", "Read the update", "https://petitio.org/p/tbilisi-bike-lanes/updates/3"),
        ("p", "You're getting this because you signed this petition."),
        ("hr",),
        foot([("Unsubscribe from this petition", "https://petitio.org/unsubscribe?p=tbilisi-bike-lanes&u=9a2"), ("Privacy", "https://petitio.org/privacy")],
             "Petitio e.V. · Schönhauser Allee 36 · 10435 Berlin · Germany"),
    ]
    return msg(F, "petitio__ka-petition-update-georgian-org-contact-phone",
               ("petitio", "en", "ka", "organisation name; petition title; update text",
                "hard-negative: non-Latin (Georgian) organisation name, milestone count, organiser phone and own short domain",
                "Petitio is invented"),
               date=D(2026, 12, 11, 8, 0, 15), from_name="%s via Petitio" % org, from_addr="alerts@mail.petitio.org",
               dkim_d="petitio.org", selector="pt1", to="nino.beridze@example.ge", subject="Petition update: %s" % title,
               blocks=blocks, accent="#dc2626",
               extra_headers=unsub("https://petitio.org/unsubscribe?p=tbilisi-bike-lanes&u=9a2"))


def slotwise_fi():
    blocks = [
        ("logo", "Slotwise", "https://cdn.slotwise.app/email/slotwise-wordmark.png"),
        ("h1", "Salasanasi vaihdettiin"),
        ("p", "Hei Aino,\nSlotwise-tilisi salasana vaihdettiin 3.12.2026 klo 14.22 (Helsinki, Chrome / macOS)."),
        ("p", "Jos teit muutoksen itse, sinun ei tarvitse tehdä mitään."),
        ("p", "Jos et tunnista muutosta, nollaa salasanasi heti ja ota yhteyttä tukeemme: +358 9 5550 0128 (ma–pe 9–17) tai support@slotwise.app. Emme koskaan kysy salasanaasi puhelimessa."),
        ("btn", "Nollaa salasana", "https://slotwise.app/account/reset?src=pwchange&l=fi"),
        ("hr",),
        foot("Tämä on pakollinen tietoturvailmoitus, eikä siitä voi perua tilausta.",
             "Slotwise ApS · Njalsgade 21F · 2300 København S · Denmark"),
    ]
    return msg(F, "slotwise__fi-password-changed-security-notice-support-phone",
               ("slotwise", "fi", "fi", "(none user-typed; account name)",
                "hard-negative: 'password changed' security notice with support phone and reset button",
                "Slotwise is invented (same tool as the abuse Serbian booking)"),
               date=D(2026, 12, 3, 12, 22, 50), from_name="Slotwise", from_addr="support@slotwise.app", selector="sw1",
               to="aino.virtanen@example.fi", subject="Slotwise: salasanasi vaihdettiin", blocks=blocks, lang="fi",
               accent="#0f766e")


def huddlebox_hy():
    group = "Գյումրու կամավորների միություն"
    desc = ("Ամեն շաբաթ օր 10:00-ին հավաքում ենք տաք հագուստ և սնունդ միայնակ տարեցների համար։ Հավաքման կետ՝ "
            "Վարդանանց հրապարակ 3, Գյումրի։ Կոորդինատոր՝ Անի Հակոբյան, +374 10 555 0148։")
    blocks = [
        ("logo", "Huddlebox", "https://static.huddlebox.net/mail/logo.png"),
        ("h1", "You've been added to %s" % group),
        ("p", "Ani Hakobyan added you to the group %s." % group),
        ("kv", [("About this group", desc), ("Members", "87"), ("Privacy", "Private")]),
        ("btn", "Open group", "https://huddlebox.net/g/gyumri-volunteers?src=add_email"),
        ("p", "Don't want to be in this group? You can leave it at any time from the group page."),
        ("hr",),
        foot([("Leave group", "https://huddlebox.net/g/gyumri-volunteers/leave"), ("Email preferences", "https://huddlebox.net/settings/email")],
             "Huddlebox Inc. · 548 Market St #88231 · San Francisco, CA 94104"),
    ]
    return msg(F, "huddlebox__hy-volunteer-group-armenian-name-coordinator-phone",
               ("huddlebox", "en", "hy", "group name; group description",
                "hard-negative: Armenian-script group name and description with a coordinator phone and address",
                "Huddlebox is invented (same tool as the abuse investment group)"),
               date=D(2026, 11, 28, 7, 45, 3), from_name="Huddlebox", from_addr="notify@huddlebox.net", selector="hb1",
               to="armen.sargsyan@example.am", subject="Ani Hakobyan added you to %s" % group, blocks=blocks, accent="#ea580c",
               extra_headers=unsub("https://huddlebox.net/settings/email?u=7d04"))


def shiftnest_fa():
    note = ("صبح شنبه بار نان ساعت ۵:۳۰ می‌رسد، لطفاً ۱۵ دقیقه زودتر بیایید. اگر دیر می‌کنید یا مریض هستید با مدیر شیفت، "
            "آقای رضایی، تماس بگیرید: ۴۱۶-۵۵۵-۰۱۳۷")
    note_html = '<div dir="rtl" lang="fa">%s</div>' % h(note)
    blocks = [
        ("logo", "Shiftnest", "https://shiftnest.co/static/mail/logo.png"),
        ("h1", "Shift reminder"),
        ("p", "Hi Sara, you're working tomorrow at Nan-o-Chai Bakery (Yonge St)."),
        ("kv", [("When", "Saturday 12 Dec 2026, 06:00 – 14:00"), ("Role", "Front counter"), ("Location", "5480 Yonge St, North York, ON M2N 5S3")]),
        ("p", "Note from your manager:"),
        ("raw", note, note_html),
        ("btn", "View my schedule", "https://shiftnest.co/app/schedule?week=2026-W50"),
        ("p", "Can't make it? Request a swap in the app at least 12 hours before your shift."),
        ("hr",),
        foot([("Notification settings", "https://shiftnest.co/app/settings/notifications")],
             "Shiftnest Inc. · 99 Spadina Ave, Suite 400 · Toronto, ON M5V 3P8"),
    ]
    return msg(F, "shiftnest__fa-shift-reminder-manager-phone-persian-digits",
               ("shiftnest", "en", "fa", "manager note; business name",
                "hard-negative: shift reminder whose Persian manager note carries a phone in Persian digits",
                "Shiftnest is invented"),
               date=D(2026, 12, 11, 17, 0, 0), from_name="Shiftnest", from_addr="shifts@shiftnest.co", selector="sn1",
               to="sara.m@example.ca", subject="Reminder: your shift tomorrow at 06:00", blocks=blocks, accent="#4f46e5")


ALL = [meetup_pl, kickstarter_en, gofundme_es, ebay_it, coinbase_en, chase_en, clickup_ko, bitbucket_en, vercel_ja,
       beehiiv_en, nextdoor_es, strava_nl, gforms_tr, surveymonkey_vi, qualtrics_zh, zendesk_sv, squarespace_fr,
       greenhouse_de, goto_da, billowpay_el, petitio_ka, slotwise_fi, huddlebox_hy, shiftnest_fa]
