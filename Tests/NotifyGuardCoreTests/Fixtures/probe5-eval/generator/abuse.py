"""20 abuse messages: genuine platform templates whose user-fillable fields carry scam text."""
from lib import D, hexid, rnd, h
from common import mk

ZW, ZWNJ, ZWJ = "\u200b", "\u200c", "\u200d"
MS_FOOT = ("Microsoft respects your privacy. To learn more, please read our Privacy Statement.\n"
           "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA\n"
           "This message was sent from an unmonitored email address. Please do not reply to this message.")
MS_LOGO = ("logo", "Microsoft", "https://img-prod-cms-rt-microsoft-com.akamaized.net/cms/api/am/imageFileData/RE1Mu3b")
PP_LOGO = ("logo", "PayPal", "https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png")


def a01():
    org = "Order Confirmation: Norton 360 Total Protection $399.99 has been processed. Call +1 (808) 555-0147 if you did not authorize"
    return mk("abuse/microsoft365__en-tenant-name-norton-order-call.eml", "microsoft365", "abuse", "en", "en",
              "tenant organization name", "none beyond brand+phone in tenant name; (808) area-code style",
              "trial-welcome mail; scam text is the whole tenant name, as in the real M365 tenant-name campaigns",
              to="j.whitfield@example.com", date=D(2026, 12, 2, 15, 41, 7),
              subject="Welcome to your Microsoft 365 Business Basic trial",
              blocks=[MS_LOGO, ("h1", "Welcome to your free trial"),
                      ("p", "Thank you for signing up for a Microsoft 365 Business Basic trial for %s. Your trial lasts 30 days and includes 25 licenses." % org),
                      ("h2", "Your account information"),
                      ("kv", [("Organization", org), ("User name", "admin@NortonSecure7741.onmicrosoft.com"),
                              ("Trial end date", "January 1, 2027")]),
                      ("btn", "Get started", "https://admin.microsoft.com/Adminportal/Home?source=trialwelcome#/homepage"),
                      ("p", "To avoid an interruption in service, add a payment method and buy a subscription before your trial ends."),
                      ("small", MS_FOOT)])


def a02():
    line1 = "PayPal Notice: You have been charged $749.99 for Bitcoin purchase. Not you? Call +1 808"
    line2 = "555 0126 to cancel and get full refund"
    return mk("abuse/microsoft365__en-billing-sold-to-paypal-charge-number-split.eml", "microsoft365-billing", "abuse", "en", "en",
              "tenant organization name + billing address line 1",
              "phone number split across two lines (org name ends with '+1 808', address line starts with '555 0126')",
              "purchase-confirmation mail; the 'Sold to' block is tenant-controlled",
              to="r.alvarez@example.net", date=D(2026, 12, 3, 19, 2, 44),
              subject="Your purchase of Microsoft 365 Business Basic has been processed",
              blocks=[MS_LOGO, ("h1", "Thank you for your purchase"),
                      ("p", "We've processed your order. Your subscription is now active and ready to use."),
                      ("kv", [("Order number", "8d1f42c7-55a0-4e0b-9b7e-%s" % hexid("a02ord", 12)), ("Order date", "December 3, 2026"),
                              ("Product", "Microsoft 365 Business Basic"), ("Quantity", "1 license"), ("Billing frequency", "Monthly"),
                              ("Total", "$7.20 (plus applicable taxes)"), ("Payment method", "Visa ending in 0381")]),
                      ("h2", "Sold to"),
                      ("p", "%s\n%s\n1100 Alakea St\nHonolulu, HI 96813\nUnited States" % (line1, line2)),
                      ("btn", "View your bills", "https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list"),
                      ("small", MS_FOOT)])


def a03():
    biz = "Geek Squad Billing Dept"
    note = ("Your Geek Squad Total Tech Support 3-Year plan has been renewed and $489.99 will be debited from your account within 24 hrs. "
            "No action needed if you authorized this. To cancel & get a refund call our billing desk: 1-8O8-555-O132 (Mon-Sun 8am-9pm)")
    return mk("abuse/paypal__en-invoice-note-geeksquad-renewal-letter-o.eml", "paypal", "abuse", "en", "en",
              "invoice business name + note to customer", "letter O for digit 0 in phone number (1-8O8-555-O132)", "",
              to="lindsey.p@example.com", date=D(2026, 12, 4, 13, 27, 9),
              subject="Geek Squad Billing Dept sent you an invoice (#GS-88412)",
              blocks=[PP_LOGO, ("h1", "%s sent you an invoice for $489.99 USD" % biz), ("p", "Due on receipt"),
                      ("h2", "Note from seller"), ("quote", note),
                      ("kv", [("Invoice number", "GS-88412"), ("Item", "Total Tech Support – 3 Year Plan (auto-renewal)"), ("Amount", "$489.99 USD")]),
                      ("btn", "View and Pay Invoice", "https://www.paypal.com/invoice/p/#INV2-K4QW-7RZT-3MNB-9XLE"),
                      ("p", "Don't recognize this invoice? Report this invoice: https://www.paypal.com/invoice/p/#INV2-K4QW-7RZT-3MNB-9XLE?report=1"),
                      ("small", "Help & Contact | Security | Apps\nPayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\n"
                                "Copyright © 1999-2026 PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131.")])


def a04():
    summ = "Mc%sAfee Total Protection Auto-Renewal – $449.99 charged – Invoice MC-20931-US" % ZW
    desc = ("Dear Customer,\n\nYour Mc%sAfee Total Protection (5 devices, 2 years) subscription has been auto-renewed and $449.99 "
            "was charged to your card on file.\n\nIf you did not authorize this charge or wish to cancel and claim a refund, contact "
            "our billing team within 24 hours: +1-8%s08-55%s5-01%s58\n\nMcAfee Billing Department" % (ZW, ZW, ZWNJ, ZWJ))
    org = "renewals.desk4471@example.net"
    when = "Thursday Dec 3, 2026 ⋅ 10am – 10:30am (Eastern Time - New York)"
    return mk("abuse/google-calendar__en-event-title-mcafee-renewal-zero-width.eml", "google-calendar", "abuse", "en", "en",
              "event title + event description + organizer display name",
              "zero-width space/non-joiner/joiner inside brand name and phone number", "",
              from_name="McAfee Billing", reply_to=("McAfee Billing", org),
              to="dgreene@example.org", date=D(2026, 12, 1, 21, 15, 52),
              subject="Invitation: %s @ Thu Dec 3, 2026 10am - 10:30am (EST) (dgreene@example.org)" % summ,
              msgid="calendar-%s@google.com" % hexid("a04uid", 32),
              blocks=[("h2", summ), ("kv", [("When", when), ("Organizer", "McAfee Billing\n%s" % org), ("Guests", "dgreene@example.org")]),
                      ("p", desc), ("btn", "Yes", "https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1" % rnd("a04eid", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
                      ("small", "Invitation from Google Calendar: https://calendar.google.com/calendar/\n"
                                "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n"
                                "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.")],
              calendar=dict(prodid="-//Google Inc//Google Calendar 70.9054//EN", tz="America/New_York", start="20261203T100000",
                            end="20261203T103000", stamp="20261201T211552Z", org_cn="McAfee Billing", org=org,
                            uid="%s@google.com" % hexid("a04uid", 26), attendees=[("dgreene@example.org", "dgreene@example.org")],
                            description=desc, location="", summary=summ))


def a05():
    sender = "Amazon Refund Dept"
    msg = ("Your refund of $312.48 for order #114-7730291-5520 could not be processed because the payment method on file has expired. "
           "Review and sign the attached refund authorization, then confirm your card details at amaz0n-refunds.shop/claim "
           "within 48 hours or the refund will be cancelled.")
    url = "https://na4.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (hexid("a05a", 32), hexid("a05acct", 32), hexid("a05er", 32))
    return mk("abuse/docusign__en-envelope-message-amazon-refund-lookalike.eml", "docusign", "abuse", "en", "en",
              "envelope sender name + email message", "lookalike domain with digit zero (amaz0n-refunds.shop)", "",
              from_name="%s via Docusign" % sender, reply_to=(sender, "refunds.dept.amz@example.net"),
              to="tom.barrett@example.com", date=D(2026, 12, 7, 16, 3, 30),
              subject="Complete with Docusign: Refund_Authorization_AMZ-114-7730291.pdf",
              blocks=[("logo", "Docusign", "https://na4.docusign.net/Signing/Images/email/Email_Logo.png"),
                      ("h1", "%s sent you a document to review and sign." % sender), ("btn", "REVIEW DOCUMENT", url),
                      ("p", "%s\nrefunds.dept.amz@example.net" % sender), ("quote", msg),
                      ("h2", "Do Not Share This Email"),
                      ("p", "This email contains a secure link to Docusign. Please do not share this email, link, or access code with others."),
                      ("h2", "Alternate Signing Method"),
                      ("p", "Visit Docusign.com, click 'Access Documents', and enter the security code:\n%s" % hexid("a05code", 32).upper()),
                      ("h2", "About Docusign"),
                      ("p", "Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management™."),
                      ("h2", "Questions about the Document?"),
                      ("p", "If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly."),
                      ("small", "Stop receiving this email\nReport this email or read more about Declining to sign and Managing notifications.\n"
                                "If you are having trouble signing the document, please visit the Help with Signing page on our Support Center.\n"
                                "This message was sent to you by Amazon Refund Dept who is using the Docusign Electronic Signature Service.")])


def a06():
    biz = "Microsoft Defender Support Center"
    memo = ("Thank you for renewing Windows Defender Firewall Protection – 3 Years (5 devices). Your payment of $549.00 will be charged "
            "to the card on file today. If you did not request this renewal or your PC shows a virus warning, call our support desk "
            "immediately: +1 . 808 . 555 . 0171")
    return mk("abuse/quickbooks__en-invoice-memo-defender-tech-support-dotted.eml", "quickbooks", "abuse", "en", "en",
              "company name + message to customer + company phone",
              "phone with spaced dots (+1 . 808 . 555 . 0171)", "",
              from_name=biz, reply_to=(biz, "defender.billing.desk@example.net"),
              to="mhoward@example.org", date=D(2026, 12, 8, 14, 55, 1),
              subject="Invoice 10482 from %s" % biz,
              blocks=[("h2", biz), ("kv", [("DUE 12/18/2026", "$549.00")]),
                      ("btn", "Review and pay", "https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%s" % hexid("a06scs", 48)),
                      ("p", "Dear Customer,"), ("p", memo), ("p", "Have a great day!\n%s" % biz),
                      ("kv", [("Bill to", "Michael Howard"), ("Terms", "Net 10"), ("Invoice", "10482"),
                              ("Windows Defender Firewall Protection 3Y", "$549.00"), ("Balance due", "$549.00")]),
                      ("p", "%s\n+1 . 808 . 555 . 0171\ndefender.billing.desk@example.net" % biz),
                      ("small", "If you receive an email that seems fraudulent, please check with the business owner before paying.\n"
                                "© Intuit, Inc. All rights reserved.\nPrivacy | Security | Terms of Service")])


def a07():
    msg = ("Hi Kevin! I'm a recruiter with Amazon Seller Services. We are hiring remote part-time product reviewers – 60-90 min a day, "
           "$200–$500 paid daily (USDT or bank transfer), no experience needed, training provided. Interested? Message me on WhatsApp "
           "for details: +1 808 555 0163 or wa.me/18085550163")
    return mk("abuse/linkedin__en-message-job-task-scam-whatsapp.eml", "linkedin", "abuse", "en", "en",
              "member message text + member headline", "WhatsApp contact (number and wa.me link)", "task/job scam",
              from_name="Sophia Turner via LinkedIn", to="kevin.oduya@example.com", date=D(2026, 12, 9, 11, 18, 40),
              subject="Sophia Turner sent you a new message",
              blocks=[("logo", "LinkedIn", "https://static.licdn.com/aero-v1/sc/h/aahlc8ivbnmk0t3eyz8as5gvr"),
                      ("h2", "Sophia Turner"), ("p", "Talent Acquisition Partner | Remote Hiring 2027 | Amazon Seller Services"),
                      ("quote", msg),
                      ("btn", "Reply", "https://www.linkedin.com/messaging/thread/2-%s/" % rnd("a07thr", 40, "abcdefghijklmnopqrstuvwxyz0123456789")),
                      ("small", "This email was intended for Kevin Oduya (Operations Coordinator at Example Logistics). Learn why we included this.\n"
                                "You are receiving LinkedIn notification emails.\nUnsubscribe · Help\n"
                                "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n"
                                "LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.")])


def a08():
    repo, num = "nova-labs/tilekit", 412
    scam = "https://layerzero-claim.xyz/dev?ref=gh412"
    text_comment = ("@pmoreau Congratulations! 🎉 Your contributions to open-source were selected for the LayerZero $ZRO Developer Airdrop "
                    "(2,500 ZRO ≈ $9,400).\n\nClaim through the official portal: [layerzero.foundation/claim](%s)\n\n"
                    "Allocation expires on December 20, 2026. Tagging other eligible devs: @jkowal @tsuzuki-h @amara-dev @liang-w" % scam)
    html_comment = ('<p><a href="https://github.com/pmoreau">@pmoreau</a> Congratulations! 🎉 Your contributions to open-source were selected '
                    'for the LayerZero $ZRO Developer Airdrop (2,500 ZRO ≈ $9,400).</p><p>Claim through the official portal: '
                    '<a href="%s" rel="nofollow">layerzero.foundation/claim</a></p><p>Allocation expires on December 20, 2026. Tagging other '
                    'eligible devs: <a href="https://github.com/jkowal">@jkowal</a> <a href="https://github.com/tsuzuki-h">@tsuzuki-h</a> '
                    '<a href="https://github.com/amara-dev">@amara-dev</a> <a href="https://github.com/liang-w">@liang-w</a></p>' % h(scam))
    cid = 2531640000 + int(hexid("a08c", 4), 16)
    link = "https://github.com/%s/issues/%d#issuecomment-%d" % (repo, num, cid)
    return mk("abuse/github__en-issue-comment-airdrop-anchor-text-mismatch.eml", "github", "abuse", "en", "en",
              "issue comment body (markdown link)", "anchor text names a brand domain, href goes to a .xyz host",
              "crypto airdrop/giveaway; mass @-mention pattern",
              from_name="zro-foundation-devrel", reply_to=(None, "reply+%s@reply.github.com" % hexid("a08r", 40).upper()),
              to="pmoreau@example.fr", date=D(2026, 12, 10, 7, 44, 12),
              subject="Re: [%s] Tiles flicker on zoom > 18 (Issue #%d)" % (repo, num),
              msgid="%s/issues/%d/%d@github.com" % (repo, num, cid),
              extra_headers=[("List-ID", "%s <tilekit.nova-labs.github.com>" % repo), ("List-Archive", "https://github.com/%s" % repo),
                             ("X-GitHub-Reason", "mention"), ("In-Reply-To", "<%s/issues/%d@github.com>" % (repo, num))],
              blocks=[("raw", text_comment, html_comment), ("hr",),
                      ("small", "Reply to this email directly, view it on GitHub: %s\nYou are receiving this because you were mentioned." % link)])


def a09():
    name = "Microsoft Security Team"
    msg = ("URGENT: Your Microsoft 365 mailbox (a.nakamura@example.com) has reached 99.8% of its storage quota and will be SUSPENDED "
           "on 12/11/2026. Incoming messages are being held. To restore delivery, scan the QR code in the notice I shared above with "
           "your phone camera, or open aka-ms-mailbox-restore.sbs on your phone and sign in with your work account. "
           "– Microsoft 365 Security & Compliance")
    return mk("abuse/teams__en-external-chat-mailbox-suspended-qr.eml", "teams", "abuse", "en", "en",
              "external user display name + chat message",
              "QR-code instruction (move victim to phone) + brand-hyphen domain (aka-ms-mailbox-restore.sbs)", "account-suspended lure",
              to="a.nakamura@example.com", date=D(2026, 12, 9, 8, 2, 55),
              subject="%s (External) sent you a message" % name,
              blocks=[("logo", "Microsoft Teams", "https://statics.teams.cdn.office.net/evergreen-assets/icons/microsoft_teams_logo_refresh.png"),
                      ("h2", "%s (External) is trying to reach you in Microsoft Teams" % name),
                      ("p", "%s (External)\nmssecurity-team@securemail-4471.onmicrosoft.com" % name), ("quote", msg),
                      ("btn", "Reply in Teams", "https://teams.microsoft.com/l/chat/19:%s@unq.gbl.spaces/0?tenantId=%s" % (hexid("a09chat", 40), "9f3c1e2a-4b7d-4c11-8e0a-%s" % hexid("a09t", 12))),
                      ("small", "Install Microsoft Teams now\niOS | Android\n"
                                "This email was sent from an unmonitored mailbox. You are receiving this email because you have been invited to chat in Microsoft Teams.\n"
                                "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")])


def a10():
    name = "Coinbase Soporte"
    note = ("Aviso de Coinbase: se realizó un retiro de 650,00 USD de su cuenta hacia una billetera externa. Si no reconoce este "
            "movimiento NO pague esta solicitud y llame de inmediato a nuestro departamento de reembolsos: +1 808 555 0119")
    return mk("abuse/paypal__es-money-request-note-coinbase-refund.eml", "paypal", "abuse", "es", "es",
              "requester display name + note on money request", "phone as '+1 808 555 0119' (spaces only)",
              "fake-refund / call-to-cancel lure via money request",
              to="c.ibarra@example.com.mx", date=D(2026, 12, 5, 22, 36, 18),
              subject="%s te envió una solicitud de dinero" % name,
              blocks=[PP_LOGO, ("h1", "%s te solicitó 650,00 $ USD" % name),
                      ("h2", "Nota de %s" % name), ("quote", note),
                      ("btn", "Pagar ahora", "https://www.paypal.com/myaccount/transfer/requests/%s" % rnd("a10req", 17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
                      ("p", "¿No conoces a %s? Si la solicitud parece sospechosa, no la pagues e infórmanos." % name),
                      ("small", "Ayuda y contacto | Seguridad | Aplicaciones\nPayPal nunca te pedirá que llames a un número para cancelar un pago.\n"
                                "Copyright © 1999-2026 PayPal. Todos los derechos reservados. PayPal Pte. Ltd.")])


def a11():
    title = "Parabéns! Você recebeu 0,35 BTC – resgate em binance.com.recompensa-br.top"
    owner = "Binance Brasil"
    msg = ("Promoção de fim de ano Binance: os 500 primeiros usuários que confirmarem o resgate recebem em dobro qualquer depósito "
           "enviado até 15/12. Acesse binance.com.recompensa-br.top e informe o código BNB-7741.")
    return mk("abuse/google-drive__pt-file-title-binance-giveaway-brand-subdomain.eml", "google-drive", "abuse", "pt-BR", "pt-BR",
              "file title + share message + sharer display name",
              "brand-as-subdomain host (binance.com.recompensa-br.top)", "crypto giveaway / doubling",
              from_name="%s (via Documentos Google)" % owner, reply_to=(owner, "premios.binance.br2026@example.net"),
              to="r.souza@example.com.br", date=D(2026, 12, 6, 12, 9, 31),
              subject='Documento compartilhado com você: "%s"' % title,
              blocks=[("h2", "%s compartilhou um documento" % owner),
                      ("p", "%s (premios.binance.br2026@example.net) convidou você para editar o seguinte documento:" % owner),
                      ("quote", msg), ("p", title),
                      ("btn", "Abrir", "https://docs.google.com/document/d/%s/edit?usp=sharing_eil_se_dm&ts=6758" % rnd("a11doc", 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")),
                      ("small", "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EUA\n"
                                "Você recebeu este e-mail porque premios.binance.br2026@example.net compartilhou um documento com você pelo Documentos Google.\n"
                                "Logotipo do Google Workspace")])


def a12():
    subj_t = "ALERTE SÉCURITÉ Microsoft : votre PC est bloqué – appelez le 01.99.00.47.12"
    desc = ("Windows Defender a détecté un cheval de Troie (Trojan:Win32/Emotet) sur votre ordinateur. Vos données bancaires et vos "
            "mots de passe sont en danger. Ne redémarrez pas et n'éteignez pas votre ordinateur. Appelez immédiatement le support "
            "technique Microsoft au 01.99.00.47.12 (appel gratuit, 7j/7).")
    return mk("abuse/zendesk__fr-autoreply-ticket-subject-microsoft-tech-support.eml", "zendesk", "abuse", "fr", "fr",
              "ticket subject + ticket description + requester name (anyone can open a ticket with any requester address)",
              "French dotted phone 01.99.00.47.12 (ARCEP fiction range)", "tech-support scam relayed by a helpdesk auto-reply",
              from_name="Lumière Déco", from_addr="support@lumieredeco.zendesk.com", mailfrom="lumieredeco.zendesk.com",
              to="helene.marchand@example.fr", date=D(2026, 12, 3, 9, 14, 6),
              subject="[Lumière Déco] Re: %s" % subj_t,
              msgid="%s_%s_sprut@zendesk.com" % (rnd("a12m", 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), hexid("a12n", 6)),
              extra_headers=[("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-replied")],
              blocks=[("small", "##- Veuillez saisir votre réponse au-dessus de cette ligne -##"),
                      ("p", "Votre demande (48213) a bien été reçue et est en cours d'examen par notre équipe d'assistance.\n\n"
                            "Pour ajouter des commentaires supplémentaires, répondez à cet e-mail."),
                      ("hr",), ("p", "Support Microsoft France\n3 déc. 2026, 10:14 CET"), ("h2", subj_t), ("quote", desc), ("hr",),
                      ("small", "Cet e-mail est un service de Lumière Déco.\nDéveloppé par Zendesk\n[D7XK2P-4M9R]")])


def a13():
    name = "DHL Kundenumfrage"
    body = ("Herzlichen Glückwunsch! Sie wurden zufällig aus unseren Paketempfängern ausgewählt. Nehmen Sie an unserer "
            "30-Sekunden-Umfrage teil und erhalten Sie als Dankeschön ein Apple iPhone 17 Pro. Sie zahlen nur die Versandgebühr "
            "von 2,99 € unter dhl-praemie-versand.icu – das Angebot gilt nur heute.")
    return mk("abuse/surveymonkey__de-survey-invite-dhl-prize-shipping-fee.eml", "surveymonkey", "abuse", "de", "de",
              "sender name + invitation subject + invitation message",
              "brand-hyphen-service domain (dhl-praemie-versand.icu)", "prize + small shipping fee",
              from_name=name, reply_to=(name, "umfrage.dhl.2026@example.net"),
              to="s.hoffmann@example.de", date=D(2026, 12, 11, 6, 50, 23),
              subject="Glückwunsch! Sie wurden für eine Prämie ausgewählt – DHL Kundenumfrage 2026",
              blocks=[("p", "Hallo,"), ("p", body),
                      ("btn", "Umfrage starten", "https://de.surveymonkey.com/r/%s?sm=%s" % (rnd("a13r", 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), rnd("a13sm", 40))),
                      ("p", "Vielen Dank für Ihre Teilnahme!\n%s" % name),
                      ("small", "Bitte leiten Sie diese E-Mail nicht weiter, da der Umfragelink eindeutig für Sie ist.\n"
                                "Datenschutz | Von dieser Liste abmelden\n"
                                "Powered by SurveyMonkey. Erfahren Sie, wie Sie Ihre eigene Umfrage erstellen können.\n"
                                "SurveyMonkey Europe UC, 2 Shelbourne Buildings, Shelbourne Road, Dublin 4, Irland")])


def a14():
    org = "Poste Italiane Avvisi"
    ev = "Il tuo pacco è in giacenza – pagamento spese di riconsegna 1,99 €"
    desc = ("Gentile cliente, la consegna della spedizione n. RR184732915IT non è riuscita per indirizzo incompleto. Per riprogrammare "
            "la consegna paga le spese di 1,99 € su posteitaliane.it.giacenza-pacchi.sbs entro 24 ore, altrimenti il pacco sarà "
            "restituito al mittente.")
    return mk("abuse/eventbrite__it-event-invite-poste-parcel-fee-brand-subdomain.eml", "eventbrite", "abuse", "it", "it",
              "organizer name + event title + event summary", "brand-as-subdomain host (posteitaliane.it.giacenza-pacchi.sbs)",
              "parcel redelivery fee lure sent as an organizer invitation",
              from_name=org, reply_to=(org, "avvisi.giacenza@example.net"),
              to="g.rinaldi@example.it", date=D(2026, 12, 12, 8, 31, 0),
              subject="Sei invitato: %s" % ev,
              blocks=[("logo", "Eventbrite", "https://cdn.evbstatic.com/s3-build/perm_001/530d34/django/images/logos/eb_orange_on_white_1200x630.png"),
                      ("h1", "Sei invitato!"), ("h2", ev),
                      ("kv", [("Data", "sabato 12 dicembre 2026, 09:00 – 18:00 CET"), ("Luogo", "Online"), ("Organizzatore", org)]),
                      ("p", desc),
                      ("btn", "Registrati", "https://www.eventbrite.it/e/%s-biglietti-%d" % ("il-tuo-pacco-e-in-giacenza", 1100000000000 + int(hexid("a14e", 7), 16))),
                      ("small", "Questa email è stata inviata a g.rinaldi@example.it da %s tramite Eventbrite.\n"
                                "Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103\nPrivacy · Annulla l'iscrizione" % org)])


def a15():
    page = "Trung tâm Hỗ trợ Meta"
    comment = ("Trang của bạn đã vi phạm chính sách về thương hiệu và sẽ bị vô hiệu hóa vĩnh viễn trong 24 giờ tới. Nếu bạn cho rằng "
               "đây là nhầm lẫn, vui lòng gửi kháng nghị tại: bit.ly/3Xq9mPz")
    return mk("abuse/facebook__vi-page-name-comment-account-disabled-shortener.eml", "facebook", "abuse", "vi", "vi",
              "page name + comment text (mention notification)", "URL shortener (bit.ly) hiding the phishing host",
              "fake Meta policy-violation / account-suspension lure",
              to="thanh.nguyen@example.vn", date=D(2026, 12, 13, 3, 25, 48),
              subject="%s đã nhắc đến bạn trong một bình luận" % page,
              msgid="%s-%s@facebookmail.com" % (hexid("a15m", 16), hexid("a15n", 8)),
              blocks=[("logo", "Facebook", "https://static.xx.fbcdn.net/rsrc.php/v3/yJ/r/facebook_logo.png"),
                      ("p", "%s đã nhắc đến bạn trong một bình luận." % page), ("quote", comment),
                      ("btn", "Xem bình luận", "https://www.facebook.com/n/?permalink.php&story_fbid=%d&id=%d&comment_id=%d" % (
                          102000000000000 + int(hexid("a15s", 8), 16), 61560000000000 + int(hexid("a15i", 6), 16), 1300000000000000 + int(hexid("a15c", 8), 16))),
                      ("small", "Tin nhắn này đã được gửi đến thanh.nguyen@example.vn. Nếu không muốn nhận những email này từ Meta trong tương lai, vui lòng hủy đăng ký.\n"
                                "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025")])


def a16():
    user = "layla.sweet.2026"
    msg = ("مرحبا حبيبي 😊 شفت صورك وعجبتني كثير، أنا لوحدي الليلة وأحب أتعرف عليك أكثر. كلمني على التلغرام عشان أرسل لك صوري الخاصة: "
           "@Layla_Private22 أو t.me/Layla_Private22")
    return mk("abuse/instagram__ar-message-request-romance-telegram.eml", "instagram", "abuse", "ar", "ar",
              "username + direct-message preview", "Telegram handle and t.me link", "romance / private-photos lure",
              to="k.haddad@example.com", date=D(2026, 12, 14, 20, 48, 5), dir="rtl",
              font="Segoe UI, Tahoma, Arial, sans-serif",
              subject="يريد %s إرسال رسالة إليك" % user,
              msgid="%s.%s@mail.instagram.com" % (hexid("a16m", 20), hexid("a16n", 6)),
              blocks=[("logo", "Instagram", "https://static.cdninstagram.com/rsrc.php/v3/yR/r/instagram_logo.png"),
                      ("h2", "طلب رسالة جديد"), ("p", "يريد %s إرسال رسالة إليك:" % user), ("quote", msg),
                      ("btn", "عرض الطلب", "https://www.instagram.com/direct/requests/"),
                      ("small", "من Meta\nتم إرسال هذه الرسالة إلى k.haddad@example.com. إذا كنت لا تريد تلقي هذه الرسائل من Instagram، يُرجى إلغاء الاشتراك.\n"
                                "© Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025")])


def a17():
    store = "इंस्टेंट पर्सनल लोन – बिना CIBIL, 5 मिनट में ₹5,00,000 | WhatsApp +91 555 010 4477"
    return mk("abuse/shopify__hi-store-name-instant-loan-whatsapp.eml", "shopify", "abuse", "hi", "hi",
              "store name + store contact address/phone", "WhatsApp number with spaces + wa.me link in store address",
              "loan lure via customer-account activation mail",
              from_name=store, reply_to=("Instant Loan Desk", "instantloan.helpdesk@example.net"),
              to="rahul.verma@example.in", date=D(2026, 12, 15, 10, 7, 19),
              subject="ग्राहक खाता सक्रियण",
              blocks=[("h2", store), ("h1", "ग्राहक खाता सक्रियण"),
                      ("p", "आपके लिए एक ग्राहक खाता बनाया गया है। इसे सक्रिय करने के लिए बस नीचे दिए गए बटन पर क्लिक करें और पासवर्ड सेट करें।"),
                      ("btn", "अपना खाता सक्रिय करें", "https://instant-loan-5-lakh.myshopify.com/account/activate/%d/%s" % (7800000000000 + int(hexid("a17c", 6), 16), hexid("a17tok", 32))),
                      ("p", "यदि आपके कोई प्रश्न हैं, तो इस ईमेल का जवाब दें या हमसे instantloan.helpdesk@example.net पर संपर्क करें।"),
                      ("small", "%s\nलोन स्वीकृति के लिए अभी WhatsApp करें: wa.me/915550104477\nसेक्टर 18, नोएडा, उत्तर प्रदेश 201301, भारत" % store)])


def a18():
    biz = "ノートン サポートセンター"
    item = "ノートン360 デラックス 3年自動更新 ― 身に覚えのないご請求は２４時間以内に解約窓口 ０１２０－５５５－０１４８ まで"
    acct = "acct_1Q%s" % rnd("a18acct", 14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    return mk("abuse/stripe__ja-receipt-item-norton-renewal-fullwidth-digits.eml", "stripe", "abuse", "ja", "ja",
              "business name + line-item description + business support phone",
              "full-width digits and dash in phone number (０１２０－５５５－０１４８)", "fake auto-renewal charge, call to cancel",
              from_name=biz, from_addr="receipts+%s@stripe.com" % acct, reply_to=(biz, "norton.kaiyaku.center@example.net"),
              to="y.takeda@example.jp", date=D(2026, 12, 5, 1, 12, 40),
              font="Hiragino Kaku Gothic ProN, Meiryo, sans-serif",
              subject="%s からの領収書 [#2841-7730]" % biz,
              blocks=[("h1", "%s からの領収書" % biz), ("p", "領収書 #2841-7730"),
                      ("kv", [("支払額", "¥59,800"), ("支払日", "2026年12月5日"), ("支払方法", "JCB – 3356")]),
                      ("h2", "概要"), ("kv", [(item, "¥59,800"), ("請求額", "¥59,800")]),
                      ("p", "ご質問がある場合は、%s (norton.kaiyaku.center@example.net) または ０１２０－５５５－０１４８ までお問い合わせください。" % biz),
                      ("small", "このメールは、Stripe と提携して請求書の発行と支払い処理を行っている %s で購入されたため送信されました。\n"
                                "Stripe について詳しくはこちら https://stripe.com" % biz)])


def a19():
    who = "Marek Inwestor"
    board = "Grupa inwestycyjna VIP – zyski 30% tygodniowo 📈 dołącz: chat.whatsapp.com/Kx7Gq2LmP9aZ3RtV1yBcD8"
    card = ("Codzienne sygnały od analityka, wypłaty bez limitu. Miejsca ograniczone – napisz do asystentki na WhatsApp "
            "+48 555 010 129, wyśle link do grupy.")
    return mk("abuse/trello__pl-board-name-investment-whatsapp-group.eml", "trello", "abuse", "pl", "pl",
              "board name + card description + member full name", "WhatsApp group invite link + WhatsApp number",
              "investment WhatsApp group lure",
              to="a.kowalczyk@example.pl", date=D(2026, 12, 16, 17, 40, 26),
              subject="%s dodał(a) Cię do tablicy %s" % (who, board),
              blocks=[("logo", "Trello", "https://trello.com/assets/d947df93bc055849898e.gif"),
                      ("p", "%s (@marekinwestor7) dodał(a) Cię do tablicy:" % who), ("h2", board),
                      ("p", "Karta „Jak dołączyć” na liście „Start”:"), ("quote", card),
                      ("btn", "Przejdź do tablicy", "https://trello.com/b/%s/grupa-inwestycyjna-vip" % rnd("a19b", 8)),
                      ("small", "Otrzymujesz tę wiadomość, ponieważ ktoś dodał Cię do tablicy w Trello. Zmień ustawienia powiadomień.\n"
                                "Atlassian, 350 Bush Street, Floor 13, San Francisco, CA 94104, USA")])


def a20():
    form = "Lowongan Kerja Paruh Waktu – Gaji Rp1.500.000/hari"
    conf = ("Selamat! Anda terpilih untuk pekerjaan paruh waktu dari rumah: cukup like dan beri ulasan produk marketplace, komisi "
            "Rp50.000 per tugas, dibayar setiap hari. Segera hubungi admin HRD via WhatsApp 0812 555 0194 atau klik "
            "wa.me/628125550194 untuk mendapatkan tugas pertama.")
    return mk("abuse/formlark__id-form-confirmation-task-job-whatsapp.eml", "formlark", "abuse", "id", "id",
              "form title + owner-written confirmation message", "WhatsApp number + wa.me link", "task/job scam (invented SaaS form tool)",
              to="dewi.lestari@example.co.id", date=D(2026, 12, 17, 4, 3, 14),
              subject="Terima kasih atas kiriman Anda: %s" % form,
              blocks=[("logo", "Formlark", "https://formlark.io/static/mail/formlark-logo.png"),
                      ("h2", form), ("p", "Terima kasih, kiriman Anda sudah kami terima."), ("quote", conf),
                      ("h2", "Salinan jawaban Anda"),
                      ("kv", [("Nama lengkap", "Dewi Lestari"), ("Email", "dewi.lestari@example.co.id"), ("Kota", "Bandung")]),
                      ("small", "Formulir ini dibuat oleh pengguna Formlark. Formlark tidak bertanggung jawab atas isinya.\n"
                                "Laporkan penyalahgunaan: https://formlark.io/report-abuse?f=%s\n"
                                "Formlark Labs Ltd · formlark.io" % rnd("a20f", 10, "abcdefghijklmnopqrstuvwxyz0123456789"))])


ALL = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20]
