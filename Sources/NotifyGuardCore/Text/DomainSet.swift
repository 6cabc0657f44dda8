/// Domains arranged for `Domain.matches` against many hosts (a template's link and DKIM domains against every link
/// of a message): `domains.contains { Domain.matches(host, $0) }`, with an ASCII host's tails looked up in place.
///
/// Exact: for an ASCII host and an ASCII domain, `Domain.matches` is byte equality with the host or with the tail
/// after one of its dots, which is what the table answers; non-ASCII domains, and any domain against a non-ASCII
/// host, go through `Domain.matches` one by one.
struct DomainSet: Sendable {
    let domains: [String]
    private let ascii: ByteStringTable
    private let others: [String]

    init(_ domains: [String]) {
        self.domains = domains
        let isASCII = { (domain: String) in domain.utf8.allSatisfy { $0 < 0x80 } }
        ascii = ByteStringTable(domains.filter(isASCII).map { Array($0.utf8) })
        others = domains.filter { !isASCII($0) }
    }

    /// Whether `host` is one of the domains or a subdomain of one, as `Domain.matches` compares.
    func matches(_ host: String) -> Bool {
        if others.contains(where: { Domain.matches(host, $0) }) { return true }
        guard !ascii.isEmpty else { return false }
        let found = host.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard UTF8Bytes.isASCII(bytes) else { return nil }
            var start = 0
            while true {
                if ascii.index(of: UnsafeBufferPointer(rebasing: bytes[start...])) != nil { return true }
                guard let dot = ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: start, to: bytes.count) else {
                    return false
                }
                start = dot + 1
            }
        }
        return (found ?? nil) ?? domains.contains { Domain.matches(host, $0) }
    }
}

