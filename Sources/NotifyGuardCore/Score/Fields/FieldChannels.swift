/// The contact channels written into one field of a message that the message itself doesn't explain: addresses of
/// its own headers (a calendar subject names its organizer), links to the platform's, the recipient's or the
/// platform customer's own domains, and phone numbers of a conference dial-in block (in the text, not in a name).
/// What explains a channel is looked up when one turns up (most fields hold none).
struct FieldChannels {
    private let extractor: LinkExtractor
    private let features: MessageFeatures
    /// More domains that are the platform's (a registry platform's DKIM and sender domains).
    private let ownDomains: [String]

    init(_ message: MessageContext, ownDomains: [String] = []) {
        self.ownDomains = ownDomains
        extractor = LinkExtractor(psl: message.policy.publicSuffixList, maxLinks: ContactChannelScanner.maxChannels)
        features = message.features
    }

    /// The channels in `text` the message doesn't explain, in ``ContactChannelScanner`` order. `inName`: the text
    /// is a name (a display name, a Subject, a meeting's title), where no conference service writes its dial-in
    /// numbers.
    func unexplained(in text: String, _ message: MessageContext, inName: Bool = false) -> [ContactChannel] {
        ContactChannelScanner.channels(in: text, extractor: extractor).filter {
            !explains($0, message, dialInExplains: !inName)
        }
    }

    /// The same for a longer stretch of the body whose links don't count: no second link scan, its addresses are
    /// those the message's features found in it. `addressesAndPhones: false` leaves those two kinds out.
    func unexplainedNotLinks(in text: String, _ message: MessageContext, addressesAndPhones: Bool = true)
        -> [ContactChannel]
    {
        ContactChannelScanner.channels(
            in: text, knownEmails: addressesAndPhones ? message.features.emails.map(\.value) : [],
            phones: addressesAndPhones
        ).filter { !explains($0, message) }
    }

    private func explains(_ channel: ContactChannel, _ message: MessageContext, dialInExplains: Bool = true) -> Bool {
        switch channel.kind {
        case .phone:
            // Looked at only when a phone number turns up.
            return dialInExplains
                && (features.links.contains { DialInNumbers.isConferenceHost($0.host) }
                    || DialInNumbers.oneTapNumber(in: features.bodyText))
        case .email:
            let headerAddresses = [features.from, features.sender, features.replyTo, features.to]
            if headerAddresses.contains(where: { $0.map { TextCase.lowercased($0.address) } == channel.value }) {
                return true
            }
            let domain = channel.value.split(separator: "@").last.map(String.init) ?? ""
            return isOwnDomain(domain, message)
        case .link:
            return isOwnDomain(channel.value, message)
        case .messenger, .qrCode:
            return false
        }
    }

    /// The platform's domains, the recipient's domain, and the platform customer's (`acme.com` beside
    /// `acme.zendesk.com`).
    private func isOwnDomain(_ domain: String, _ message: MessageContext) -> Bool {
        if let templateDomains = message.templateDomains, templateDomains.matches(domain) { return true }
        if ownDomains.contains(where: { Domain.matches(domain, $0) }) { return true }
        // A mailbox provider's domain is no organisation whose addresses the recipient knows.
        let recipientDomain = features.to.map { TextCase.lowercased($0.domain) }.flatMap {
            MailboxProviders.contains($0) ? nil : $0
        }
        if let recipientDomain, Domain.matches(recipientDomain, domain) || Domain.matches(domain, recipientDomain) {
            return true
        }
        if let tenant = message.tenant, Domain.registrableLabel(of: domain, is: tenant) { return true }
        if let from = message.features.from, Domain.matches(TextCase.lowercased(from.domain), domain) { return true }
        return message.features.dkimPassDomains.contains { Domain.matches(TextCase.lowercased($0), domain) }
    }
}
