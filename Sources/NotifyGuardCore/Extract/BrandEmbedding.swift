/// A protected brand's domain written into a host that belongs to someone else: as subdomain labels
/// (`apple.com.id-restore.top`), glued to the real registrable domain by a hyphen (`paypal.com-secure.app`), or
/// with its dots turned into hyphens (`www-paypal-com.example.net`). Readers see the brand's domain first.
public enum BrandEmbedding {
    /// The first of `brandDomains` embedded in `host` when `registrableDomain` (the host's, per the public suffix
    /// list) is not the brand's; all inputs lowercased ASCII (A-labels).
    public static func embeddedDomain(in host: String, registrableDomain: String, brandDomains: [String]) -> String? {
        let host = Array(host.utf8.prefix(253))
        for domain in brandDomains where !domain.isEmpty {
            if registrableDomain == domain || registrableDomain.hasSuffix("." + domain) { continue }
            let dotted = Array(domain.utf8)
            let hyphenated = dotted.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "-") : $0 }
            if containsBounded(dotted, in: host) || containsBounded(hyphenated, in: host) { return domain }
        }
        return nil
    }

    /// Whether `needle` occurs in `host` starting at the host's start or after a dot or hyphen, and followed by a
    /// dot or hyphen (so `mypaypal.com.x` and `paypal.community` don't count, and the brand's own host can't).
    private static func containsBounded(_ needle: [UInt8], in host: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count < host.count else { return false }
        let separators: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "-")]
        for start in 0...(host.count - needle.count) {
            guard start == 0 || separators.contains(host[start - 1]) else { continue }
            let end = start + needle.count
            guard end < host.count, separators.contains(host[end]) else { continue }
            if host[start..<end].elementsEqual(needle) { return true }
        }
        return false
    }
}
