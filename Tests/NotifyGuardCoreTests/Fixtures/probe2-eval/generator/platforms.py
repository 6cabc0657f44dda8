"""Per-platform sender conventions for the probe2 set.

`guessed`: the From address / DKIM domain is a plausible choice, not checked against real mail from the platform.
`invented`: the platform itself is invented (a small SaaS tool sending from its own domain, DKIM aligned).
"""
from lib import *

P = {
    # ---- real platforms ----
    "slack": dict(from_addr="feedback@slack.com", dkim_d="slack.com", selector="s1", mailfrom="mail.slack.com", accent="#611f69",
                  font="Slack-Lato, Lato, Helvetica, Arial, sans-serif", logo=("Slack", "https://a.slack-edge.com/img/email/slack_logo.png"),
                  footer="Made by Slack Technologies, LLC · 500 Howard Street · San Francisco, CA 94105", guessed="feedback@slack.com, d=slack.com"),
    "circle": dict(from_addr="no-reply@circle.so", dkim_d="circle.so", selector="s1", mailfrom="mail.circle.so", accent="#506cf0",
                   logo=None, footer="Powered by Circle · Manage your notification preferences", guessed="no-reply@circle.so, d=circle.so"),
    "zoom": dict(from_addr="no-reply@zoom.us", dkim_d="zoom.us", selector="s1", mailfrom="zoom.us", accent="#0b5cff",
                 font="Lato, Helvetica, Arial, sans-serif", logo=("Zoom", "https://st1.zoom.us/static/6.3.25000/image/new/ZoomLogo.png"),
                 footer="Copyright ©2026 Zoom Communications, Inc. All rights reserved.\n55 Almaden Blvd, San Jose, CA 95113"),
    "webex": dict(from_addr="messenger@webex.com", dkim_d="webex.com", selector="webex1", mailfrom="webex.com", accent="#00823b",
                  font="CiscoSans, Helvetica, Arial, sans-serif", logo=("Webex", "https://www.webex.com/content/dam/wbx/global/images/webex-logo-email.png"),
                  footer="© 2026 Cisco and/or its affiliates. All rights reserved.\nCisco Webex, 170 West Tasman Drive, San Jose, CA 95134"),
    "doodle": dict(from_addr="mailer@doodle.com", dkim_d="doodle.com", selector="k1", mailfrom="mail.doodle.com", accent="#0066db",
                   logo=("Doodle", "https://doodle.com/graphics/email/doodle-logo.png"),
                   footer="Doodle AG, Werdstrasse 21, 8021 Zürich, Switzerland", guessed="mailer@doodle.com, d=doodle.com"),
    "acuity": dict(from_addr="no-reply@acuityscheduling.com", dkim_d="acuityscheduling.com", selector="s1", mailfrom="mail.acuityscheduling.com",
                   accent="#2c7a7b", logo=None, footer="Scheduling powered by Acuity Scheduling",
                   guessed="no-reply@acuityscheduling.com, d=acuityscheduling.com"),
    "ticket-tailor": dict(from_addr="noreply@tickettailor.com", dkim_d="tickettailor.com", selector="s1", mailfrom="mail.tickettailor.com",
                          accent="#191c49", logo=None, footer="Powered by Ticket Tailor · Ticket Tailor Ltd, London, United Kingdom",
                          guessed="noreply@tickettailor.com, d=tickettailor.com"),
    "luma": dict(from_addr="calendar@lu.ma", dkim_d="lu.ma", selector="s1", mailfrom="mail.lu.ma", accent="#e54eaf",
                 logo=None, footer="Luma · Delightful events start here.\nUnsubscribe from this event's notifications",
                 guessed="calendar@lu.ma, d=lu.ma"),
    "evite": dict(from_addr="info@mailva.evite.com", dkim_d="evite.com", selector="s1", mailfrom="mailva.evite.com", accent="#6b2d8f",
                  logo=("Evite", "https://g0.evitecdn.com/common/email/evite-logo.png"),
                  footer="Evite, Inc. · 1 Front Street, Suite 1300 · San Francisco, CA 94111\nYou received this invitation because the host added your email address.",
                  guessed="info@mailva.evite.com, d=evite.com"),
    "paperless-post": dict(from_addr="noreply@paperlesspost.com", dkim_d="paperlesspost.com", selector="s1", mailfrom="mail.paperlesspost.com",
                           accent="#1c1c1c", logo=("Paperless Post", "https://assets.paperlesspost.com/email/pp-logo.png"),
                           footer="Paperless Post · 115 Broadway, New York, NY 10006\nReport this card: https://www.paperlesspost.com/report",
                           guessed="noreply@paperlesspost.com, d=paperlesspost.com"),
    "signupgenius": dict(from_addr="DoNotReply@signupgenius.com", dkim_d="signupgenius.com", selector="s1", mailfrom="signupgenius.com",
                         accent="#f47b20", logo=("SignUpGenius", "https://www.signupgenius.com/images/email/sug-logo.png"),
                         footer="This message was sent by a SignUpGenius user. SignUpGenius, Inc. 1200 Woodruff Rd, Greenville, SC 29607\nReport abuse: https://www.signupgenius.com/abuse",
                         guessed="DoNotReply@signupgenius.com, d=signupgenius.com"),
    "substack": dict(from_addr=None, dkim_d="substack.com", selector="s1", mailfrom="mg1.substack.com", accent="#ff6719",
                     logo=None, footer="© 2026 · 548 Market Street PMB 72296, San Francisco, CA 94104\nUnsubscribe · Start writing on Substack"),
    "stripe": dict(from_addr=None, dkim_d="stripe.com", selector="s1", mailfrom="stripe.com", accent="#635bff",
                   logo=None, footer="Powered by Stripe · Learn more about Stripe Billing: https://stripe.com/billing"),
    "square": dict(from_addr="invoice@messaging.squareup.com", dkim_d="squareup.com", selector="s1", mailfrom="messaging.squareup.com",
                   accent="#006aff", logo=None, footer="Square · 1955 Broadway, Suite 600, Oakland, CA 94612\nSquare Privacy Policy",
                   guessed="invoice@messaging.squareup.com, d=squareup.com"),
    "payoneer": dict(from_addr="noreply@payoneer.com", dkim_d="payoneer.com", selector="s1", mailfrom="mail.payoneer.com", accent="#ff4800",
                     logo=("Payoneer", "https://www.payoneer.com/wp-content/uploads/email/payoneer-logo.png"),
                     footer="Payoneer Inc. · 195 Broadway, 27th Floor, New York, NY 10007\nThis is an automated message, please do not reply.",
                     guessed="noreply@payoneer.com, d=payoneer.com"),
    "adobe-sign": dict(from_addr="adobesign@adobesign.com", dkim_d="adobesign.com", selector="s1", mailfrom="adobesign.com", accent="#1473e6",
                       logo=("Adobe Acrobat Sign", "https://secure.na1.adobesign.com/images/email/acrobat-sign-logo.png"),
                       footer="To ensure that you continue receiving our emails, please add adobesign@adobesign.com to your address book or safe list.\n© 2026 Adobe. All rights reserved.",
                       guessed="adobesign@adobesign.com, d=adobesign.com"),
    "pandadoc": dict(from_addr="docs@email.pandadoc.net", dkim_d="email.pandadoc.net", selector="s1", mailfrom="email.pandadoc.net",
                     accent="#248567", logo=("PandaDoc", "https://cdn.pandadoc.com/email/pandadoc-logo.png"),
                     footer="Powered by PandaDoc · 3739 Balboa St #1083, San Francisco, CA 94121\nReport abuse: https://www.pandadoc.com/report-abuse/",
                     guessed="docs@email.pandadoc.net, d=email.pandadoc.net"),
    "sharepoint": dict(from_addr="no-reply@sharepointonline.com", dkim_d="sharepointonline.com", selector="selector1", mailfrom="sharepointonline.com",
                       accent="#0078d4", font="Segoe UI, Helvetica, Arial, sans-serif", logo=None,
                       footer="Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052",
                       guessed="no-reply@sharepointonline.com, d=sharepointonline.com"),
    "vinted": dict(from_addr="no-reply@vinted.si", dkim_d="vinted.si", selector="s1", mailfrom="mail.vinted.si", accent="#007782",
                   logo=("Vinted", "https://static.vinted.com/assets/email/vinted-logo.png"),
                   footer="Vinted UAB, Švitrigailos g. 13, 03228 Vilnius, Litva", guessed="no-reply@vinted.si, d=vinted.si"),
    "airbnb": dict(from_addr="automated@airbnb.com", dkim_d="airbnb.com", selector="s2", mailfrom="email.airbnb.com", accent="#ff385c",
                   font="Airbnb Cereal, Circular, Helvetica, Arial, sans-serif", logo=("Airbnb", "https://a0.muscache.com/pictures/airbnb-logo-email.png"),
                   footer="Airbnb Ireland UC, 8 Hanover Quay, Dublin 2, D02 DP23, Ireland"),
    "github": dict(from_addr="notifications@github.com", dkim_d="github.com", selector="pf2023", mailfrom="github.com", accent="#0969da",
                   logo=None, footer=None),
    "teams": dict(from_addr=None, dkim_d=None, selector="selector1", mailfrom=None, accent="#5b5fc7", font="Segoe UI, Helvetica, Arial, sans-serif",
                  logo=None, footer=None),
    # ---- invented small SaaS tools ----
    "krewchat": dict(from_addr="no-reply@krewchat.io", dkim_d="krewchat.io", selector="kc1", mailfrom="bounce.krewchat.io", accent="#2f9e44",
                     logo=("Krewchat", "https://static.krewchat.io/email/logo.png"),
                     footer="Krewchat · team chat for small crews\nKrewchat ApS, Nørregade 7, 1165 København K, Denmark", invented=True),
    "pipelark": dict(from_addr="no-reply@pipelark.com", dkim_d="pipelark.com", selector="pl1", mailfrom="mail.pipelark.com", accent="#7048e8",
                     logo=("Pipelark", "https://static.pipelark.com/email/pipelark-logo.png"),
                     footer="Pipelark CRM · 410 Townsend St, Suite 200, San Francisco, CA 94107\nYou're getting this because you have a Pipelark account.", invented=True),
    "tidyslot": dict(from_addr="no-reply@tidyslot.app", dkim_d="tidyslot.app", selector="ts1", mailfrom="mail.tidyslot.app", accent="#e8590c",
                     logo=None, footer="TidySlot · online booking for small businesses\nTidySlot S.L., Calle de Alcalá 55, 28014 Madrid", invented=True),
    "clubhive": dict(from_addr="no-reply@clubhive.app", dkim_d="clubhive.app", selector="ch1", mailfrom="mail.clubhive.app", accent="#f59f00",
                     logo=("Clubhive", "https://cdn.clubhive.app/email/clubhive.png"),
                     footer="Clubhive · memberships, events and announcements for clubs\nClubhive OÜ, Telliskivi 60a, 10412 Tallinn, Estonia", invented=True),
    "billfinch": dict(from_addr="no-reply@billfinch.com", dkim_d="billfinch.com", selector="bf1", mailfrom="mail.billfinch.com", accent="#1098ad",
                      logo=None, footer="Sent with Billfinch invoicing · billfinch.com\nBillfinch Ltd, 20 Station Road, Cambridge CB1 2JD, UK", invented=True),
    "ticketloom": dict(from_addr=None, dkim_d="ticketloom.com", selector="tl1", mailfrom="mail.ticketloom.com", accent="#3b5bdb",
                       logo=None, footer="Powered by Ticketloom help desk", invented=True),
    "classloop": dict(from_addr="no-reply@classloop.app", dkim_d="classloop.app", selector="cl1", mailfrom="mail.classloop.app", accent="#d6336c",
                      logo=("Classloop", "https://cdn.classloop.app/email/logo.png"),
                      footer="Classloop · school–home messaging\nClassloop Ltd, 5 Dock Street, Leeds LS10 1NB, UK", invented=True),
    "formbeam": dict(from_addr="no-reply@formbeam.io", dkim_d="formbeam.io", selector="fb1", mailfrom="mail.formbeam.io", accent="#0ca678",
                     logo=None, footer="This confirmation was sent by the form owner using Formbeam.\nFormbeam B.V., Keizersgracht 241, 1016 EA Amsterdam\nReport this form: https://formbeam.io/report",
                     invented=True),
}


def base(path, platform, label, tlang, flang, field, evasion, note=""):
    return dict(path=path, platform=platform, label=label, tlang=tlang, flang=flang, field=field, evasion=evasion, note=note)


def mk(m, *, from_name, to, subject, date, blocks, from_addr=None, dkim_d=None, mailfrom=None, msgdom=None, lang="en", dirn="ltr",
       footer=True, **kw):
    c = P[m["platform"]]
    fa = from_addr or c["from_addr"]
    d = dkim_d or c["dkim_d"]
    k = hexid(m["path"], 28)
    bl = []
    if c.get("logo"):
        bl.append(("logo",) + c["logo"])
    for b in blocks:  # a key already ending in ":" would render as "Key::" in the text part
        bl.append(("kv", [(kk[:-1] if kk.endswith(":") else kk, v) for kk, v in b[1]]) if b[0] == "kv" else b)
    if footer and c.get("footer"):
        bl.append(("small", c["footer"] if footer is True else footer))
    m.update(from_name=from_name, from_addr=fa, to=to, dkim_d=d, selector=c.get("selector", "s1"), mailfrom=mailfrom or c["mailfrom"],
             date=date, msgid="%s@%s" % (k, msgdom or (c["mailfrom"] or fa.split("@")[1])), subject=subject, lang=lang, dir=dirn,
             accent=c.get("accent", "#0067b8"), font=c.get("font", "Helvetica, Arial, sans-serif"), blocks=bl)
    if int(hexid(m["path"] + "cte", 2), 16) % 3 == 0:  # about a third of the files in base64, the rest quoted-printable
        m.update(cte_text="base64", cte_html="base64")
    m.update(kw)
    notes = [m["note"]] if m.get("note") else []
    if c.get("invented"):
        notes.append("invented platform (%s, d=%s)" % (fa, d))
    if c.get("guessed") and not from_addr:
        notes.append("sender guessed, not checked: " + c["guessed"])
    m["note"] = "; ".join(notes)
    return m


def link(text, href):
    return ("raw", "%s: %s" % (text, href), '<a href="%s">%s</a>' % (h(href), h(text)))
