"""Shared platform defaults for the probe5 generator (written blind, see ../README.md)."""
from lib import hexid, rnd, D

# Sender identities. dkim_d is always the From domain or its organisational parent (aligned).
PLATFORMS = {
    "microsoft365": dict(from_name="Microsoft", from_addr="msonlineservicesteam@microsoftonline.com", dkim_d="microsoftonline.com",
                         selector="selector1", mailfrom="microsoftonline.com", accent="#0078d4", font="Segoe UI, Helvetica, Arial, sans-serif"),
    "microsoft365-billing": dict(from_name="Microsoft", from_addr="microsoft-noreply@microsoft.com", dkim_d="microsoft.com",
                                 selector="s1024-meo", mailfrom="email.microsoft.com", accent="#0078d4", font="Segoe UI, Helvetica, Arial, sans-serif"),
    "teams": dict(from_name="Microsoft Teams", from_addr="noreply@email.teams.microsoft.com", dkim_d="email.teams.microsoft.com",
                  selector="s2048", mailfrom="email.teams.microsoft.com", accent="#5b5fc7", font="Segoe UI, Helvetica, Arial, sans-serif"),
    "google-calendar": dict(from_addr="calendar-notification@google.com", dkim_d="google.com", selector="20230601", mailfrom="google.com",
                            accent="#1a73e8", font="Google Sans, Roboto, Arial, sans-serif"),
    "google-drive": dict(from_addr="drive-shares-dm-noreply@google.com", dkim_d="google.com", selector="20230601", mailfrom="google.com",
                         accent="#1a73e8", font="Google Sans, Roboto, Arial, sans-serif"),
    "paypal": dict(from_name="PayPal", from_addr="service@paypal.com", dkim_d="paypal.com", selector="pp-dkim1", mailfrom="paypal.com",
                   accent="#0070e0"),
    "docusign": dict(from_addr="dse_NA4@docusign.net", dkim_d="docusign.net", selector="s1", mailfrom="docusign.net", accent="#ffc820"),
    "docusign-eu": dict(from_addr="dse@eumail.docusign.net", dkim_d="eumail.docusign.net", selector="s1", mailfrom="eumail.docusign.net", accent="#ffc820"),
    "quickbooks": dict(from_addr="quickbooks@notification.intuit.com", dkim_d="notification.intuit.com", selector="intuit2", mailfrom="notification.intuit.com",
                       accent="#2ca01c", font="Avenir Next, Helvetica, Arial, sans-serif"),
    "linkedin": dict(from_addr="messages-noreply@linkedin.com", dkim_d="linkedin.com", selector="d2048-201806-02", mailfrom="bounce.linkedin.com",
                     accent="#0a66c2"),
    "github": dict(from_addr="notifications@github.com", dkim_d="github.com", selector="pf2023", mailfrom="github.com", accent="#1f883d",
                   font="-apple-system, BlinkMacSystemFont, Segoe UI, Helvetica, Arial, sans-serif"),
    "zendesk": dict(dkim_d="zendesk.com", selector="zendesk1", accent="#1f73b7"),
    "surveymonkey": dict(from_addr="member@surveymonkeyuser.com", dkim_d="surveymonkeyuser.com", selector="sm2", mailfrom="surveymonkeyuser.com",
                         accent="#00bf6f"),
    "eventbrite": dict(from_addr="noreply@order.eventbrite.com", dkim_d="eventbrite.com", selector="s1", mailfrom="order.eventbrite.com",
                       accent="#d1410c"),
    "facebook": dict(from_name="Facebook", from_addr="notification@facebookmail.com", dkim_d="facebookmail.com", selector="s1024-2013-q3",
                     mailfrom="facebookmail.com", accent="#1877f2"),
    "instagram": dict(from_name="Instagram", from_addr="no-reply@mail.instagram.com", dkim_d="mail.instagram.com", selector="s1024-2013-q3",
                      mailfrom="mail.instagram.com", accent="#0095f6"),
    "shopify": dict(from_addr="mailer@shopify.com", dkim_d="shopify.com", selector="s1", mailfrom="shopify.com", accent="#008060"),
    "stripe": dict(dkim_d="stripe.com", selector="s2048", mailfrom="stripe.com", accent="#635bff",
                   font="-apple-system, Segoe UI, Roboto, Helvetica Neue, Ubuntu, sans-serif"),
    "trello": dict(from_name="Trello", from_addr="do-not-reply@trello.com", dkim_d="trello.com", selector="s1", mailfrom="trello.com", accent="#0c66e4"),
    "formlark": dict(from_name="Formlark", from_addr="no-reply@formlark.io", dkim_d="formlark.io", selector="fl1", mailfrom="mail.formlark.io",
                     accent="#7a4cf0"),
    "zoom": dict(from_name="Zoom", from_addr="no-reply@zoom.us", dkim_d="zoom.us", selector="s1", mailfrom="zoom.us", accent="#0b5cff"),
    "calendly": dict(from_name="Calendly", from_addr="notifications@calendly.com", dkim_d="calendly.com", selector="s1", mailfrom="mail.calendly.com",
                     accent="#006bff"),
    "mailchimp": dict(selector="k1", accent="#0b6b3a"),
    "billfinch": dict(dkim_d="billfinch.app", selector="bf2026", mailfrom="mail.billfinch.app", accent="#e0812f"),
    "freshbooks": dict(from_addr="noreply@freshbooks.com", dkim_d="freshbooks.com", selector="s1", mailfrom="freshbooks.com", accent="#0075dd"),
    "canva": dict(from_name="Canva", from_addr="no-reply@canva.com", dkim_d="canva.com", selector="s1", mailfrom="engage.canva.com", accent="#8b3dff"),
    "kraken": dict(from_name="Kraken", from_addr="noreply@kraken.com", dkim_d="kraken.com", selector="s1", mailfrom="kraken.com", accent="#7132f5"),
    "airbnb": dict(from_addr="express@airbnb.com", dkim_d="airbnb.com", selector="s1", mailfrom="airbnb.com", accent="#ff385c",
                   font="Airbnb Cereal, Circular, -apple-system, Helvetica Neue, sans-serif"),
    "booking": dict(dkim_d="booking.com", selector="bk", mailfrom="booking.com", accent="#003b95"),
    "rotaberry": dict(from_name="Rotaberry", from_addr="notifications@rotaberry.app", dkim_d="rotaberry.app", selector="rb1", mailfrom="send.rotaberry.app",
                      accent="#c2185b"),
    "harbourline-bank": dict(from_name="Harbourline Bank", from_addr="alerts@harbourlinebank.example", dkim_d="harbourlinebank.example", selector="hl2026",
                             mailfrom="em.harbourlinebank.example", accent="#0d3b66"),
}

# Senders that are my best recollection rather than something I am sure of (added to the manifest note).
GUESSED = {
    "microsoft365-billing": "microsoft-noreply@microsoft.com",
    "teams": "noreply@email.teams.microsoft.com",
    "shopify": "store notifications via mailer@shopify.com",
    "eventbrite": "noreply@order.eventbrite.com for organiser mail",
    "freshbooks": "noreply@freshbooks.com",
    "canva": "no-reply@canva.com",
    "kraken": "noreply@kraken.com",
    "trello": "do-not-reply@trello.com",
    "docusign-eu": "dse@eumail.docusign.net",
    "booking": "guest alias @guest.booking.com",
}


def mk(path, platform, label, tlang, flang, field, evasion, note, **kw):
    base = dict(PLATFORMS[platform])
    base.update(kw)
    base.update(path=path, platform=platform.replace("-billing", "").replace("-eu", ""), label=label, tlang=tlang, flang=flang,
                field=field, evasion=evasion, note=note)
    if platform in GUESSED:
        base["note"] = (note + "; " if note else "") + "sender guessed, not checked: " + GUESSED[platform]
    base.setdefault("lang", tlang.split("-")[0])
    base.setdefault("mailfrom", base["from_addr"].split("@")[1])
    if "msgid" not in base:
        base["msgid"] = "%s@%s" % (hexid(path + "mid", 28), base["from_addr"].split("@")[1])
    return base
