/// Labels of host names as the rules ask for them. Each answers as the `String` code in its comment would (labels
/// split as Characters); ASCII hosts, nearly all of them, are answered on their bytes in place.
extension Domain {
    /// The last non-empty label of a host name (`top` of `a.b.top.`).
    static func lastLabel(of host: String) -> String? {
        var end = host.utf8.endIndex
        while end > host.utf8.startIndex, host.utf8[host.utf8.index(before: end)] == UInt8(ascii: ".") {
            end = host.utf8.index(before: end)
        }
        guard end > host.utf8.startIndex else { return nil }
        let start = host.utf8[..<end].lastIndex(of: UInt8(ascii: ".")).map { host.utf8.index(after: $0) }
            ?? host.utf8.startIndex
        return String(Substring(host.utf8[start..<end]))
    }

    /// Whether `lastLabel(of: host)` is one of `labels`.
    static func lastLabel(of host: String, isIn labels: ASCIIStringSet) -> Bool {
        guard !labels.members.isEmpty else { return false }
        let found = host.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let label = ByteScan.lastPiece(of: bytes, at: UInt8(ascii: "."))
            guard !label.isEmpty else { return false }
            return UTF8Bytes.isASCII(label) ? labels.contains(ascii: label) : nil
        }
        if let found, let answer = found { return answer }
        return lastLabel(of: host).map { labels.members.contains($0) } ?? false
    }

    /// The label before the public suffix of a registrable domain: `paypal` of `paypal.co.uk`.
    static func registrableLabel(_ registrableDomain: String) -> Substring {
        // Up to the first dot, found on bytes; a domain starting with a dot keeps the split's own rule.
        let bytes = registrableDomain.utf8
        if let first = bytes.first, first != UInt8(ascii: ".") {
            return Substring(bytes[..<(bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.endIndex)])
        }
        return registrableDomain.split(separator: ".", maxSplits: 1).first ?? Substring(registrableDomain)
    }

    /// Whether `registrableLabel(domain) == label`.
    static func registrableLabel(of domain: String, is label: String) -> Bool {
        // In place where both are ASCII (String equality is then byte equality) and the domain doesn't start with
        // a dot (its label is then what precedes its first dot).
        let inPlace = domain.utf8.withContiguousStorageIfAvailable { domain -> Bool? in
            label.utf8.withContiguousStorageIfAvailable { label -> Bool? in
                guard let first = domain.first, first != UInt8(ascii: "."), UTF8Bytes.isASCII(label) else {
                    return nil
                }
                let end = ByteScan.index(of: UInt8(ascii: "."), in: domain, from: 0, to: domain.count) ?? domain.count
                let head = UnsafeBufferPointer(rebasing: domain[..<end])
                guard UTF8Bytes.isASCII(head) else { return nil }
                return head.count == label.count && ByteScan.equal(head, label, count: label.count)
            } ?? nil
        }
        return (inPlace ?? nil) ?? (registrableLabel(domain) == label)
    }

    /// The last label of `domain` before a final "." + `suffix` (`acme` of `help.acme.zendesk.com` before
    /// `zendesk.com`); nil when `suffix` is an address (holds an "@"), `domain` doesn't end so, or no label
    /// precedes. As `!suffix.contains("@") && domain.hasSuffix("." + suffix)
    /// ? domain.dropLast(suffix.count + 1).split(separator: ".").last : nil`.
    static func lastLabel(of domain: String, before suffix: String) -> String? {
        // ASCII without CR (whose CR LF is one Character): Characters are bytes.
        let ascii = domain.utf8.withContiguousStorageIfAvailable { domain in
            suffix.utf8.withContiguousStorageIfAvailable { suffix -> String?? in
                guard isASCIIWithoutCR(domain), isASCIIWithoutCR(suffix) else { return nil }
                let head = domain.count - suffix.count - 1
                guard ByteScan.index(of: UInt8(ascii: "@"), in: suffix, from: 0, to: suffix.count) == nil, head >= 0,
                    domain[head] == UInt8(ascii: "."),
                    ByteScan.equal(UnsafeBufferPointer(rebasing: domain[(head + 1)...]), suffix, count: suffix.count)
                else { return .some(nil) }
                let label = ByteScan.lastPiece(of: UnsafeBufferPointer(rebasing: domain[..<head]), at: UInt8(ascii: "."))
                return .some(label.isEmpty ? nil : String(decoding: label, as: UTF8.self))
            } ?? nil
        }
        if let answer = ascii ?? nil { return answer }
        guard !suffix.contains("@"), domain.hasSuffix("." + suffix) else { return nil }
        return domain.dropLast(suffix.count + 1).split(separator: ".").last.map(String.init)
    }

    private static func isASCIIWithoutCR(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8Bytes.isASCII(bytes) && ByteScan.index(of: 13, in: bytes, from: 0, to: bytes.count) == nil
    }

    /// `domain` lowercased and without one trailing dot, when that has a host name's shape (``hostShape(_:)``);
    /// nil otherwise.
    static func normalizedHost(_ domain: String) -> String? {
        // ASCII in place: a last byte "." is then the last Character, and lowercasing changes none of what the
        // shape looks at; the host is the domain itself when it has no dot to drop and no capitals.
        let ascii = domain.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            guard UTF8Bytes.isASCII(bytes) else { return nil }
            let end = bytes.last == UInt8(ascii: ".") ? bytes.count - 1 : bytes.count
            let trimmed = UnsafeBufferPointer(rebasing: bytes[..<end])
            guard hostShape(trimmed) != nil else { return .some(nil) }
            if end == bytes.count && !TextCase.hasASCIICapitals(trimmed) { return domain }
            return UTF8Strings.asciiLowercased(trimmed)
        }
        if let answer = ascii ?? nil { return answer }
        let host = TextCase.lowercased(domain.hasSuffix(".") ? String(domain.dropLast()) : domain)
        return hostShape(host.utf8) != nil ? host : nil
    }
}
