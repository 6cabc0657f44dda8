extension RuleID {
    /// A link's, From's, Sender's or Reply-To's registrable label imitates a protected brand's.
    public static let lookalikeDomain = RuleID("lookalike_domain", defaultWeight: 4)
}

/// Domains (of clickable links and of the From, Sender and Reply-To addresses) that imitate a protected brand's domain
/// (``Lookalike``), unless the brand itself authenticated the message and wrote all of it (its own mail links to
/// its other domains; a template carrying its users' links, such as a GitHub issue, is not all its own).
enum LookalikeDomainRule: MessageRule {
    static let ids: [RuleID] = [.lookalikeDomain]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let found = lookalikeDomains(message)
        for (domain, brand) in found { reasons.fire(.lookalikeDomain, "\(domain)~\(brand)") }
        if found.isEmpty, let imitation = senderImitation(message) {
            reasons.fire(.lookalikeDomain, "\(imitation.domain)~\(imitation.label)")
        }
    }

    /// A link in a platform's notification to a domain that misspells the platform's own (`dlscord-gift.xyz` in
    /// Discord's mail, `disc0rd.com`): the platform links to no such domain; a user of it wrote one in, to pass for
    /// the platform. Every notification sender is a brand of its own here, listed or not. The sender is From's
    /// registrable domain, signed by DKIM, of a recognised template, a registry platform or an unlisted automated
    /// sender.
    static func senderImitation(_ message: MessageContext) -> (domain: String, label: String)? {
        guard message.platformSent || message.registryNotification != nil || message.unlistedNotificationDomain != nil,
            let sender = message.signedSenderDomain
        else { return nil }
        let label = String(Lookalike.registrableLabel(sender))
        for domain in linkedDomains(message) where domain != sender {
            // A platform's own mail links to domains that hold its name (`discord-status.com`); not to typos of it.
            guard let candidate = Lookalike.Candidate(Lookalike.registrableLabel(domain)) else { continue }
            let kind = Lookalike.imitation(of: label, by: candidate)
            if kind == "confusable" || kind == "edit distance 1" || Lookalike.dressedTypo(of: label, by: candidate) {
                return (domain, label)
            }
        }
        return nil
    }

    /// The distinct registrable domains of the message's links a reader goes to, at most 64: an image source is no
    /// place a reader goes (brands load images from CDN hosts named after them), and a domain quoted in user content
    /// is written about, not linked.
    static func linkedDomains(_ message: MessageContext) -> [String] {
        let features = message.features
        var domains: [String] = []
        for link in features.links.indices {
            guard features.links[link].source != .image, !message.quotes(features.links[link]) else { continue }
            let domain = features.links[link].registrableDomain
            guard !domain.isEmpty && !domains.contains(domain) else { continue }
            domains.append(domain)
            if domains.count >= 64 { break }
        }
        return domains
    }

    /// The imitating domains, one per imitated brand (in brand order), with the brand's name.
    static func lookalikeDomains(_ message: MessageContext) -> [(domain: String, brand: String)] {
        let policy = message.policy
        let features = message.features
        guard !policy.protectedBrands.isEmpty else { return [] }
        // Distinct registrable domains in order, at most 64 from links (a message has a few: a look through them
        // is enough).
        var domains: [String] = []
        domains.reserveCapacity(min(64, features.links.count + 3))
        // From and Sender are often one address: its domain is looked up once.
        var addressDomain: (of: String, registrable: String?)? = nil
        func addDomain(of address: MailAddress?) {
            guard let domain = address?.domain else { return }
            let registrable: String?
            if let known = addressDomain, known.of == domain {
                registrable = known.registrable
            } else {
                registrable = policy.publicSuffixList.registrableDomain(TextCase.lowercased(domain))
                addressDomain = (domain, registrable)
            }
            if let registrable, !domains.contains(registrable) { domains.append(registrable) }
        }
        addDomain(of: features.from)
        addDomain(of: features.sender)
        addDomain(of: features.replyTo)
        for domain in linkedDomains(message) where !domains.contains(domain) { domains.append(domain) }
        // Each domain is tested only against the brand labels the index says it could imitate (usually none).
        var imitations: [(domain: String, brands: [Int])] = []
        for domain in domains {
            guard policy.brandIndex.mayBeImitated(byLabelOf: domain),
                let candidate = Lookalike.Candidate(Lookalike.registrableLabel(domain))
            else { continue }
            let brands = policy.brandIndex.brandsImitated(by: candidate)
            if !brands.isEmpty { imitations.append((domain, brands)) }
        }
        guard !imitations.isEmpty else { return [] }
        let authenticated = features.dkimPassDomains + features.spfPassDomains
        var found: [(domain: String, brand: String)] = []
        var imitated = imitations.flatMap(\.brands)
        imitated.sort()
        let carriesUserContent = message.profile?.userLinks ?? false
        for (position, index) in imitated.enumerated() where position == 0 || imitated[position - 1] != index {
            let brand = policy.protectedBrands[index]
            guard carriesUserContent || !authenticated.contains(where: brand.owns) else { continue }
            for (domain, brands) in imitations where brands.contains(index) && !brand.owns(domain) {
                found.append((domain, brand.name))
                break
            }
        }
        return found
    }
}
