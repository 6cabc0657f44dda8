import Foundation

/// Where an item (link, phone, address) was found.
public enum ItemSource: Sendable, Equatable, Hashable, CustomStringConvertible {
    case href, image, form, refresh, text
    case header(String)

    public var description: String {
        switch self {
        case .href: return "href"
        case .image: return "img"
        case .form: return "form"
        case .refresh: return "refresh"
        case .text: return "text"
        case .header(let name): return "header:\(name)"
        }
    }
}

/// Disguises and properties of a link.
public struct LinkFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let defanged = LinkFlags(rawValue: 1 << 0)
    public static let spacedDots = LinkFlags(rawValue: 1 << 1)
    public static let userinfo = LinkFlags(rawValue: 1 << 2)
    public static let ipLiteral = LinkFlags(rawValue: 1 << 3)
    public static let punycode = LinkFlags(rawValue: 1 << 4)
    public static let unicodeHost = LinkFlags(rawValue: 1 << 5)
    public static let bareDomain = LinkFlags(rawValue: 1 << 6)
    public static let unwrapped = LinkFlags(rawValue: 1 << 7)
}

/// A link with its host, registrable domain and origin.
public struct ExtractedLink: Sendable, Equatable {
    public var url: String
    /// ASCII (A-label, `xn--`) form of the host: what the comparisons use.
    public var host: String
    /// Unicode (U-label) form of the host: what a reader sees.
    public var unicodeHost: String
    /// Registrable domain of the host per the Public Suffix List, ASCII form.
    public var registrableDomain: String
    public var source: ItemSource
    public var anchorText: String
    public var flags: LinkFlags
    /// Byte offset in the text it was found in: the part's visible text or the header value. For an href, where its
    /// anchor's text starts in the visible text; nil for the other HTML attributes (images, forms, refreshes).
    /// Offsets in text count bytes of the normalised copy the extractor scans, which differs from the visible text
    /// only after dropped invisible characters or undone disguises.
    public var position: Int?
}

/// Phone numbers, e-mail addresses and wallet addresses found in text.
public struct ExtractedItem: Sendable, Equatable {
    public var value: String
    public var source: ItemSource
    /// Byte offset in the text it was found in.
    public var position: Int
}

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
    private let psl: PublicSuffixList
    private let maxLinks: Int
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

    @inline(__always)
    static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: ":"),
            UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
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
                emails.append(ExtractedItem(value: Self.asciiLowercasedString(token), source: source, position: position))
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
        // A bare domain (with optional path): its suffix must be a listed public suffix.
        let host = UnsafeBufferPointer(rebasing: token[..<(token.firstIndex(of: UInt8(ascii: "/")) ?? token.count)])
        guard host.contains(UInt8(ascii: ".")), isPlausibleDomain(host) else { return }
        let hostPart = Self.asciiLowercasedString(host)
        guard psl.hasListedRegistrableDomain(hostPart) else { return }
        let text = String(decoding: token, as: UTF8.self)
        if let link = makeLink(
            "http://" + text, source: source, anchorText: "", flags: flags.union(.bareDomain), position: position)
        {
            append(link)
        }
    }

    /// Whether `bytes` ends with `suffix` (lowercase ASCII), letters compared without case.
    @inline(__always)
    private static func endsWithLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard bytes.count >= suffix.count else { return false }
        let offset = bytes.count - suffix.count
        for index in 0..<suffix.count where ASCII.lower(bytes[offset + index]) != suffix[index] { return false }
        return true
    }

    /// The bytes with ASCII letters lowercased, as a string (one copy, straight into the string's storage).
    static func asciiLowercasedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for index in 0..<bytes.count { out[index] = ASCII.lower(bytes[index]) }
            return bytes.count
        }
    }

    /// Where the first "://" in a token starts (an offset in the token).
    private static func schemeSeparatorIndex(in token: UnsafeBufferPointer<UInt8>) -> Int? {
        var from = 0
        while let colon = ByteScan.index(of: UInt8(ascii: ":"), in: token, from: from, to: token.count) {
            if colon + 2 < token.count, token[colon + 1] == UInt8(ascii: "/"), token[colon + 2] == UInt8(ascii: "/") {
                return colon
            }
            from = colon + 1
        }
        return nil
    }

    private static let wwwPrefix = Array("www.".utf8)
    /// Longest first, so `hxxps` is not read as `xxps`... and `https` wins over `http`.
    private static let knownSchemes: [[UInt8]] = ["hxxps", "https", "hxxp", "http", "ftp"].map { Array($0.utf8) }
    private static let ignoredSchemes: [[UInt8]] = ["mailto:", "tel:", "cid:", "#", "javascript:", "data:"].map { Array($0.utf8) }

    /// Whether `domain` has the shape of a host name (``Domain/hostShape(_:)``) with two or more labels and a
    /// top-level label of two or more bytes that is not a number.
    private func isPlausibleDomain(_ domain: some Collection<UInt8>) -> Bool {
        guard let shape = Domain.hostShape(domain) else { return false }
        return shape.labels >= 2 && shape.lastLabelLength >= 2 && !shape.lastLabelIsNumeric
    }

    /// Builds a link from a URL string: host, registrable domain and disguise flags. Byte-level parsing, on the
    /// string's UTF-8 where it lies; the host is the one copy made (lowercased), and a short one is a small string.
    private mutating func makeLink(
        _ raw: String, source: ItemSource, anchorText: String, flags: LinkFlags, position: Int? = nil
    ) -> ExtractedLink? {
        var url = raw
        guard let (found, hostText) = url.withUTF8({ Self.host(ofURL: HTMLText.trimmingWhitespace($0)) }) else { return nil }
        var flags = flags.union(found)
        let hasACE = Self.containsACEPrefix(hostText)
        var host = hostText
        let nonASCII = !host.withUTF8(CharsetDecoder.isASCII)
        if nonASCII {
            flags.insert(.unicodeHost)
            host = host.lowercased()
        }
        if Self.isIPv4Literal(host) { flags.insert(.ipLiteral) }
        if hasACE { flags.insert(.punycode) }
        // Both IDN forms: comparisons use ASCII, readers (and lookalike checks) see Unicode.
        let unicodeHost = hasACE ? Punycode.toUnicode(host: host) : host
        let asciiHost = nonASCII || hasACE ? Punycode.toASCII(host: unicodeHost) : host
        var registrable = asciiHost
        if !flags.contains(.ipLiteral), let domain = registrableDomain(unicodeHost) {
            registrable = nonASCII || hasACE ? Punycode.toASCII(host: domain) : domain
        }
        return ExtractedLink(
            url: raw, host: asciiHost, unicodeHost: unicodeHost, registrableDomain: registrable, source: source,
            anchorText: anchorText, flags: flags, position: position)
    }

    /// The host of an absolute (`scheme://`) or scheme-relative (`//`) URL, ASCII letters lowercased, with the flags
    /// its authority shows (userinfo, a bracketed IP literal); nil for ignored schemes (`mailto:`...), relative
    /// links and hosts that are empty or longer than DNS allows.
    private static func host(ofURL bytes: UnsafeBufferPointer<UInt8>) -> (LinkFlags, String)? {
        let count = bytes.count
        if ignoredSchemes.contains(where: { startsWithLowercased(bytes, $0) }) { return nil }
        var index: Int
        if let separator = schemeSeparatorIndex(in: bytes), bytes[..<separator].allSatisfy({
            ASCII.isAlnum($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }) {
            index = separator + 3
        } else if count >= 2, bytes[0] == UInt8(ascii: "/"), bytes[1] == UInt8(ascii: "/") {
            index = 2
        } else {
            return nil  // relative links carry no host
        }
        var flags: LinkFlags = []
        let authorityStart = index
        while index < count, bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: "?"),
            bytes[index] != UInt8(ascii: "#"), bytes[index] != UInt8(ascii: "\\")
        {
            index += 1
        }
        var hostStart = authorityStart
        if let at = bytes[authorityStart..<index].lastIndex(of: UInt8(ascii: "@")) {
            flags.insert(.userinfo)
            hostStart = at + 1
        }
        var hostEnd = index
        if hostStart < hostEnd, bytes[hostStart] == UInt8(ascii: "["),
            let close = bytes[hostStart..<hostEnd].firstIndex(of: UInt8(ascii: "]"))
        {
            hostEnd = close + 1
            flags.insert(.ipLiteral)
        } else if let colon = bytes[hostStart..<hostEnd].firstIndex(of: UInt8(ascii: ":")) {
            hostEnd = colon
        }
        while hostEnd > hostStart, bytes[hostEnd - 1] == UInt8(ascii: ".") { hostEnd -= 1 }
        guard hostEnd > hostStart, hostEnd - hostStart <= 253 else { return nil }
        return (flags, asciiLowercasedString(UnsafeBufferPointer(rebasing: bytes[hostStart..<hostEnd])))
    }

    /// Whether `bytes` starts with `prefix` (lowercase ASCII), letters compared without case.
    private static func startsWithLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        for index in 0..<prefix.count where ASCII.lower(bytes[index]) != prefix[index] { return false }
        return true
    }

    /// Whether a (lowercased) host has an ACE label prefix `xn--` anywhere.
    private static func containsACEPrefix(_ host: String) -> Bool {
        var host = host
        return host.withUTF8 { bytes in
            var from = 0
            while let x = ByteScan.index(of: UInt8(ascii: "x"), in: bytes, from: from, to: bytes.count) {
                if x + 4 <= bytes.count, bytes[x + 1] == UInt8(ascii: "n"), bytes[x + 2] == UInt8(ascii: "-"),
                    bytes[x + 3] == UInt8(ascii: "-")
                {
                    return true
                }
                from = x + 1
            }
            return false
        }
    }

    /// `psl.registrableDomain(host)`, remembered for the message (bounded: one entry per link kept).
    private mutating func registrableDomain(_ host: String) -> String? {
        if let known = registrableDomains[host] { return known }
        let domain = psl.registrableDomain(host)
        if registrableDomains.count < maxLinks { registrableDomains[host] = domain }
        return domain
    }

    /// Dotted quad, a single decimal number or hex forms (`0x7f.1`, `3232235777`) that browsers accept as IPv4.
    static func isIPv4Literal(_ host: String) -> Bool {
        // Every accepted form starts with a digit ("0x..." or decimal): most hosts are turned away by their first byte.
        guard let first = host.utf8.first, ASCII.isDigit(first) else { return false }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return false }
        return parts.allSatisfy { part in
            let lower = part.lowercased()
            if lower.hasPrefix("0x") { return lower.count > 2 && UInt64(lower.dropFirst(2), radix: 16) != nil }
            return !part.isEmpty && part.utf8.allSatisfy(ASCII.isDigit) && part.utf8.count <= 10
        } && (parts.count == 4 || parts.allSatisfy { $0.utf8.count >= 4 || $0.lowercased().hasPrefix("0x") })
    }

    private static let redirectKeys: Set<String> = ["q", "url", "u", "link"]
    private static let redirectors = ["google.com", "safelinks.protection.outlook.com", "page.link", "urldefense.com", "t.co"]
        .map { Array($0.utf8) }

    /// Whether `host` is a redirector or under one, compared as bytes (as `Domain.matches` compares: for these ASCII
    /// names, whose letters have no other canonically equivalent spelling, its string equality is byte equality).
    /// Five suffix comparisons: a `DomainSet`, hashing each of the host's tails, costs twice as many instructions.
    static func isRedirector(_ host: String) -> Bool {
        var host = host
        return host.withUTF8 { bytes in
            redirectors.contains { name in
                guard bytes.count >= name.count else { return false }
                let start = bytes.count - name.count
                guard start == 0 || bytes[start - 1] == UInt8(ascii: ".") else { return false }
                return name.withUnsafeBufferPointer { ByteScan.equal(UnsafeBufferPointer(rebasing: bytes[start...]), $0, count: name.count) }
            }
        }
    }

    /// The target of a known redirector (`google.com/url?q=`, Outlook safelinks, `?url=`), one level deep.
    static func unwrapRedirect(_ link: ExtractedLink) -> String? {
        guard isRedirector(link.host) else { return nil }
        // On the URL's bytes: the delimiters are ASCII (tracking URLs run to hundreds of characters).
        let url = Array(link.url.utf8)
        guard let query = url.firstIndex(of: UInt8(ascii: "?")) else { return nil }
        for pair in url[(query + 1)...].split(separator: UInt8(ascii: "&")) {
            let keyValue = pair.split(separator: UInt8(ascii: "="), maxSplits: 1)
            guard keyValue.count == 2, Self.redirectKeys.contains(String(decoding: keyValue[0], as: UTF8.self).lowercased())
            else { continue }
            let decoded = String(decoding: PercentEncoding.decode(keyValue[1], plusIsSpace: true), as: UTF8.self)
            // Lowercasing maps character by character: the first few decide the scheme.
            if String(decoded.prefix(8)).lowercased().hasPrefix("http") { return decoded }
        }
        return nil
    }

    static func isWallet(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = token.count
        guard let first = token.first else { return false }
        // Ethereum: 0x + 40 hex digits.
        if count == 42, first == UInt8(ascii: "0"), token[1] == UInt8(ascii: "x") {
            return token.dropFirst(2).allSatisfy { ASCII.hexValue($0) != nil }
        }
        // Bitcoin bech32: bc1 + 39..59 lowercase alphanumerics.
        if count >= 42, count <= 62, token.starts(with: Array("bc1".utf8)) {
            return token.allSatisfy { ASCII.isDigit($0) || ($0 >= 97 && $0 <= 122) }
        }
        // Bitcoin base58 (P2PKH / P2SH): 26..35 chars starting with 1 or 3, with letters and digits mixed.
        if (26...35).contains(count), first == UInt8(ascii: "1") || first == UInt8(ascii: "3") {
            let base58 = token.allSatisfy {
                ASCII.isAlnum($0) && $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: "O") && $0 != UInt8(ascii: "I")
                    && $0 != UInt8(ascii: "l")
            }
            let letters = token.filter { ASCII.isAlpha($0) }.count
            return base58 && letters >= 8 && token.contains(where: { $0 >= 65 && $0 <= 90 })
                && token.contains(where: { $0 >= 97 && $0 <= 122 })
        }
        return false
    }

    // MARK: Phones

    /// Phone numbers: 10 to 15 digits in a run of digits and separators, with a leading `+` or at least two groups.
    /// Letters that stand for digits inside the run (`8OO`, `O199`) count as digits.
    /// The phone numbers of `text` alone, found with the 16-byte skip or (`skipping: false`) byte by byte, the
    /// definition the skip must agree with. For tests.
    mutating func phones(in text: [UInt8], skipping: Bool) -> [ExtractedItem] {
        phones = []
        text.withUnsafeBufferPointer { scanPhones($0, source: .text, skipping: skipping) }
        return phones
    }

    private mutating func scanPhones(_ bytes: UnsafeBufferPointer<UInt8>, source: ItemSource, skipping: Bool = true) {
        // One buffer, on the stack, for every run's digits: a run stops after 17.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            scanPhones(bytes, source: source, digits: digits, skipping: skipping)
        }
    }

    private mutating func scanPhones(
        _ bytes: UnsafeBufferPointer<UInt8>, source: ItemSource, digits: UnsafeMutableBufferPointer<UInt8>, skipping: Bool
    ) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        /// The digit `bytes[offset]` stands for in a run, if any.
        @inline(__always) func digit(at offset: Int, previous: UInt8) -> UInt8? {
            let c = bytes[offset]
            if ASCII.isDigit(c) { return c }
            return Self.phoneDigit(c, previous: previous, next: offset + 1 < count ? bytes[offset + 1] : 0)
        }
        var index = 0
        while index < count {
            let byte = bytes[index]
            let startsRun = byte == UInt8(ascii: "+") || ASCII.isDigit(byte) || byte == UInt8(ascii: "(")
            guard startsRun, index == 0 || !ASCII.isAlnum(bytes[index - 1]) else {
                index += 1
                // Text is mostly letters, punctuation and digits inside words and numbers: skip 16 bytes at a time
                // to the next byte that starts a run, a digit, `+` or `(` after a byte that is no letter or digit
                // (the 16 bytes one before hold those). Loads stay inside `bytes`: 1 <= index, index + 16 <= count.
                while skipping, index + ByteVector.width <= count {
                    let lanes = ByteVector.load(base, at: index)
                    let candidates = ByteVector.isDigit(lanes) .| ByteVector.equal(lanes, UInt8(ascii: "+"))
                        .| ByteVector.equal(lanes, UInt8(ascii: "("))
                    if let lane = ByteVector.firstSet(candidates .& .!ByteVector.isAlphanumeric(ByteVector.load(base, at: index - 1))) {
                        index += lane
                        break
                    }
                    index += ByteVector.width
                }
                continue
            }
            var digitCount = 0
            var groups = 0
            var inGroup = false
            var end = index
            var afterLastDigit = index
            let plus = byte == UInt8(ascii: "+")
            if plus { end += 1 }
            // At most 17 digits are written: the loop stops once there are more than 16.
            while end < count, digitCount <= 16 {
                let c = bytes[end]
                if let value = digit(at: end, previous: end > 0 ? bytes[end - 1] : 0) {
                    digits[digitCount] = value
                    digitCount += 1
                    afterLastDigit = end + 1
                    if !inGroup { groups += 1 }
                    inGroup = true
                } else if c == 32 || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "(")
                    || c == UInt8(ascii: ")")
                {
                    inGroup = false
                    // Two separators in a row end the number, except ") " and " (".
                    if end + 1 < count, !(digit(at: end + 1, previous: c) != nil
                        || bytes[end + 1] == UInt8(ascii: "(") || (c == UInt8(ascii: ")") && bytes[end + 1] == 32))
                    {
                        end += 1
                        break
                    }
                } else {
                    break
                }
                end += 1
            }
            // A letter glued to the digits ("12345678901abc") marks an identifier, unless the run was already
            // written like a phone number: "(839) 268-8812Norton" is one with its separator lost.
            let trailingLetter = afterLastDigit < count && ASCII.isAlpha(bytes[afterLastDigit])
            let formatted = plus || groups >= 3
            // Dates and timestamps ("2025-04-09 10:12") have the shape of grouped digits too: a run that opens
            // with a 4-digit year is not a phone number.
            let yearFirst = !plus && digitCount >= 4
                && (digits[0] == UInt8(ascii: "1") && digits[1] == UInt8(ascii: "9")
                    || digits[0] == UInt8(ascii: "2") && digits[1] == UInt8(ascii: "0"))
            let yearShaped = yearFirst && index + 4 < count && !ASCII.isDigit(bytes[index + 4]) && ASCII.isDigit(bytes[index + 3])
            if (10...15).contains(digitCount), formatted, !yearShaped, !(trailingLetter && groups < 3), phones.count < maxLinks {
                let number = String(decoding: UnsafeBufferPointer(rebasing: digits[0..<digitCount]), as: UTF8.self)
                phones.append(ExtractedItem(value: (plus ? "+" : "") + number, source: source, position: index))
            }
            index = max(end, index + 1)
        }
    }

    private static func phoneDigit(_ c: UInt8, previous: UInt8, next: UInt8) -> UInt8? {
        if ASCII.isDigit(c) { return c }
        let nearDigit = ASCII.isDigit(previous) || ASCII.isDigit(next) || previous == c || next == c
        guard nearDigit else { return nil }
        switch c {
        case UInt8(ascii: "O"), UInt8(ascii: "o"): return UInt8(ascii: "0")
        case UInt8(ascii: "l"), UInt8(ascii: "I"): return UInt8(ascii: "1")
        default: return nil
        }
    }

    // MARK: Normalisation

    /// The character pass of normalisation, on a string's UTF-8: fullwidth forms and other compatibility characters
    /// become what they imitate, zero-width and bidi controls are dropped (and counted). Nil when nothing changes,
    /// as in most texts, which are then scanned where they lie. ASCII runs are skipped eight bytes at a time; each
    /// other scalar is decoded from its bytes (a Swift string is valid UTF-8) and looked up. Once something
    /// changes, the bytes before it are copied, and from there every run up to the next change.
    private mutating func mapCharacters(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = input.baseAddress else { return nil }
        let count = input.count
        var out: [UInt8] = []
        var changed = false
        /// `input[copied..<]` is not in `out` yet.
        var copied = 0
        var index = 0
        while index < count {
            // Reads stay inside `input`: index + 8 <= count before each load.
            while index + 8 <= count,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            while index < count, input[index] < 0x80 { index += 1 }
            guard index < count else { break }
            let scalarStart = index
            let (value, length) = UTF8Strings.scalar(at: index, in: input)
            index += length
            let replacement: [UInt8]?
            switch value {
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF, 0x00AD, 0x2066...0x2069:
                invisibleCharacters += 1
                replacement = []
            case 0xFF01...0xFF5E:
                fullwidthCharacters += 1
                replacement = [UInt8(value - 0xFEE0)]
            case 0x3002, 0xFF61:  // ideographic full stops used as dots
                replacement = Self.dot
            case 0x2000...0x2BFF, 0xFF5F...0xFFEF, 0x1D400...0x1D7FF, 0x1F100...0x1F1FF:
                // Compatibility characters (circled, mathematical, enclosed letters...): NFKC maps them to
                // what they imitate. Only these ranges are normalised, so CJK text pays nothing.
                replacement = CompatibilityMapping.shared.mapping(of: value)
                if replacement != nil { fullwidthCharacters += 1 }
            default:
                replacement = nil
            }
            guard let replacement else { continue }
            if !changed {
                changed = true
                out.reserveCapacity(count)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<scalarStart]))
            out.append(contentsOf: replacement)
            copied = index
        }
        guard changed else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<count]))
        return out
    }

    private static let dot = [UInt8(ascii: ".")]
    private static let defangPatterns: [[UInt8]] = ["[.]", "(.)", "{.}", "[dot]", "(dot)", "[d0t]"].map { Array($0.utf8) }

    /// The defanging pass of normalisation: `[.]`, `(dot)` and the like, and ` . ` between a label and a public
    /// suffix, become a dot. Returns the bytes and the offsets (in them) where a defang or a spaced dot was undone;
    /// nil when there is none, as in most texts. The result is never longer than the input.
    ///
    /// Only a `[`, `(` or `{` and the start of a run of spaces followed by a dot can begin a disguise: those places
    /// are visited (found with memchr) without copying anything until the first disguise; from there the bytes
    /// between such places are copied in one go.
    private func undoDefanging(_ input: UnsafeBufferPointer<UInt8>) -> ([UInt8], [Int], [Int])? {
        guard let base = input.baseAddress else { return nil }
        let count = input.count
        var candidates = DisguiseCandidates()
        var first = candidates.next(in: input, from: 0)
        // Up to the first disguise, what would be written is the input itself: the byte before is the input's.
        while first < count, disguise(in: input, at: first, previous: first > 0 ? input[first - 1] : nil) == nil {
            first = candidates.next(in: input, from: first + 1)
        }
        guard first < count else { return nil }
        var defanged: [Int] = []
        var spaced: [Int] = []
        let result = [UInt8](unsafeUninitializedCapacity: count) { destination, initialized in
            guard let target = destination.baseAddress else { return }
            target.update(from: base, count: first)
            var written = first
            var index = first
            // `written <= index` throughout (a disguise writes one byte for two or more), so every write is inside
            // the `count` bytes of room.
            while index < count {
                if let (length, isSpacedDot) = disguise(in: input, at: index, previous: written > 0 ? destination[written - 1] : nil) {
                    if isSpacedDot { spaced.append(written) } else { defanged.append(written) }
                    destination[written] = UInt8(ascii: ".")
                    written += 1
                    index += length
                    continue
                }
                destination[written] = input[index]
                written += 1
                index += 1
                // Nothing between here and the next candidate can change: copy it whole.
                let next = candidates.next(in: input, from: index)
                if next > index {
                    (target + written).update(from: base + index, count: next - index)
                    written += next - index
                    index = next
                }
            }
            initialized = written
        }
        return (result, defanged, spaced)
    }

    /// The disguise starting at `index`, if any: how many bytes it spans and whether it is a spaced dot (else a
    /// defang pattern). `previous` is the byte written just before it (nil at the start of the text).
    private func disguise(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, previous: UInt8?) -> (Int, Bool)? {
        let count = bytes.count
        let byte = bytes[index]
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "{") {
            for pattern in Self.defangPatterns where index + pattern.count <= count {
                var matched = true
                for offset in 0..<pattern.count where ASCII.lower(bytes[index + offset]) != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return (pattern.count, false) }
            }
        }
        // "word . com": a dot with spaces on both sides between a label and a letter run that is a public suffix.
        guard byte == 32, let previous, ASCII.isAlnum(previous) else { return nil }
        var probe = index
        while probe < count, bytes[probe] == 32 { probe += 1 }
        guard probe < count, bytes[probe] == UInt8(ascii: "."), probe + 1 < count else { return nil }
        var after = probe + 1
        while after < count, bytes[after] == 32 { after += 1 }
        guard after > probe + 1, after < count, ASCII.isAlpha(bytes[after]) else { return nil }
        var tldEnd = after
        while tldEnd < count, ASCII.isAlpha(bytes[tldEnd]) { tldEnd += 1 }
        let tld = Self.asciiLowercasedString(UnsafeBufferPointer(rebasing: bytes[after..<tldEnd]))
        return psl.isPublicSuffix(tld) ? (after - index, true) : nil
    }

    /// The next place at or after an offset where a disguise could start, found with memchr; each kind of place is
    /// searched for again only once the scan has passed its last hit, so a pass costs linear time.
    private struct DisguiseCandidates {
        private var opener: (square: Int, round: Int, curly: Int) = (-1, -1, -1)
        private var spacedDot = -1

        mutating func next(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
            let count = bytes.count
            if opener.square < index { opener.square = ByteScan.index(of: UInt8(ascii: "["), in: bytes, from: index, to: count) ?? count }
            if opener.round < index { opener.round = ByteScan.index(of: UInt8(ascii: "("), in: bytes, from: index, to: count) ?? count }
            if opener.curly < index { opener.curly = ByteScan.index(of: UInt8(ascii: "{"), in: bytes, from: index, to: count) ?? count }
            if spacedDot < index { spacedDot = Self.spaceRunBeforeDot(in: bytes, from: index) }
            return min(opener.square, opener.round, opener.curly, spacedDot)
        }

        /// The first run of spaces starting at or after `index` that a dot follows (its first space), or the end.
        private static func spaceRunBeforeDot(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
            var from = max(index + 1, 1)
            while let dot = ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: from, to: bytes.count) {
                if bytes[dot - 1] == 32 {
                    var start = dot - 1
                    while start > 0, bytes[start - 1] == 32 { start -= 1 }
                    if start >= index { return start }
                }
                from = dot + 1
            }
            return bytes.count
        }
    }
}

/// NFKC results for the compatibility ranges ``LinkExtractor`` normalises, computed once: mail is full of
/// typographic punctuation (U+2019, U+2026...) and asking Foundation per character was the extractor's hot spot.
final class CompatibilityMapping: Sendable {
    static let shared = CompatibilityMapping()

    private static let ranges: [ClosedRange<UInt32>] = [0x2000...0x2BFF, 0xFF5F...0xFFEF, 0x1D400...0x1D7FF, 0x1F100...0x1F1FF]
    /// Per range, per scalar: the lowercased NFKC bytes when NFKC changes the scalar, else nil.
    private let tables: [[[UInt8]?]]

    private init() {
        tables = Self.ranges.map { range in
            range.map { value -> [UInt8]? in
                guard let scalar = Unicode.Scalar(value) else { return nil }
                let mapped = String(scalar).precomposedStringWithCompatibilityMapping
                return mapped.unicodeScalars.first != scalar ? Array(mapped.lowercased().utf8) : nil
            }
        }
    }

    /// The replacement bytes for `value`, or nil when it stays as written (or lies outside the ranges).
    func mapping(of value: UInt32) -> [UInt8]? {
        for (offset, range) in Self.ranges.enumerated() where range.contains(value) {
            return tables[offset][Int(value - range.lowerBound)]
        }
        return nil
    }
}
