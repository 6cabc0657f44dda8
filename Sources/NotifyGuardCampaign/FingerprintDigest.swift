import CLibCrypto
import NotifyGuardCore

/// A fingerprint as the stores key it: the first 128 bits of the SHA-256 of its key text. A digest nobody can steer:
/// content crafted to land on a genuine fingerprint's counters would need a SHA-256 collision.
public struct FingerprintDigest: Sendable, Hashable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    public init(_ fingerprint: CampaignFingerprint) {
        self.init(text: fingerprint.key)
    }

    public init(text: String) {
        let digest = Self.sha256(Array(text.utf8))
        var high: UInt64 = 0
        var low: UInt64 = 0
        for index in 0..<8 {
            high = high << 8 | UInt64(digest[index])
            low = low << 8 | UInt64(digest[index + 8])
        }
        self.init(high: high, low: low)
    }

    /// 32 lowercase hex digits: the digest in Redis keys and the report journal.
    public var description: String { Self.hex(high) + Self.hex(low) }

    public init?(hex: Substring) {
        guard hex.utf8.count == 32, let high = UInt64(hex.prefix(16), radix: 16),
            let low = UInt64(hex.suffix(16), radix: 16)
        else { return nil }
        self.init(high: high, low: low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// SHA-256 of `bytes` through libcrypto's EVP interface (32 bytes; zeros if libcrypto fails, which it does
    /// only without memory).
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        bytes.withUnsafeBytes { input in
            digest.withUnsafeMutableBufferPointer { output in
                _ = EVP_Digest(input.baseAddress, input.count, output.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        return digest
    }

    /// A 32-bit digest of a short text (a recipient, a domain), for the local store's recipient lists.
    static func small(_ text: String) -> UInt32 {
        let digest = sha256(Array(text.utf8))
        return UInt32(digest[0]) << 24 | UInt32(digest[1]) << 16 | UInt32(digest[2]) << 8 | UInt32(digest[3])
    }
}

/// One recipient of a message: the address and its domain, lowercased, as the counters take them.
public struct CampaignRecipient: Sendable, Hashable {
    public var address: String
    public var domain: String

    /// From an envelope recipient (`<a@b>` or `a@b`); the domain is what follows the last `@`.
    public init(envelope: String) {
        var text = Substring(envelope.lowercased())
        if text.hasPrefix("<") { text = text.dropFirst() }
        if text.hasSuffix(">") { text = text.dropLast() }
        address = String(text)
        domain = text.split(separator: "@").last.map(String.init) ?? ""
    }
}
