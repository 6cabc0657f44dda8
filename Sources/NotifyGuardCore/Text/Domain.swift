/// Domain suffix matching: `a.b.example.com` is within `example.com`.
enum Domain {
    /// The domain of `user@domain`, or the text itself when it is already a domain.
    static func of(_ addressOrDomain: String) -> String {
        addressOrDomain.split(separator: "@").last.map(String.init) ?? addressOrDomain
    }

    /// Whether `host` is one of `domains` or a subdomain of one: one set lookup per label boundary.
    static func isWithin(_ host: String, anyOf domains: Set<String>) -> Bool {
        guard !domains.isEmpty else { return false }
        var rest = Substring(host)
        while !rest.isEmpty {
            if domains.contains(String(rest)) { return true }
            guard let dot = rest.firstIndex(of: ".") else { return false }
            rest = rest[rest.index(after: dot)...]
        }
        return false
    }

    /// `isWithin(_:anyOf:)` with the domains as an ``ASCIIStringSet``: an ASCII host's tails are looked up in
    /// place, one per label.
    static func isWithin(_ host: String, anyOf domains: ASCIIStringSet) -> Bool {
        guard !domains.members.isEmpty else { return false }
        let found = host.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard UTF8Bytes.isASCII(bytes) else { return nil }
            // ASCII: a "." byte is a "." Character, and each tail after one is looked up as bytes.
            var start = 0
            while start < bytes.count {
                if domains.contains(ascii: UnsafeBufferPointer(rebasing: bytes[start...])) { return true }
                guard let dot = ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: start, to: bytes.count) else {
                    return false
                }
                start = dot + 1
            }
            return false
        }
        return (found ?? nil) ?? isWithin(host, anyOf: domains.members)
    }

    /// What one pass over a host name's bytes says about its labels: how many there are, and the last one's length
    /// and whether it is all digits.
    struct HostShape {
        var labels: Int
        var lastLabelLength: Int
        var lastLabelIsNumeric: Bool
    }

    /// The shape of `host` when it could be a host name (nil otherwise): at most 253 bytes, every label 1 to 63
    /// letters, digits, hyphens or non-ASCII bytes (IDN letters), none starting or ending with a hyphen.
    static func hostShape(_ host: some Collection<UInt8>) -> HostShape? {
        guard host.count <= 253 else { return nil }
        var labels = 1
        var length = 0
        var first: UInt8 = 0
        var previous: UInt8 = 0
        var numeric = true
        for byte in host {
            if byte == UInt8(ascii: ".") {
                guard length > 0, previous != UInt8(ascii: "-") else { return nil }
                labels += 1
                length = 0
                numeric = true
                previous = byte
                continue
            }
            guard ASCII.isAlnum(byte) || byte == UInt8(ascii: "-") || byte >= 0x80 else { return nil }
            if length == 0 { first = byte }
            guard first != UInt8(ascii: "-") else { return nil }
            length += 1
            guard length <= 63 else { return nil }
            if !ASCII.isDigit(byte) { numeric = false }
            previous = byte
        }
        guard length > 0, previous != UInt8(ascii: "-") else { return nil }
        return HostShape(labels: labels, lastLabelLength: length, lastLabelIsNumeric: numeric)
    }

    /// Compared as UTF-8 bytes, as hosts are: the suffix must follow a dot.
    static func matches(_ host: String, _ domain: String) -> Bool {
        let hostBytes = host.utf8
        let domainBytes = domain.utf8
        guard hostBytes.count > domainBytes.count else { return host == domain }
        let suffixStart = hostBytes.index(hostBytes.endIndex, offsetBy: -domainBytes.count)
        return hostBytes[hostBytes.index(before: suffixStart)] == UInt8(ascii: ".")
            && hostBytes[suffixStart...].elementsEqual(domainBytes)
    }
}
