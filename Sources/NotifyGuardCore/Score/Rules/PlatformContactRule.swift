extension RuleID {
    /// A notification from a known bulk platform without a profile, whose user-filled places carry a contact
    /// channel and lure wording.
    public static let platformContactLure = RuleID("platform_contact_lure", defaultWeight: 6)
}

/// The generic notification model, for platforms of the registry (`platforms.yaml`) that no profile describes. An
/// outsider fills in the From display name, the Subject and the group, event, app or file name in the opening
/// lines; the platform's own mail sends no one elsewhere. A contact channel there that the platform doesn't
/// explain, together with lure wording or a lure topic there (or a money amount, where the platform's own mail
/// states none, or a brand the sender isn't named in a name), is flagged. The opening text holds the platform's
/// own sentences and its users' business ("the shipment", "the invoice"): there an order or a charge is no lure
/// topic, and a lure counts only with a channel in the names or in the lines around it. A channel and a lure in
/// one name field is `contact_in_name`, as in a recognised template whose users write in it. The message must be
/// the platform's notification (``MessageContext/registryNotification``).
enum PlatformContactRule: MessageRule {
    static let ids: [RuleID] = [.platformContactLure, .contactInName]

    /// Lure topics a kind of platform's mail is about anyway: an invoice names an order, a charge or the renewal it
    /// bills, and its sender's own phone number beside them. A fake renewal still shows by what comes with it: a
    /// refund to claim, lure wording, a brand the seller isn't.
    static let inherentTopics: [NotificationPlatform.Category: Set<String>] = [
        .paymentsInvoicing: ["order", "charge", "renewal"],
        .marketplacesMessaging: ["order"],
        .appStores: ["order"],
    ]

    /// Topics more that a kind of platform's own Subjects name: payment services and marketplaces send refund
    /// receipts ("Receipt for your refund from ..."). In the text, a refund beside a number to call still counts.
    static let inherentInNames: [NotificationPlatform.Category: Set<String>] = [
        .paymentsInvoicing: ["refund"],
        .marketplacesMessaging: ["refund"],
    ]

    /// Topics more that a kind of platform's users write about in their own text: a survey's prize draw for those
    /// who answer, beside whom to ask about the survey. In a name (a form titled "You won") it still counts.
    static let inherentInText: [NotificationPlatform.Category: Set<String>] = [
        .formsSurveys: ["prize"],
    ]

    /// Kinds of platform whose mail names amounts as a matter of course: its own (an invoice, an order, a
    /// purchase, a booked service's price) or its users' work (a task "Pay invoice 12.450 lei", a board, a page).
    /// Elsewhere an amount in the places an outsider fills in is what a callback or advance-fee lure names, in any
    /// language.
    static let amountsInherent: Set<NotificationPlatform.Category> = [
        .paymentsInvoicing, .marketplacesMessaging, .appStores, .chatCollaboration, .calendarScheduling,
    ]

    /// Kinds of platform whose customers write their own business into names: a shop's or a sender's name and
    /// Subject may give the messenger its customers reach it on. Elsewhere (an event, a group, a file, a form, a
    /// workspace) a messenger contact in a name asks the recipient to leave the platform, in any language.
    static let messengerInNameOwn: Set<NotificationPlatform.Category> = [
        .paymentsInvoicing, .marketplacesMessaging, .crmMarketing,
    ]

    /// Bytes of the opening text where a notification puts the names its user chose.
    static let openingBytes = 1024
    /// Lines either side of a lure in the opening text where a channel counts with it.
    static let lureReach = 2

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard let platform = message.registryNotification?.platform else { return }
        let fields = message.nameFields
        let names = fields.map(\.text).joined(separator: "\n")
        let opening = UTF8Strings.prefix(message.features.leadingText, maxBytes: openingBytes)
        let inherent = inherentTopics[platform.category] ?? []
        let inNames = inherent.union(inherentInNames[platform.category] ?? [])
        let channels = FieldChannels(message, ownDomains: ownDomains(of: platform))
        // Each name field is scanned once, when a check below first needs it.
        var scanned: [[ContactChannel]]?
        func channelsOfFields() -> [[ContactChannel]] {
            if let scanned { return scanned }
            let found = fields.map { channels.unexplained(in: $0.text, message, inName: true) }
            scanned = found
            return found
        }
        if !messengerInNameOwn.contains(platform.category), !MessengerContacts.isAppName(platform.name) {
            for (field, found) in zip(fields, channelsOfFields()) {
                if let channel = found.first(where: { $0.kind == .messenger }) {
                    reasons.fire(.contactInName, "\(field.place.rawValue) \(channel.detail)")
                    return
                }
            }
        }
        if isLure(names, in: platform, besides: inNames, message) {
            // A channel and a lure in one name: what contact_in_name finds in a recognised template users write in.
            for (field, found) in zip(fields, channelsOfFields()) {
                guard let channel = found.first else { continue }
                if fields.count == 1 || isLure(field.text, in: platform, besides: inNames, message) {
                    reasons.fire(.contactInName, "\(field.place.rawValue) \(channel.detail)")
                    return
                }
            }
            // The opening lines also hold the platform's own links ("view the group at ..."): there links don't
            // count.
            let found = channels.unexplained(in: names, message, inName: true)
                + channels.unexplainedNotLinks(in: opening, message)
            if let channel = found.first { reasons.fire(.platformContactLure, "\(platform.name) \(channel.detail)") }
            return
        }
        // The opening text holds the platform's own sentences too ("this invitation will expire"): there a lure
        // counts with a channel in the names or in the lines around it, not with one a paragraph away.
        let inBody = inherent.union(LureWording.transactional).union(inherentInText[platform.category] ?? [])
        let near = linesAround(lureReach, in: opening) {
            LureWording.isIn(String($0), message, place: .body, besides: inBody)
        }
        guard !near.isEmpty else { return }
        let found = channels.unexplained(in: names, message, inName: true)
            + channels.unexplainedNotLinks(in: near, message)
        if let channel = found.first { reasons.fire(.platformContactLure, "\(platform.name) \(channel.detail)") }
    }

    /// The lines of `text` within `reach` lines of one that `matches`, not across a blank line (a paragraph's
    /// end); runs of lines apart are joined by a line that ends any number (`|`).
    static func linesAround(_ reach: Int, in text: String, matches: (Substring) -> Bool) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var kept = [Bool](repeating: false, count: lines.count)
        for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) && matches(line) {
            kept[index] = true
            for step in [-1, 1] {
                var other = index + step
                while other >= 0, other < lines.count, abs(other - index) <= reach,
                    !lines[other].allSatisfy(\.isWhitespace)
                {
                    kept[other] = true
                    other += step
                }
            }
        }
        var runs: [String] = []
        var run: [Substring] = []
        for (index, line) in lines.enumerated() {
            if kept[index] {
                run.append(line)
            } else if !run.isEmpty {
                runs.append(run.joined(separator: "\n"))
                run = []
            }
        }
        if !run.isEmpty { runs.append(run.joined(separator: "\n")) }
        return runs.joined(separator: "\n|\n")
    }

    /// Lure wording or a lure topic in names (but those the platform's kind is about), an amount of money where
    /// the platform's mail names none of its own, a brand the sender isn't, or invisible characters splitting a
    /// word of the Subject or display name (hidden from filters: no platform's own name needs them).
    private static func isLure(
        _ names: String, in platform: NotificationPlatform, besides inherent: Set<String>, _ message: MessageContext
    ) -> Bool {
        LureWording.isIn(names, message, place: .nameField, besides: inherent) || message.features.invisibleInName
            || (!amountsInherent.contains(platform.category) && !FieldText.moneyAmounts(in: names).isEmpty)
            || LureWording.namesForeignBrand(names, message)
    }

    /// The platform's DKIM domains and the domains of its sender entries (`*` parts left out).
    static func ownDomains(of platform: NotificationPlatform) -> [String] {
        platform.dkimDomains + platform.senders.compactMap { sender in
            let domain = sender.split(separator: "@").last.map(String.init) ?? sender
            let labels = domain.split(separator: ".").filter { !$0.contains("*") }
            return labels.count >= 2 ? labels.joined(separator: ".") : nil
        }
    }
}
