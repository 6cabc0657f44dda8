"""probe4 abuse set: genuine, authenticated platform notifications whose user-fillable fields carry scam text.
All phone numbers are fictional (555-01xx style), scam hosts use .top/.xyz/.icu/.sbs/.click, people and
organisations are invented."""
from common import *

F = ABUSE


def meetup_ca():
    group = "Atenció al client: comanda cobrada 389,99 € – truqueu per anul·lar"
    title = "Anul·lació de la renovació anual Norton 360"
    desc1 = ("Benvolgut/da client/a,\n"
             "La vostra subscripció anual a Norton 360 Deluxe s'ha renovat automàticament i s'ha cobrat un import de "
             "389,99 € al vostre compte (comanda núm. NRT-55190-ES).\n"
             "Si no reconeixeu aquest càrrec, truqueu-nos en un termini de 24 hores per anul·lar-lo i rebre el reemborsament complet:")
    desc2 = "Horari d'atenció: de dilluns a diumenge, de 8 a 22 h. No responeu aquest correu."
    phone_html = ('<div style="font-size:20px;font-weight:700;margin:8px 0">'
                  '<div style="display:inline-block">+34 9</div>'
                  '<div style="display:inline-block">3 555</div>'
                  '<div style="display:inline-block">&nbsp;01 47</div></div>')
    desc_html = ('<div style="border:1px solid #e3e5e8;border-radius:8px;padding:16px"><p style="margin:0 0 8px">%s</p>%s'
                 '<p style="margin:8px 0 0">%s</p></div>') % (h(desc1).replace("\n", "<br>"), phone_html, h(desc2))
    desc_text = desc1 + "\n+34 9\n3 555\n01 47\n" + desc2
    url = "https://www.meetup.com/atencio-client-anullacio/events/305418822/?rv=ea1&_xtd=gatlbWFpbF9jbGlja9oAJDY"
    blocks = [
        ("logo", "Meetup", "https://secure.meetupstatic.com/next/images/shared/meetup-logo.png"),
        ("small", "NEW EVENT"),
        ("h1", title),
        ("p", "Hosted by Departament de Facturació\nFrom %s" % group),
        ("kv", [("When", "Thursday, December 3, 2026\n10:00 AM to 11:00 AM CET"), ("Where", "Online event"),
                ("Attendees", "1 going")]),
        ("raw", desc_text, desc_html),
        ("btn", "Attend", url),
        ("hr",),
        foot("You received this email because you're a member of %s." % group,
             [("Unsubscribe from emails about new events in this group", "https://www.meetup.com/account/comms/?groupId=38812093&unsub=evt"),
              ("Email settings", "https://www.meetup.com/account/comms/")],
             "Meetup LLC, POB 4668 #37895 New York, New York 10163-4668",
             "Meetup and the Meetup logo are trademarks of Meetup LLC."),
    ]
    return msg(F, "meetup__ca-group-name-fake-renewal-call-split-phone",
               ("meetup", "en", "ca", "group name; event title; event description",
                "phone split across inline-block <div>s in HTML and across lines in text/plain",
                "lure: fake Norton renewal charge, call to cancel; sender info@meetup.com believed real"),
               date=D(2026, 12, 1, 8, 14, 22), from_name=group, from_addr="info@meetup.com", selector="mu2026",
               mailfrom="email.meetup.com", to="m.puig@example.org", subject="New event: %s" % title,
               blocks=blocks, lang="en", accent="#f65858",
               extra_headers=unsub("https://www.meetup.com/account/comms/?groupId=38812093&unsub=evt"))


def kickstarter_lv():
    project = "Siltā Krūze – viedā termokrūze ar 8 h siltumu"
    creator = "Rīgas Dizaina Laboratorija"
    upd = "Paldies atbalstītājiem: BTC dubultošanas akcija"
    body = ("Dārgie atbalstītāji!\n\n"
            "Lai pateiktos par jūsu uzticību, mūsu partneris rīko ierobežotu kriptovalūtu akciju. Katrs, kas nosūtīs no "
            "0,01 līdz 2 BTC uz zemāk norādīto adresi, 30 minūšu laikā saņems atpakaļ divkāršu summu.\n\n"
            "Instrukcijas un maka adrese: hxxps://btc-dubultosana[.]top/kickstarter\n"
            "Rezerves saite: hxxp://x2-bitcoin[.]icu/lv\n\n"
            "Akcija beidzas 5. decembrī plkst. 23:59. Nepalaidiet garām!\n\n"
            "Ar cieņu,\n%s komanda" % creator)
    url = "https://www.kickstarter.com/projects/rdlab/silta-kruze/posts/4051277?ref=backer_project_update"
    blocks = [
        ("logo", "Kickstarter", "https://ksr-static.imgix.net/email/kickstarter-logo-green.png"),
        ("small", "PROJECT UPDATE #4 · %s" % project),
        ("h1", upd),
        ("p", "Posted by %s · December 1, 2026" % creator),
        ("quote", body),
        ("btn", "Read this update on Kickstarter", url),
        ("p", "Reply to this email to send the creator a message, or leave a comment on the update."),
        ("hr",),
        foot("You're receiving this because you backed %s." % project,
             [("Unsubscribe from this project's updates", "https://www.kickstarter.com/projects/rdlab/silta-kruze/unsubscribe?t=Zk9x"),
              ("Notification settings", "https://www.kickstarter.com/settings/notifications")],
             "Kickstarter, PBC · 475 10th Avenue, 5th Floor · New York, NY 10018"),
    ]
    return msg(F, "kickstarter__lv-creator-update-btc-doubling-defanged-links",
               ("kickstarter", "en", "lv", "project name; creator name; update title and body",
                "defanged links (hxxps://, [.]) to .top/.icu crypto-doubling hosts",
                "lure: crypto doubling; sender no-reply@kickstarter.com guessed"),
               date=D(2026, 12, 1, 17, 40, 3), from_name="%s via Kickstarter" % creator,
               from_addr="no-reply@kickstarter.com", selector="ksr1", to="l.berzina@example.net",
               subject="Project Update #4: %s – %s" % ("Siltā Krūze", upd), blocks=blocks, accent="#05ce78",
               extra_headers=unsub("https://www.kickstarter.com/projects/rdlab/silta-kruze/unsubscribe?t=Zk9x"))


def gofundme_sw():
    title = "Hongera! Umeshinda TSh 5,000,000 – Droo ya Wateja Desemba 2026"
    story = ("Habari mpendwa mshindi,\n"
             "Namba yako ya simu imechaguliwa katika droo ya wateja wa mwezi Desemba na umeshinda zawadi ya shilingi "
             "milioni tano. Ili kupokea zawadi yako, lipa ada ya usajili ya TSh 35,000 kisha piga simu kwa wakala wetu wa zawadi:\n"
             "sifuri saba moja tano – tano tano tano – sifuri moja nne nane\n"
             "Usimwambie mtu yeyote hadi utakapopokea zawadi yako. Ofa inaisha tarehe 10 Desemba.")
    sharer = "Juma Mwakyusa"
    url = "https://www.gofundme.com/f/hongera-umeshinda-droo-ya-desemba?utm_source=email&utm_medium=share&attribution_id=sl:8a41"
    blocks = [
        ("logo", "GoFundMe", "https://www.gofundme.com/static/media/email-logo.png"),
        ("h1", "%s wants you to see this fundraiser" % sharer),
        ("quote", "“Angalia hii, ni kweli kabisa! Piga simu haraka.” — %s" % sharer),
        ("h2", title),
        ("p", "Organizer: Ofisi ya Zawadi · Dar es Salaam, Tanzania"),
        ("kv", [("Raised", "TSh 0 of TSh 5,000,000 goal"), ("Donations", "0")]),
        ("p", story),
        ("btn", "View fundraiser", url),
        ("hr",),
        foot("You received this email because %s shared a fundraiser with you on GoFundMe." % sharer,
             [("Unsubscribe", "https://www.gofundme.com/unsubscribe?type=share&e=aGFsaW1h"), ("Privacy", "https://www.gofundme.com/c/privacy")],
             "GoFundMe, 855 Jefferson Ave, PO Box 1329, Redwood City, CA 94064"),
    ]
    return msg(F, "gofundme__sw-fundraiser-title-prize-number-in-swahili-words",
               ("gofundme", "en", "sw", "fundraiser title; fundraiser story; sharer's personal note",
                "phone number written as Swahili number words (sifuri saba moja tano ...)",
                "lure: prize/lottery with registration fee; sender no-reply@gofundme.com guessed"),
               date=D(2026, 11, 27, 6, 52, 40), from_name="GoFundMe", from_addr="no-reply@gofundme.com",
               selector="gfm1", to="halima.said@example.net", subject="%s shared a fundraiser with you" % sharer,
               blocks=blocks, accent="#02a95c")


def zendesk_en_subject_only():
    subj = ("Request received: Invoice #NRT-77120 - $389.99 charged for Norton LifeLock auto-renewal. "
            "Not you? Cancel at norton-billing-desk.xyz or call +1 (808) 555-0163")
    text = ("##- Please type your reply above this line -##\n\n"
            "Your request (48213) has been received and is being reviewed by our support staff.\n\n"
            "To add additional comments, reply to this email.\n\n"
            "This email is a service from Trailcrest Outfitters. Delivered by Zendesk\n\n[8XKJ2P-QW3R]\n")
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0"><div style="color:#b5b5b5">##- Please type your reply above this line -##</div>\n'
            '<p style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2e2f">Your request (48213) has been received and is being reviewed by our support staff.</p>\n'
            '<p style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2e2f">To add additional comments, reply to this email.</p>\n'
            '<div style="color:#aaaaaa;font-size:12px;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee">'
            'This email is a service from Trailcrest Outfitters. Delivered by <a href="https://www.zendesk.com/support/?utm_source=helpdesk&amp;utm_medium=poweredbyzendesk" style="color:black">Zendesk</a></div>\n'
            '<span style="color:#FFFFFF">[8XKJ2P-QW3R]</span></body></html>\n') % h(subj)
    return msg(F, "zendesk__en-ticket-subject-only-norton-billing-hyphen-domain",
               ("zendesk", "en", "en", "ticket subject (requester-created ticket, auto-reply to forged requester)",
                "scam text in Subject only (body is the stock auto-reply); brand-hyphen-service domain norton-billing-desk.xyz",
                "lure: fake renewal charge, call/cancel; helpdesk of an unrelated shop abused as relay"),
               date=D(2026, 11, 19, 22, 3, 51), from_name="Trailcrest Outfitters",
               from_addr="support@trailcrest.zendesk.com", dkim_d="zendesk.com", selector="zendesk1",
               mailfrom="trailcrest.zendesk.com", to="dwight.okafor@example.com", subject=subj, blocks=[],
               text=text, html=html, reply_to=("Trailcrest Outfitters", "support@trailcrest.zendesk.com"),
               extra_headers=[("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-replied")])


def ebay_de():
    buyer = "m.krueger_2026"
    item = "Sony WH-1000XM5 Kopfhörer, schwarz, neuwertig mit OVP"
    body = ("Hallo, ich habe den Artikel soeben über eBay bezahlt, inklusive 35 € für die DHL-Transportversicherung. "
            "Damit die Zahlung für Sie freigegeben wird, müssen Sie zuerst die Versicherung bestätigen. Bitte schreiben Sie "
            "mir kurz per WhatsApp, ich schicke Ihnen dann den Bestätigungslink:\n"
            "0 1 7 6 / 5 5 5 . 0 1 . 3 9  (international: +49/176/5550/139)\n"
            "Danke und liebe Grüße, Maria")
    url = "https://www.ebay.de/mesg/ViewMessageDetail/0/m2026.1204.8821377310?ul_ref=mail"
    blocks = [
        ("logo", "eBay", "https://ir.ebaystatic.com/pictures/aw/pics/logos/logoEbay_x45.png"),
        ("h1", "Neue Nachricht von: %s" % buyer),
        ("kv", [("Artikel", item), ("Artikelnummer", "286511907733"), ("Preis", "189,00 €")]),
        ("quote", body),
        ("btn", "Antworten", url),
        ("p", "Schützen Sie sich: Zahlungen für bei eBay gekaufte Artikel werden immer über eBay abgewickelt."),
        ("hr",),
        foot("eBay hat diese Nachricht an Tobias Hahn (thahn_sammler) gesendet. Ihr Vorname und Nachname sind in der Nachricht enthalten, damit Sie erkennen, dass sie tatsächlich von eBay stammt.",
             [("Datenschutzerklärung", "https://www.ebay.de/help/policies/member-behaviour-policies/datenschutzerklrung?id=4260"),
              ("Nutzungsbedingungen", "https://www.ebay.de/help/policies/member-behaviour-policies/nutzungsbedingungen?id=4259")],
             "© 2026 eBay Inc. Alle Rechte vorbehalten. eBay GmbH, Albert-Einstein-Ring 2-6, 14532 Kleinmachnow"),
    ]
    return msg(F, "ebay__de-member-message-whatsapp-slashed-spaced-digits",
               ("ebay", "de", "de", "member-to-member message body",
                "phone written with spaced digits, slashes and dots (0 1 7 6 / 5 5 5 . 0 1 . 3 9); WhatsApp move off-platform",
                "lure: fake payment + transport-insurance fee aimed at a seller; sender ebay@ebay.com guessed for DE"),
               date=D(2026, 12, 4, 19, 22, 9), from_name="eBay", from_addr="ebay@ebay.com", selector="ebay2026",
               to="t.hahn@example.de", to_name="Tobias Hahn", subject="Neue Nachricht: Frage zu Artikel #286511907733 von %s" % buyer,
               blocks=blocks, lang="de", accent="#3665f3")


def revolut_ro():
    note = ("⚠️ Contul tău Revolut a fost suspendat temporar din motive de securitate. Confirmă-ți identitatea în 24 de ore "
            "la https://revolut.com.verificare-cont.top/ro/login, altfel fondurile vor fi blocate definitiv.")
    url = "https://revolut.me/r/req/2T9xQmKe4b"
    blocks = [
        ("logo", "Revolut", "https://assets.revolut.com/media/email/revolut-logo.png"),
        ("h1", "Cerere de plată: 1,00 RON"),
        ("p", "Andrei Popescu ți-a trimis o cerere de plată de 1,00 RON."),
        ("kv", [("De la", "Andrei Popescu (@andreip8841)"), ("Sumă", "1,00 RON"), ("Notă", note)]),
        ("btn", "Vezi cererea în aplicație", url),
        ("small", "Plătește doar cererile de la persoane pe care le cunoști. Revolut nu îți va cere niciodată să muți banii într-un „cont sigur”."),
        ("hr",),
        foot([("Centrul de ajutor", "https://help.revolut.com/ro-RO/"), ("Preferințe e-mail", "https://app.revolut.com/settings/notifications")],
             "Revolut Bank UAB este o instituție de credit autorizată de Banca Centrală a Lituaniei. Konstitucijos ave. 21B, 08130 Vilnius, Lituania."),
    ]
    return msg(F, "revolut__ro-payment-request-note-brand-as-subdomain",
               ("revolut", "ro", "ro", "payment-request note; requester display name",
                "brand as subdomain of scam host (revolut.com.verificare-cont.top)",
                "lure: account suspended, verify identity; sender no-reply@revolut.com believed real"),
               date=D(2026, 11, 23, 10, 5, 17), from_name="Revolut", from_addr="no-reply@revolut.com", selector="rvl1",
               to="ioana.dumitru@example.ro", subject="Andrei Popescu ți-a trimis o cerere de plată", blocks=blocks,
               lang="ro", accent="#191c1f")


def cashapp_esmx():
    sender = "Soporte Reembolsos"
    note = "Reembolso pendiente de $750.00 por cobro duplicado. Llama HOY al +1 (2O8) 555-Ol52 para liberar tu dinero ✔"
    blocks = [
        ("logo", "Cash App", "https://cash-f.squarecdn.com/static/email/cash-app-logo.png"),
        ("h1", "$1.00"),
        ("p", "%s sent you $1.00" % sender),
        ("kv", [("For", note), ("From", "%s ($soportereembolso24)" % sender), ("To", "Alejandra Ríos"),
                ("Identifier", "#D-6X9K2LPQ"), ("Status", "Received")]),
        ("btn", "View in Cash App", "https://cash.app/payments/d6x9k2lpq/receipt"),
        ("small", "Cash App will never ask you to call a number or send money to receive a refund."),
        ("hr",),
        foot([("Privacy Policy", "https://cash.app/legal/us/en-us/privacy"), ("Unsubscribe", "https://cash.app/account/notifications")],
             "Cash App · 1955 Broadway, Suite 600 · Oakland, CA 94612"),
    ]
    return msg(F, "cash-app__es-mx-payment-note-refund-letters-for-digits",
               ("cash-app", "en", "es-MX", "payment note ('For'); sender display name",
                "letters for digits in the phone (2O8 with capital O, Ol52 with O and lowercase l)",
                "lure: duplicate-charge refund, call to release money; sender cash@square.com believed real"),
               date=D(2026, 11, 30, 15, 48, 2), from_name="Cash App", from_addr="cash@square.com", selector="cashapp",
               to="ale.rios@example.com", to_name="Alejandra Ríos", subject="%s sent you $1" % sender, blocks=blocks,
               accent="#00d64f")


def clickup_hu():
    task = "Otthoni mun" + ZWSP + "ka: napi 25" + ZWSP + "000 Ft vide" + ZWNJ + "ók lájko" + ZWSP + "lásáért"
    desc = ("Szia! Kiválasztottunk egy online részmunkaidős feladatra. Naponta 20–30 perc, a fizetés minden nap a "
            "bankszámládra érkezik. Jelentkezz a toborzónknál Tele" + ZWSP + "gramon: @Munka" + ZWSP + "_Kata" + ZWJ +
            "_HU (ajánlási kód: 7" + ZWSP + "714). Előzetes tapasztalat nem szükséges!")
    url = "https://app.clickup.com/t/86c1xq7ze"
    blocks = [
        ("logo", "ClickUp", "https://app-cdn.clickup.com/assets/email/clickup-logo.png"),
        ("p", "Kovács Réka assigned you to a task"),
        ("h1", task),
        ("kv", [("Workspace", "HR Toborzás 2026"), ("List", "Jelentkezők › Új feladatok"), ("Due date", "Dec 5"),
                ("Priority", "High")]),
        ("quote", desc),
        ("btn", "View task", url),
        ("hr",),
        foot([("Unsubscribe from this task", "https://app.clickup.com/notifications/unsubscribe?task=86c1xq7ze"),
              ("Notification settings", "https://app.clickup.com/settings/notifications")],
             "ClickUp · 350 10th Ave, Suite 500 · San Diego, CA 92101"),
    ]
    return msg(F, "clickup__hu-task-name-job-scam-telegram-zero-width",
               ("clickup", "en", "hu", "task name; task description; workspace name",
                "zero-width characters (ZWSP/ZWNJ/ZWJ) inside words, the amount, the Telegram @handle and the code",
                "lure: paid-liking job/task scam via Telegram; sender notifications@tasks.clickup.com guessed"),
               date=D(2026, 12, 2, 9, 31, 44), from_name="ClickUp", from_addr="notifications@tasks.clickup.com",
               dkim_d="clickup.com", selector="cu1", to="b.nagy@example.hu", subject="Kovács Réka assigned you a task: %s" % task,
               blocks=blocks, accent="#7b68ee")


def basecamp_et():
    project = "Investeerimisklubi 2026 – garanteeritud 18% kuus"
    title = "Tere tulemast klubisse! Esimesed sammud"
    p1 = ("Tere!\nOled lisatud meie suletud investeerimisklubisse. Meie analüütikud teenisid novembris liikmetele keskmiselt "
          "18% tootlust ja detsembris ootame veelgi paremat tulemust.")
    anchor, href = "www.swedbank.ee/investeerimine/aruanne", "https://kinnitus-portaal.sbs/ee/aruanne?id=5520"
    p3 = "Sissemakse alates 250 €. Päevased signaalid saadame WhatsAppi grupis – liitumislink on aruande lõpus."
    html = ('<div style="font-size:16px;line-height:1.5"><div>%s</div><div style="margin-top:12px">Vaata panga kinnitatud tulemuste aruannet: '
            '<a href="%s" style="color:#1a73e8">%s</a></div><div style="margin-top:12px">%s</div><div style="margin-top:12px">Marten</div></div>') % (
        h(p1).replace("\n", "<br>"), h(href), h(anchor), h(p3))
    text = "%s\n\nVaata panga kinnitatud tulemuste aruannet: %s\n\n%s\n\nMarten" % (p1, anchor, p3)
    url = "https://3.basecamp.com/5520931/buckets/38810233/messages/7512234510"
    blocks = [
        ("p", "Marten Kask posted a new message to the Message Board in %s" % project),
        ("h1", title),
        ("raw", text, html),
        ("btn", "View this message", url),
        ("small", "Reply to this email to leave a comment. Your comment will be visible to everyone on the project."),
        ("hr",),
        foot("You're getting this email because you're on the %s project." % project,
             [("Stop getting emails about this message", url + "/subscription"), ("Change notification settings", "https://3.basecamp.com/5520931/my/preferences")],
             "Basecamp is made by 37signals · 2045 W Grand Ave Ste B, PMB 26200, Chicago, IL 60612"),
    ]
    return msg(F, "basecamp__et-message-board-anchor-text-bank-domain-href-sbs",
               ("basecamp", "en", "et", "project name; message title and rich-text body",
                "anchor text names a real bank domain (www.swedbank.ee/...) while href goes to a .sbs host; text/plain shows only the anchor text",
                "lure: investment club with guaranteed returns + WhatsApp signals group; sender notifications@3.basecamp.com believed real"),
               date=D(2026, 11, 26, 7, 2, 58), from_name="Marten Kask (%s)" % project,
               from_addr="notifications@3.basecamp.com", dkim_d="basecamp.com", selector="bc3", to="kadri.tamm@example.ee",
               subject=title, blocks=blocks, accent="#1d2d35")


def bitbucket_uk():
    cyr = {"M": "\u041c", "i": "\u0456", "c": "\u0441", "o": "\u043e", "e": "\u0435", "p": "\u0440"}
    ms = cyr["M"] + cyr["i"] + cyr["c"] + "r" + cyr["o"] + "s" + cyr["o"] + "ft"
    inviter = "Wind" + cyr["o"] + "ws D" + cyr["e"] + "f" + cyr["e"] + "nd" + cyr["e"] + "r Su" + cyr["p"] + cyr["p"] + cyr["o"] + "rt"
    ws = "Служба підтримки %s: ваш ПК заблоковано через вірус, терміново дзвоніть +1 808 555 0177" % ms
    url = "https://bitbucket.org/invitations/workspace/4d1e7a90-22b5-4b8a-9f11-6a0c77e1d205"
    blocks = [
        ("logo", "Bitbucket", "https://bitbucket.org/account/email/images/bitbucket-logo.png"),
        ("h1", "You've been invited to join a workspace"),
        ("p", "%s has invited you to join the %s workspace on Bitbucket." % (inviter, ws)),
        ("btn", "Accept invitation", url),
        ("p", "This invitation will expire in 7 days. If you weren't expecting it, you can ignore this email."),
        ("hr",),
        foot([("Notification settings", "https://bitbucket.org/account/settings/email/"), ("Privacy policy", "https://www.atlassian.com/legal/privacy-policy")],
             "Atlassian Pty Ltd · Level 6, 341 George Street · Sydney NSW 2000 · Australia"),
    ]
    return msg(F, "bitbucket__uk-workspace-name-tech-support-cyrillic-homoglyph-brand",
               ("bitbucket", "en", "uk", "workspace name; inviter display name",
                "Cyrillic homoglyphs inside Latin brand names (М/і/с/о in 'Microsoft', о/е/р in 'Windows Defender Support')",
                "lure: tech-support (PC locked, call); sender notifications-noreply@bitbucket.org believed real"),
               date=D(2026, 11, 21, 13, 17, 5), from_name="Bitbucket", from_addr="notifications-noreply@bitbucket.org",
               selector="bb1", to="o.kovalenko@example.com.ua", subject="%s invited you to join the %s workspace" % (inviter, ws),
               blocks=blocks, accent="#0052cc")


def discourse_ur():
    forum = "Bazm-e-Adab"
    title = "آپ کی غزل بہت پسند آئی"
    body = ("السلام علیکم! آپ کی کل والی غزل پڑھی، دل کو چھو گئی۔ میں دبئی کے ایک ہسپتال میں ڈاکٹر ہوں اور یہاں فورم پر زیادہ "
            "بات نہیں کر سکتی کیونکہ ایڈمن پیغامات پڑھتے ہیں۔ آپ سے دوستی کرنا چاہتی ہوں، براہ کرم مجھے واٹس ایپ پر پیغام بھیجیں: "
            "+٩٧١ ٥٠ ٥٥٥ ٠١٦٤\nآپ کے جواب کا انتظار رہے گا۔\nثنا")
    url = "https://forum.bazm-adab.example/t/topic/18842/1"
    body_html = '<div dir="rtl" lang="ur" style="font-family:\'Noto Nastaliq Urdu\',serif;font-size:17px;line-height:2">%s</div>' % h(body).replace("\n", "<br>")
    blocks = [
        ("p", "sana_malik_dxb\nDecember 4"),
        ("raw", body, body_html),
        ("hr",),
        linkp("", "Visit Message", url, " or reply to this email to respond to sana_malik_dxb."),
        foot([("To unsubscribe from these emails, click here", "https://forum.bazm-adab.example/email/unsubscribe/7f3e1a9c0b")]),
    ]
    return msg(F, "discourse__ur-private-message-romance-arabic-indic-digits",
               ("discourse", "en", "ur", "private message title and body; username",
                "phone in Arabic-Indic digits (U+0660 block) inside RTL Urdu text; WhatsApp",
                "lure: romance / move to WhatsApp; self-hosted Discourse forum on invented domain"),
               date=D(2026, 12, 4, 21, 9, 33), from_name="sana_malik_dxb via %s" % forum,
               from_addr="noreply@forum.bazm-adab.example", selector="discourse", to="faraz.qureshi@example.pk",
               subject="[%s] [PM] %s" % (forum, title), blocks=blocks,
               extra_headers=[("List-ID", "<sana_malik_dxb.forum.bazm-adab.example>"), ("X-Discourse-Post-Id", "58120"),
                              ("X-Discourse-Topic-Id", "18842"), ("Precedence", "list"), ("Auto-Submitted", "auto-generated")] +
               unsub("https://forum.bazm-adab.example/email/unsubscribe/7f3e1a9c0b"))


def nextdoor_fa():
    title = "وام فوری بدون ضامن – تا ۵۰٬۰۰۰ دلار"
    body = ("همسایه‌های عزیز، وام شخصی و تجاری فوری بدون نیاز به ضامن و بدون بررسی سابقه اعتباری. سود فقط ۲٪ در ماه، "
            "پرداخت ظرف ۲۴ ساعت. برای دریافت فرم فقط پیامک بدهید: ۸۱۸-۵۵۵-۰۱۸۹ (آقای کامران). "
            "هزینه تشکیل پرونده ۱۵۰ دلار است که قبل از واریز وام پرداخت می‌شود.")
    url = "https://nextdoor.com/p/Vx8Rk2mQpL7d?utm_source=email&is=npe&ct=post"
    body_html = '<div dir="rtl" lang="fa" style="font-size:16px;line-height:1.8">%s</div>' % h(body)
    blocks = [
        ("logo", "Nextdoor", "https://d19rpgkrjeba2z.cloudfront.net/static/images/email/nextdoor-logo.png"),
        ("p", "Cyrus Ahmadi · Tarzana · Posted in General"),
        ("h2", title),
        ("raw", body, body_html),
        ("btn", "Reply", url),
        ("hr",),
        foot("This message is intended for parisa.n@example.com.",
             [("Unsubscribe", "https://nextdoor.com/unsubscribe/?t=post_notif&u=a91f"), ("Change email settings", "https://nextdoor.com/settings/email/")],
             "Nextdoor, 420 Taylor Street, San Francisco, CA 94102"),
    ]
    return msg(F, "nextdoor__fa-neighborhood-post-loan-persian-digits",
               ("nextdoor", "en", "fa", "post title and body; author name",
                "phone and amounts in Persian (Extended Arabic-Indic, U+06F0) digits",
                "lure: instant loan with upfront file fee; sender reply@rs.email.nextdoor.com guessed"),
               date=D(2026, 11, 24, 16, 36, 12), from_name="Nextdoor Tarzana", from_addr="reply@rs.email.nextdoor.com",
               dkim_d="nextdoor.com", selector="nd1", to="parisa.n@example.com", subject=title, blocks=blocks, accent="#8ed500",
               extra_headers=unsub("https://nextdoor.com/unsubscribe/?t=post_notif&u=a91f"))


def strava_he():
    club = "רצים לחופש כלכלי 🏃 קבוצת השקעות"
    desc = ("מועדון ריצה וקבוצת השקעות סגורה: תשואה קבועה של 30% בחודש במסחר בקריפטו, ללא סיכון. "
            "להצטרפות שלחו הודעה בסיגנל למנטור: אפס חמש 4 - חמש חמש חמש - 01 שבע 3")
    url = "https://www.strava.com/clubs/1488207/invite?token=a7c1e9"
    desc_html = '<div dir="rtl" lang="he">%s</div>' % h(desc)
    blocks = [
        ("logo", "Strava", "https://d3nn82uaxijpm6.cloudfront.net/assets/email/strava-logo.png"),
        ("h1", "Noa Levi invited you to join a club"),
        ("h2", club),
        ("kv", [("Sport", "Running"), ("Location", "Tel Aviv-Yafo, Israel"), ("Members", "214")]),
        ("raw", desc, desc_html),
        ("btn", "View Club", url),
        ("hr",),
        foot([("Unsubscribe", "https://www.strava.com/unsubscribe?type=club_invite&t=8d2f"), ("Email settings", "https://www.strava.com/settings/email")],
             "Strava, Inc. · 500 3rd St., Suite 110 · San Francisco, CA 94107"),
    ]
    return msg(F, "strava__he-club-description-investment-signal-mixed-digits-words",
               ("strava", "en", "he", "club name; club description",
                "phone mixes Hebrew number words and digits (אפס חמש 4 - חמש חמש חמש - 01 שבע 3); Signal",
                "lure: investment group with guaranteed returns; sender no-reply@strava.com believed real"),
               date=D(2026, 11, 29, 5, 12, 47), from_name="Strava", from_addr="no-reply@strava.com", selector="strava1",
               to="yael.mizrahi@example.co.il", subject="Noa Levi invited you to join %s on Strava" % club, blocks=blocks,
               accent="#fc5200")


def twitch_el():
    ch = "CryptoNews_GR"
    title = "🔴 ΖΩΝΤΑΝΑ: ΔΩΡΟ 5.000 USDT — στείλτε 0,1 ETH, πάρτε πίσω 0,2 ETH → e t h - d i p l o . t o p"
    url = "https://www.twitch.tv/cryptonews_gr?tt_medium=email&tt_content=go_live"
    blocks = [
        ("logo", "Twitch", "https://static-cdn.jtvnw.net/emails/twitch-logo.png"),
        ("h1", "%s is live!" % ch),
        ("p", title),
        ("kv", [("Category", "Crypto"), ("Tags", "Ελληνικά, Giveaway")]),
        ("btn", "Watch Now", url),
        ("hr",),
        foot("You're receiving this email because you follow %s." % ch,
             [("Unsubscribe from go-live notifications for this channel", "https://www.twitch.tv/user/unsubscribe?type=go_live&ch=cryptonews_gr"),
              ("Notification settings", "https://www.twitch.tv/settings/notifications")],
             "© 2026 Twitch Interactive, Inc. · 350 Bush Street, 2nd Floor · San Francisco, CA 94104 USA"),
    ]
    return msg(F, "twitch__el-stream-title-crypto-giveaway-spaced-domain",
               ("twitch", "en", "el", "stream title; channel name",
                "domain spelled with spaces between letters (e t h - d i p l o . t o p)",
                "lure: crypto giveaway / ETH doubling; sender no-reply@twitch.tv believed real"),
               date=D(2026, 12, 6, 18, 0, 41), from_name="Twitch", from_addr="no-reply@twitch.tv", selector="twitch1",
               to="nikos.papadakis@example.gr", subject="%s is live: %s" % (ch, title), blocks=blocks, accent="#9146ff",
               extra_headers=unsub("https://www.twitch.tv/user/unsubscribe?type=go_live&ch=cryptonews_gr"))


def youtube_id():
    name = "💰💸 Kerja Online Rp 1.500.000/hari 📲 WA 0812-5550-1192 ✅🔥"
    video = "Tips Menabung untuk Pemula | Finansial Santai"
    mine = "Makasih tipsnya kak, sangat membantu! 🙏"
    reply = ("Betul kak 👍 aku juga dapat tambahan penghasilan dari kerja online, tinggal like & subscribe video, dibayar per "
             "tugas 💯 info lengkap: s.id/kerja-harian2026")
    url = "https://www.youtube.com/watch?v=Q7mPz4kLr2s&lc=UgyK3xR8t1M_replyAaABAg.9vX2"
    blocks = [
        ("logo", "YouTube", "https://www.gstatic.com/youtube/img/email/yt_logo_rgb_light.png"),
        ("p", "%s membalas komentar Anda di \"%s\"" % (name, video)),
        ("kv", [("Komentar Anda", mine), (name, reply)]),
        ("btn", "BALAS", url),
        ("hr",),
        foot("Anda menerima email ini karena Anda mengaktifkan notifikasi balasan komentar.",
             [("Berhenti berlangganan", "https://www.youtube.com/attribution_link?a=unsub_comment_replies"),
              ("Setelan notifikasi", "https://www.youtube.com/account_notifications")],
             "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"),
    ]
    return msg(F, "youtube__id-comment-reply-emoji-channel-name-shortlink",
               ("youtube", "id", "id", "replying channel's display name; reply text",
                "emoji-laden display name carrying the WhatsApp number; URL shortener (s.id) in the reply",
                "lure: paid like/subscribe task job; sender noreply@youtube.com believed real"),
               date=D(2026, 11, 22, 3, 27, 19), from_name="YouTube", from_addr="noreply@youtube.com", dkim_d="youtube.com",
               selector="20230601", to="dewi.lestari@example.id", subject="%s membalas komentar Anda" % name, blocks=blocks,
               lang="id", accent="#ff0000")


def kit_en_display_name():
    disp = "Order #88127 $499.00 Refund Desk | Call +1 (888) 555-0181"
    url = "https://app.kit.com/forms/7712034/subscriptions/3190447732/confirm?token=qW8e2rT"
    blocks = [
        ("p", "Hey!"),
        ("p", "Thanks for your interest. Before we start sending you emails, please confirm your subscription by clicking the button below."),
        ("btn", "Confirm your subscription", url),
        ("p", "If you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above."),
        ("hr",),
        foot([("Unsubscribe", "https://unsubscribe.kit.com/3190447732"), ("Update your profile", "https://preferences.kit.com/3190447732")],
             "1000 N West St, Suite 1200, Wilmington, DE 19801",
             ("Built with Kit", "https://kit.com/?utm_campaign=poweredby")),
    ]
    return msg(F, "kit__en-confirm-subscription-display-name-only-refund-call",
               ("kit", "en", "en", "creator/sender display name (From header)",
                "scam text in the From display name only; subject and body are the stock double-opt-in template",
                "lure: fake order refund desk, call; from address on convertkit-mail2.com guessed"),
               date=D(2026, 11, 18, 11, 44, 0), from_name=disp, from_addr="refunddesk2026@convertkit-mail2.com",
               selector="ck2", to="j.whitaker@example.com", subject="Confirm your subscription", blocks=blocks, accent="#fb6970")


def gforms_bn():
    title = "আয়কর ফেরত ২০২৬ – আপনার ৳১৮,৫০০ ফেরত অপেক্ষমাণ"
    desc = ("প্রিয় করদাতা, আপনার ২০২৫-২৬ করবর্ষের আয়কর ফেরত ৳১৮,৫০০ অনুমোদিত হয়েছে। ফেরত পেতে নিচের ফর্মে আপনার "
            "বিকাশ/নগদ নম্বর ও পিন লিখুন। যেকোনো সহায়তার জন্য কল করুন: ০১৭১৫-৫৫০১৪৬ (সকাল ৯টা – রাত ৯টা)।")
    sender = "জাতীয় রাজস্ব বোর্ড"
    url = "https://docs.google.com/forms/d/e/1FAIpQLSc8vN2kq0Rz4tYbW1mXpLd7eHf3uJ9sAo6iKcQ5gT2yVnB8wA/viewform?usp=mail_form_link"
    blocks = [
        ("p", "%s (nbr.refund.cell@gmail.com) has invited you to fill out the following form:" % sender),
        ("h1", title),
        ("p", desc),
        ("btn", "FILL OUT FORM", url),
        ("hr",),
        foot([("Create your own Google Form", "https://docs.google.com/forms?usp=mail_form_link")],
             "Google Forms: Create and analyze surveys.",
             "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"),
    ]
    return msg(F, "google-forms__bn-form-invite-tax-refund-bengali-digits",
               ("google-forms", "en", "bn", "form title; form description; sender account name",
                "phone, amounts and years in Bengali digits (০১৭১৫-৫৫০১৪৬)",
                "lure: tax refund asking for mobile-wallet PIN; sender forms-noreply@google.com believed real"),
               date=D(2026, 11, 25, 4, 18, 6), from_name="%s (via Google Forms)" % sender, from_addr="forms-noreply@google.com",
               selector="20230601", mailfrom="docs.bounces.google.com", to="rahim.uddin@example.com.bd", subject=title,
               blocks=blocks, reply_to=(sender, "nbr.refund.cell@gmail.com"), accent="#673ab7")


def surveymonkey_th():
    sender = "ฝ่ายรางวัลลูกค้า ShopThai"
    subj = "ยินดีด้วย! คุณได้รับรางวัล iPhone 17 Pro จากการจับฉลากประจำเดือนธันวาคม"
    body = ("เรียน ลูกค้าผู้โชคดี\n"
            "หมายเลขโทรศัพท์ของท่านได้รับการสุ่มเลือกให้ได้รับ iPhone 17 Pro มูลค่า ๔๙,๙๐๐ บาท กรุณาตอบแบบสอบถามสั้นๆ ด้านล่าง "
            "จากนั้นเพิ่มไลน์เจ้าหน้าที่ ID: @rangwan๕๕๕ หรือโทร ๐๘๑-๕๕๕-๐๑๕๓ เพื่อชำระค่าธรรมเนียมจัดส่ง ๓๙๙ บาท ภายใน ๔๘ ชั่วโมง\n"
            "ขอบคุณค่ะ")
    url = "https://www.surveymonkey.com/tr/v1/te/YzLq8n0kR2mX_2BpA4vT9wQ_3D_3D"
    blocks = [
        ("p", body),
        ("btn", "Begin Survey", url),
        ("small", "Please do not forward this email as its survey link is unique to you."),
        foot([("Privacy", "https://www.surveymonkey.com/mp/legal/privacy/"), ("Unsubscribe", "https://www.surveymonkey.com/optout.aspx?sm=YzLq8n0kR2mX")],
             "Powered by SurveyMonkey. See how easy it is to create surveys and forms."),
    ]
    return msg(F, "surveymonkey__th-survey-invite-prize-thai-digits-line-id",
               ("surveymonkey", "en", "th", "survey invitation sender name, subject and message",
                "phone, amounts and LINE ID suffix in Thai digits (๐๘๑-๕๕๕-๐๑๕๓, @rangwan๕๕๕)",
                "lure: prize with delivery fee; sender member@surveymonkeyuser.com believed real"),
               date=D(2026, 12, 3, 2, 40, 25), from_name=sender, from_addr="member@surveymonkeyuser.com", selector="sm1",
               to="somchai.k@example.co.th", subject=subj, blocks=blocks, lang="th", accent="#00bf6f")


def qualtrics_ja():
    subj = "【重要】お客様のアカウントは一時的に停止されています"
    body = ("Amazon をご利用いただきありがとうございます。\n\n"
            "お客様のアカウントで第三者による不正なログインが検出されたため、セキュリティ保護のため一時的に利用を停止しました。\n\n"
            "２４時間以内に下記のリンクからご本人確認を完了するか、サポートセンター（０５０－５５５０－０１２８）までお電話ください。"
            "期限内にご確認いただけない場合、アカウントは永久に停止されます。\n\nAmazon カスタマーサービス")
    url = "https://sjc1.qualtrics.com/jfe/form/SV_5o8HkLq2ZbN7wCq?Q_DL=EMD_3kP9v_2m0Q8xZ&Q_CHL=email"
    blocks = [
        ("p", body),
        linkp("ご本人確認を開始する: ", "アンケートを開始", url),
        ("hr",),
        foot("Follow the link to opt out of future emails:",
             ("Click here to unsubscribe", "https://sjc1.qualtrics.com/CP/Register.php?OptOut=true&RID=MLRP_3kP9v")),
    ]
    return msg(F, "qualtrics__ja-distribution-account-suspended-fullwidth-digits",
               ("qualtrics", "ja", "ja", "distribution From name, subject and message",
                "phone and deadline in fullwidth digits and fullwidth hyphen-minus (０５０－５５５０－０１２８)",
                "lure: Amazon account suspended, call or verify; sender noreply@qemailserver.com believed real"),
               date=D(2026, 11, 20, 23, 55, 8), from_name="Amazon カスタマーサービス", from_addr="noreply@qemailserver.com",
               selector="qm1", to="k.tanaka@example.jp", subject=subj, blocks=blocks, lang="ja",
               font="'Hiragino Sans', Meiryo, sans-serif", accent="#1a73e8")


def freshdesk_frca():
    subj = "Billet reçu - Remboursement Hydro-Québec de 612,40 $ – dossier 55-0148"
    req = ("Bonjour, votre remboursement de 612,40 $ d'Hydro-Québec est prêt à être versé. Pour le recevoir, procurez-vous "
           "quatre cartes-cadeaux Google Play de 100 $ (frais de traitement) et envoyez les codes par courriel à "
           "remboursements.hq.dossier@outlook.com avant vendredi. Sinon, le dossier sera fermé.")
    blocks = [
        ("p", "Bonjour Gabriel,"),
        ("p", "Nous vous remercions de nous avoir contactés. Votre demande a bien été reçue et un membre de notre équipe vous répondra dans les plus brefs délais."),
        ("p", "Votre numéro de billet est le #4471. Vous pouvez consulter l'état de votre billet en tout temps :"),
        ("btn", "Voir le billet", "https://erableetcie.freshdesk.com/support/tickets/4471"),
        ("p", "Voici une copie de votre demande :"),
        ("quote", "Objet : Remboursement Hydro-Québec de 612,40 $ – dossier 55-0148\n\n" + req),
        ("p", "Cordialement,\nL'équipe du service à la clientèle\nBoutique Érable & Cie"),
        ("hr",),
        foot("Boutique Érable & Cie · 1280, rue Saint-Denis, Montréal (Québec) H2X 3J6"),
    ]
    return msg(F, "freshdesk__fr-ca-ticket-autoreply-gift-cards-freemail",
               ("freshdesk", "fr-CA", "fr-CA", "ticket subject and description (ticket opened in the victim's name)",
                "contact is a free-mail address (outlook.com); no phone or link",
                "lure: utility refund requiring gift-card 'processing fee'; helpdesk of an unrelated shop abused as relay"),
               date=D(2026, 11, 28, 14, 9, 50), from_name="Boutique Érable & Cie", from_addr="support@erableetcie.freshdesk.com",
               dkim_d="freshdesk.com", selector="fd1", to="gabriel.tremblay@example.ca", subject=subj, blocks=blocks,
               lang="fr-CA", accent="#2c5cc5", extra_headers=[("Auto-Submitted", "auto-replied")])


def squarespace_ptbr():
    name = ("EMPRÉSTIMO APROVADO NA HORA SEM CONSULTA AO SPC/SERASA ATÉ R$ 80.000 EM 84X COM PRIMEIRA PARCELA SÓ EM 90 DIAS "
            "LIBERAÇÃO EM 1 HORA VIA PIX CHAMAR NO WHATSAPP (11) 95550-0193 FALAR COM DR. RICARDO CORRESPONDENTE BANCÁRIO AUTORIZADO")
    email = "credito.liberado.2026@gmail.com"
    blocks = [
        ("p", "Sent via form submission from Padaria Bom Grão"),
        ("kv", [("Nome", name), ("E-mail", email), ("Telefone", "(11) 95550-0193"), ("Mensagem", "Olá, tenho uma proposta para o senhor(a).")]),
        ("p", "(Sent via Padaria Bom Grão)"),
        ("hr",),
        foot("Sent via Squarespace", ("Manage form storage", "https://padaria-bom-grao.squarespace.com/config/pages")),
    ]
    return msg(F, "squarespace__pt-br-contact-form-loan-stuffed-name-field",
               ("squarespace", "en", "pt-BR", "contact-form Name field (also used as Reply-To display name)",
                "very long Name field stuffed with the whole pitch incl. WhatsApp number; Reply-To is gmail",
                "lure: instant loan via PIX; sender form-submission@squarespace.info believed real"),
               date=D(2026, 11, 17, 12, 30, 26), from_name="Squarespace", from_addr="form-submission@squarespace.info",
               selector="sqs1", to="contato@padaria-bomgrao.example", subject="Form Submission - Fale conosco", blocks=blocks,
               reply_to=(name, email), accent="#000000")


def slotwise_sr():
    client = "Техничка подршка"
    note = ("ХИТНО: Ваш рачунар је заражен вирусом и банковни подаци су угрожени. Одмах позовите техничку подршку "
            "Microsoft преко Вибера: +381 64 555 0159 како бисте избегли губитак података.")
    url = "https://slotwise.app/b/lana-ns/bk_7Rq2xV9p"
    blocks = [
        ("logo", "Slotwise", "https://cdn.slotwise.app/email/slotwise-wordmark.png"),
        ("h1", "New booking"),
        ("p", "You have a new booking at Frizerski salon Lana."),
        ("kv", [("Service", "Šišanje i feniranje (45 min)"), ("When", "Saturday 5 December 2026, 10:30"), ("Staff", "Lana"),
                ("Client", client), ("Phone", "+381 64 555 0159"), ("Napomena za salon", note)]),
        ("btn", "View booking", url),
        ("hr",),
        foot([("Notification settings", "https://slotwise.app/settings/notifications"), ("Help centre", "https://help.slotwise.app")],
             "Slotwise ApS · Njalsgade 21F · 2300 København S · Denmark"),
    ]
    return msg(F, "slotwise__sr-cyrl-booking-answer-tech-support-viber",
               ("slotwise", "en", "sr-Cyrl", "client name; booking answer ('Napomena za salon'); client phone",
                "Viber contact in Serbian Cyrillic booking answer",
                "lure: tech support (infected PC, call Microsoft via Viber); Slotwise is invented"),
               date=D(2026, 12, 2, 20, 47, 13), from_name="Slotwise", from_addr="info@slotwise.app", selector="sw1",
               to="lana.salon@example.rs", subject="New booking: Šišanje i feniranje – Sat 5 Dec, 10:30", blocks=blocks,
               accent="#0f766e")


def huddlebox_en():
    group = "Daily Profit Circle"
    desc = ("Guaranteed 5% daily returns trading gold and BTC with our senior analyst. Message Coach Daniel on WhatsApp "
            "+1 (415) 555-0168 to get into the VIP signals group. Minimum start is just $250 and you can withdraw anytime!")
    url = "https://huddlebox.net/g/daily-profit-circle?src=add_email"
    blocks = [
        ("logo", "Huddlebox", "https://static.huddlebox.net/mail/logo.png"),
        ("h1", "You've been added to %s" % group),
        ("p", "Coach Daniel W. added you to the group %s." % group),
        ("kv", [("About this group", desc), ("Members", "1,204"), ("Privacy", "Private")]),
        ("btn", "Open group", url),
        ("p", "Don't want to be in this group? You can leave it at any time from the group page."),
        ("hr",),
        foot([("Leave group", "https://huddlebox.net/g/daily-profit-circle/leave"), ("Email preferences", "https://huddlebox.net/settings/email")],
             "Huddlebox Inc. · 548 Market St #88231 · San Francisco, CA 94104"),
    ]
    return msg(F, "huddlebox__en-group-description-investment-whatsapp-plain",
               ("huddlebox", "en", "en", "group name; group description; adder display name",
                "none (plain English, normal phone formatting)",
                "lure: investment signals group with guaranteed returns; Huddlebox is invented"),
               date=D(2026, 11, 16, 18, 22, 37), from_name="Huddlebox", from_addr="notify@huddlebox.net", selector="hb1",
               to="r.castillo@example.com", subject="Coach Daniel W. added you to %s" % group, blocks=blocks, accent="#ea580c",
               extra_headers=unsub("https://huddlebox.net/settings/email?u=a61c"))


def kanbly_ms():
    board = "Pos Malaysia: Bungkusan anda ditahan – bayar RM 3.50"
    desc = ("Bungkusan anda (No. penjejakan ER558012476MY) tidak dapat dihantar kerana alamat tidak lengkap. Imbas kod QR pada "
            "gambar lampiran papan ini menggunakan aplikasi bank anda untuk membayar caj penghantaran semula RM 3.50 dalam masa "
            "48 jam. Untuk bantuan, tambah WeChat ID: posmy_kastam2026")
    url = "https://kanbly.io/invite/brd_q8Lr2Vx0?e=aXpkYW4"
    blocks = [
        ("logo", "Kanbly", "https://assets.kanbly.io/mail/kanbly.png"),
        ("h1", "You've been invited to a board"),
        ("p", "Pos Malaysia Kastam invited you to collaborate on the board:"),
        ("h2", board),
        ("kv", [("Board description", desc), ("First card", "IMBAS KOD QR UNTUK BAYAR (lihat lampiran)")]),
        ("btn", "Join board", url),
        ("hr",),
        foot([("Email settings", "https://kanbly.io/settings/notifications"), ("Report abuse", "https://kanbly.io/abuse")],
             "Kanbly Software Ltd · 3 Fitzwilliam Place · Dublin 2 · Ireland"),
    ]
    return msg(F, "kanbly__ms-board-invite-parcel-fee-qr-code-wechat",
               ("kanbly", "en", "ms", "board name; board description; first card title; inviter display name",
                "QR-code payment instructions (no link); WeChat ID as contact",
                "lure: parcel redelivery fee; Kanbly is invented"),
               date=D(2026, 12, 5, 1, 58, 4), from_name="Kanbly", from_addr="system@kanbly.io", selector="kb1",
               to="izdan.hakim@example.my", subject="Pos Malaysia Kastam invited you to the board \"%s\"" % board,
               blocks=blocks, accent="#2563eb")


ALL = [meetup_ca, kickstarter_lv, gofundme_sw, zendesk_en_subject_only, ebay_de, revolut_ro, cashapp_esmx, clickup_hu,
       basecamp_et, bitbucket_uk, discourse_ur, nextdoor_fa, strava_he, twitch_el, youtube_id, kit_en_display_name,
       gforms_bn, surveymonkey_th, qualtrics_ja, freshdesk_frca, squarespace_ptbr, slotwise_sr, huddlebox_en, kanbly_ms]
