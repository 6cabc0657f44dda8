extension RuleID {
    /// A clickable link's host carries a protected brand on a registrable domain the brand doesn't own: the brand's
    /// domain as labels or glued by a hyphen (`apple.com.id-restore.top`, `paypal.com-secure.app`), or the brand's
    /// name and a service word in one hyphenated label (`paypal-login.example.net`). Or it dresses a foreign domain
    /// in the sender's own (`gitlab.com.session-verify.top` in GitLab's mail, `vinted-si.varno-placilo.top` in
    /// Vinted's), whatever brand list there is, or in any domain before a disposable one
    /// (`posti.fi.tullimaksu-seuranta.top`).
    public static let brandInHost = RuleID("brand_in_host", defaultWeight: 4)
}

/// Hosts that show a brand to the reader before the domain that really owns them (``BrandEmbedding``), and labels
/// that join a brand's name to a service word anywhere in the host. Registrable labels that ``Lookalike`` already
/// takes for the brand are left to `lookalike_domain`.
///
/// Image sources don't count (a brand's own mail loads images from CDN hosts named after it). Where users write
/// the content (an issue, a reply), a brand-bearing host is as often quoted (a report) as aimed at the reader: it
/// counts when it imitates the platform itself or comes with scam or lure wording. A brand's own fixed-text mail
/// (its authentication) may link a campaign domain of its name and a service word, but not a foreign domain dressed
/// in the brand's own domain, nor a brand-bearing host written into one of the template's fields (a learned
/// skeleton's): the brand's users wrote that, not the brand.
enum BrandInHostRule: MessageRule {
    static let ids: [RuleID] = [.brandInHost]

    /// Distinct hosts looked at per message: a message has a few; a look through them is enough.
    static let maxHosts = 64

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        for (host, brand) in brandHosts(message) { reasons.fire(.brandInHost, "\(host)~\(brand)") }
    }

    /// The hosts carrying a brand, one per brand (in link order), with the brand's name; then those dressed in the
    /// sender's own domain, with that domain.
    static func brandHosts(_ message: MessageContext) -> [(host: String, brand: String)] {
        let policy = message.policy
        let links = message.features.links
        guard !links.isEmpty else { return [] }
        // The sender's registrable domains: found when a host has labels enough to dress one (four or more).
        var senderDomains: [String]? = nil
        var hosts: [String] = []
        hosts.reserveCapacity(min(links.count, maxHosts + 1))
        var found: [(host: String, brand: String)] = []
        var foundBrands: [Int] = []
        // Registrable domains written into the template's fields: found when a brand-authenticated message first
        // needs them.
        var fieldDomains: [String]? = nil
        for index in links.indices {
            let link = links[index]
            guard link.source != .image, !message.quotes(link), !link.registrableDomain.isEmpty,
                !hosts.contains(link.host)
            else { continue }
            hosts.append(link.host)
            if hosts.count > maxHosts { break }
            for brandIndex in policy.brandIndex.brandsWorded(inHost: link.host) where !foundBrands.contains(brandIndex) {
                let brand = policy.protectedBrands[brandIndex]
                guard !brand.owns(link.registrableDomain) else { continue }
                let embeds = embedsDomain(of: brand, in: link)
                guard embeds || joinsServiceWord(brand, in: link, policy),
                    carries(brand, link.registrableDomain, embedded: embeds, in: message, fieldDomains: &fieldDomains)
                else { continue }
                found.append((link.host, brand.name))
                foundBrands.append(brandIndex)
            }
            let dots = link.host.utf8.count(where: { $0 == UInt8(ascii: ".") })
            guard dots >= 2, !found.contains(where: { $0.host == link.host }) else { continue }
            if dots >= 3 {
                if senderDomains == nil { senderDomains = ownDomains(message) }
                if let own = senderDomains?.first(where: { dressesForeignDomain(link, in: $0) }) {
                    found.append((link.host, own))
                } else if let dressed = dressedDomain(of: link, policy),
                    !message.carriesUserContent || !message.scamWording.isEmpty || !message.lureWording.isEmpty
                {
                    // Where users write the content (a report), a dressed host is as often quoted.
                    found.append((link.host, dressed))
                }
            } else if hyphenBeforeRegistrable(link), looksDisposable(link.registrableDomain, policy) {
                if senderDomains == nil { senderDomains = ownDomains(message) }
                if let own = senderDomains?.first(where: { wearsHyphenated($0, link) }) {
                    found.append((link.host, own))
                }
            }
        }
        return found
    }

    /// Whether the link's host carries `domain` as whole labels before a registrable domain of another name
    /// (`gitlab.com.session-verify.top` for `gitlab.com`). Not glued by a hyphen (`example-fr.webex.com` is how
    /// services name their customers' sites), nor the same name under another suffix (`zendesk.com.mx`: the
    /// domain's country site, most likely, and lookalike territory otherwise).
    static func dressesForeignDomain(_ link: borrowing ExtractedLink, in domain: String) -> Bool {
        let registrable = link.registrableDomain
        // The host holds the domain, a dot and the foreign registrable domain at least: most hosts are too short.
        guard link.host.utf8.count > domain.utf8.count + registrable.utf8.count, registrable != domain,
            !registrable.hasSuffix("." + domain),
            Lookalike.registrableLabel(registrable) != Lookalike.registrableLabel(domain)
        else { return false }
        let host = link.host
        return host.hasPrefix(domain + ".") || host.contains("." + domain + ".")
    }

    /// The bytes of the link's host before its registrable domain (the labels it wears, and the dot after them).
    private static func wornBytes(_ link: borrowing ExtractedLink) -> Substring.UTF8View {
        link.host.utf8.prefix(max(link.host.utf8.count - link.registrableDomain.utf8.count, 0))
    }

    /// Whether a label before the link's registrable domain holds a hyphen: where a domain written with hyphens
    /// for dots may be (most hosts' first labels, `www`, `click`, `mail`, hold none).
    static func hyphenBeforeRegistrable(_ link: borrowing ExtractedLink) -> Bool {
        wornBytes(link).contains(UInt8(ascii: "-"))
    }

    /// Whether a label of the link's host before its registrable domain is `domain` with its dots written as hyphens
    /// (`vinted-si.varno-placilo.top` for `vinted.si`). Asked only of disposable-looking registrable domains: a
    /// company's site at a service is named so as well (`example-fr.webex.com`).
    static func wearsHyphenated(_ domain: String, _ link: borrowing ExtractedLink) -> Bool {
        guard link.registrableDomain != domain, domain.utf8.contains(UInt8(ascii: ".")) else { return false }
        let hyphenated = Array(domain.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "-") : $0 })
        return wornBytes(link).split(separator: UInt8(ascii: ".")).contains { $0.elementsEqual(hyphenated) }
    }

    /// A registrable domain that looks made for one campaign: a risky suffix, or a hyphen or a digit in its label.
    static func looksDisposable(_ registrable: String, _ policy: Policy) -> Bool {
        Domain.lastLabel(of: registrable, isIn: policy.riskyTLDSet) || hasCampaignLabel(registrable)
    }

    /// Whether a registrable domain's label holds a hyphen or a digit (`varno-placilo`, `kundenportal24`).
    private static func hasCampaignLabel(_ registrable: String) -> Bool {
        Domain.registrableLabel(registrable).utf8.contains { $0 == UInt8(ascii: "-") || ASCII.isDigit($0) }
    }

    /// Suffixes a domain the reader knows ends in: the first generic ones and the countries'. Newer generic
    /// suffixes (`shop`, `email`, `app`) are as often a subdomain's word (`click.email.example.com`).
    static let classicSuffixes: Set<Substring> = ["com", "net", "org", "gov", "edu", "mil", "int"]

    /// The domain a host wears before a disposable registrable domain, whatever its name: `posti.fi` of
    /// `posti.fi.tullimaksu-seuranta.top`, `my-bank.co.uk` of `www.my-bank.co.uk.secure-check.com`. Its labels end
    /// in a public suffix (up to three labels) after a name of three bytes or more with a letter. Ending in a
    /// classic suffix or in two labels (`co.uk`, `com.br`), the registrable domain must look disposable: a risky
    /// suffix, or a hyphen or a digit in its label. A country's code alone is as often a region's or a mail
    /// service's subdomain (`support.uk.example.com`, `email.mg.example-group.fr`): there only a risky suffix
    /// counts. A protected brand's domain is the brand rule's to judge.
    static func dressedDomain(of link: borrowing ExtractedLink, _ policy: Policy) -> String? {
        let registrable = link.registrableDomain
        let riskySuffix = Domain.lastLabel(of: registrable, isIn: policy.riskyTLDSet)
        guard riskySuffix || hasCampaignLabel(registrable) else { return nil }
        let suffixLabels = registrable.utf8.split(separator: UInt8(ascii: ".")).count
        let worn = link.host.split(separator: ".").dropLast(suffixLabels)
        guard worn.count >= 2, let last = worn.last else { return nil }
        let classic = classicSuffixes.contains(last)
        guard classic || (last.utf8.count == 2 && last.utf8.allSatisfy(ASCII.isAlpha)) else { return nil }
        for count in 1...min(3, worn.count - 1) {
            let suffix = worn.suffix(count).joined(separator: ".")
            guard policy.publicSuffixList.isPublicSuffix(suffix) else { continue }
            guard classic || count > 1 || riskySuffix else { continue }
            let name = worn[worn.endIndex - count - 1]
            guard name.utf8.count >= 3, name.utf8.contains(where: ASCII.isAlpha) else { return nil }
            let domain = name + "." + suffix
            return policy.protectedBrands.contains(where: { $0.owns(domain) }) ? nil : domain
        }
        return nil
    }

    /// The registrable domains the message comes from: From's and those of its passing DKIM signatures. No sender
    /// links a foreign domain dressed in its own.
    static func ownDomains(_ message: MessageContext) -> [String] {
        let psl = message.policy.publicSuffixList
        var domains: [String] = []
        let hosts = (message.features.from.map { [TextCase.lowercased($0.domain)] } ?? [])
            + message.features.dkimPassDomains.map { TextCase.lowercased($0) }
        for host in hosts {
            guard let domain = psl.registrableDomain(host), !domains.contains(domain) else { continue }
            domains.append(domain)
        }
        return domains
    }

    /// Whether the host carries one of the brand's domains (``BrandEmbedding``) other than as the brand's name under
    /// another public suffix (`americanexpress.com.br` for `americanexpress.com`: the brand's country site, most
    /// likely, and lookalike territory otherwise).
    static func embedsDomain(of brand: Brand, in link: borrowing ExtractedLink) -> Bool {
        let label = Lookalike.registrableLabel(link.registrableDomain)
        let domains = brand.domains.filter { Lookalike.registrableLabel($0) != label }
        return BrandEmbedding.embeddedDomain(
            in: link.host, registrableDomain: link.registrableDomain, brandDomains: domains) != nil
    }

    /// Whether a brand-bearing host (of registrable domain `domain`; `embedded`: it carries one of the brand's
    /// domains) in this message counts for `brand` (see the type's comment). In the brand's own fixed-text mail an
    /// embedded domain counts (the brand's DKIM explains no host that dresses a foreign domain in the brand's), a
    /// brand name beside a service word only where a field holds it (brands run campaign domains like that).
    /// `fieldDomains` keeps the domains written into the template's fields once found.
    private static func carries(
        _ brand: Brand, _ domain: String, embedded: Bool, in message: MessageContext, fieldDomains: inout [String]?
    ) -> Bool {
        let features = message.features
        let authenticatedByBrand = features.dkimPassDomains.contains(where: brand.owns)
            || features.spfPassDomains.contains(where: brand.owns)
        if message.carriesUserContent {
            return authenticatedByBrand || !message.scamWording.isEmpty || !message.lureWording.isEmpty
        }
        guard authenticatedByBrand, !embedded else { return true }
        if fieldDomains == nil { fieldDomains = domainsWrittenInFields(message) }
        return fieldDomains?.contains(domain) ?? false
    }

    /// Most links a template's fields are searched for.
    static let maxFieldLinks = 16

    /// The registrable domains of the links in the text written into the template's fields, in any notation the
    /// link extractor reads (defanged, spaced, fullwidth); none without a learned skeleton covering the message.
    static func domainsWrittenInFields(_ message: MessageContext) -> [String] {
        guard message.platformSent, let fields = message.templateFields, !fields.writtenText.isEmpty else { return [] }
        var extractor = LinkExtractor(psl: message.policy.publicSuffixList, maxLinks: maxFieldLinks)
        extractor.scan(text: fields.writtenText, source: .text)
        return extractor.links.map(\.registrableDomain)
    }

    /// Whether a label of the host (public suffix aside) joins the brand's name to a service word by hyphens
    /// (`secure-paypal`, `login-microsoft-verify`), where ``Lookalike`` doesn't already take the label for the brand.
    static func joinsServiceWord(_ brand: Brand, in link: borrowing ExtractedLink, _ policy: Policy) -> Bool {
        let name = brand.compact
        guard name.utf8.count >= Lookalike.minimumTokenLength else { return false }
        let registrableLabel = Lookalike.registrableLabel(link.registrableDomain)
        // The labels before the registrable domain's public suffix: the registrable label is the last of them.
        let suffixLabels = link.registrableDomain.utf8.split(separator: UInt8(ascii: ".")).count - 1
        let labels = link.host.split(separator: ".").dropLast(suffixLabels)
        for label in labels where label.utf8.contains(UInt8(ascii: "-")) {
            let words = label.split(separator: "-")
            guard words.contains(where: { $0 == name }),
                words.contains(where: { $0 != name && isServiceWord($0, policy) })
            else { continue }
            if label == registrableLabel, Lookalike.imitation(of: name, by: label) != nil { continue }
            return true
        }
        return false
    }

    /// A word of the config's service words or of the words squatters put next to a brand.
    private static func isServiceWord(_ word: Substring, _ policy: Policy) -> Bool {
        let word = String(word)
        return policy.serviceWordSet.contains(word) || Lookalike.lureTokens.contains(word)
    }
}
