extension RuleID {
    /// From's display name carries a way to call or message and a lure, in mail no notification model judges.
    public static let displayNameContact = RuleID("display_name_contact", defaultWeight: 6)
}

/// A display name is a name: "Order #88127 $499.00 Refund Desk | Call +1 (888) 555-0181" is a callback lure whoever
/// sends it, and a newsletter tool or a mailbox that signs its mail says nothing about it. A phone number, a
/// messenger contact or a link in From's display name, together with lure wording, a lure topic (but an order or a
/// charge), an amount of money, a brand the sender isn't or an invisible character splitting a word there, is
/// flagged. A display name naming the sender's domain is the sender's own ("Acme Pharmacy (503) 555-0142"). Mail a
/// profile, the registry or the unlisted model describes is theirs to judge (they read display names too).
enum DisplayNameContactRule: MessageRule {
    static let ids: [RuleID] = [.displayNameContact]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let name = message.displayName
        // Cheap looks first: most display names hold no digit, link byte or messenger's name.
        guard !name.isEmpty, message.profile == nil, let from = message.features.from,
            PhoneNotation.mayHoldANumber(name) || ContactChannelScanner.mayHoldLinkOrAddress(name)
                || MessengerContacts.mayHoldContact(name),
            message.registryNotification == nil, message.unlistedNotificationDomain == nil
        else { return }
        let channels = FieldChannels(message).unexplained(in: name, message, inName: true).filter {
            $0.kind != .email && $0.kind != .qrCode
        }
        guard let channel = channels.first else { return }
        let domain = TextCase.lowercased(from.domain)
        let label = String(Domain.registrableLabel(message.policy.publicSuffixList.registrableDomain(domain) ?? domain))
        guard !UnlistedPlatformContactRule.namesSender(label, name) else { return }
        // A shop's display name says what it does ("Northwind Orders"): an order or a charge is no lure there.
        let lure = LureWording.isIn(name, message, place: .nameField, besides: LureWording.transactional)
            || !FieldText.moneyAmounts(in: name).isEmpty
            || LureWording.namesForeignBrand(name, message) || message.features.invisibleInName
        if lure { reasons.fire(.displayNameContact, channel.detail) }
    }
}
