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
        for (domain, brand) in lookalikeDomains(message) { reasons.fire(.lookalikeDomain, "\(domain)~\(brand)") }
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
        for link in features.links.indices {
            // An image source is no place a reader goes (brands load images from CDN hosts named after them), and a
            // domain quoted in user content is written about, not linked.
            guard features.links[link].source != .image, !message.quotes(features.links[link]) else { continue }
            let domain = features.links[link].registrableDomain
            guard !domain.isEmpty && !domains.contains(domain) else { continue }
            domains.append(domain)
            if domains.count >= 64 { break }
        }
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
