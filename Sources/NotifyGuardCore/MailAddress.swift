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
            let address = lowercasedText(text((open + 1)..<close).trimmingASCIIWhitespace().utf8)
            var name = Array(text(0..<open).trimmingASCIIWhitespace().utf8)
            if name.count >= 2, name.first == UInt8(ascii: "\""), name.last == UInt8(ascii: "\"") {
                name = Array(name.dropFirst().dropLast())
            }
            return (String(decoding: removingBackslashEscapes(name), as: UTF8.self), address)
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
        return (name, lowercasedText(token))
    }

    /// A quoted display name's `\x` escapes resolved: each backslash drops, the byte after it stays.
    private static func removingBackslashEscapes(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "\\")) else { return bytes }
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

/// UTF-8 bytes as a lowercased string: ASCII byte by byte, other text through the Unicode mapping.
private func lowercasedText(_ bytes: some Collection<UInt8>) -> String {
    bytes.allSatisfy({ $0 < 0x80 })
        ? String(decoding: asciiLowercased(bytes), as: UTF8.self) : String(decoding: bytes, as: UTF8.self).lowercased()
}


/// One `Authentication-Results` header (RFC 8601): who added it and each method's result.
public struct AuthenticationResults: Sendable, Equatable {
    public struct Result: Sendable, Equatable {
        public var method: String
        public var result: String
        /// `ptype.property` → value, e.g. `header.d` → `microsoftonline.com`.
        public var properties: [String: String]
    }

    public var authservID: String
    public var results: [Result]

    /// Parses the header value; comments in parentheses are dropped.
    public init(_ value: String) {
        self.init(value, parsingResultsIf: { _ in true })
    }

    /// Parses the authserv-id, and the results only when `wanted(authservID)`: results from receivers that are not
    /// trusted are thrown away, so their (often long) property lists need not be read.
    init(_ value: String, parsingResultsIf wanted: (String) -> Bool) {
        // On the cleaned value's UTF-8 bytes: the delimiters are ASCII, and the values that matter (methods,
        // results, domains) are compared in lowercase ASCII.
        let cleaned = Array(Self.droppingComments(value).utf8)
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 || byte == 10 }
        let statements = cleaned.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: true)
        let firstToken = statements.first.flatMap { $0.split(whereSeparator: isSpace).first } ?? []
        // Some receivers (Microsoft's) omit the authserv-id and start with a result: the id is then empty.
        let missingID = firstToken.contains(UInt8(ascii: "="))
        authservID = missingID ? "" : lowercasedText(firstToken)
        var results: [Result] = []
        guard wanted(authservID) else {
            self.results = []
            return
        }
        for statement in statements.dropFirst(missingID ? 0 : 1).prefix(32) {
            let tokens = statement.split(whereSeparator: isSpace)
            guard let head = tokens.first, let equals = head.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let method = head[..<equals].split(separator: UInt8(ascii: "/")).first.map(lowercasedText) ?? ""
            let result = lowercasedText(head[(equals + 1)...])
            var properties: [String: String] = [:]
            for token in tokens.dropFirst() {
                guard let eq = token.firstIndex(of: UInt8(ascii: "=")) else { continue }
                let key = token[..<eq]
                guard key.contains(UInt8(ascii: ".")) else { continue }
                var value = token[(eq + 1)...]
                while value.first == UInt8(ascii: "\"") { value = value.dropFirst() }
                while value.last == UInt8(ascii: "\"") { value = value.dropLast() }
                properties[lowercasedText(key)] = lowercasedText(value)
            }
            results.append(Result(method: method, result: result, properties: properties))
        }
        self.results = results
    }

    /// The value without comments in parentheses (quoted strings kept). ASCII values, nearly all of them, are
    /// cleaned byte by byte: there every Character is one byte (or CR LF, which is neither a quote nor a parenthesis).
    static func droppingComments(_ value: String) -> String {
        var depth = 0
        var inQuote = false
        var value = value
        if let ascii = value.withUTF8({ bytes -> [UInt8]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var cleaned: [UInt8] = []
            cleaned.reserveCapacity(bytes.count)
            for byte in bytes {
                if byte == UInt8(ascii: "\"") && depth == 0 { inQuote.toggle() }
                if !inQuote && byte == UInt8(ascii: "(") { depth += 1; continue }
                if !inQuote && byte == UInt8(ascii: ")") && depth > 0 { depth -= 1; continue }
                if depth == 0 { cleaned.append(byte) }
            }
            return cleaned
        }) {
            return String(decoding: ascii, as: UTF8.self)
        }
        var cleaned = ""
        for character in value {
            if character == "\"" && depth == 0 { inQuote.toggle() }
            if !inQuote && character == "(" { depth += 1; continue }
            if !inQuote && character == ")" && depth > 0 { depth -= 1; continue }
            if depth == 0 { cleaned.append(character) }
        }
        return cleaned
    }
}
