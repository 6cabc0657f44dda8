/// Links: a URL's host, its registrable domain and the disguises its authority shows.
extension LinkExtractor {
    /// Whether `bytes` ends with `suffix` (lowercase ASCII), letters compared without case.
    @inline(__always)
    static func endsWithLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard bytes.count >= suffix.count else { return false }
        let offset = bytes.count - suffix.count
        for index in 0..<suffix.count where ASCII.lower(bytes[offset + index]) != suffix[index] { return false }
        return true
    }

    /// Where the first "://" in a token starts (an offset in the token).
    static func schemeSeparatorIndex(in token: UnsafeBufferPointer<UInt8>) -> Int? {
        var from = 0
        while let colon = ByteScan.index(of: UInt8(ascii: ":"), in: token, from: from, to: token.count) {
            if colon + 2 < token.count, token[colon + 1] == UInt8(ascii: "/"), token[colon + 2] == UInt8(ascii: "/") {
                return colon
            }
            from = colon + 1
        }
        return nil
    }

    static let wwwPrefix = Array("www.".utf8)
    /// Longest first, so `hxxps` is not read as `xxps`... and `https` wins over `http`.
    static let knownSchemes: [[UInt8]] = ["hxxps", "https", "hxxp", "http", "ftp"].map { Array($0.utf8) }
    private static let ignoredSchemes: [[UInt8]] = ["mailto:", "tel:", "cid:", "#", "javascript:", "data:"].map { Array($0.utf8) }

    /// Whether `domain` has the shape of a host name (``Domain/hostShape(_:)``) with two or more labels and a
    /// top-level label of two or more bytes that is not a number.
    func isPlausibleDomain(_ domain: some Collection<UInt8>) -> Bool {
        guard let shape = Domain.hostShape(domain) else { return false }
        return shape.labels >= 2 && shape.lastLabelLength >= 2 && !shape.lastLabelIsNumeric
    }

    /// Builds a link from a URL string: host, registrable domain and disguise flags. Byte-level parsing, on the
    /// string's UTF-8 where it lies; the host is the one copy made (lowercased), and a short one is a small string.
    mutating func makeLink(
        _ raw: String, source: ItemSource, anchorText: String, flags: LinkFlags, position: Int? = nil
    ) -> ExtractedLink? {
        var url = raw
        guard let (found, hostText) = url.withUTF8({ Self.host(ofURL: ASCII.trimmingWhitespace($0)) }) else { return nil }
        var flags = flags.union(found)
        let hasACE = Self.containsACEPrefix(hostText)
        var host = hostText
        let nonASCII = !host.withUTF8(UTF8Bytes.isASCII)
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
        } else {
            if let colon = bytes[hostStart..<hostEnd].firstIndex(of: UInt8(ascii: ":")) { hostEnd = colon }
            // Text glued after the host (`example.org，谢谢`, `example.org”`) is no part of it.
            hostEnd = hostStart + hostPrefixLength(UnsafeBufferPointer(rebasing: bytes[hostStart..<hostEnd]))
        }
        while hostEnd > hostStart, bytes[hostEnd - 1] == UInt8(ascii: ".") { hostEnd -= 1 }
        guard hostEnd > hostStart, hostEnd - hostStart <= 253 else { return nil }
        return (flags, UTF8Strings.asciiLowercased(UnsafeBufferPointer(rebasing: bytes[hostStart..<hostEnd])))
    }

    /// Whether `bytes` starts with `prefix` (lowercase ASCII), letters compared without case.
    static func startsWithLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
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
}
