extension RuleID {
    /// A protected brand named by a sender that doesn't own it.
    public static let brandImpersonation = RuleID("brand_impersonation", defaultWeight: 4)
}

/// A protected brand named by a notification-style or platform sender that doesn't own it: in the display name; in
/// a recognised template also in the subject and opening text, where injected names show up. Any other sender
/// only when its display name reads as a company's service ("Microsoft account team").
enum BrandImpersonationRule: MessageRule {
    static let ids: [RuleID] = [.brandImpersonation]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let policy = message.policy
        let displayName = message.displayName
        // Without brands or a display name there is nothing to find in it.
        let nameWords = displayName.isEmpty || policy.protectedBrands.isEmpty ? nil : SkeletonWords.of(displayName)
        if message.platformSent || message.notificationStyle || message.profile != nil {
            for brand in impersonatedBrands(in: nameWords.map { [$0] } ?? [], message) {
                reasons.fire(.brandImpersonation, brand)
            }
            // In the subject and opening text, a brand the message also links to at the brand's own domain is
            // mentioned, not impersonated: a "Microsoft Teams meeting" with its teams.microsoft.com link, a
            // creator's book on amazon.com. Where users write invitations and posts (`user_links`), companies are
            // named as a matter of course ("review with the Amazon account team"): there only next to lure wording.
            if let profile = message.profile,
                !profile.userLinks || !message.scamWording.isEmpty || !message.lureWording.isEmpty
            {
                // A messenger app named in the text is a way to reach someone ("write to us on WhatsApp"), which
                // the contact rules judge; impersonating the app shows in the display name.
                let opening = [message.features.subject, message.features.leadingText].filter { !$0.isEmpty }
                for brand in impersonatedBrands(in: opening.map(SkeletonWords.of), message)
                where !linksToOwnDomain(of: brand, message) && !MessengerContacts.isAppName(brand) {
                    reasons.fire(.brandImpersonation, brand)
                }
            }
        } else if let nameWords, displayNameReadsAsService(displayName, words: nameWords, policy: policy) {
            // A brand in a display name that reads as a company's service, not a person's name that happens to
            // contain a brand ("Jonathan Chase").
            for brand in impersonatedBrands(in: [nameWords], message) { reasons.fire(.brandImpersonation, brand) }
        }
    }

    /// Protected brands named in texts (given as their skeleton words: a brand is a word, a run of words joined
    /// for brands of 6+ letters, or the start of a slightly longer word) when neither the From domain nor a passing
    /// DKIM domain belongs to the brand, nor is the brand the registry platform's own that sent the notification
    /// (Dropbox for "Dropbox Sign (HelloSign)" mail from hellosign.com). Each once, in order of appearance.
    static func impersonatedBrands(in texts: [SkeletonWords], _ message: MessageContext) -> [String] {
        let policy = message.policy
        guard !policy.protectedBrands.isEmpty else { return [] }
        var found: [String] = []
        for words in texts {
            for index in policy.brandIndex.brandsNamed(spaced: words.spaced, compact: words.compact) {
                let brand = policy.protectedBrands[index]
                guard !found.contains(brand.name) else { continue }
                let owned = (message.features.from.map { brand.owns($0.domain) } ?? false)
                    || message.features.dkimPassDomains.contains(where: brand.owns)
                    || platformNamesBrand(brand, message)
                if !owned { found.append(brand.name) }
            }
        }
        return found
    }

    /// Whether the registry platform whose notification this is carries the brand's name as a word of its own
    /// name: the brand's product, sent from the product's domain.
    static func platformNamesBrand(_ brand: Brand, _ message: MessageContext) -> Bool {
        guard let platform = message.registryNotification?.platform else { return false }
        // Skeleton words are spaced with a space at either end: a brand's words occur as whole words.
        let brandWords = SkeletonWords.of(brand.name).spaced
        return brandWords.count > 2 && ByteScan.contains(SkeletonWords.of(platform.name).spaced, brandWords)
    }

    /// Whether a link of the message (not an image) goes to one of the named brand's own domains.
    static func linksToOwnDomain(of brandName: String, _ message: MessageContext) -> Bool {
        guard let brand = message.policy.protectedBrands.first(where: { $0.name == brandName }) else { return false }
        return message.features.links.contains { $0.source != .image && brand.owns($0.host) }
    }

    /// Whether a display name is only a brand-like name, or names a service (a word of `policy.serviceWords`).
    /// `words` are the name's skeleton words: for an ASCII name those are its runs of ASCII letters and digits
    /// lowercased, and the ASCII service words are the only ones they can equal (see `Policy.asciiServiceWords`).
    static func displayNameReadsAsService(_ displayName: String, words: SkeletonWords, policy: Policy) -> Bool {
        if UTF8Bytes.isASCII(displayName) {
            var count = 0
            var service = false
            words.forEachWord { word in
                count += 1
                if !service {
                    service = policy.asciiServiceWords.contains { $0.count == word.count && $0.elementsEqual(word) }
                }
            }
            return count == 1 || (count > 1 && service)
        }
        let split = Confusables.skeleton(displayName).split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        guard !split.isEmpty else { return false }
        if split.count == 1 { return true }
        return split.contains { policy.serviceWordSet.contains(String($0)) }
    }
}
