/// Redirectors: the link inside a known redirector's URL (`google.com/url?q=`, Outlook safelinks).
extension LinkExtractor {
    private static let redirectKeys: Set<String> = ["q", "url", "u", "link"]
    private static let redirectors = ["google.com", "safelinks.protection.outlook.com", "page.link", "urldefense.com", "t.co"]
        .map { Array($0.utf8) }

    /// Whether `host` is a redirector or under one, compared as bytes (as `Domain.matches` compares: for these ASCII
    /// names, whose letters have no other canonically equivalent spelling, its string equality is byte equality).
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
}
