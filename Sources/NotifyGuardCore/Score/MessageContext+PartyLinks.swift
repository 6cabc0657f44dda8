/// Links in a fixed-link template that are not the platform's own and still no stranger's: the site of a party the
/// message is between (the recipient's organisation, the organisation the platform sent it for), and file names that
/// only read as domains. ``ForeignLinkRule`` lets these be; every other rule still judges them.
///
/// Whoever abuses a platform names the organisation and may own the site, so a party's site is only taken as such
/// when nothing else speaks against it: written plainly (no disguise, no risky TLD, no free host), not a protected
/// brand's site (which is the brand's, whoever names it), in a message without scam wording.
extension MessageContext {
    /// Whether `link`, not the template's own, belongs to one of the message's parties (see the extension's comment).
    func isPartyLink(_ link: borrowing ExtractedLink) -> Bool {
        if isFileName(link) { return true }
        guard scamWording.isEmpty, isPlain(link), !policy.protectedBrandDomains.matches(link.host)
        else { return false }
        return isRecipientSite(link) || isReplyToSite(link) || isOrganisationSite(link)
    }

    /// Disguises no organisation puts on its own site.
    static let disguises: LinkFlags = [.defanged, .spacedDots, .userinfo, .ipLiteral, .punycode, .unicodeHost]

    /// Written plainly and hosted where phishing pages don't cheaply live.
    func isPlain(_ link: borrowing ExtractedLink) -> Bool {
        link.flags.isDisjoint(with: Self.disguises) && !Domain.lastLabel(of: link.host, isIn: policy.riskyTLDSet)
            && !Domain.isWithin(link.host, anyOf: policy.freeHostSet)
    }

    /// The recipient's own organisation: a colleague's share pointing at the intranet.
    func isRecipientSite(_ link: borrowing ExtractedLink) -> Bool {
        guard let recipient = features.to?.domain, !recipient.isEmpty else { return false }
        return Domain.matches(TextCase.lowercased(recipient), link.registrableDomain)
    }

    /// The domain replies go to, when it isn't the platform's: the sharer's or the surveying company's address.
    func isReplyToSite(_ link: borrowing ExtractedLink) -> Bool {
        guard let replyTo = features.replyTo?.domain, !replyTo.isEmpty else { return false }
        let domain = TextCase.lowercased(replyTo)
        if let templateDomains, templateDomains.matches(domain) { return false }
        return Domain.matches(domain, link.registrableDomain)
    }

    /// A label of the link's host spells the organisation the platform names: the tenant's account label, a run of
    /// words of From's display name (`Acme Gear Support` for `acmegear.com`) or their initials (`nkat.vn` for "Nha
    /// khoa An Tâm"), or a run of two or more capitalised words of the Subject (`Invoice from Maple Street
    /// Plumbing`; one word there is as often a sentence's first).
    /// A label naming the platform itself or a protected brand names no customer of the platform.
    func isOrganisationSite(_ link: borrowing ExtractedLink) -> Bool {
        if let known = memo.organisationSites[link.host] { return known }
        let answer = isOrganisationSite(host: link.host)
        memo.organisationSites[link.host] = answer
        return answer
    }

    private func isOrganisationSite(host: String) -> Bool {
        let labels = OrganisationName.labels(of: host)
        guard !labels.isEmpty else { return false }
        // Whether a label names the platform or a brand is asked last, of a label that spells a name: it is the
        // dearest question and the rarest answer.
        if let tenant {
            let joined = memo.joinedTenant ?? OrganisationName.joined(tenant)
            memo.joinedTenant = joined
            if labels.contains(where: { $0 == joined && !namesPlatformOrBrand($0) }) { return true }
        }
        let (display, subject) = memo.organisationWords ?? (
            OrganisationName.words(of: displayName, capitalisedOnly: false),
            OrganisationName.words(of: features.subject, capitalisedOnly: true)
        )
        memo.organisationWords = (display, subject)
        return labels.contains {
            (OrganisationName.spells($0, display, minWords: 1) || OrganisationName.abbreviates($0, display)
                || OrganisationName.spells($0, subject, minWords: 2)) && !namesPlatformOrBrand($0)
        }
    }

    /// Whether a (joined) host label is one of the template's domains' labels or a protected brand's name.
    func namesPlatformOrBrand(_ label: String) -> Bool {
        if let templateDomains,
            templateDomains.domains.contains(where: { OrganisationName.labels(of: $0).contains(label) })
        {
            return true
        }
        return policy.protectedBrands.contains { $0.compact == label }
    }

    /// Top-level domains that are also the extensions of files people share (`Photos.zip`, `Talk.mov`).
    static let fileExtensionTLDs: Set<String> = ["zip", "mov", "cab", "key", "mobi", "pub", "ai", "md", "ps", "rs",
        "sh", "py", "pl"]

    /// A domain written bare, under a file-extension TLD, that the Subject quotes at the end of a name: the file a
    /// share notification is about (`shared "Wedding photos Sevilla.zip"`), wherever the message repeats it.
    func isFileName(_ link: borrowing ExtractedLink) -> Bool {
        guard link.flags.contains(.bareDomain), link.source != .href, link.source != .image,
            let tld = Domain.lastLabel(of: link.host), Self.fileExtensionTLDs.contains(tld),
            !link.url.utf8.dropFirst("http://".utf8.count).contains(UInt8(ascii: "/"))
        else { return false }
        return OrganisationName.quotesName(endingWith: link.host, in: TextCase.lowercased(features.subject))
    }
}
