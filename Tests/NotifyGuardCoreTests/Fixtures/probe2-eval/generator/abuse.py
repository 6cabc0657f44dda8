from platforms import *

ZW = "\u200b"   # ZERO WIDTH SPACE
ZWJ = "\u200d"  # ZERO WIDTH JOINER


def A(platform, slug, tlang, flang, field, evasion, note=""):
    return base("abuse/%s__%s.eml" % (platform, slug), platform, "abuse", tlang, flang, field, evasion, note)


def all_abuse():
    out = []

    # 1 Slack, Slovak, workspace name, refund, slash-separated number
    ws = "Vrátenie preplatku 89,90 € – volajte 0902/555 014"
    k = hexid("slack-sk", 20)
    out.append(mk(A("slack", "sk-workspace-name-refund-slash-phone", "en", "sk", "workspace name, inviter name",
                    "phone-separators,phone-slash,topic-refund,money,sentence-in-name",
                    "workspace name length limit not checked"),
        from_name="Slack", to="m.horvath@example.org",
        subject="Zákaznícka podpora has invited you to work with them in Slack", date=D(2026, 11, 24, 9, 12, 40),
        blocks=[("h1", "Join your team on Slack"),
                ("p", "Zákaznícka podpora (vratenie.preplatku.sk@gmail.com) has invited you to use Slack with them, in a workspace called %s." % ws),
                ("btn", "Join Now", "https://join.slack.com/t/vrateniepreplatku/shared_invite/zt-%s" % k),
                ("kv", [("Workspace URL", "vrateniepreplatku.slack.com")]),
                ("p", "Slack is a messaging app for teams, a place you can collaborate on projects and organize conversations — so you can work together, no matter where you are."),
                ("small", "If you don't want to join, you can ignore this email. This invitation will expire in 30 days.")]))

    # 2 Circle community, Japanese, DM from display name, romance, LINE + fullwidth digits
    msg = ("はじめまして、ゆいです。プロフィールの写真を見て、ずっと気になっていました…\n"
           "ここだと通知に気づけないので、LINEでゆっくりお話ししませんか？\n"
           "ID：ｙｕｉ＿０３１２ｍ\n"
           "電話でも大丈夫です：０９０－５５５５－０１４２\n"
           "お返事待ってます💕")
    sender = "ゆい🌸プロフ見てね"
    out.append(mk(A("circle", "ja-direct-message-romance-line-fullwidth", "en", "ja", "member display name, direct message",
                    "messenger-line,phone-fullwidth,topic-romance,no-english,no-lexicon",
                    "scammer joins a free Circle community and DMs members; LINE ID and number only in fullwidth forms"),
        from_name="手づくり陶芸サークル", to="k.tanaka@example.org", subject="%s sent you a message" % sender, date=D(2026, 11, 27, 13, 5, 18),
        blocks=[("h2", "%s sent you a message" % sender), ("quote", msg),
                ("btn", "Reply", "https://tezukuri-tougei.circle.so/messages/%s" % hexid("circle-ja", 12)),
                ("small", "You're receiving this because you are a member of 手づくり陶芸サークル. Turn off email notifications for direct messages in your settings.")]))

    # 3 Zoom webinar registration, Korean, topic + description, investment, Korean spelled digits + Telegram
    topic = "월 수익 30% 보장 코인 리딩방 무료 설명회"
    desc = ("원금 보장, 전문 애널리스트 1:1 리딩. 설명회 참여 후 텔레그램 @coinleader_kr 로 '설명회'라고 보내주세요.\n"
            "전화 상담: 공일공 오오오오 공일사이 (평일 오전 9시~오후 9시)")
    wid = "861 5550 2274"
    out.append(mk(A("zoom", "ko-webinar-topic-investment-hangul-digits", "en", "ko", "webinar topic, webinar description, host name",
                    "phone-words-ko,messenger-telegram,topic-investment,money,sentence-in-name,no-english",
                    "victim registered by the scammer; the Zoom dial-ins in the template are ordinary and fictional (555)"),
        from_name="코인리더 투자연구소", to="j.park@example.org", subject="%s Confirmation" % topic, date=D(2026, 11, 21, 1, 30, 7),
        reply_to=("코인리더 투자연구소", "coinleader.kr@gmail.com"),
        blocks=[("p", "Hi 박서연,"),
                ("p", "Thank you for registering for \"%s\"." % topic),
                ("p", "Please submit any questions to: coinleader.kr@gmail.com"),
                ("kv", [("Date Time:", "Dec 3, 2026 08:00 PM Seoul"), ("Description:", desc)]),
                ("p", "Join from PC, Mac, iPad, or Android:"),
                ("btn", "Join Webinar", "https://us06web.zoom.us/w/86155502274?tk=%s" % hexid("zoom-ko", 40)),
                ("kv", [("Passcode:", "558201"), ("Webinar ID:", wid),
                        ("Or One tap mobile:", "+16465550171,,86155502274#,,,,*558201# US (New York)"),
                        ("Or Telephone:", "+1 646 555 0171 US (New York)\n+82 2 555 0173 Korea, Republic of")]),
                ("p", "You can cancel your registration at any time.")]))

    # 4 Webex meeting invite, Turkish, title + host name, account suspension / tech support, letters for digits
    title = "Microsoft 365 hesabınız askıya alındı – hemen arayın 0850 S55 O1 42"
    out.append(mk(A("webex", "tr-meeting-title-account-suspended-letters-digits", "en", "tr", "meeting title, host display name",
                    "phone-letters,topic-account,topic-tech-support,brand-in-name,sentence-in-name",
                    "S for 5, capital O for 0 in a Turkish 0850 number; free Webex site"),
        from_name="Webex", to="e.yilmaz@example.org", subject="Meeting invitation: %s" % title, date=D(2026, 11, 30, 6, 44, 51),
        reply_to=("Microsoft Destek Merkezi", "ms.destek.merkezi@outlook.com"),
        blocks=[("p", "Microsoft Destek Merkezi invites you to join this Webex meeting."),
                ("h2", title),
                ("kv", [("Meeting number (access code):", "2551 555 0149"), ("Meeting password:", "Dx7mQ4pR"),
                        ("When:", "Thursday, December 3, 2026 10:00 AM | 1 hour | (UTC+03:00) Istanbul")]),
                ("btn", "Join meeting", "https://meet1874.webex.com/meet1874/j.php?MTID=m%s" % hexid("webex-tr", 32)),
                ("p", "More ways to join:\nJoin from the meeting link\nhttps://meet1874.webex.com/meet1874/j.php?MTID=m%s\n\nJoin by meeting number\nMeeting number (access code): 2551 555 0149\nMeeting password: Dx7mQ4pR\n\nTap to join from a mobile device (attendees only)\n+1-415-555-0139,,25515550149## Call-in toll number (US/Canada)" % hexid("webex-tr", 32)),
                ("small", "If you are a host, go here to view host information.\nNeed help? Go to https://help.webex.com")]))

    # 5 Doodle poll, Chinese, task scam, Chinese numerals + WeChat
    title = "在家兼职 日结300-800元 手机即可"
    desc = ("只需一部手机，每天抽空1-2小时给店铺商品点赞、收藏，佣金当天结算。\n"
            "名额有限，有意者请联系林老师：电话 一三九 五五五五 零一四二（微信同号）\n"
            "vx：lin_laoshi_8866")
    out.append(mk(A("doodle", "zh-poll-title-task-job-chinese-numerals-wechat", "en", "zh", "poll title, poll description, organizer name",
                    "phone-words-zh,messenger-wechat,topic-job,money,sentence-in-name,no-english",
                    "number only in Chinese numerals"),
        from_name="Doodle", to="w.chen@example.org", subject="林老师 invited you to participate in the poll \"%s\"" % title,
        date=D(2026, 11, 22, 4, 18, 33),
        blocks=[("h1", "林老师 invited you to participate in a poll"),
                ("h2", title), ("quote", desc),
                ("kv", [("Organizer", "林老师"), ("Options", "3 time options between Dec 1 and Dec 4, 2026")]),
                ("btn", "Participate now", "https://doodle.com/meeting/participate/id/%s" % hexid("doodle-zh", 8)),
                ("small", "You received this email because 林老师 invited you to a Doodle poll.")]))

    # 6 Acuity, Vietnamese, appointment type + location, loan, dotted number + Zalo
    appt = "Tư vấn vay tiêu dùng 50 triệu – giải ngân trong ngày"
    loc = "Gọi hoặc Zalo: 0912.555.014 (chị Hương)"
    biz = "Tài Chính Nhanh 24h"
    out.append(mk(A("acuity", "vi-appointment-type-loan-dotted-phone-zalo", "en", "vi", "appointment type name, location, business name, confirmation message",
                    "phone-separators,messenger-zalo,topic-loan,money,sentence-in-name,no-english"),
        from_name=biz, to="t.nguyen@example.org", subject="Appointment Confirmed: %s on Friday, December 4, 2026" % appt,
        date=D(2026, 12, 1, 2, 55, 9),
        blocks=[("p", "Hi Nguyễn Thu,"),
                ("p", "Your appointment is confirmed."),
                ("kv", [("What", appt), ("When", "Friday, December 4, 2026 9:00am (Indochina Time)"), ("Where", loc), ("Business", biz)]),
                ("quote", "Không cần thế chấp, không thẩm định, chỉ cần CCCD. Vui lòng gọi trước 30 phút để được duyệt hồ sơ."),
                ("raw", "Add to iCal/Outlook | Google Calendar\nChange/cancel appointment: https://app.acuityscheduling.com/schedule.php?owner=%d&action=appt&id[]=%s" % (int(hexid("ac-vi", 6), 16), hexid("ac-vi2", 32)),
                 '<a href="https://app.acuityscheduling.com/schedule.php?owner=%d&amp;action=appt&amp;id[]=%s">Change/cancel appointment</a>' % (int(hexid("ac-vi", 6), 16), hexid("ac-vi2", 32)))]))

    # 7 Ticket Tailor, Polish, event name + box office name + additional info, parcel customs, brand-dressed host
    ev = "InPost: przesyłka 620055501427 wstrzymana – dopłata 6,99 zł"
    out.append(mk(A("ticket-tailor", "pl-event-name-parcel-fee-brand-subdomain", "en", "pl", "event name, box office name, additional information",
                    "brand-subdomain,link,topic-delivery,money,brand-in-name,sentence-in-name,no-english",
                    "free ticket ordered with the victim's address; host inpost.pl.doplata-przesylki.top"),
        from_name="InPost Obsługa Klienta", to="a.nowak@example.org", subject="Your tickets for %s" % ev, date=D(2026, 12, 2, 7, 21, 0),
        blocks=[("h1", "Your tickets for %s" % ev),
                ("kv", [("Order", "#OR-%d" % (40000000 + int(hexid("tt-pl", 5), 16) % 999999)), ("Date", "Thu 3 Dec 2026 00:00 – 23:59"),
                        ("Venue", "Online"), ("Tickets", "1 x Potwierdzenie odbioru (0,00 zł)")]),
                ("h2", "Additional information"),
                ("quote", "Twoja przesyłka oczekuje w sortowni. Uiść dopłatę 6,99 zł w ciągu 24 godzin:\nhttps://inpost.pl.doplata-przesylki.top/620055501427\nPo tym terminie paczka wróci do nadawcy."),
                ("btn", "View tickets", "https://www.tickettailor.com/orders/view/%s" % hexid("tt-pl2", 24)),
                ("small", "This event is organised by InPost Obsługa Klienta. Ticket Tailor is the ticketing provider and is not the organiser.")]))

    # 8 Luma, English, event name + rich description, crypto doubling, anchor mismatch + t.me
    ev = "ETH 2x Giveaway – Send 0.5 ETH, Get 1 ETH Back"
    out.append(mk(A("luma", "en-event-description-eth-doubling-anchor-mismatch", "en", "en", "event name, host name, event description (rich text link)",
                    "anchor-brand-mismatch,brand-hyphen-tld,link-t-me,topic-crypto,money,brand-in-name",
                    "link text shows ethereum.org/giveaway, href goes to ethereum-org.claim-eth2x.top"),
        from_name="Ethereum Community Events", to="j.miller@example.org", subject="You're registered for %s" % ev, date=D(2026, 11, 25, 22, 3, 56),
        blocks=[("h1", "You're in! %s" % ev),
                ("kv", [("When", "Saturday, December 5 · 6:00 PM – 8:00 PM UTC"), ("Where", "Online · link available after registration"),
                        ("Hosted by", "Ethereum Community Events")]),
                ("h2", "About Event"),
                ("raw", "To celebrate the network upgrade, every wallet that sends 0.5–10 ETH during the event gets double back within 30 minutes.\n"
                        "Claim page: ethereum.org/giveaway\nSupport: t.me/eth2x_support_desk",
                 '<p>To celebrate the network upgrade, every wallet that sends 0.5–10 ETH during the event gets <strong>double back</strong> within 30 minutes.</p>'
                 '<p>Claim page: <a href="https://ethereum-org.claim-eth2x.top/giveaway?ref=luma">ethereum.org/giveaway</a><br>'
                 'Support: <a href="https://t.me/eth2x_support_desk">t.me/eth2x_support_desk</a></p>'),
                ("btn", "View Event", "https://lu.ma/%s" % hexid("luma-en", 8)),
                ("small", "You're receiving this email because you registered for an event on Luma.")]))

    # 9 Evite, Catalan, host name + title + message, prize, digits spelled in Catalan
    title = "Enhorabona! Has guanyat una moto elèctrica"
    msg = ("Hola! El teu número ha sortit al sorteig de Nadal.\n"
           "Truca'ns avui abans de les 20 h per reclamar el premi: sis-cinc-cinc, cinc-zero-u, quatre-dos-tres.\n"
           "Només cal abonar 9,95 € de despeses d'enviament.")
    out.append(mk(A("evite", "ca-invitation-prize-spelled-digits", "en", "ca", "host name, event title, message from host",
                    "phone-words-ca,topic-prize,money,sentence-in-name,no-english",
                    "the number is only spelled in Catalan words"),
        from_name="Sorteig de Nadal via Evite", to="j.puig@example.org", subject="%s" % title, date=D(2026, 12, 4, 17, 40, 2),
        blocks=[("p", "Sorteig de Nadal has invited you to"), ("h1", title),
                ("kv", [("When", "Saturday, December 12, 2026 at 10:00 AM"), ("Where", "Barcelona")]),
                ("quote", msg),
                ("btn", "View Invitation", "https://www.evite.com/event/%s/?utm_campaign=send_invitation" % hexid("evite-ca", 22).upper()),
                ("p", "Will you attend? Yes · No · Maybe")]))

    # 10 Paperless Post, Arabic, host name + card message, romance, wa.me link + Arabic-Indic digits
    host = "سارة ❤️ رسالة خاصة بانتظارك"
    msg = ("مرحباً عزيزي،\nرأيت صورتك وأحببت أن أتعرف عليك أكثر… لا أستطيع الرد هنا.\n"
           "راسلني على واتساب: ‎+٩٦٦ ٥٥ ٥٥٠ ١٤٢٧‎\nأو مباشرة: wa.me/966555501427\nأنتظرك 🌹")
    out.append(mk(A("paperless-post", "ar-card-host-name-romance-wa-me-arabic-digits", "en", "ar", "host name, card message",
                    "messenger-whatsapp,link-wa-me,phone-native-digits,topic-romance,rtl,sentence-in-name,no-english"),
        from_name="%s via Paperless Post" % host, to="o.haddad@example.org", subject="%s sent you a card" % host, date=D(2026, 11, 28, 20, 11, 45),
        blocks=[("h2", "%s sent you a card" % host),
                ("btn", "Open card", "https://www.paperlesspost.com/go/%s" % rnd("pp-ar", 22)),
                ("h2", "A message from %s" % host), ("quote", msg),
                ("small", "This card was sent by a Paperless Post user. Reply to the host from the card page.")]))

    # 11 SignUpGenius, English, sign-up title + description, antivirus renewal, zero-width chars inside number
    ph = "1-8%s88-5%s55-01%s47" % (ZW, ZW, ZWJ)
    title = "Norton 360 Renewal $499.99 Processed – Call %s To Cancel" % ph
    desc = "Your Norton 360 Deluxe annual plan was renewed today and $499.99 will be charged to your card. If you did not authorize this renewal call our billing desk at %s within 24 hours for a full refund." % ph
    out.append(mk(A("signupgenius", "en-signup-title-antivirus-renewal-zero-width", "en", "en", "sign-up title, sign-up description, organizer name",
                    "phone-zero-width,topic-renewal,topic-refund,brand-in-name,money,sentence-in-name",
                    "U+200B and U+200D inside the number"),
        from_name="Billing Department via SignUpGenius", to="p.turner@example.org", subject="You're Invited to Sign Up: %s" % title,
        date=D(2026, 11, 20, 15, 2, 11),
        blocks=[("h1", title), ("p", "Billing Department has invited you to sign up."), ("quote", desc),
                ("btn", "View Sign Up", "https://www.signupgenius.com/go/%s" % hexid("sug-en", 16)),
                ("p", "Created by: Billing Department")]))

    # 12 Substack, Bengali, publication name + post (rich text split), loan, Bengali digits + WhatsApp
    pub = "সহজ ঋণ সেবা – হোয়াটসঅ্যাপ ০১৭৫৫-৫০১৪২৭"
    post_title = "জামানত ছাড়া ৫ লাখ টাকা পর্যন্ত ঋণ, ৫ মিনিটে অনুমোদন"
    k = hexid("substack-bn", 10)
    out.append(mk(A("substack", "bn-publication-name-loan-bengali-digits-split-html", "en", "bn", "publication name, post title, post body (rich text)",
                    "phone-native-digits,phone-split-html,messenger-whatsapp,topic-loan,money,sentence-in-name,no-english"),
        from_name=pub, from_addr="sohojrinseba@substack.com", to="r.hossain@example.org", subject=post_title, date=D(2026, 11, 26, 11, 33, 20),
        blocks=[("p", pub), ("h1", post_title),
                ("raw", "কোনো কাগজপত্র ছাড়াই ঋণ নিন, কিস্তি মাত্র ১% সুদে। ঋণ পেতে হোয়াটসঅ্যাপে যোগাযোগ করুন: +৮৮০ ১৭৫৫ ৫০১৪২৭\nপ্রসেসিং ফি মাত্র ১,৫০০ টাকা।",
                 '<p>কোনো কাগজপত্র ছাড়াই ঋণ নিন, কিস্তি মাত্র ১% সুদে। ঋণ পেতে হোয়াটসঅ্যাপে যোগাযোগ করুন: '
                 '<span>+৮৮০</span> <b>১৭</b><b>৫৫</b> <span style="color:#ff6719">৫০</span><span style="color:#ff6719">১৪</span><i>২৭</i></p>'
                 '<p>প্রসেসিং ফি মাত্র ১,৫০০ টাকা।</p>'),
                ("btn", "Read in app", "https://open.substack.com/pub/sohojrinseba/p/%s" % k)],
        footer="© 2026 %s\n548 Market Street PMB 72296, San Francisco, CA 94104\nUnsubscribe\nStart writing on Substack" % pub))

    # 13 Stripe invoice, Lithuanian, business name + memo, streaming renewal, bracketed number
    biz = "Netflix Premium – metinis planas"
    acct = "acct_1Q" + rnd("stripe-lt", 14)
    memo = "Metinis planas: 179,99 €, nuskaityta 2026-12-03. Klausimai: +370 (655) 50142"
    out.append(mk(A("stripe", "lt-business-name-streaming-renewal-brackets", "en", "lt", "business (account) name, invoice memo",
                    "phone-separators,phone-brackets,topic-renewal,brand-in-name,money,no-english,no-lexicon",
                    "only a brand, a plan, an amount, a date and a number; no lure word; sender format partly guessed, not checked: invoice+statements+acct_...@stripe.com"),
        from_name=biz, from_addr="invoice+statements+%s@stripe.com" % acct, to="g.kazlauskas@example.org",
        subject="New invoice from %s #A7F3C2D1-0001" % biz, date=D(2026, 12, 3, 8, 1, 29),
        blocks=[("p", biz), ("h1", "€179.99"), ("p", "Due December 10, 2026"),
                ("btn", "View invoice and payment details", "https://invoice.stripe.com/i/%s/test_%s" % (acct, rnd("stripe-lt2", 60))),
                ("kv", [("Invoice number", "A7F3C2D1-0001"), ("Due date", "December 10, 2026"), ("Pay", "€179.99")]),
                ("quote", memo),
                ("p", "Questions? Contact %s at netflix.lt.atsiskaitymai@gmail.com." % biz)]))

    # 14 Square invoice, Latvian, business name + message, tech support, split lines
    biz = "Datoru Drošības Centrs"
    msg = ("Paldies, ka atjaunojāt McAfee Total Protection (3 gadi, 5 ierīces).\nSumma 249,00 € tiks noņemta no jūsu kartes.\n"
           "Ja vēlaties atcelt un saņemt naudu atpakaļ, zvaniet tehniskajam atbalstam:\n+371\n2555\n0142")
    out.append(mk(A("square", "lv-invoice-message-tech-support-split-lines", "en", "lv", "business name, invoice message",
                    "phone-split-lines,topic-tech-support,topic-renewal,topic-refund,brand-in-text,money,no-english"),
        from_name=biz, to="l.berzins@example.org", subject="Invoice #000117 from %s" % biz, date=D(2026, 11, 23, 12, 6, 52),
        blocks=[("p", biz), ("h1", "€249.00 due on Dec 8, 2026"),
                ("btn", "Pay invoice", "https://squareup.com/pay-invoice/%s" % rnd("sq-lv", 22)),
                ("kv", [("Invoice", "#000117"), ("Service date", "Nov 23, 2026"), ("McAfee Total Protection – 3 gadi", "€249.00")]),
                ("quote", msg)]))

    # 15 Payoneer payment request, Swahili, requester name + description, job scam, Telegram handle
    req = "Ajira Mtandaoni Kampuni"
    desc = ("Kazi ya muda kutoka nyumbani: penda video na upate KSh 2,000 hadi 8,000 kila siku. Ada ya usajili $25 tu, "
            "inarudishwa baada ya kazi ya kwanza. Wasiliana na msimamizi wetu kwenye Telegram @ajira_mtandaoni_ke")
    out.append(mk(A("payoneer", "sw-payment-request-task-job-telegram", "en", "sw", "requester name, request description",
                    "messenger-telegram,topic-job,money,no-english"),
        from_name="Payoneer", to="m.otieno@example.org", subject="%s has requested a payment of USD 25.00" % req, date=D(2026, 11, 29, 10, 29, 14),
        blocks=[("h1", "You have a payment request"),
                ("p", "%s has requested a payment of USD 25.00 from you." % req),
                ("kv", [("Amount", "USD 25.00"), ("Due date", "December 6, 2026"), ("Description", desc)]),
                ("btn", "Pay now", "https://myaccount.payoneer.com/ma/paymentrequest/%s" % hexid("py-sw", 20))]))

    # 16 Clubhive (invented), Estonian, club name + announcement, investment, Signal, digits spaced
    club = "Krüptoinvestorite Klubi Eesti"
    ann = ("Meie liikmed teenivad 2–3% päevas. Piiratud arv kohti detsembrikuu grupis.\n"
           "Kirjuta Signalis: +372 5 5 5 0 1 4 2 7 (Marko)")
    out.append(mk(A("clubhive", "et-club-announcement-investment-signal-spaced-digits", "en", "et", "club name, announcement title and text",
                    "messenger-signal,phone-spaced-digits,topic-investment,money,no-english"),
        from_name=club, to="k.tamm@example.org", subject="New announcement in %s: Detsembri investeerimisgrupp" % club, date=D(2026, 12, 5, 8, 47, 3),
        blocks=[("p", "%s posted a new announcement" % club), ("h2", "Detsembri investeerimisgrupp"), ("quote", ann),
                ("btn", "Open in Clubhive", "https://clubhive.app/c/%s/announcements/%d" % (hexid("ch-et", 8), 4471)),
                ("small", "You receive announcements because you were added as a member of %s. Leave this club: https://clubhive.app/leave/%s" % (club, hexid("ch-et-l", 16)))]))

    # 17 Adobe Acrobat Sign, Bulgarian, sender name + agreement name + message, tax refund, QR code
    sender = "НАП – Възстановяване на данъци"
    agr = "Възстановяване на надвнесен данък 2025 – 486,20 лв"
    msg = "Сканирайте QR кода на първата страница с телефона си и въведете данните на картата си, за да получите сумата до 3 работни дни."
    out.append(mk(A("adobe-sign", "bg-agreement-tax-refund-qr-code", "en", "bg", "sender name, agreement name, message",
                    "qr-code,topic-refund,money,brand-in-name,sentence-in-name,no-english,no-contact"),
        from_name="Adobe Acrobat Sign", to="i.petrova@example.org", subject="Please sign %s" % agr, date=D(2026, 12, 6, 7, 59, 31),
        reply_to=(sender, "nap.vazstanovyavane@gmail.com"),
        blocks=[("p", "%s requests your signature on" % sender), ("h1", agr),
                ("btn", "Review and sign", "https://secure.eu1.adobesign.com/public/esignWidget?wid=%s" % rnd("as-bg", 40)),
                ("quote", msg),
                ("p", "After you sign %s, all parties will receive a final PDF copy by email." % agr),
                ("small", "Don't forward this email: If you don't want to sign, you can delegate to someone else.")]))

    # 18 PandaDoc, Serbian Cyrillic, document name + message, loan, digits spelled + Viber
    doc = "Уговор о кредиту – 600.000 динара без жиранта"
    msg = ("Поштовани, ваш захтев за кредит је одобрен. За исплату истог дана јавите се на Вибер:\n"
           "нула шест четири – пет пет пет – нула један четири два\nТрошкови обраде 4.900 динара.")
    out.append(mk(A("pandadoc", "sr-document-name-loan-spelled-digits-viber", "en", "sr", "sender name, document name, message",
                    "phone-words-sr,messenger-viber,topic-loan,money,sentence-in-name,no-english",
                    "Serbian in Cyrillic; the number only as words"),
        from_name="Кредит Брзо (via PandaDoc)", to="n.jovanovic@example.org", subject="Кредит Брзо sent you %s" % doc, date=D(2026, 11, 22, 16, 20, 44),
        blocks=[("p", "Кредит Брзо sent you a document to review and sign"), ("h1", doc), ("quote", msg),
                ("btn", "Open the document", "https://app.pandadoc.com/document/v2?token=%s" % hexid("pd-sr", 40)),
                ("small", "This email was sent by Кредит Брзо (kredit.brzo.rs@gmail.com).")]))

    # 19 SharePoint/OneDrive share, Croatian, file name + message, fake invoice, spaced domain
    fname = "Račun_2026-1187_neplaćeno_OPOMENA.pdf"
    msg = ("Poštovani, u privitku je opomena za neplaćeni račun u iznosu 312,40 €. Plaćanje izvršite na "
           "e - racun . hr - placanje . top / 1187 u roku od 3 dana kako biste izbjegli ovrhu.")
    k = hexid("sp-hr", 32)
    out.append(mk(A("sharepoint", "hr-file-name-overdue-invoice-spaced-domain", "en", "hr", "sharer display name, file name, sharing message",
                    "spaced-domain,topic-invoice,money,brand-in-name,no-english",
                    "free Microsoft 365 trial tenant; link itself goes to the tenant's SharePoint"),
        from_name="FINA – Financijska agencija", to="i.kovac@example.org", subject="FINA – Financijska agencija shared \"%s\" with you" % fname,
        date=D(2026, 12, 1, 9, 15, 0),
        blocks=[("p", "FINA – Financijska agencija shared a file with you"), ("quote", msg),
                ("kv", [("", fname)]),
                ("btn", "Open", "https://finaopomene-my.sharepoint.com/:b:/g/personal/naplata_finaopomene_onmicrosoft_com/%s" % rnd("sp-hr2", 46)),
                ("small", "This link will work for anyone.")]))

    # 20 Krewchat (invented team chat), Tamil, workspace name + inviter, prize, free-mail address
    ws = "பரிசு வென்றீர்கள் ₹25,00,000 – kbc.parisu.tamil@gmail.com"
    out.append(mk(A("krewchat", "ta-workspace-name-prize-freemail", "en", "ta", "workspace name, inviter name",
                    "email-address,topic-prize,money,sentence-in-name"),
        from_name="Krewchat", to="s.raman@example.org", subject="KBC லாட்டரி அலுவலகம் invited you to %s" % ws, date=D(2026, 11, 20, 5, 36, 27),
        blocks=[("h1", "You're invited to a Krewchat workspace"),
                ("p", "KBC லாட்டரி அலுவலகம் invited you to join %s on Krewchat." % ws),
                ("btn", "Accept invite", "https://krewchat.io/invite/%s" % hexid("kc-ta", 24)),
                ("p", "The invite link expires in 7 days.")]))

    # 21 Pipelark (invented CRM), Urdu, account name, refund, Extended Arabic-Indic digits
    acct = "ریفنڈ ڈیسک – ۱۲,۵۰۰ روپے کی واپسی کے لیے کال کریں ۰۳۰۰ ۵۵۵ ۰۱۴۲"
    out.append(mk(A("pipelark", "ur-account-name-refund-urdu-digits", "en", "ur", "account name, inviter name",
                    "phone-native-digits,topic-refund,money,rtl,sentence-in-name,no-english"),
        from_name="Pipelark", to="a.qureshi@example.org", subject="You've been added to %s on Pipelark" % acct, date=D(2026, 12, 2, 13, 48, 6),
        blocks=[("h1", "Welcome to your team's Pipelark"),
                ("p", "کسٹمر سروس added you as a Sales rep in the Pipelark account %s." % acct),
                ("btn", "Set your password", "https://app.pipelark.com/invite/accept?t=%s" % hexid("pl-ur", 32))]))

    # 22 Vinted, Slovenian template and text, buyer message, fake escrow payment, brand-hyphen host
    user = "vinted_varno_placilo"
    msg = ("Pozdravljeni, kupil sem vaš plašč. Plačilo 65 € je že rezervirano, potrdite prejem tukaj:\n"
           "vinted-si.varno-placilo.top/prejem/88213\nBrez potrditve denarja ne boste prejeli.")
    out.append(mk(A("vinted", "sl-buyer-message-escrow-brand-hyphen", "sl", "sl", "member username, message",
                    "brand-hyphen-tld,bare-domain,topic-payment,money,no-english"),
        from_name="Vinted", to="n.zupan@example.org", subject="Novo sporočilo od %s" % user, date=D(2026, 11, 26, 19, 2, 58), lang="sl",
        blocks=[("p", "Živjo Nina,"), ("p", "%s ti je poslal(a) sporočilo o izdelku »Zimski plašč, vel. M«:" % user), ("quote", msg),
                ("btn", "Odgovori", "https://www.vinted.si/inbox/%d" % (8800000000 + int(hexid("vi-sl", 6), 16))),
                ("small", "Plačila vedno opravi prek Vinteda. Vinted te nikoli ne bo prosil, da klikneš povezavo v sporočilu za prejem denarja.")]))

    # 23 Airbnb, Norwegian template and text, guest name + message, account suspension, defanged brand-dressed host
    guest = "Airbnb Sikkerhet"
    msg = ("Hei! Vertskontoen din er midlertidig suspendert på grunn av uvanlig aktivitet. Bekreft identiteten din innen 24 timer:\n"
           "hxxps://airbnb[.]no[.]vert-bekreftelse[.]top/konto\nEllers blir utbetalingene dine stoppet.")
    out.append(mk(A("airbnb", "no-guest-message-suspension-defanged-brand-subdomain", "no", "no", "guest display name, guest message",
                    "defanged-domain,brand-subdomain,topic-account,brand-in-name,no-english",
                    "guest account created to message a host through a booking request"),
        from_name="Airbnb", to="h.larsen@example.org", subject="Ny melding fra %s" % guest, date=D(2026, 12, 7, 6, 12, 37), lang="no",
        blocks=[("h2", "%s har sendt deg en melding" % guest),
                ("kv", [("Forespørsel", "Koselig hytte ved fjorden · 18.–21. des. 2026 · 2 gjester")]),
                ("quote", msg),
                ("btn", "Svar", "https://www.airbnb.no/hosting/thread/%d" % (1900000000 + int(hexid("ab-no", 6), 16))),
                ("small", "Beskytt deg selv: kommuniser og betal alltid via Airbnb.")]))

    # 24 TidySlot (invented booking), Basque template and text, business name, fake order charge, bracketed number
    biz = "Zure eskaera 88213 – 249,00 € kobratuko dira gaur – galderak (+34) 943-555-014"
    out.append(mk(A("tidyslot", "eu-business-name-order-charge-brackets", "eu", "eu", "business name",
                    "phone-separators,phone-brackets,topic-order,money,sentence-in-name,no-english,no-lexicon",
                    "only an order number, an amount and a number; no lure word"),
        from_name="%s via TidySlot" % biz, to="a.etxeberria@example.org", subject="Zure hitzordua baieztatuta dago – %s" % biz,
        date=D(2026, 11, 30, 10, 4, 16), lang="eu",
        blocks=[("h1", "Zure hitzordua baieztatuta dago"),
                ("kv", [("Negozioa", biz), ("Zerbitzua", "Kontsulta (15 min)"), ("Noiz", "2026ko abenduaren 2a, asteazkena, 11:00")]),
                ("btn", "Hitzordua kudeatu", "https://tidyslot.app/b/%s" % hexid("ts-eu", 16)),
                ("small", "Hitzordua bertan behera utzi nahi baduzu, erabili goiko esteka.")]))

    return out
