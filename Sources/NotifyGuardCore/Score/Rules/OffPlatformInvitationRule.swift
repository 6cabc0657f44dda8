extension RuleID {
    /// A calendar invitation from outside the recipient's organisation asking to be contacted off the platform.
    public static let offPlatformInvitation = RuleID("offplatform_invitation", defaultWeight: 8)
}

/// Calendar invitations reach anyone whose address a stranger has, from any calendar service, with the service's
/// authentication. One from an organiser outside the recipient's domain whose text asks to continue on a messenger
/// or by scanning a QR code is the opening of a scam; a phone number, an address or a group's invitation link counts
/// beside lure wording or a lure topic (a supplier's invitation with its own phone number is ordinary, and so is a
/// community meetup's WhatsApp group). Conference dial-in numbers never
/// count.
enum OffPlatformInvitationRule: MessageRule {
    static let ids: [RuleID] = [.offPlatformInvitation]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let features = message.features
        guard features.calendarInvitation, let organizer = features.replyTo ?? features.from,
            let recipient = features.to, !sameOrganisation(organizer.domain, recipient.domain)
        else { return }
        let text = features.leadingText
        // A messenger or a QR code counts on its own, and is the cheap part of the scan; a group's invitation link
        // (a community's meetup) only beside lure wording, as a phone number or an address.
        let direct = ContactChannelScanner.messengersAndQRCode(in: text)
        let personal = direct.first { $0.kind != .messenger || !MessengerContacts.isGroupInvite($0.value, in: text) }
        if let channel = personal {
            reasons.fire(.offPlatformInvitation, channel.detail)
            return
        }
        // The wording first, the dearer phone scan after it.
        guard LureWording.isIn(text, message, place: .body),
            let channel = direct.first ?? FieldChannels(message).unexplainedNotLinks(in: text, message).first
        else { return }
        reasons.fire(.offPlatformInvitation, channel.detail)
    }

    /// Whether two addresses' domains are one organisation's: one is the other or a subdomain of it, and it is
    /// not a mailbox provider's.
    static func sameOrganisation(_ first: String, _ second: String) -> Bool {
        let first = TextCase.lowercased(first)
        let second = TextCase.lowercased(second)
        guard !first.isEmpty, Domain.matches(first, second) || Domain.matches(second, first) else { return false }
        return !MailboxProviders.contains(first) && !MailboxProviders.contains(second)
    }
}
