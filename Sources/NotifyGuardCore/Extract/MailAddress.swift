/// A mailbox from an address header: display name and address, with the address's domain.
public struct MailAddress: Sendable, Equatable {
    public var displayName: String
    public var address: String {
        didSet { domain = Self.domain(of: address) }
    }
    /// What follows the address's last `@` (empty without one); kept, as the rules ask for it many times.
    public private(set) var domain: String

    /// Parses the first mailbox of an RFC 5322 address list (`"Name" <a@b>`, `a@b (Name)`, `Name <a@b>`).
    ///
    /// Works on the decoded value's UTF-8 bytes: every delimiter it looks for is ASCII, and an ASCII byte is never
    /// part of a multi-byte scalar.
    public init?(header value: String) {
        var decoded = EncodedWords.decode(value)
        guard let (name, address) = decoded.withUTF8({ Self.parse($0) }), !address.isEmpty else { return nil }
        self.displayName = name
        self.address = address
        domain = Self.domain(of: address)
    }

    public init(displayName: String, address: String) {
        self.displayName = displayName
        self.address = address.lowercased()
        domain = Self.domain(of: self.address)
    }

    private static func domain(of address: String) -> String {
        guard let at = address.utf8.lastIndex(of: UInt8(ascii: "@")) else { return "" }
        return String(Substring(address.utf8[address.utf8.index(after: at)...]))
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (name: String, address: String)? {
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        if let open = bytes.lastIndex(of: UInt8(ascii: "<")),
            let close = bytes[open...].firstIndex(of: UInt8(ascii: ">"))
        {
            let address = UTF8Strings.lowercased(
                ASCII.trimmingWhitespace(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close])))
            var name = ASCII.trimmingWhitespace(UnsafeBufferPointer(rebasing: bytes[0..<open]))
            if name.count >= 2, name[0] == UInt8(ascii: "\""), name[name.count - 1] == UInt8(ascii: "\"") {
                name = UnsafeBufferPointer(rebasing: name[1..<(name.count - 1)])
            }
            guard name.contains(UInt8(ascii: "\\")) else { return (String(decoding: name, as: UTF8.self), address) }
            return (String(decoding: removingBackslashEscapes(Array(name)), as: UTF8.self), address)
        }
        let tokens = bytes.split { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\t") }
        guard var token = tokens.first(where: { $0.contains(UInt8(ascii: "@")) }) else { return nil }
        let trimmed = Array("<>\"'();".utf8)
        while let first = token.first, trimmed.contains(first) { token = token.dropFirst() }
        while let last = token.last, trimmed.contains(last) { token = token.dropLast() }
        var name = ""
        if let open = bytes.firstIndex(of: UInt8(ascii: "(")), let close = bytes.lastIndex(of: UInt8(ascii: ")")), open < close {
            name = text((open + 1)..<close)
        }
        return (name, UTF8Strings.lowercased(UnsafeBufferPointer(rebasing: token)))
    }

    /// A quoted display name's `\x` escapes resolved: each backslash drops, the byte after it stays.
    private static func removingBackslashEscapes(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaped = false
        for byte in bytes {
            if !escaped && byte == UInt8(ascii: "\\") {
                escaped = true
                continue
            }
            escaped = false
            out.append(byte)
        }
        return out
    }
}
