from common import *

MSFOOT = ("small", "Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052")

def run():
    # 1 Microsoft 365 tenant name, es, antivirus renewal, phone split across HTML tags
    org = "Norton LifeLock – Renovación automática 399,99 USD – Si no autorizó este cargo llame al +1 (555) 014-2288"
    org_html = h("Norton LifeLock – Renovación automática 399,99 USD – Si no autorizó este cargo llame al ") + '<span>+1 (555)</span><span style="font-size:15px"> 014</span>-<b></b>2288'
    M("abuse", "microsoft365", "es-tenant-name-antivirus-renewal-phone-split-html-tags",
      tlang="en", flang="es", field="tenant organisation name", evasion="phone-split-html-tags,topic-antivirus-renewal,money,brand-in-name,sentence-in-name",
      note="organisation name is echoed by the welcome template; html splits the number over span/b tags, text part has it whole",
      date=D(2026, 11, 18, 7, 41, 12), frm="msonlineservicesteam@microsoftonline.com", from_name="Microsoft", dkim_d="microsoftonline.com",
      selector="selector1", to="m.garcia@example.org",
      subject="Welcome to Microsoft 365 Business Basic – your account is ready",
      font="Segoe UI, Helvetica, Arial, sans-serif", accent="#0078d4", cte=("base64", "base64"),
      blocks=[("logo", "Microsoft", "https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b"),
              ("h1", "Welcome to Microsoft 365 Business Basic"),
              ("p", "Your administrator has created an account for you. Use the information below to sign in."),
              ("raw", "Organization: " + org, '<table role="presentation"><tr><td style="padding:4px 12px 4px 0;color:#6b6f76">Organization:</td><td>%s</td></tr></table>' % org_html),
              ("kv", [("User name", "m.garcia@nortonrenovacion5.onmicrosoft.com"), ("Temporary password", "Provided by your administrator")]),
              ("btn", "Sign in", "https://www.office.com/?auth=2&login_hint=m.garcia%40nortonrenovacion5.onmicrosoft.com"),
              ("small", "You received this email because an administrator of the organization above added you as a user."), MSFOOT])

    # 2 PayPal invoice, pt, fake refund, brand-dressed host
    merch = "Central de Estornos PayPal"
    note = ("Detectamos uma cobrança não autorizada de R$ 2.349,90 (Apple MacBook Air) na sua conta. "
            "Para cancelar e receber o estorno em até 24h acesse paypal.com.br-estorno-seguro.top/cancelar "
            "ou ligue 0800 555 0148. Não pague esta fatura.")
    M("abuse", "paypal", "pt-invoice-note-refund-brand-dressed-host",
      tlang="pt", flang="pt", field="merchant business name, invoice note to recipient", evasion="brand-dressed-host,bare-domain,topic-refund,topic-order-charge,money,brand-in-name",
      date=D(2026, 11, 20, 13, 2, 44), frm="service@paypal.com", from_name="PayPal", dkim_d="paypal.com", selector="pp-dkim1",
      to="r.souza@example.org", subject="Fatura de Central de Estornos PayPal (#0047)", accent="#0070e0",
      blocks=[("logo", "PayPal", "https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png"),
              ("h1", "%s enviou uma fatura de R$ 9,90" % merch),
              ("p", "Data de vencimento: 27 de nov. de 2026"),
              ("h2", "Observação do vendedor"), ("quote", note),
              ("kv", [("Número da fatura", "0047"), ("Valor", "R$ 9,90 BRL")]),
              ("btn", "Ver e pagar fatura", "https://www.paypal.com/invoice/p/#INV2-7QKD-4WXM-Z9HT-3RPA"),
              ("small", "Não reconhece esta fatura? Denuncie no PayPal.\nPayPal do Brasil Serviços de Pagamentos Ltda. Copyright © 1999-2026 PayPal. Todos os direitos reservados.")])

    # 3 Google Drive file share, de, fake invoice, phone split across lines
    M("abuse", "google-drive", "de-file-name-message-fake-invoice-phone-split-lines",
      tlang="de", flang="de", field="file name, sharer display name, share message", evasion="phone-split-lines,topic-fake-invoice,topic-order-charge,money,brand-in-name",
      note="text part breaks the number over three lines; html uses <br>",
      date=D(2026, 11, 21, 9, 12, 5), frm="drive-shares-dm-noreply@google.com", from_name="PayPal Rechnungsstelle (über Google Drive)",
      dkim_d="google.com", selector="20230601", to="k.weber@example.org", reply_to=("PayPal Rechnungsstelle", "rechnung.pp.de2026@gmail.com"),
      subject="Dokument wurde für Sie freigegeben: \"Rechnung_PayPal_489,95EUR.pdf\"", accent="#1a73e8", font="Google Sans, Roboto, Arial, sans-serif",
      blocks=[("p", "PayPal Rechnungsstelle (rechnung.pp.de2026@gmail.com) hat die folgende Datei freigegeben:"),
              ("raw", "Ihre Bestellung über 489,95 € (Bitdefender Total Security, 5 Geräte) wurde verarbeitet. Wenn Sie diese Zahlung nicht autorisiert haben, rufen Sie umgehend an:\n+49 30\n5550\n1472",
               h("Ihre Bestellung über 489,95 € (Bitdefender Total Security, 5 Geräte) wurde verarbeitet. Wenn Sie diese Zahlung nicht autorisiert haben, rufen Sie umgehend an:") + "<br>+49 30<br>5550<br>1472"),
              ("kv", [("", "Rechnung_PayPal_489,95EUR.pdf")]),
              ("btn", "Öffnen", "https://drive.google.com/file/d/1Xq7ZbL0pd9rKcT3vWm2NaYe6fHs4GuJ8/view?usp=sharing_eil_m"),
              ("small", "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nSie haben diese E-Mail erhalten, weil rechnung.pp.de2026@gmail.com eine Datei in Google Drive für Sie freigegeben hat.")])

    # 4 DocuSign envelope, ru, crypto doubling, spaced Telegram handle
    msg = ("Отправьте от 500 USDT (TRC-20) на кошелёк фонда и получите ровно в 2 раза больше в течение 24 часов. "
           "Акция ограничена. Поддержка в Telegram: @ usdt_x2 _fond (пишите без пробелов)")
    M("abuse", "docusign", "ru-envelope-subject-message-crypto-doubling-telegram-spaced",
      tlang="en", flang="ru", field="envelope subject, email message, sender name", evasion="messenger-telegram,handle-spaced,topic-crypto-doubling,money,no-link",
      date=D(2026, 11, 22, 16, 30, 0), frm="dse_na4@docusign.net", from_name="Binance Fond via DocuSign", dkim_d="docusign.net", selector="s1",
      to="a.ivanov@example.org", reply_to=("Binance Fond", "binance.fond.x2@outlook.com"),
      subject="Подтверждение выплаты: удвоение USDT x2", accent="#ffc820", font="Helvetica, Arial, sans-serif",
      blocks=[("logo", "DocuSign", "https://na4.docusign.net/Member/Images/email/docusign-logo.png"),
              ("h1", "Binance Fond sent you a document to review and sign."),
              ("btn", "REVIEW DOCUMENT", "https://na4.docusign.net/Signing/EmailStart.aspx?a=7c1f0e2a-3b9d-4c6e-8f21-9a0d5e7b3c14&etti=24&acct=a3e1f4d2-6b7c-4a8e-9d0f-1c2b3a4e5f60"),
              ("p", "Binance Fond\nbinance.fond.x2@outlook.com"), ("quote", msg),
              ("small", "Do Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.\nAbout DocuSign: Sign documents electronically in just minutes. It's safe, secure, and legally binding.")])

    # 5 Dropbox folder share, id, task job, wa.me link
    M("abuse", "dropbox", "id-folder-name-task-job-wa-me-link",
      tlang="en", flang="id", field="folder name, sharer display name, share message", evasion="messenger-whatsapp,wa-me-link,topic-task-job,money",
      date=D(2026, 11, 23, 3, 18, 27), frm="no-reply@dropbox.com", from_name="Dropbox", dkim_d="dropbox.com", selector="20221208",
      mailfrom="em-s1.dropbox.com", to="d.pratama@example.org",
      subject="HRD Rekrutmen Online shared \"Kerja Paruh Waktu – Gaji Rp 800.000/hari\" with you",
      accent="#0061fe", cte=("quoted-printable", "base64"),
      blocks=[("logo", "Dropbox", "https://cfl.dropboxstatic.com/static/images/emails/glyph/glyph_34@2x.png"),
              ("p", "Hi Dimas,"),
              ("p", "HRD Rekrutmen Online (hrd.rekrutmen.kerja@gmail.com) invited you to view the folder \"Kerja Paruh Waktu – Gaji Rp 800.000/hari\" on Dropbox."),
              ("quote", "Tugas mudah dari HP: like & subscribe video YouTube, dibayar per tugas Rp 50.000. Tanpa modal! Daftar sekarang, hubungi admin: https://wa.me/6281255501437"),
              ("btn", "Go to folder", "https://www.dropbox.com/scl/fo/k3v9x2m1q8w7/AAB4tRf0YpLz-jK2?rlkey=q7x1n4m9z2c8v5b0&dl=0"),
              ("small", "Enjoy!\nThe Dropbox team\n\nDropbox, Inc., PO Box 77767, San Francisco, CA 94107")])

    # 6 iCloud Calendar invite, zh, investment group, WeChat + fullwidth digits
    title = "【内部股票交流群】每日牛股推荐 稳赚不赔"
    notes = "名额有限！添加助理微信：ｇｐ８８５５０１４ 或致电 １３８ ５５５０ ０１４２，免费领取明日涨停股。"
    M("abuse", "icloud-calendar", "zh-event-title-notes-investment-wechat-fullwidth",
      tlang="en", flang="zh", field="event title, event notes, organiser name", evasion="fullwidth-digits,messenger-wechat,topic-investment-group,no-link",
      date=D(2026, 11, 24, 11, 5, 50), frm="noreply@email.apple.com", from_name="投资助理 李老师", dkim_d="email.apple.com", selector="email0517",
      to="w.chen@example.org", subject="Invitation: %s" % title, accent="#0071e3", font="-apple-system, Helvetica Neue, Helvetica, Arial, sans-serif",
      blocks=[("p", "投资助理 李老师 has invited you to the following event."),
              ("h2", title),
              ("kv", [("When", "Thursday, December 3, 2026 8:00 PM – 9:00 PM (China Standard Time)"), ("Notes", notes)]),
              ("btn", "Accept", "https://www.icloud.com/calendar/accept?token=Q2x1dGVyMTIzNDU2Nzg5"),
              ("small", "Invitation from iCloud Calendar\nCopyright © 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.")],
      calendar=dict(prodid="-//Apple Inc.//iCloud 10.0//EN", tz="Asia/Shanghai", start="20261203T200000", end="20261203T210000", stamp="20261124T110550Z",
                    org_cn="投资助理 李老师", org="gp885014@icloud.com", uid="8B2E1F0A-5C3D-4E6F-9A1B-2C3D4E5F6A7B", attendees=[("w.chen", "w.chen@example.org")],
                    summary=title, description=notes, location="线上 · 微信群"))

    # 7 QuickBooks invoice, en, fake renewal, letters for digits
    qmsg = ("Your Geek Squad Total Tech Support plan (2 yrs) has been renewed for $449.99 and will be charged to your card on file today. "
            "If you did not authorize this charge, call our billing desk at 1-8O8-555-Ol47 within 24 hrs for a full refund.")
    M("abuse", "quickbooks", "en-company-name-invoice-message-renewal-letters-for-digits",
      tlang="en", flang="en", field="company name, invoice message", evasion="letters-for-digits,topic-subscription-renewal,topic-refund,money,brand-in-name",
      date=D(2026, 11, 25, 14, 44, 9), frm="quickbooks@notification.intuit.com", from_name="Geek Squad Billing Dept", dkim_d="notification.intuit.com",
      selector="intuit1", to="j.miller@example.org", reply_to=("Geek Squad Billing Dept", "geeksquad.billing.dept@aol.com"),
      subject="Invoice 10482 from Geek Squad Billing Dept", accent="#2ca01c",
      blocks=[("h1", "Geek Squad Billing Dept"),
              ("kv", [("INVOICE", "10482"), ("DUE 12/02/2026", "$449.99")]),
              ("btn", "Review and pay", "https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-8e3c41b2a7d94f10b6e2c1d9a8f70345"),
              ("p", "Dear Customer,"), ("p", qmsg),
              ("p", "Have a great day,\nGeek Squad Billing Dept"),
              ("small", "Powered by QuickBooks\nIf you receive an email that seems fraudulent, please check with the business owner before paying.\n© 2026 Intuit, Inc. All rights reserved. Intuit, QuickBooks, QB, TurboTax and Mint are registered trademarks of Intuit Inc.")])

    # 8 Zoom meeting invite, hi, investment tips, Devanagari digits + WhatsApp
    topic = "शेयर बाज़ार में रोज़ 15% मुनाफ़ा – मुफ़्त टिप्स, VIP WhatsApp ग्रुप +९१ ७०५५५ ०१४३०"
    M("abuse", "zoom", "hi-meeting-topic-investment-devanagari-digits-whatsapp",
      tlang="en", flang="hi", field="meeting topic, host display name, meeting description", evasion="native-digits-devanagari,messenger-whatsapp,topic-investment-group,money,no-link",
      date=D(2026, 11, 26, 5, 2, 31), frm="no-reply@zoom.us", from_name="राकेश शर्मा (Zoom)", dkim_d="zoom.us", selector="s1",
      to="a.verma@example.org", subject="Invitation: %s" % topic, accent="#0b5cff", cte=("base64", "base64"),
      blocks=[("logo", "Zoom", "https://st1.zoom.us/static/6.3.0/image/new/ZoomLogo.png"),
              ("p", "Hi there,"),
              ("p", "राकेश शर्मा is inviting you to a scheduled Zoom meeting."),
              ("kv", [("Topic", topic), ("Time", "Dec 1, 2026 07:30 PM India"), ("Description", "सीमित सीटें! सेबी रजिस्टर्ड सलाहकार से रोज़ाना इंट्राडे कॉल। जुड़ने के लिए व्हाट्सऐप करें: +९१ ७०५५५ ०१४३०")]),
              ("btn", "Join Zoom Meeting", "https://us06web.zoom.us/j/84125550143?pwd=bWl4S2R2cVZxT1pjNlFvUT09"),
              ("kv", [("Meeting ID", "841 2555 0143"), ("Passcode", "728104")]),
              ("small", "Zoom Communications, Inc. 55 Almaden Blvd, 6th Floor, San Jose, CA 95113")])

    # 9 Facebook page invite, vi, account suspended, free-mail + dotted phone
    page = "Thông báo vi phạm chính sách Meta – Trang của bạn sẽ bị vô hiệu hóa"
    M("abuse", "facebook", "vi-page-name-account-suspended-freemail-dotted-phone",
      tlang="vi", flang="vi", field="page name, page 'about' text", evasion="freemail-address,phone-separators,topic-account-suspended,brand-in-name,sentence-in-name",
      date=D(2026, 11, 27, 2, 48, 13), frm="notification@facebookmail.com", from_name="Facebook", dkim_d="facebookmail.com", selector="s1024-2013-q3",
      to="t.nguyen@example.org", subject="Meta Support đã mời bạn thích %s" % page, accent="#1877f2",
      blocks=[("p", "Xin chào Thảo,"),
              ("p", "Meta Support đã mời bạn thích %s." % page),
              ("quote", "Trang của bạn sẽ bị vô hiệu hóa vĩnh viễn trong 24 giờ do vi phạm bản quyền. Gửi kháng nghị ngay tới hotro.meta.khangnghi@gmail.com hoặc gọi 0912.555.014 để được hỗ trợ."),
              ("btn", "Thích Trang", "https://www.facebook.com/n/?pages%2Finvite%2Faccept&page_id=100095550142337&aref=1764212893&medium=email"),
              ("small", "Tin nhắn này được gửi đến t.nguyen@example.org. Nếu không muốn nhận những email này từ Meta trong tương lai, vui lòng hủy đăng ký.\nMeta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025")])

    # 10 LinkedIn message, tr, task job, t.me link
    lmsg = ("Merhaba Elif Hanım, profilinizi inceledik. Evden çalışma fırsatı: günde sadece 2 saat, e-ticaret ürün puanlama görevleri, "
            "günlük 1.500–3.000 TL kazanç, ödeme her gün. Deneyim gerekmez. Detaylar için İK asistanımıza yazın: t.me/ik_gorev_tr")
    M("abuse", "linkedin", "tr-message-task-job-telegram-link",
      tlang="tr", flang="tr", field="message body, sender headline", evasion="messenger-telegram,t-me-link,topic-task-job,money",
      date=D(2026, 11, 28, 8, 21, 40), frm="messages-noreply@linkedin.com", from_name="Selin Kaya via LinkedIn", dkim_d="linkedin.com", selector="d2048-2",
      to="e.yilmaz@example.org", subject="Selin Kaya size bir mesaj gönderdi", accent="#0a66c2",
      extra_headers=[("X-LinkedIn-Class", "INBOX-MESSAGE")],
      blocks=[("logo", "LinkedIn", "https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzv0rla4e"),
              ("h2", "Selin Kaya"), ("small", "İnsan Kaynakları Uzmanı | Uzaktan Ek Gelir Fırsatları | Günlük Ödeme"),
              ("quote", lmsg),
              ("btn", "Yanıtla", "https://www.linkedin.com/messaging/thread/2-YzU1NTAxNDctOGQ3Zi00/"),
              ("small", "Bu e-posta Elif Yılmaz (Pazarlama Uzmanı) için gönderilmiştir.\n© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn, LinkedIn Corporation'ın tescilli ticari adıdır.")])

    # 11 Instagram message request, ar, romance, Arabic-Indic digits
    name = "سارة 💕 راسليني واتساب ٠٥٠٥٥٥٠١٤٩"
    M("abuse", "instagram", "ar-display-name-message-request-romance-arabic-digits",
      tlang="ar", flang="ar", field="display name, message request preview", evasion="native-digits-arabic-indic,messenger-whatsapp,topic-romance,sentence-in-name,no-link",
      date=D(2026, 11, 29, 21, 37, 2), frm="no-reply@mail.instagram.com", from_name="Instagram", dkim_d="mail.instagram.com", selector="s1024-2013-q3",
      to="y.haddad@example.org", subject="%s أرسلت إليك طلب رسالة" % name, dir="rtl", accent="#0095f6",
      font="Tahoma, Arial, sans-serif", cte=("base64", "quoted-printable"),
      blocks=[("p", "مرحبًا yousef.h،"),
              ("p", "%s (@sara.love.2026x) أرسلت إليك طلب رسالة." % name),
              ("quote", "مرحبا حبيبي، شفت صورك وعجبتني كثير 😍 أنا هنا لوحدي وأبحث عن صديق جاد. ما أقدر أرد هنا كثير، كلمني على الواتساب ‏+٩٧١ ٥٠ ٥٥٥ ٠١٤٩ وراح أرسل لك صوري الخاصة 💋"),
              ("btn", "عرض الطلب", "https://www.instagram.com/direct/requests/"),
              ("small", "من Meta\nتم إرسال هذه الرسالة إلى y.haddad@example.org. إلغاء الاشتراك.\nMeta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025")])

    # 12 GitHub issue comment, en, crypto airdrop, anchor mismatch
    body_md = ("@kwright Congratulations! :tada: Your contributions qualify you for the **Uniswap v4 Developer Airdrop** (2,500 UNI). "
               "Claims close in 48 hours. Connect your wallet here: [https://app.uniswap.org/claim](https://uniswap-claim.airdrop-v4.top/claim?ref=gh)")
    body_html = ('<p><a href="https://github.com/kwright">@kwright</a> Congratulations! 🎉 Your contributions qualify you for the <strong>Uniswap v4 Developer Airdrop</strong> (2,500 UNI). '
                 'Claims close in 48 hours. Connect your wallet here: <a href="https://uniswap-claim.airdrop-v4.top/claim?ref=gh">https://app.uniswap.org/claim</a></p>')
    M("abuse", "github", "en-issue-comment-crypto-airdrop-anchor-mismatch",
      tlang="en", flang="en", field="issue comment body, issue title", evasion="anchor-text-mismatch,brand-in-link-text,topic-crypto-airdrop,money",
      note="mass @-mention spam in a throwaway repo's issue; text part keeps the markdown",
      date=D(2026, 11, 30, 15, 9, 58), frm="notifications@github.com", from_name="uniswap-labs-grants", dkim_d="github.com", selector="pf2023",
      to="kwright@example.org", reply_to=("uniswap-foundation/dev-rewards", "reply+AKQ3F7ZC2V5N6B7M8X9@reply.github.com"),
      subject="[uniswap-foundation/dev-rewards] Developer airdrop eligibility – round 3 (Issue #12)",
      extra_headers=[("List-ID", "uniswap-foundation/dev-rewards <dev-rewards.uniswap-foundation.github.com>"), ("X-GitHub-Reason", "mention")],
      accent="#0969da", font="-apple-system, BlinkMacSystemFont, Segoe UI, Helvetica, Arial, sans-serif",
      blocks=[("raw", body_md, body_html), ("textonly", "—\nReply to this email directly, view it on GitHub: https://github.com/uniswap-foundation/dev-rewards/issues/12\nYou are receiving this because you were mentioned."),
              ("htmlonly", '<p style="font-size:12px;color:#666">—<br>Reply to this email directly, <a href="https://github.com/uniswap-foundation/dev-rewards/issues/12">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>')])

    # 13 Calendly booking, th, loan, Thai digits + LINE
    M("abuse", "calendly", "th-invitee-name-answers-loan-thai-digits-line",
      tlang="en", flang="th", field="invitee name, booking form answer", evasion="native-digits-thai,messenger-line,topic-loan,money,sentence-in-name,no-link",
      note="scammer books a slot on the victim's public page; the host notification carries invitee name and answers",
      date=D(2026, 12, 1, 4, 15, 33), frm="notifications@calendly.com", from_name="Calendly", dkim_d="calendly.com", selector="s1",
      to="p.srisuk@example.org", subject="New Event: สินเชื่อด่วน อนุมัติ 5 นาที LINE @loanfast99 - 10:00am Thu, Dec 3, 2026 - 30 Minute Meeting",
      accent="#006bff",
      blocks=[("p", "Hi Pimchanok,"), ("p", "A new event has been scheduled."),
              ("kv", [("Event Type:", "30 Minute Meeting"), ("Invitee:", "สินเชื่อด่วน อนุมัติ 5 นาที LINE @loanfast99"),
                      ("Invitee Email:", "loanfast99.th@hotmail.com"),
                      ("Event Date/Time:", "10:00am - Thursday, December 3, 2026 (Indochina Time)"),
                      ("Location:", "This is a Google Meet web conference."),
                      ("Please share anything that will help prepare for our meeting.", "สินเชื่อเงินด่วน ไม่เช็คบูโร ดอกเบี้ยต่ำ วงเงินสูงสุด ๕๐๐,๐๐๐ บาท ไม่ต้องมีคนค้ำ แอดไลน์ @loanfast99 หรือโทร ๐๙๕-๕๕๕-๐๑๔๖")]),
              ("btn", "View event in Calendly", "https://calendly.com/scheduled_events/1b9c3e5f-7a2d-4e8b-b6f1-0d5c7a9e3f12"),
              ("small", "Sent from Calendly\nReport this event")])

    # 14 Eventbrite, ka, prize, spaced domain
    ev = "გილოცავთ! თქვენ მოიგეთ iPhone 17 Pro – პრიზის მისაღებად ეწვიეთ prizi-ge . top"
    M("abuse", "eventbrite", "ka-event-name-organizer-prize-spaced-domain",
      tlang="en", flang="ka", field="event name, organiser name, event summary", evasion="spaced-domain,topic-prize,sentence-in-name,no-english",
      date=D(2026, 12, 1, 18, 26, 7), frm="noreply@order.eventbrite.com", from_name="Eventbrite", dkim_d="eventbrite.com", selector="s1",
      mailfrom="order.eventbrite.com", to="n.beridze@example.org", subject="Your tickets for %s" % ev, accent="#d1410c",
      blocks=[("logo", "Eventbrite", "https://cdn.evbstatic.com/s3-build/perm_001/530d34/django/images/logos/eb_orange_wordmark_1200x630.png"),
              ("h1", "You're going to %s" % ev),
              ("kv", [("Order", "#11458825550"), ("Date", "Saturday, December 12, 2026 from 12:00 PM to 1:00 PM (GMT+4)"), ("Location", "Online event"),
                      ("Organizer", "საჩუქრების ცენტრი – prizi-ge . top"), ("Summary", "მხოლოდ დღეს! შეიყვანეთ თქვენი მონაცემები და გადაიხადეთ მიწოდების საფასური 2 ₾ – prizi-ge . top")]),
              ("btn", "View tickets", "https://www.eventbrite.com/mytickets/11458825550"),
              ("small", "This email was sent to n.beridze@example.org\nEventbrite, Inc. 95 Third Street, 2nd Floor, San Francisco, CA 94103")])

    # 15 Discord unread DM, it, prize, lookalike bare domain
    M("abuse", "discord", "it-username-dm-nitro-prize-lookalike-domain",
      tlang="it", flang="it", field="username, direct message preview", evasion="lookalike-domain,bare-domain,topic-prize,brand-in-name",
      date=D(2026, 12, 2, 19, 55, 41), frm="noreply@discord.com", from_name="Discord", dkim_d="discord.com", selector="s1",
      to="l.bianchi@example.org", subject="Hai messaggi non letti da Nitro Gratis 🎁", accent="#5865f2",
      blocks=[("logo", "Discord", "https://cdn.discordapp.com/email_assets/592423b8aedd155170617c9ae736e6e7.png"),
              ("p", "Ciao lorenzo_b,"), ("p", "Hai 1 messaggio non letto da Nitro Gratis 🎁:"),
              ("quote", "Discord regala 3 mesi di Nitro agli utenti attivi! 🎉 Riscatta il tuo regalo prima che scada: dlscord-gift.xyz/nitro-it"),
              ("btn", "Apri Discord", "https://discord.com/channels/@me/1184455501423316992"),
              ("small", "Inviato da Discord • 444 De Haro Street, Suite 200, San Francisco, CA 94107")])

    # 16 Tallyroll (small SaaS), km, loan, Khmer digits + Telegram
    ws = "ប្រាក់កម្ចីរហ័ស ការប្រាក់ទាប Telegram @loan_kh_fast ០៩៥ ៥៥៥ ០១៤៧"
    M("abuse", "tallyroll", "km-workspace-name-loan-khmer-digits-telegram",
      tlang="en", flang="km", field="workspace name, inviter name", evasion="native-digits-khmer,messenger-telegram,topic-loan,money,sentence-in-name,no-link",
      note="invented small timesheet SaaS; sender local part hello@",
      date=D(2026, 12, 3, 2, 10, 0), frm="hello@tallyroll.io", from_name="Tallyroll", dkim_d="tallyroll.io", selector="tr1",
      mailfrom="mail.tallyroll.io", to="s.chan@example.org",
      subject="You've been invited to join %s on Tallyroll" % ws, accent="#7c3aed",
      blocks=[("logo", "Tallyroll", "https://assets.tallyroll.io/email/logo@2x.png"),
              ("h1", "Join %s" % ws),
              ("p", "ភ្នាក់ងារ កម្ចី (loan.kh.agent@gmail.com) invited you to track time in the workspace %s." % ws),
              ("quote", "ខ្ចីប្រាក់បានរហូតដល់ ១០,០០០ ដុល្លារ មិនត្រូវការទ្រព្យធានា អនុម័តក្នុង ៥ នាទី។ ទាក់ទង Telegram @loan_kh_fast ឬ ទូរស័ព្ទ ០៩៥ ៥៥៥ ០១៤៧"),
              ("btn", "Accept invitation", "https://app.tallyroll.io/invite/7Hq2Lx9Pz4"),
              ("small", "Tallyroll · Simple timesheets for small teams\nTallyroll ApS, Vesterbrogade 10, 1620 København V")])

    # 17 Quillnote (small SaaS), is, refund, Viber + spelled-out digits
    pg = "Endurgreiðsla frá Símanum – 24.990 kr. bíða þín"
    M("abuse", "quillnote", "is-page-title-share-message-refund-viber-spelled-digits",
      tlang="en", flang="is", field="page title, share message", evasion="spelled-out-digits,messenger-viber,topic-refund,money,brand-in-name,no-link",
      note="invented small wiki SaaS; sender notifications@",
      date=D(2026, 12, 3, 10, 47, 19), frm="notifications@quillnote.app", from_name="Quillnote", dkim_d="quillnote.app", selector="qn2026",
      to="g.jonsdottir@example.org", subject="Síminn Endurgreiðsludeild shared \"%s\" with you" % pg, accent="#0f766e",
      blocks=[("p", "Síminn Endurgreiðsludeild shared a page with you:"), ("h2", pg),
              ("quote", "Vegna tvígreiðslu áttu rétt á endurgreiðslu að upphæð 24.990 kr. Hafðu samband við okkur á Viber til að staðfesta kortaupplýsingar: plús þrír fimm fjórir, sex fimm fimm, núll einn fjórir sjö."),
              ("btn", "Open page", "https://quillnote.app/p/endurgreidsla-9fK2mQ"),
              ("small", "You're receiving this because someone shared a Quillnote page with g.jonsdottir@example.org.\nQuillnote · Made in Tallinn")])

    # 18 Rostrly (small SaaS), tl, job, Signal keycap digits + free-mail
    orgn = "Part-time WFH ₱3,000/araw – Signal 0️⃣9️⃣1️⃣7️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣3️⃣8️⃣"
    M("abuse", "rostrly", "tl-organisation-name-job-signal-keycap-digits-freemail",
      tlang="en", flang="tl", field="organisation name, welcome note", evasion="emoji-keycap-digits,messenger-signal,freemail-address,topic-task-job,money,sentence-in-name",
      note="invented small shift-scheduling SaaS; sender team@",
      date=D(2026, 12, 4, 1, 33, 52), frm="team@rostrly.com", from_name="Rostrly", dkim_d="rostrly.com", selector="k1",
      mailfrom="bounce.rostrly.com", to="j.delacruz@example.org", subject="You've been added to %s on Rostrly" % orgn, accent="#ea580c",
      blocks=[("h1", "Welcome to %s" % orgn),
              ("p", "Your manager added you to the team schedule. Download the app to see your shifts."),
              ("quote", "Part-time na trabaho mula sa bahay! Kumita ng ₱3,000–₱8,000 kada araw sa pag-like ng mga video at pag-review ng produkto. Walang puhunan. Mag-message sa Signal: 0️⃣9️⃣1️⃣7️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣3️⃣8️⃣ o mag-email sa hr.wfh.hiring.ph@yahoo.com"),
              ("btn", "Get started", "https://app.rostrly.com/join/ZP4k9w"),
              ("small", "Rostrly Ltd · 2 Kingdom Street, London W2 6BD\nYou received this because an admin added your email to a Rostrly organisation.")])

    # 19 Ledgerbee (small SaaS), am, parcel fee, QR code in logo + bare domain
    M("abuse", "ledgerbee", "am-invoice-note-logo-parcel-fee-qr-code",
      tlang="en", flang="am", field="business name, business logo (QR image), invoice note", evasion="qr-code,bare-domain,topic-parcel-fee,money,brand-in-name,no-english",
      note="invented small invoicing SaaS; the uploaded 'logo' is a QR code",
      date=D(2026, 12, 4, 8, 5, 26), frm="no-reply@ledgerbee.co", from_name="የኢትዮጵያ ፖስታ", dkim_d="ledgerbee.co", selector="lb1",
      to="h.tesfaye@example.org", subject="Invoice INV-0031 from የኢትዮጵያ ፖስታ አገልግሎት – ETB 350.00", accent="#f59e0b",
      blocks=[("logo", "QR", "https://files.ledgerbee.co/logos/acct_5550147/qr-ethiopost.png"),
              ("h1", "Invoice INV-0031"),
              ("kv", [("From", "የኢትዮጵያ ፖስታ አገልግሎት"), ("Amount due", "ETB 350.00"), ("Due", "December 6, 2026")]),
              ("h2", "Note"),
              ("quote", "ውድ ደንበኛ፣ ጥቅልዎ በጉምሩክ ተይዟል። የ350 ብር የማድረሻ ክፍያ በ48 ሰዓት ውስጥ ካልተከፈለ ጥቅሉ ይመለሳል። ለመክፈል ከላይ ያለውን የQR ኮድ ይቃኙ ወይም ethiopost-fee.top ይጎብኙ።"),
              ("btn", "View invoice", "https://pay.ledgerbee.co/i/inv_8s2KxQ0031"),
              ("small", "Sent with Ledgerbee – invoicing for freelancers.\nLedgerbee OÜ, Narva mnt 5, 10117 Tallinn")])

    # 20 Formwell (small SaaS), fr, tech support, defanged domain + phone
    fm = "Alerte de sécurité Windows – Votre ordinateur est bloqué"
    M("abuse", "formwell", "fr-form-title-share-tech-support-defanged-domain",
      tlang="en", flang="fr", field="form title, form description, collaborator name", evasion="defanged-domain,topic-tech-support,brand-in-name,sentence-in-name",
      note="invented small form-builder SaaS; sender bot@",
      date=D(2026, 12, 5, 12, 18, 45), frm="bot@formwell.dev", from_name="Formwell", dkim_d="formwell.dev", selector="fw",
      to="c.martin@example.org", subject="Support Technique Microsoft invited you to collaborate on \"%s\"" % fm, accent="#2563eb",
      cte=("quoted-printable", "base64"),
      blocks=[("p", "Support Technique Microsoft invited you to edit the form:"), ("h2", fm),
              ("quote", "Un virus (Trojan:Win32/Pluto) a été détecté et votre licence Windows est suspendue. Ne redémarrez pas votre ordinateur. Appelez immédiatement le support technique Microsoft au 01 55 50 14 63 ou rendez-vous sur support-microsoft-fr[.]icu pour débloquer l'accès."),
              ("btn", "Open form", "https://formwell.dev/f/edit/a8Kz3q"),
              ("small", "Formwell — forms that don't get in the way.\nDon't want collaboration emails? Change your notification settings.")])
