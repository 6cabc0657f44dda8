/// The facts about a message the rules weigh: who it claims to be, what authenticated it, what it links to.
public struct MessageFeatures: Sendable {
    public var from: MailAddress?
    /// How the first From field is made up (nil without one): one mailbox, or several, or a name without address.
    public var fromShape: AddressListShape?
    /// How many From fields the header has (RFC 5322 allows one).
    public var fromFieldCount: Int
    /// The message came through a mailing list (`List-Id` or `List-Post`): lists that keep From and change the
    /// message break its author's DKIM and DMARC.
    public var viaMailingList: Bool
    /// The message answers another (In-Reply-To): a conversation, which a platform's own notices seldom are.
    public var isReply: Bool
    public var sender: MailAddress?
    public var replyTo: MailAddress?
    /// The first To mailbox.
    public var to: MailAddress?
    public var subject: String
    /// Results from trusted authserv-ids only.
    public var authentication: [AuthenticationResults.Result] {
        didSet { (dkimPassDomains, spfPassDomains) = Self.passingDomains(authentication) }
    }
    /// DKIM `d=` domains that passed.
    public private(set) var dkimPassDomains: [String] = []
    /// Envelope-sender domains for which SPF passed.
    public private(set) var spfPassDomains: [String] = []
    public var links: [ExtractedLink]
    public var emails: [ExtractedItem]
    public var phones: [ExtractedItem]
    public var wallets: [ExtractedItem]
    public var invisibleCharacters: Int
    /// The Subject or From's display name hides an invisible character inside a word or number: a name written to
    /// slip past filters (the texts here have them removed).
    public var invisibleInName = false
    /// Lowercased subject, display name and visible text, joined for phrase search.
    public var searchableText: [UInt8]
    public var truncations: Set<Truncation>
    /// The first few kilobytes of visible text (first text part), where a template's variable fields usually sit.
    public var leadingText: String
    /// The visible text of the first text part, which template skeletons are matched against.
    public var bodyText: String
    /// The message carries a calendar invitation (a `text/calendar` part or an `.ics` file).
    public var calendarInvitation: Bool

    public init(message: ParsedMessage, policy: borrowing Policy) {
        let headers = message.headers
        let fromFields = headers.all(named: "From")
        from = fromFields.first.flatMap { MailAddress(header: $0.value) }
        fromShape = fromFields.first.map { AddressListShape($0.value) }
        fromFieldCount = fromFields.count
        viaMailingList = headers.first(named: "List-Id") != nil || headers.first(named: "List-Post") != nil
        isReply = headers.first(named: "In-Reply-To") != nil
        sender = headers.first(named: "Sender").flatMap { MailAddress(header: $0.value) }
        replyTo = headers.first(named: "Reply-To").flatMap { MailAddress(header: $0.value) }
        to = headers.first(named: "To").flatMap { MailAddress(header: $0.value) }
        subject = message.subject
        let trusted = Set(policy.trustedAuthservIDs.map { $0.lowercased() })
        // The closures capture only the two settings they read, not the whole policy.
        let trustMissing = policy.trustMissingAuthservID
        let isTrusted = { (id: String) in trusted.contains(id) || (trustMissing && id.isEmpty) }
        if policy.trustTopmostAuthenticationResults {
            authentication = headers.first(named: "Authentication-Results")
                .map { AuthenticationResults($0.value, parsingResultsIf: { _ in true }).results } ?? []
        } else {
            authentication = headers.all(named: "Authentication-Results")
                .map { AuthenticationResults($0.value, parsingResultsIf: isTrusted) }
                .filter { isTrusted($0.authservID) }
                .flatMap(\.results)
        }

        (dkimPassDomains, spfPassDomains) = Self.passingDomains(authentication)

        var extractor = LinkExtractor(psl: policy.publicSuffixList, maxLinks: policy.limits.maxLinks)
        let maxDecodedBytes = policy.limits.maxDecodedBytes
        extractor.scan(text: subject, source: .header("Subject"))
        if let from { extractor.scan(text: from.displayName, source: .header("From")) }
        for part in message.parts {
            for link in part.htmlLinks {
                let source: ItemSource
                switch link.kind {
                case .href: source = .href
                case .image: source = .image
                case .form: source = .form
                case .refresh: source = .refresh
                }
                extractor.addURL(link.url, source: source, anchorText: link.anchorText, position: link.textPosition)
            }
            extractor.scan(text: part.text, source: .text)
        }
        // The rules read the texts as a reader sees them: invisible characters (counted above) are left out.
        let readable = extractor.invisibleCharacters > 0
        if readable {
            invisibleInName = InvisibleScalars.splitsAWord(subject)
                || InvisibleScalars.splitsAWord(from?.displayName ?? "")
            subject = InvisibleScalars.removed(from: subject)
            if let name = from?.displayName { from?.displayName = InvisibleScalars.removed(from: name) }
        }
        let partTexts = message.parts.map { readable ? InvisibleScalars.removed(from: $0.text) : $0.text }
        let text = Self.searchableText([subject, from?.displayName ?? ""] + partTexts, maxDecodedBytes: maxDecodedBytes)
        let bodyText = partTexts.first ?? ""
        // Cut at a byte count, as the search limit is one.
        leadingText = UTF8Strings.prefix(bodyText, maxBytes: 4096)
        self.bodyText = bodyText
        links = extractor.links
        emails = extractor.emails
        phones = extractor.phones
        wallets = extractor.wallets
        invisibleCharacters = extractor.invisibleCharacters
        searchableText = text
        truncations = message.truncations
        calendarInvitation = message.attachments.contains { attachment in
            attachment.contentType == "text/calendar" || attachment.contentType == "application/ics"
                || (attachment.filename.map { $0.lowercased().hasSuffix(".ics") } ?? false)
        }
        if extractor.truncated { truncations.insert(.links) }
    }


    /// `texts` lowercased (ASCII letters only), each followed by a line break, in one array: the subject and display
    /// name always, then part texts while fewer than `maxDecodedBytes` bytes are written (a part is taken whole).
    static func searchableText(_ texts: [String], maxDecodedBytes: Int) -> [UInt8] {
        var total = 0
        var taken = 0
        for (index, text) in texts.enumerated() {
            guard index < 2 || total < maxDecodedBytes else { break }
            total += text.utf8.count + 1
            taken += 1
        }
        return TextCase.asciiLowercasedLines(texts.prefix(taken))
    }

    /// The passing DKIM `d=` and SPF envelope-sender domains, kept because the rules ask for them many times.
    private static func passingDomains(_ results: [AuthenticationResults.Result]) -> (dkim: [String], spf: [String]) {
        let dkim = results.filter { $0.method == "dkim" && $0.result == "pass" }.compactMap { $0.properties["header.d"] }
        let spf = results.filter { $0.method == "spf" && $0.result == "pass" }.compactMap { result in
            result.properties["smtp.mailfrom"].map(Domain.of)
        }
        return (dkim, spf)
    }

    public var dmarcPass: Bool { authentication.contains { $0.method == "dmarc" && $0.result == "pass" } }

    public var dmarcFailed: Bool { authentication.contains { $0.method == "dmarc" && $0.result == "fail" } }

    /// Microsoft's composite authentication (`compauth=fail`): its MX judged the From domain unauthenticated, also
    /// where the domain publishes no DMARC policy.
    public var compositeAuthFailed: Bool { authentication.contains { $0.method == "compauth" && $0.result == "fail" } }

    /// A trusted verdict of failure: DMARC fail, or DKIM and SPF both failing with no DKIM pass.
    public var authenticationFailed: Bool {
        if dmarcFailed { return true }
        let dkimFail = authentication.contains { $0.method == "dkim" && ($0.result == "fail" || $0.result == "none") }
        let spfFail = authentication.contains { $0.method == "spf" && ($0.result == "fail" || $0.result == "softfail") }
        return dkimFail && spfFail && dkimPassDomains.isEmpty
    }
}
