extension RuleID {
    /// An automated notification from a sender neither a profile nor the registry describes, whose places a
    /// platform's user fills in carry a contact channel and lure wording, under a name that isn't the sender's.
    public static let unlistedPlatformContact = RuleID("unlisted_platform_contact", defaultWeight: 6)
}

/// The generic notification model beyond the registry: platforms nobody listed send notifications too. In an
/// authenticated automated sender's mail (``MessageContext/unlistedNotificationDomain``) the places a platform's
/// user fills in are From's display name, the Subject and the names the opening lines quote (`invited you to
/// "..."`). A contact channel there the message doesn't explain (but in a display name that names the sender: a
/// shop's "Acme Pharmacy 555-0142" is its own number), together with a lure among those places
/// (``isLure(_:quoted:_:)``), is flagged; a messenger contact (a number or handle on WhatsApp, Telegram...) needs no
/// lure beside it. The opening text counts with more (``bodyContact(_:places:quoted:channels:_:)``).
enum UnlistedPlatformContactRule: MessageRule {
    static let ids: [RuleID] = [.unlistedPlatformContact]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard let domain = message.unlistedNotificationDomain else { return }
        let opening = UTF8Strings.prefix(message.features.leadingText, maxBytes: PlatformContactRule.openingBytes)
        let quoted = QuotedNames.names(in: opening)
        let fields = message.nameFields
        let places = fields.map(\.text) + quoted
        let sender = String(Domain.registrableLabel(domain))
        let channels = FieldChannels(message, ownDomains: [domain])
        // A display name that names the sender is the sender's own ("Acme Pharmacy (503) 555-0142"); a Subject names
        // the platform as often as not ("... on HubSpot"), so there a channel counts whatever it names.
        let searched = fields.filter { $0.place != .displayName || !namesSender(sender, $0.text) }.map(\.text) + quoted
        for place in searched {
            // A messenger handle holding the sender's name is the sender's own channel ("Join @acme_news").
            let found = channels.unexplained(in: place, message, inName: true).filter {
                $0.kind != .messenger || sender.utf8.count < 4 || !$0.value.contains(sender)
            }
            guard let channel = found.first(where: { $0.kind == .messenger }) ?? found.first else { continue }
            // The lure is looked for once a channel turns up, among all the places. A messenger contact is one of
            // its own: a platform's user asks the recipient off the platform, in whatever language.
            if channel.kind == .messenger || isLure(places, quoted: quoted, message) {
                reasons.fire(.unlistedPlatformContact, "\(domain) \(channel.detail)")
                return
            }
            break
        }
        if let channel = bodyContact(opening, places: places, quoted: quoted, channels: channels, message) {
            reasons.fire(.unlistedPlatformContact, "\(domain) \(channel.detail)")
        }
    }

    /// Topics no business's own automated mail offers beside a number to write to.
    static let bodyTopics: Set<String> = ["investment", "task_job"]

    /// The opening text (a group's description, a booking's note, a board's description) is the platform's user's
    /// too, but also the sender's own business, its contacts and its talk of orders, refunds and accounts. There
    /// it takes more: a messenger contact or a QR code where a quoted name holds a lure or the places scam wording;
    /// a phone or messenger contact within ``PlatformContactRule/lureReach`` lines of an investment or a task job
    /// (scam wording beside a phone is `callback_phishing`'s, lure wording is what a bank's own notice says); or a
    /// messenger contact beside a brand the sender isn't, on one line ("call Microsoft support on Viber").
    private static func bodyContact(
        _ opening: String, places: [String], quoted: [String], channels: FieldChannels, _ message: MessageContext
    ) -> ContactChannel? {
        // No phone number in the message and no messenger's name in the opening: no channel there to count.
        let mayHoldMessenger = MessengerContacts.mayHoldContact(opening) || FieldText.mentionsQRCode(opening)
        guard mayHoldMessenger || !message.features.phones.isEmpty else { return nil }
        let policy = message.policy
        if mayHoldMessenger {
            // A name quoted in the Subject or the opening is the platform user's alone: a shop's own Subject ("Your
            // refund") is not.
            let quotedLure = (quoted + QuotedNames.names(in: message.features.subject)).contains { name in
                LureWording.isIn(name, message, place: .nameField, besides: LureWording.transactional)
                    || !FieldText.moneyAmounts(in: name).isEmpty || LureWording.namesForeignBrand(name, message)
            }
            let lured = quotedLure || !policy.lexicon.phrases(
                in: Array(TextCase.lowercased(places.joined(separator: "\n")).utf8), maxHits: 1
            ).scam.isEmpty
            if lured, let channel = ContactChannelScanner.messengersAndQRCode(in: opening).first {
                return channel
            }
        }
        // Scam wording beside a phone is callback_phishing's already, for automated senders.
        func strongLure(_ text: String) -> Bool { !bodyTopics.isDisjoint(with: policy.lureTopics.topics(in: text)) }
        // Looked for in the whole opening once, then line by line where it is.
        let near = strongLure(opening)
            ? PlatformContactRule.linesAround(PlatformContactRule.lureReach, in: opening) { strongLure(String($0)) } : ""
        if !near.isEmpty, let channel = channels.unexplainedNotLinks(in: near, message).first(where: {
            $0.kind == .phone || $0.kind == .messenger
        }) {
            return channel
        }
        guard mayHoldMessenger else { return nil }
        for line in opening.split(separator: "\n") {
            let text = String(line)
            guard let channel = ContactChannelScanner.messengersAndQRCode(in: text).first(where: {
                $0.kind == .messenger
            }), LureWording.namesForeignBrand(text, message) else { continue }
            return channel
        }
        return nil
    }

    /// Lure wording or a lure topic among the places (but an order or a charge), a brand the sender isn't named
    /// there, invisible characters splitting a word of the Subject or display name, or an amount of money in the
    /// Subject or a quoted name: a display name may be a shop's own, with its prices, but a price beside a number to
    /// call in the Subject is a callback lure in any language.
    private static func isLure(_ places: [String], quoted: [String], _ message: MessageContext) -> Bool {
        let text = places.joined(separator: "\n")
        if LureWording.isIn(text, message, place: .nameField, besides: LureWording.transactional) { return true }
        if LureWording.namesForeignBrand(text, message) || message.features.invisibleInName { return true }
        return ([message.features.subject] + quoted).contains { !FieldText.moneyAmounts(in: $0).isEmpty }
    }

    /// Whether a place names the sender: a run of its words, joined, holds the sender's domain label or makes up
    /// half of it or more (`Acme Pharmacy` for `acmepharmacy.com`, `Bob's Plumbing` for `bobsplumbingllc.com`).
    static func namesSender(_ label: String, _ place: String) -> Bool {
        let label = OrganisationName.joined(label)
        let enough = max(OrganisationName.minLabelLength, (label.utf8.count + 1) / 2)
        let words = OrganisationName.words(of: place, capitalisedOnly: false)
        for start in words.indices {
            var joined = ""
            for word in words[start...] {
                joined += word
                if joined.contains(label) { return true }
                guard label.contains(joined) else { break }
                if joined.utf8.count >= enough { return true }
            }
        }
        return false
    }
}
