from common import *

def run():
    # L1 Microsoft 365 renewal reminder, org name in Japanese
    org = "株式会社サンプル商事"
    M("legit", "microsoft365", "ja-tenant-name-renewal-reminder",
      tlang="en", flang="ja", field="tenant organisation name", evasion="hard-negative:renewal-reminder,money,non-latin-name",
      date=D(2026, 11, 17, 0, 12, 3), frm="msonlineservicesteam@microsoftonline.com", from_name="Microsoft", dkim_d="microsoftonline.com", selector="selector1",
      to="admin@sample-shoji.example.jp", subject="Your Microsoft 365 Business Standard subscription will renew on December 28, 2026",
      font="Segoe UI, Helvetica, Arial, sans-serif", accent="#0078d4",
      blocks=[("logo", "Microsoft", "https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b"),
              ("h1", "Your subscription will renew soon"),
              ("p", "Your Microsoft 365 Business Standard subscription for %s will automatically renew on December 28, 2026." % org),
              ("kv", [("Organization", org), ("Subscription", "Microsoft 365 Business Standard (annual commitment)"), ("Licenses", "25"),
                      ("Estimated charge", "¥ 46,850 (plus applicable taxes)"), ("Payment method", "Visa ending in 4417")]),
              ("p", "No action is needed if you want to keep your subscription. To make changes, go to the Microsoft 365 admin center."),
              ("btn", "Manage subscription", "https://admin.microsoft.com/Adminportal/Home#/subscriptions"),
              ("small", "Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052")])

    # L2 PayPal invoice from a real-looking florist, es
    M("legit", "paypal", "es-invoice-florist-own-phone-site",
      tlang="es", flang="es", field="merchant business name, invoice note", evasion="hard-negative:seller-phone,seller-site,money,invoice",
      date=D(2026, 11, 19, 10, 40, 0), frm="service@paypal.com", from_name="PayPal", dkim_d="paypal.com", selector="pp-dkim1",
      to="l.fernandez@example.org", subject="Factura de Floristería El Lirio (#2026-318)", accent="#0070e0",
      blocks=[("logo", "PayPal", "https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png"),
              ("h1", "Floristería El Lirio te ha enviado una factura de 186,50 €"),
              ("p", "Fecha de vencimiento: 4 dic. 2026"), ("h2", "Nota del vendedor"),
              ("quote", "Gracias por su pedido de 12 centros de mesa para la cena del 19/12. Entrega en su local a las 17:00. Cualquier duda: +34 910 555 014 · www.floristeria-ellirio.example.es"),
              ("kv", [("Número de factura", "2026-318"), ("Importe", "186,50 € EUR")]),
              ("btn", "Ver y pagar factura", "https://www.paypal.com/invoice/p/#INV2-H6SW-2KQB-8MZL-4YTC"),
              ("small", "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburgo.")])

    # L3 PayPal refund receipt, de
    M("legit", "paypal", "de-refund-receipt-bookshop",
      tlang="de", flang="de", field="merchant business name, refund note", evasion="hard-negative:refund-receipt,money,order-number",
      date=D(2026, 11, 22, 14, 3, 37), frm="service@paypal.de", from_name="PayPal", dkim_d="paypal.de", selector="pp-dkim1",
      to="f.schulz@example.org", subject="Sie haben eine Rückerstattung von Buchhandlung Müller & Söhne erhalten", accent="#0070e0",
      blocks=[("h1", "Rückerstattung: 34,90 € EUR"),
              ("p", "Buchhandlung Müller & Söhne hat Ihnen 34,90 € EUR zurückerstattet. Die Gutschrift erfolgt auf Ihr PayPal-Guthaben bzw. die ursprüngliche Zahlungsquelle."),
              ("kv", [("Händler", "Buchhandlung Müller & Söhne\nkontakt@buchhandlung-mueller.example.de\n+49 221 555 0137"),
                      ("Hinweis des Händlers", "Bestellung 2026-4471: Titel leider vergriffen, Betrag vollständig erstattet."),
                      ("Transaktionscode", "7KL20455501478392"), ("Datum", "22. November 2026")]),
              ("btn", "Details ansehen", "https://www.paypal.com/myaccount/transactions/details/7KL20455501478392"),
              ("small", "PayPal (Europe) S.à r.l. et Cie, S.C.A. Société en Commandite par Actions. Registered Office: 22-24 Boulevard Royal, L-2449 Luxembourg")])

    # L4 Google Calendar invite with Meet dial-in, pt
    title = "Revisão trimestral Q4 – equipe de vendas"
    desc = "Pauta: resultados de outubro/novembro, metas 2027, orçamento de eventos.\n\nParticipar pelo Google Meet: https://meet.google.com/kpr-vxqm-tbe\nOu disque: (US) +1 555-0143 PIN: 482 113 905#\nMais números de telefone: https://tel.meet/kpr-vxqm-tbe?pin=4821139050142"
    M("legit", "google-calendar", "pt-meeting-invite-meet-dial-in",
      tlang="pt", flang="pt", field="event title, description", evasion="hard-negative:dial-in-number,pin,meeting-link",
      date=D(2026, 11, 24, 17, 20, 11), frm="calendar-notification@google.com", from_name="Mariana Costa", dkim_d="google.com", selector="20230601",
      to="p.almeida@example.org", reply_to=("Mariana Costa", "mariana.costa@vendas.example.com.br"),
      subject="Convite: %s - qua 9 dez 2026 10:00 - 11:00 (BRT) (p.almeida@example.org)" % title, accent="#1a73e8",
      font="Google Sans, Roboto, Arial, sans-serif", cte=("quoted-printable", "base64"),
      blocks=[("h2", title), ("kv", [("Quando", "quarta-feira, 9 de dezembro de 2026 · 10:00 – 11:00 (Horário de Brasília)"),
                                      ("Participar do Google Meet", "meet.google.com/kpr-vxqm-tbe"), ("Participar por telefone", "(US) +1 555-0143 PIN: 482 113 905#"),
                                      ("Organizador", "Mariana Costa")]),
              ("p", desc), ("btn", "Sim", "https://calendar.google.com/calendar/event?action=RESPOND&eid=NWs3cTJ2&rst=1"),
              ("small", "Convite do Google Agenda: https://calendar.google.com/calendar/\nVocê está recebendo este e-mail porque é um convidado do evento.")],
      calendar=dict(prodid="-//Google Inc//Google Calendar 70.9054//EN", tz="America/Sao_Paulo", start="20261209T100000", end="20261209T110000",
                    stamp="20261124T172011Z", org_cn="Mariana Costa", org="mariana.costa@vendas.example.com.br", uid="5k7q2v8h1n3m9b4c0x6z@google.com",
                    attendees=[("p.almeida@example.org", "p.almeida@example.org")], summary=title, description=desc, location=""))

    # L5 Google Drive, fr, accountant's invoice with own phone
    M("legit", "google-drive", "fr-file-share-accountant-invoice-phone",
      tlang="fr", flang="fr", field="file name, share message", evasion="hard-negative:invoice-file,seller-phone,seller-email",
      date=D(2026, 11, 25, 9, 31, 0), frm="drive-shares-dm-noreply@google.com", from_name="Cabinet Durand (via Google Drive)", dkim_d="google.com", selector="20230601",
      to="s.leroy@example.org", reply_to=("Cabinet Durand", "compta@cabinet-durand.example.fr"),
      subject="Document partagé avec vous : \"Facture_2026-118_Honoraires_novembre.pdf\"", accent="#1a73e8", font="Google Sans, Roboto, Arial, sans-serif",
      blocks=[("p", "Cabinet Durand (compta@cabinet-durand.example.fr) a partagé le fichier suivant :"),
              ("quote", "Bonjour Madame Leroy, veuillez trouver la facture d'honoraires de novembre (420,00 € TTC), payable par virement sous 30 jours. Pour toute question : 01 55 50 01 23. Bien cordialement, Anne Durand"),
              ("kv", [("", "Facture_2026-118_Honoraires_novembre.pdf")]),
              ("btn", "Ouvrir", "https://drive.google.com/file/d/1aB3cD5eF7gH9iJ0kL2mN4oP6qR8sT0uV/view?usp=sharing_eil_m"),
              ("small", "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")])

    # L6 DocuSign offer letter, hi, recruiter contact
    M("legit", "docusign", "hi-offer-letter-recruiter-contact",
      tlang="en", flang="hi", field="sender name, envelope subject, email message", evasion="hard-negative:recruiter-phone,recruiter-email,job-offer,non-latin-name",
      date=D(2026, 11, 26, 6, 45, 18), frm="dse_na3@docusign.net", from_name="रिया शर्मा via DocuSign", dkim_d="docusign.net", selector="s1",
      to="r.iyer@example.org", reply_to=("रिया शर्मा", "riya.sharma@talent.example.in"),
      subject="नियुक्ति पत्र – Senior Data Analyst – कृपया हस्ताक्षर करें", accent="#ffc820",
      blocks=[("logo", "DocuSign", "https://na3.docusign.net/Member/Images/email/docusign-logo.png"),
              ("h1", "रिया शर्मा sent you a document to review and sign."),
              ("btn", "REVIEW DOCUMENT", "https://na3.docusign.net/Signing/EmailStart.aspx?a=2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f&etti=24&acct=0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"),
              ("p", "रिया शर्मा\nriya.sharma@talent.example.in"),
              ("quote", "नमस्ते रोहन जी, बधाई हो! कृपया नियुक्ति पत्र 10 दिसंबर तक हस्ताक्षर करें। जॉइनिंग तिथि 4 जनवरी 2027 है। किसी भी प्रश्न के लिए मुझे +91 80 5550 1422 पर कॉल करें या ईमेल करें। – रिया, टैलेंट एक्विज़िशन, Example Analytics Pvt. Ltd."),
              ("small", "Do Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.")])

    # L7 iCloud calendar family dinner, zh
    title = "家庭聚餐 – 外婆八十大寿"
    notes = "地点：福满楼 二楼牡丹厅，电话 021-5550-0142（已订 3 桌）。请大家 17:30 前到，停车场在后门。"
    M("legit", "icloud-calendar", "zh-family-dinner-restaurant-phone",
      tlang="en", flang="zh", field="event title, notes, organiser name", evasion="hard-negative:restaurant-phone,non-latin-name",
      date=D(2026, 11, 27, 12, 8, 44), frm="noreply@email.apple.com", from_name="王丽", dkim_d="email.apple.com", selector="email0517",
      to="w.chen@example.org", subject="Invitation: %s" % title, accent="#0071e3", font="-apple-system, Helvetica Neue, Helvetica, Arial, sans-serif",
      blocks=[("p", "王丽 has invited you to the following event."), ("h2", title),
              ("kv", [("When", "Saturday, December 19, 2026 6:00 PM – 9:00 PM (China Standard Time)"), ("Location", "福满楼，上海市黄浦区示例路 88 号"), ("Notes", notes)]),
              ("btn", "Accept", "https://www.icloud.com/calendar/accept?token=RmFtaWx5RGlubmVyMjAyNg"),
              ("small", "Invitation from iCloud Calendar\nCopyright © 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.")],
      calendar=dict(prodid="-//Apple Inc.//iCloud 10.0//EN", tz="Asia/Shanghai", start="20261219T180000", end="20261219T210000", stamp="20261127T120844Z",
                    org_cn="王丽", org="wangli.family@icloud.com", uid="3A9C2E7B-1D4F-4B6A-8C0E-5F7A9B1D3E2C", attendees=[("陈伟", "w.chen@example.org")],
                    summary=title, description=notes, location="福满楼，上海市黄浦区示例路 88 号"))

    # L8 QuickBooks plumber invoice, en
    M("legit", "quickbooks", "en-plumber-invoice-own-phone-site",
      tlang="en", flang="en", field="company name, invoice message", evasion="hard-negative:seller-phone,seller-site,money,invoice",
      date=D(2026, 11, 28, 15, 0, 2), frm="quickbooks@notification.intuit.com", from_name="Riverbend Plumbing & Heating", dkim_d="notification.intuit.com",
      selector="intuit1", to="j.miller@example.org", reply_to=("Riverbend Plumbing & Heating", "office@riverbendplumbing.example.com"),
      subject="Invoice 1047 from Riverbend Plumbing & Heating", accent="#2ca01c",
      blocks=[("h1", "Riverbend Plumbing & Heating"), ("kv", [("INVOICE", "1047"), ("DUE 12/28/2026", "$385.00")]),
              ("btn", "Review and pay", "https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-4b7e92d1c05a4f3e8a61b2c7d9e04f18"),
              ("p", "Dear Jordan,"),
              ("p", "Thanks for choosing Riverbend! This invoice covers the water heater flush and replacement of the anode rod on Nov 27 (1.5 hrs labor + parts). "
                    "Questions about your bill? Call the office at (555) 555-0136 or visit riverbendplumbing.example.com. Your next annual service is due November 2027."),
              ("p", "Have a great day,\nRiverbend Plumbing & Heating"),
              ("small", "Powered by QuickBooks\n© 2026 Intuit, Inc. All rights reserved.")])

    # L9 Zoom webinar registration, ar
    topic = "ندوة: أساسيات الأمن السيبراني للشركات الصغيرة"
    M("legit", "zoom", "ar-webinar-registration-dial-in",
      tlang="en", flang="ar", field="webinar topic, description", evasion="hard-negative:dial-in-number,meeting-id,security-topic",
      date=D(2026, 11, 29, 9, 0, 15), frm="no-reply@zoom.us", from_name="غرفة التجارة (Zoom)", dkim_d="zoom.us", selector="s1",
      to="y.haddad@example.org", subject="%s Confirmation" % topic, accent="#0b5cff", cte=("base64", "base64"),
      blocks=[("p", "Hi Yousef,"), ("p", "Thank you for registering for \"%s\"." % topic),
              ("kv", [("Description", "تتناول الندوة التعرف على رسائل التصيّد الاحتيالي وحماية حسابات الموظفين وإعداد المصادقة الثنائية. المتحدث: م. ليلى منصور."),
                      ("Date Time", "Dec 8, 2026 06:00 PM Amman"), ("Webinar ID", "881 5550 1497"), ("Passcode", "539201")]),
              ("btn", "Join Webinar", "https://us02web.zoom.us/w/88155501497?tk=Zx9qLm3PvR7&uuid=WN_bT4k"),
              ("p", "Or One tap mobile:\n+15555550123,,88155501497#,,,,*539201# US\n+15555550188,,88155501497#,,,,*539201# US\nOr Telephone: +1 555 555 0123 (US)"),
              ("small", "You can cancel your registration at any time.\nZoom Communications, Inc. 55 Almaden Blvd, 6th Floor, San Jose, CA 95113")])

    # L10 LinkedIn recruiter message, tr
    M("legit", "linkedin", "tr-recruiter-message-own-contacts",
      tlang="tr", flang="tr", field="message body, sender headline", evasion="hard-negative:recruiter-phone,recruiter-email,job-offer,money",
      date=D(2026, 11, 30, 7, 44, 30), frm="messages-noreply@linkedin.com", from_name="Burak Demir via LinkedIn", dkim_d="linkedin.com", selector="d2048-2",
      to="e.yilmaz@example.org", subject="Burak Demir size bir mesaj gönderdi", accent="#0a66c2",
      blocks=[("h2", "Burak Demir"), ("small", "Kıdemli İşe Alım Uzmanı @ Örnek Teknoloji A.Ş."),
              ("quote", "Merhaba Elif Hanım, Örnek Teknoloji'de açılan Kıdemli Pazarlama Analisti (İstanbul, hibrit) pozisyonu için profilinizin çok uygun olduğunu düşünüyorum. "
                        "Müsaitseniz bu hafta 20 dakikalık bir görüşme planlayabiliriz. İlan: kariyer.ornekteknoloji.example.com.tr/ilan/4471 · Telefon: +90 212 555 01 46 · burak.demir@ornekteknoloji.example.com.tr"),
              ("btn", "Yanıtla", "https://www.linkedin.com/messaging/thread/2-ZjQ0NzEtYjFkMi00/"),
              ("small", "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.")])

    # L11 GitHub discussion about wa.me links, vi
    body = ("Mình đang dùng hàm `buildWaLink(phone, text)` để tạo link click-to-chat cho trang liên hệ của cửa hàng. "
            "Với số +84 90 555 0142 thì kết quả là `https://wa.me/84905550142?text=Xin%20ch%C3%A0o` nhưng khi text có dấu tiếng Việt thì bị lỗi encode hai lần. "
            "Có ai gặp lỗi này với v3.2 không? Mình đã thử `encodeURIComponent` trước khi truyền vào nhưng vẫn ra `%25C3`.")
    M("legit", "github", "vi-discussion-wa-me-link-encoding-bug",
      tlang="en", flang="vi", field="discussion title, discussion body", evasion="hard-negative:wa-me-link,phone-in-code,messenger-mention",
      date=D(2026, 12, 1, 3, 55, 12), frm="notifications@github.com", from_name="minhtran-dev", dkim_d="github.com", selector="pf2023",
      to="maintainers@example.org", reply_to=("chatlink/wa-utils", "reply+AEN7XK2P4Q6R8S0T1U3@reply.github.com"),
      subject="[chatlink/wa-utils] Lỗi encode tiếng Việt khi tạo link wa.me (Discussion #318)",
      extra_headers=[("List-ID", "chatlink/wa-utils <wa-utils.chatlink.github.com>"), ("X-GitHub-Reason", "subscribed")],
      accent="#0969da", font="-apple-system, BlinkMacSystemFont, Segoe UI, Helvetica, Arial, sans-serif",
      blocks=[("p", body), ("textonly", "—\nReply to this email directly, view it on GitHub: https://github.com/chatlink/wa-utils/discussions/318\nYou are receiving this because you are subscribed to this thread."),
              ("htmlonly", '<p style="font-size:12px;color:#666">—<br>Reply to this email directly, <a href="https://github.com/chatlink/wa-utils/discussions/318">view it on GitHub</a>.</p>')])

    # L12 Calendly booking, th, massage, Thai digits + LINE (genuine)
    M("legit", "calendly", "th-massage-booking-thai-digits-line",
      tlang="en", flang="th", field="invitee name, booking form answer", evasion="hard-negative:native-digits-thai,messenger-line,price,non-latin-name",
      date=D(2026, 12, 1, 10, 2, 9), frm="notifications@calendly.com", from_name="Calendly", dkim_d="calendly.com", selector="s1",
      to="booking@baan-nuad.example.co.th", subject="New Event: สมชาย ใจดี - 02:00pm Sat, Dec 5, 2026 - นวดแผนไทย 90 นาที (฿1,200)",
      accent="#006bff",
      blocks=[("p", "Hi Baan Nuad Spa,"), ("p", "A new event has been scheduled."),
              ("kv", [("Event Type:", "นวดแผนไทย 90 นาที (฿1,200)"), ("Invitee:", "สมชาย ใจดี"), ("Invitee Email:", "somchai.j@example.net"),
                      ("Event Date/Time:", "02:00pm - Saturday, December 5, 2026 (Indochina Time)"), ("Location:", "Baan Nuad Spa, ซอยสุขุมวิท 55"),
                      ("Phone number", "๐๘๑ ๕๕๕ ๐๑๔๗"),
                      ("Please share anything that will help prepare for our meeting.", "ปวดหลังช่วงล่าง ขอหมอนวดผู้หญิงครับ ถ้าต้องเลื่อนเวลาติดต่อทาง LINE: somchai.j ได้เลยครับ")]),
              ("btn", "View event in Calendly", "https://calendly.com/scheduled_events/7e2a9c41-3b5d-4f6e-8a1c-2d4f6b8e0a13"),
              ("small", "Sent from Calendly")])

    # L13 Eventbrite order, pt, community fair with organiser phone
    ev = "Feira de Natal Solidária – Associação de Moradores de Campo de Ourique"
    M("legit", "eventbrite", "pt-community-fair-order-organiser-phone",
      tlang="pt", flang="pt", field="event name, organiser name, organiser contact", evasion="hard-negative:organiser-phone,order-number,money",
      date=D(2026, 12, 2, 11, 14, 50), frm="noreply@order.eventbrite.com", from_name="Eventbrite", dkim_d="eventbrite.com", selector="s1",
      mailfrom="order.eventbrite.com", to="a.silva@example.org", subject="Os seus bilhetes para %s" % ev, accent="#d1410c",
      blocks=[("h1", "Vai a %s" % ev),
              ("kv", [("Encomenda", "#12305550143 · 2 x Entrada solidária (5,00 €)"), ("Data", "sábado, 12 de dezembro de 2026, 10:00 – 18:00 WET"),
                      ("Local", "Jardim da Parada, Lisboa"), ("Organizador", "Associação de Moradores de Campo de Ourique"),
                      ("Contacto do organizador", "Dúvidas no dia: +351 21 555 0143 (Sra. Helena) · feira@moradores-co.example.pt")]),
              ("p", "A receita reverte para o banco alimentar do bairro. Traga um bem alimentar não perecível!"),
              ("btn", "Ver bilhetes", "https://www.eventbrite.pt/mytickets/12305550143"),
              ("small", "Eventbrite, Inc. 95 Third Street, 2nd Floor, San Francisco, CA 94103")])

    # L14 Shopify shipping confirmation, it, tracking number
    M("legit", "shopify", "it-shipping-confirmation-tracking-number",
      tlang="it", flang="it", field="store name, shipping note", evasion="hard-negative:tracking-number,order-number,store-phone",
      date=D(2026, 12, 2, 16, 40, 3), frm="mailer@shopify.com", from_name="Ceramiche Amalfi", dkim_d="shopify.com", selector="s2",
      mailfrom="shops.shopify.com", to="g.rossi@example.org", reply_to=("Ceramiche Amalfi", "ordini@ceramiche-amalfi.example.it"),
      subject="Il tuo ordine #1052 è in viaggio", accent="#1f6f8b",
      blocks=[("h1", "Ceramiche Amalfi"), ("p", "Ordine #1052"), ("h2", "Il tuo ordine è in viaggio"),
              ("p", "Buone notizie! Il tuo ordine è stato spedito con BRT. Numero di tracciamento: 0567 1234 5550 1489. La consegna è prevista entro 2–3 giorni lavorativi."),
              ("btn", "Traccia il tuo pacco", "https://ceramiche-amalfi.example.it/apps/tracking?order=1052&t=056712345550"),
              ("kv", [("", "Piatto da portata limoni Ø 32 cm × 1"), ("", "Tazze espresso (set da 6) × 1")]),
              ("small", "Domande? Rispondi a questa email o chiamaci al +39 089 555 0132 (lun–ven 9–17).\nCeramiche Amalfi · Via dei Mulini 12, 84011 Amalfi SA")])

    # L15 Facebook group event, sw, organiser phone
    M("legit", "facebook", "sw-group-event-organiser-phone",
      tlang="sw", flang="sw", field="group name, event name, event details", evasion="hard-negative:organiser-phone,community-event,money",
      date=D(2026, 12, 3, 5, 30, 21), frm="notification@facebookmail.com", from_name="Facebook", dkim_d="facebookmail.com", selector="s1024-2013-q3",
      to="w.otieno@example.org", subject="Nairobi Runners Club: Mbio za Hisani za Krismasi – Jumamosi, 19 Desemba", accent="#1877f2",
      blocks=[("p", "Amina Wanjiru ameunda tukio katika Nairobi Runners Club."), ("h2", "Mbio za Hisani za Krismasi (km 5 / km 10)"),
              ("kv", [("Lini", "Jumamosi, 19 Desemba 2026 saa 12:30 asubuhi"), ("Wapi", "Karura Forest, Lango A"),
                      ("Maelezo", "Ada ya kushiriki KSh 500, mapato yote yanaenda kwa kituo cha watoto cha Kibera. Kwa maswali piga Amina: +254 712 555 014.")]),
              ("btn", "Angalia tukio", "https://www.facebook.com/events/5550142233117/"),
              ("small", "Ujumbe huu ulitumwa kwa w.otieno@example.org.\nMeta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025")])

    # L16 Tallyroll renewal reminder, is workspace name
    ws = "Bókhaldsstofan Hjálp ehf."
    M("legit", "tallyroll", "is-workspace-renewal-reminder",
      tlang="en", flang="is", field="workspace name", evasion="hard-negative:renewal-reminder,money,non-ascii-name",
      note="invented small timesheet SaaS; sender hello@",
      date=D(2026, 12, 3, 9, 0, 0), frm="hello@tallyroll.io", from_name="Tallyroll", dkim_d="tallyroll.io", selector="tr1", mailfrom="mail.tallyroll.io",
      to="g.jonsdottir@example.org", subject="Your Tallyroll Team plan for %s renews on December 14" % ws, accent="#7c3aed",
      blocks=[("logo", "Tallyroll", "https://assets.tallyroll.io/email/logo@2x.png"),
              ("p", "Hi Guðrún,"),
              ("p", "Just a heads-up: the Team plan for %s renews on December 14, 2026. We'll charge $96.00 (8 seats × $12) to the Mastercard ending in 2290." % ws),
              ("p", "Nothing to do if that's fine. To change seats or cancel, visit your billing page."),
              ("btn", "Manage billing", "https://app.tallyroll.io/settings/billing"),
              ("small", "Questions? Just reply to this email.\nTallyroll ApS, Vesterbrogade 10, 1620 København V")])

    # L17 Ledgerbee invoice, de, EPC QR (Girocode) + seller phone
    M("legit", "ledgerbee", "de-design-invoice-girocode-qr-phone",
      tlang="de", flang="de", field="business name, invoice note", evasion="hard-negative:qr-code-payment,seller-phone,iban,money,invoice",
      note="invented small invoicing SaaS; genuine EPC/GiroCode payment QR",
      date=D(2026, 12, 4, 13, 27, 40), frm="no-reply@ledgerbee.co", from_name="Studio Feldweg Grafikdesign", dkim_d="ledgerbee.co", selector="lb1",
      to="k.weber@example.org", reply_to=("Studio Feldweg Grafikdesign", "hallo@studio-feldweg.example.de"),
      subject="Rechnung RE-2026-077 von Studio Feldweg Grafikdesign – 1.190,00 €", accent="#f59e0b",
      blocks=[("logo", "Studio Feldweg", "https://files.ledgerbee.co/logos/acct_8812044/studio-feldweg.png"),
              ("h1", "Rechnung RE-2026-077"),
              ("kv", [("Von", "Studio Feldweg Grafikdesign"), ("Betrag", "1.190,00 € (inkl. 19 % USt.)"), ("Fällig", "18. Dezember 2026"),
                      ("IBAN", "DE89 3704 0044 0532 0130 00"), ("Verwendungszweck", "RE-2026-077")]),
              ("h2", "Notiz"),
              ("quote", "Vielen Dank für den Auftrag (Logo-Relaunch und Geschäftsausstattung). Zum schnellen Bezahlen können Sie den GiroCode im PDF mit Ihrer Banking-App scannen. Rückfragen gern unter 0761 555 0148."),
              ("btn", "Rechnung ansehen", "https://pay.ledgerbee.co/i/inv_3mQp9Re077"),
              ("small", "Gesendet mit Ledgerbee.\nLedgerbee OÜ, Narva mnt 5, 10117 Tallinn")])

    # L18 Quillnote security page, uk, quoting scam IOCs
    pg = "Фішингова кампанія «Приват-бонус»: індикатори компрометації"
    M("legit", "quillnote", "uk-security-report-page-quotes-scam-iocs",
      tlang="en", flang="uk", field="page title, share message", evasion="hard-negative:security-report,defanged-domain,scam-phone-quoted,telegram-handle-quoted",
      note="invented small wiki SaaS; sender notifications@",
      date=D(2026, 12, 4, 15, 12, 6), frm="notifications@quillnote.app", from_name="Quillnote", dkim_d="quillnote.app", selector="qn2026",
      to="soc@example.org", subject="Олена Коваль shared \"%s\" with you" % pg, accent="#0f766e",
      blocks=[("p", "Олена Коваль (o.koval@soc.example.com.ua) shared a page with you:"), ("h2", pg),
              ("quote", "Колеги, оновила сторінку з IOC. Домени: privat24-bonus[.]top, pryvat-vyplata[.]icu. Шахраї дзвонять з +380 44 555 0147 і пишуть у Telegram від імені @pryvat_support_bot. "
                        "Будь ласка, додайте домени до блок-листа проксі та НЕ переходьте за посиланнями. Звіт для CERT-UA надіслано 03.12."),
              ("btn", "Open page", "https://quillnote.app/p/ioc-pryvat-bonus-Xa81Lm"),
              ("small", "You're receiving this because someone shared a Quillnote page with soc@example.org.\nQuillnote · Made in Tallinn")])

    # L19 Formwell contact-form submission, am
    M("legit", "formwell", "am-contact-form-quote-request-phone",
      tlang="en", flang="am", field="form response fields (name, message, phone)", evasion="hard-negative:customer-phone,price-request,non-latin-name",
      note="invented small form-builder SaaS; sender bot@",
      date=D(2026, 12, 5, 7, 49, 55), frm="bot@formwell.dev", from_name="Formwell", dkim_d="formwell.dev", selector="fw",
      to="sales@addis-furniture.example.et", reply_to=("ሳምራዊት ገብሬ", "samrawit.g@example.net"),
      subject="New response: Request a quote – ሳምራዊት ገብሬ", accent="#2563eb",
      blocks=[("p", "Your form \"Request a quote\" has a new response."),
              ("kv", [("Name", "ሳምራዊት ገብሬ"), ("Email", "samrawit.g@example.net"), ("Phone", "+251 911 555 014"),
                      ("Message", "ሰላም፣ ለአዲሱ ቢሮአችን 12 የስብሰባ ወንበሮችና አንድ ትልቅ ጠረጴዛ ዋጋ ማወቅ እፈልጋለሁ። እስከ ታኅሣሥ መጨረሻ ድረስ ማድረስ ይቻላል? እባክዎ በስልክ ይደውሉልኝ።")]),
              ("btn", "View all responses", "https://formwell.dev/f/responses/q9Lk2e"),
              ("small", "Formwell — forms that don't get in the way.")])

    # L20 Rostrly shift reminder, km, manager phone in Khmer digits
    M("legit", "rostrly", "km-shift-reminder-manager-phone-khmer-digits",
      tlang="en", flang="km", field="organisation name, shift note", evasion="hard-negative:native-digits-khmer,manager-phone,non-latin-name",
      note="invented small shift-scheduling SaaS; sender team@",
      date=D(2026, 12, 6, 1, 0, 0), frm="team@rostrly.com", from_name="Rostrly", dkim_d="rostrly.com", selector="k1", mailfrom="bounce.rostrly.com",
      to="s.chan@example.org", subject="Reminder: your shift at ហាងកាហ្វេ ម្លប់ស្វាយ tomorrow, 7:00 AM", accent="#ea580c",
      blocks=[("h1", "Your shift tomorrow"),
              ("kv", [("Organisation", "ហាងកាហ្វេ ម្លប់ស្វាយ"), ("When", "Monday, Dec 7, 2026 · 7:00 AM – 3:00 PM"), ("Role", "Barista"),
                      ("Note from manager", "សូមមកដល់មុន ១៥ នាទី ដើម្បីរៀបចំម៉ាស៊ីនកាហ្វេ។ បើមិនអាចមកបាន សូមទូរស័ព្ទមកខ្ញុំ ០១២ ៥៥៥ ០១៤។ — សុភា")]),
              ("btn", "View schedule", "https://app.rostrly.com/schedule"),
              ("small", "Rostrly Ltd · 2 Kingdom Street, London W2 6BD")])
