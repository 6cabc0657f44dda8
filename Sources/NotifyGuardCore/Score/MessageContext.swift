/// What the rules read about one message: its features, the policy, and what the scorer found once for all rules
/// (the matched template, the wording the lexicon finds, the fields of a learned skeleton).
struct MessageContext {
    let features: MessageFeatures
    let policy: Policy
    /// The template the message claims to be (nil: none), and its index in `policy.profiles`.
    let profile: Profile?
    let profileIndex: Int?
    /// A trusted authentication result proves the template's platform sent it.
    let platformSent: Bool
    /// From's local part reads as an automated sender's (`no-reply`, `alerts`: `policy.notificationSenders`).
    let notificationStyle: Bool
    /// Scam wording found: the scam lexicon's phrases, and lure phrases written into a recognised template (see
    /// `init`). At most ``Scorer/maxHitsPerRule`` of each kind from the lexicon.
    let scamWording: [String]
    /// The lure phrases left: wording phishers copy from real mail, weak on its own.
    let lureWording: [String]
    /// The fields of the template's learned skeleton, when the platform sent it and one covers the message.
    let templateFields: TemplateFields?
    /// The platform customer's account label (`acme` of `support@acme.zendesk.com`), when From is a subdomain of
    /// the template's sender domains.
    let tenant: String?
    /// The matched template's link and DKIM domains.
    let templateDomains: DomainSet?
    /// From's display name ("" without one).
    let displayName: String
    /// Answers found once for all rules, when first asked (see ``nameFields``).
    let memo = MessageMemo()

    /// The message's name fields, found once.
    var nameFields: [NameField] {
        if let found = memo.nameFields { return found }
        let found = NameField.of(self)
        memo.nameFields = found
        return found
    }

    /// The registry platform (`platforms.yaml`) whose notification this is, when no profile describes it: signed
    /// by the platform, and sent from a no-reply style address or from one of its listed senders with no mailing
    /// list relaying it (a post a list relays is its author's, even from the platform's domain). Found once.
    var registryNotification: PlatformMatch? {
        if let found = memo.registryNotification { return found }
        let found = Self.registryNotification(features, policy: policy, profile: profile, notificationStyle: notificationStyle)
        memo.registryNotification = .some(found)
        return found
    }

    private static func registryNotification(
        _ features: MessageFeatures, policy: Policy, profile: Profile?, notificationStyle: Bool
    ) -> PlatformMatch? {
        guard profile == nil, !features.dkimPassDomains.isEmpty,
            let match = policy.platforms.match(sender: features.from?.address, signedBy: features.dkimPassDomains),
            match.byDKIM, notificationStyle || (match.bySender && !features.viaMailingList)
        else { return nil }
        return match
    }

    /// The sender's registrable domain, when the message is an automated notification that neither a profile nor
    /// the registry describes: From reads as an automated sender's (``notificationStyle``, or a product's:
    /// ``isProductSender(_:)``), a passing DKIM signature is aligned with From (the same registrable domain), no
    /// mailing list relays it, it answers no other message (a support agent's reply about a refund is a
    /// conversation), and the domain is no mailbox provider's. Found once.
    var unlistedNotificationDomain: String? {
        if let found = memo.unlistedNotificationDomain { return found }
        let found = findUnlistedNotificationDomain()
        memo.unlistedNotificationDomain = .some(found)
        return found
    }

    private func findUnlistedNotificationDomain() -> String? {
        guard profile == nil, !features.viaMailingList, !features.isReply, !features.dkimPassDomains.isEmpty,
            let from = features.from, notificationStyle || Self.isProductSender(from.address),
            let registrable = signedSenderDomain, !MailboxProviders.contains(TextCase.lowercased(from.domain)),
            policy.platforms.match(sender: from.address, signedBy: features.dkimPassDomains) == nil
        else { return nil }
        return registrable
    }

    /// From's registrable domain when a passing DKIM signature is aligned with it (signed by that domain or one
    /// under it): the sender stands behind what From says. Found once.
    var signedSenderDomain: String? {
        if let found = memo.signedSenderDomain { return found }
        var found: String?
        if !features.dkimPassDomains.isEmpty, let from = features.from,
            let registrable = policy.publicSuffixList.registrableDomain(TextCase.lowercased(from.domain)),
            features.dkimPassDomains.contains(where: { Domain.matches(TextCase.lowercased($0), registrable) })
        {
            found = registrable
        }
        memo.signedSenderDomain = .some(found)
        return found
    }

    /// Words of a local part that small products send their notifications from besides the no-reply kind
    /// (`hello@`, `team@`, `notify@`, `bot@`): each a whole word of the local part (split at `.`, `_`, `-`, `+`
    /// and digits), so `talbot@` or `steam@` is no such sender.
    static let productSenderWords: Set<String> = ["hello", "team", "notify", "bot", "updates", "system"]

    /// Whether `address`'s local part holds one of ``productSenderWords`` as a whole word, in any case.
    static func isProductSender(_ address: String) -> Bool {
        guard let at = address.utf8.firstIndex(of: UInt8(ascii: "@")) else { return false }
        let local = address.utf8[..<at]
        guard local.count <= 64 else { return false }
        return local.split(whereSeparator: { !ASCII.isAlpha($0) }).contains {
            productSenderWords.contains(String(decoding: $0.map(ASCII.lower), as: UTF8.self))
        }
    }

    /// Bytes of ``writtenText`` at most: fields sit near the top, and the scans of it read every scalar several
    /// times.
    static let writtenTextBytes = 1024

    /// The text the platform's user wrote into the template as far as the message shows it: a learned skeleton's
    /// fields and the words it doesn't explain, else the opening text; its first ``writtenTextBytes``.
    var writtenText: String {
        if let found = memo.writtenText { return found }
        let written = templateFields?.writtenText ?? features.leadingText
        let found = UTF8Strings.prefix(written, maxBytes: Self.writtenTextBytes)
        memo.writtenText = found
        return found
    }

    init(features: MessageFeatures, policy: Policy) {
        let matched = ProfileMatch(features, policy: policy)
        let profile = matched.map { policy.profiles[$0.index] }
        self.profile = profile
        profileIndex = matched?.index
        platformSent = matched?.platformSent ?? false
        notificationStyle = features.from.map { policy.notificationSenderSearch.matches(localPartOf: $0.address) }
            ?? false

        var (phrases, lures) = policy.lexicon.phrases(in: features.searchableText, maxHits: Scorer.maxHitsPerRule)
        // A recognised fixed-text template's wording is the platform's: lure wording it doesn't use itself was
        // written into a field (by the platform's user, or by whoever imitates the template).
        if let profile, !profile.userText {
            let injected = lures.filter { !profile.ownPhrases.contains($0) }
            phrases += injected
            lures.removeAll { injected.contains($0) }
        }
        // A learned skeleton tells the template's constant text from its fields: lure wording inside the fields was
        // written in, even where users write the template's text.
        templateFields = platformSent ? profile.flatMap { TemplateFields(features, profile: $0) } : nil
        if let templateFields {
            let written = templateFields.writtenLures(lures, lexicon: policy.lexicon)
            phrases += written
            lures.removeAll { written.contains($0) }
        }
        // A report about a scam (an issue, a ticket) quotes the lure's words; a platform's fixed text quotes none.
        let fixedTextTemplate = platformSent && (profile.map { !$0.userText && !$0.userLinks } ?? false)
        if !fixedTextTemplate {
            let quoted = Self.wordingQuotedInReport(phrases + lures, features: features)
            if !quoted.isEmpty {
                phrases.removeAll(where: quoted.contains)
                lures.removeAll(where: quoted.contains)
            }
        }
        scamWording = phrases
        lureWording = lures

        tenant = profile.flatMap { profile in
            features.from.flatMap { Self.tenantLabel(of: $0.domain, senders: profile.senders) }
        }
        templateDomains = matched.map { policy.profileIndex.templateDomains[$0.index] }
        displayName = features.from?.displayName ?? ""
        // Stored last: a value stored before its last use here would be copied.
        self.features = features
        self.policy = policy
    }

    /// The label (3 or more bytes) before one of `senders` that is a domain (`acme` of `acme.zendesk.com`).
    static func tenantLabel(of domain: String, senders: [String]) -> String? {
        let domain = TextCase.lowercased(domain)
        for sender in senders {
            if let label = Domain.lastLabel(of: domain, before: sender), label.utf8.count >= 3 { return label }
        }
        return nil
    }

    /// Whether a link belongs to the matched template: one of the platform's domains; the recipient's own domain
    /// named as plain text (a registrar's or host's notice about the customer's domain names it); or the site of
    /// the platform's customer whose account sent it (`acme.com` in a help-desk reply from `acme.zendesk.com`).
    func isTemplateLink(_ link: borrowing ExtractedLink) -> Bool {
        guard let templateDomains else { return false }
        if link.flags.contains(.bareDomain), let recipient = features.to?.domain, !recipient.isEmpty,
            Domain.matches(TextCase.lowercased(recipient), link.registrableDomain)
        {
            return true
        }
        if let tenant, Domain.registrableLabel(of: link.registrableDomain, is: tenant) {
            return true
        }
        return templateDomains.matches(link.host)
    }
}
