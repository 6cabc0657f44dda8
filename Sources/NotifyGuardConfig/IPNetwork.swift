#if canImport(Glibc)
import Glibc
#endif

/// An IPv4 or IPv6 network (`192.0.2.0/24`, `2001:db8::/32`, or one address), parsed by `inet_pton`.
public struct IPNetwork: Sendable, Equatable {
    /// The network's address bytes: 4 for IPv4, 16 for IPv6.
    public let bytes: [UInt8]
    public let prefixLength: Int

    /// nil unless `text` is an address, optionally with `/PREFIX`, whose bits past the prefix are zero.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = Self.address(String(parts[0])) else { return nil }
        let bits = address.count * 8
        var prefix = bits
        if parts.count == 2 {
            guard let written = Int(parts[1]), (0...bits).contains(written), parts[1].allSatisfy(\.isASCII) else {
                return nil
            }
            prefix = written
        }
        guard Self.masked(address, prefix) == address else { return nil }
        bytes = address
        prefixLength = prefix
    }

    /// Whether the address `text` (as a milter reports a client: `192.0.2.7`, `IPv6:2001:db8::1`, `[::1]`) is in
    /// this network. An IPv4-mapped IPv6 address counts as its IPv4 address.
    public func contains(_ text: String) -> Bool {
        guard var address = Self.clientAddress(text) else { return false }
        if bytes.count == 4, address.count == 16, address.prefix(12) == Self.mappedPrefix[...] {
            address = Array(address.suffix(4))
        }
        guard address.count == bytes.count else { return false }
        return Self.masked(address, prefixLength) == bytes
    }

    private static let mappedPrefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    /// A client address as MTAs write it: bare, bracketed, or with Postfix's `IPv6:` prefix.
    static func clientAddress(_ text: String) -> [UInt8]? {
        var value = Substring(text)
        if value.hasPrefix("["), value.hasSuffix("]") { value = value.dropFirst().dropLast() }
        if value.lowercased().hasPrefix("ipv6:") { value = value.dropFirst(5) }
        return address(String(value))
    }

    /// The bytes of an IPv4 or IPv6 address in text.
    static func address(_ text: String) -> [UInt8]? {
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) }
        }
        return nil
    }

    /// `address` with every bit past the first `prefix` cleared.
    static func masked(_ address: [UInt8], _ prefix: Int) -> [UInt8] {
        address.enumerated().map { index, byte in
            let kept = min(max(prefix - index * 8, 0), 8)
            return kept == 8 ? byte : byte & ~(UInt8(0xFF) >> kept)
        }
    }
}
