/// Finds links, e-mail addresses, phone numbers and wallet addresses in text, seeing through common disguises.
///
/// One linear pass over a normalised copy of the text; no regular expressions.
public struct LinkExtractor {
    public var links: [ExtractedLink] = []
    public var emails: [ExtractedItem] = []
    public var phones: [ExtractedItem] = []
    public var wallets: [ExtractedItem] = []
    /// Zero-width, bidi-control and fullwidth characters seen (a disguise signal).
    public var invisibleCharacters = 0
    public var fullwidthCharacters = 0
    public private(set) var truncated = false
    let psl: PublicSuffixList
    let maxLinks: Int
    /// Registrable domains already looked up, by host: a message links to a few hosts many times.
    private var registrableDomains: [String: String?] = [:]

    public init(psl: PublicSuffixList, maxLinks: Int = 2000) {
        self.psl = psl
        self.maxLinks = maxLinks
    }

    // MARK: Links from HTML attributes

    /// Adds a link from an HTML attribute; `position` is where its anchor's text starts in the visible text.
    public mutating func addURL(_ raw: String, source: ItemSource, anchorText: String = "", position: Int? = nil) {
        guard let link = makeLink(raw, source: source, anchorText: anchorText, flags: [], position: position) else { return }
        append(link)
        if let inner = Self.unwrapRedirect(link), let unwrapped = makeLink(
            inner, source: source, anchorText: anchorText, flags: link.flags.union(.unwrapped), position: position)
        {
            append(unwrapped)
        }
    }

    private mutating func append(_ link: ExtractedLink) {
        guard links.count < maxLinks else {
            truncated = true
            return
        }
        links.append(link)
    }

    // MARK: Text

    /// Scans visible text (or a header value) for every kind of item.
    ///
    /// The text's own UTF-8 is scanned where it lies; a copy is made only when normalising changes something (a
    /// character mapped or dropped, a disguise undone), which most texts don't need.
    public mutating func scan(text: String, source: ItemSource) {
        var text = text
        text.withUTF8 { utf8 in
            if let mapped = mapCharacters(utf8) {
                mapped.withUnsafeBufferPointer { scanMapped($0, source: source) }
            } else {
                scanMapped(utf8, source: source)
            }
        }
    }

    /// What ``scan(text:source:)`` scans for `text`: the normalised bytes and the offsets where a defang or a spaced
    /// dot was undone (the text's own bytes when nothing changed). The same path as `scan`, for tests.
    mutating func normalized(_ text: String) -> (bytes: [UInt8], defangedAt: [Int], spacedAt: [Int]) {
        var text = text
        return text.withUTF8 { utf8 in
            let mapped = mapCharacters(utf8)
            func defang(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], [Int], [Int]) {
                undoDefanging(bytes) ?? (Array(bytes), [], [])
            }
            return mapped.map { $0.withUnsafeBufferPointer(defang) } ?? defang(utf8)
        }
    }

    /// The rest of ``scan(text:source:)`` once characters are mapped: disguises undone, then tokens and phones.
    private mutating func scanMapped(_ mapped: UnsafeBufferPointer<UInt8>, source: ItemSource) {
        if let (defanged, defangedAt, spacedAt) = undoDefanging(mapped) {
            defanged.withUnsafeBufferPointer {
                scanNormalized($0, defangedAt: defangedAt, spacedAt: spacedAt, source: source)
            }
        } else {
            scanNormalized(mapped, defangedAt: [], spacedAt: [], source: source)
        }
    }

    /// Tokens of the normalised text classified in order, then its phone numbers. `defangedAt` and `spacedAt` are the
    /// offsets (ascending) where a disguise was undone.
    private mutating func scanNormalized(
        _ buffer: UnsafeBufferPointer<UInt8>, defangedAt: [Int], spacedAt: [Int], source: ItemSource
    ) {
        let walletsBefore = wallets.count
        // Offsets of undone disguises ascend, as tokens do: one cursor each finds those inside a token.
        var defangCursor = 0
        var spacedCursor = 0
        Self.forEachMarkedToken(in: buffer) { start, end in
            var flags: LinkFlags = []
            while defangCursor < defangedAt.count, defangedAt[defangCursor] < start { defangCursor += 1 }
            if defangCursor < defangedAt.count, defangedAt[defangCursor] < end { flags.insert(.defanged) }
            while spacedCursor < spacedAt.count, spacedAt[spacedCursor] < start { spacedCursor += 1 }
            if spacedCursor < spacedAt.count, spacedAt[spacedCursor] < end { flags.insert(.spacedDots) }
            // `buffer` is the caller's (a string's UTF-8 or a local copy), never this extractor's storage.
            classify(UnsafeBufferPointer(rebasing: buffer[start..<end]), source: source, flags: flags, position: start)
        }
        // The other tokens `classify` would act on are wallets without a mark, found by a pass of their own; the
        // wallets of both passes are put in text order, the first `maxLinks` of them kept, as one pass would have.
        var unmarked: [ExtractedItem] = []
        Self.forEachWalletCandidate(in: buffer) { start, end in
            let token = UnsafeBufferPointer(rebasing: buffer[start..<end])
            guard walletsBefore + unmarked.count < maxLinks, Self.isWallet(token) else { return }
            unmarked.append(ExtractedItem(value: String(decoding: token, as: UTF8.self), source: source, position: start))
        }
        if !unmarked.isEmpty {
            let merged = (wallets[walletsBefore...] + unmarked).sorted { $0.position < $1.position }
            wallets.removeSubrange(walletsBefore...)
            wallets.append(contentsOf: merged.prefix(maxLinks - walletsBefore))
        }
        scanPhones(buffer, source: source)
    }

    /// Classifies one token (at least one byte) of the normalised text: a URL, an e-mail address, a wallet, a `www.`
    /// or a bare domain. Every test reads letters case-insensitively, so the token is lowercased (copied) only for
    /// what is kept: most tokens with a dot are numbers, times and abbreviations, turned away without a copy.
    private mutating func classify(_ token: UnsafeBufferPointer<UInt8>, source: ItemSource, flags: LinkFlags, position: Int) {
        // Fast path: most tokens are words. Without a dot, `@` or `:` a token can only be a wallet address.
        guard token.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ":") })
        else {
            if token.count >= 26, Self.isWallet(token), wallets.count < maxLinks {
                wallets.append(ExtractedItem(value: String(decoding: token, as: UTF8.self), source: source, position: position))
            }
            return
        }
        if let separator = Self.schemeSeparatorIndex(in: token) {
            // The scheme is the alphabetic run just before "://"; text glued in front of it is not part of the URL.
            var schemeStart = separator
            while schemeStart > 0, ASCII.isAlpha(token[schemeStart - 1]) { schemeStart -= 1 }
            let scheme = UnsafeBufferPointer(rebasing: token[schemeStart..<separator])
            guard let matched = Self.knownSchemes.first(where: { Self.endsWithLowercased(scheme, $0) }) else { return }
            let url = String(decoding: UnsafeBufferPointer(rebasing: token[(separator - matched.count)...]), as: UTF8.self)
            var extra = flags
            if matched[0] == UInt8(ascii: "h"), matched[1] == UInt8(ascii: "x") { extra.insert(.defanged) }
            if let link = makeLink(url, source: source, anchorText: "", flags: extra, position: position) {
                append(link)
                if let inner = Self.unwrapRedirect(link),
                    let unwrapped = makeLink(
                        inner, source: source, anchorText: "", flags: extra.union(.unwrapped), position: position)
                {
                    append(unwrapped)
                }
            }
            return
        }
        if let at = token.firstIndex(of: UInt8(ascii: "@")), at > 0 {
            if isPlausibleDomain(UnsafeBufferPointer(rebasing: token[(at + 1)...])) && emails.count < maxLinks {
                emails.append(ExtractedItem(value: UTF8Strings.asciiLowercased(token), source: source, position: position))
            }
            return
        }
        if Self.isWallet(token) {
            if wallets.count < maxLinks {
                wallets.append(ExtractedItem(value: String(decoding: token, as: UTF8.self), source: source, position: position))
            }
            return
        }
        if Self.startsWithLowercased(token, Self.wwwPrefix) {
            let text = String(decoding: token, as: UTF8.self)
            if let link = makeLink("http://" + text, source: source, anchorText: "", flags: flags, position: position) {
                append(link)
            }
            return
        }
        // A bare domain (with optional path): its suffix must be a listed public suffix. Text glued after the host
        // (`example.org，谢谢`) ends the token.
        var token = token
        let slash = token.firstIndex(of: UInt8(ascii: "/")) ?? token.count
        let hostLength = Self.hostPrefixLength(UnsafeBufferPointer(rebasing: token[..<slash]))
        if hostLength < slash { token = UnsafeBufferPointer(rebasing: token[..<hostLength]) }
        let host = UnsafeBufferPointer(rebasing: token[..<min(slash, hostLength)])
        guard host.contains(UInt8(ascii: ".")), isPlausibleDomain(host) else { return }
        let hostPart = UTF8Strings.asciiLowercased(host)
        guard psl.hasListedRegistrableDomain(hostPart) else { return }
        let text = String(decoding: token, as: UTF8.self)
        if let link = makeLink(
            "http://" + text, source: source, anchorText: "", flags: flags.union(.bareDomain), position: position)
        {
            append(link)
        }
    }

    /// `psl.registrableDomain(host)`, remembered for the message (bounded: one entry per link kept).
    mutating func registrableDomain(_ host: String) -> String? {
        if let known = registrableDomains[host] { return known }
        let domain = psl.registrableDomain(host)
        if registrableDomains.count < maxLinks { registrableDomains[host] = domain }
        return domain
    }
}
