/// A mailbox from an address header: display name and address, with the address's domain.
public struct MailAddress: Sendable, Equatable {
    public var displayName: String
    public var address: String

    public var domain: String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return String(address[address.index(after: at)...])
    }

    /// Parses the first mailbox of an RFC 5322 address list (`"Name" <a@b>`, `a@b (Name)`, `Name <a@b>`).
    public init?(header value: String) {
        let decoded = EncodedWords.decode(value)
        if let open = decoded.lastIndex(of: "<"), let close = decoded[open...].firstIndex(of: ">") {
            address = String(decoded[decoded.index(after: open)..<close]).trimmingASCIIWhitespace().lowercased()
            var name = String(decoded[..<open]).trimmingASCIIWhitespace()
            if name.hasPrefix("\"") && name.hasSuffix("\"") && name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            displayName = name.replacingBackslashEscapes()
        } else {
            let token = decoded.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
                .first(where: { $0.contains("@") })
            guard let token else { return nil }
            address = String(token).trimmingCharacters(inSet: "<>\"'();").lowercased()
            displayName = ""
            if let open = decoded.firstIndex(of: "("), let close = decoded.lastIndex(of: ")"), open < close {
                displayName = String(decoded[decoded.index(after: open)..<close])
            }
        }
        if address.isEmpty { return nil }
    }

    public init(displayName: String, address: String) {
        self.displayName = displayName
        self.address = address.lowercased()
    }
}

extension String {
    fileprivate func replacingBackslashEscapes() -> String {
        guard contains("\\") else { return self }
        var out = ""
        var escaped = false
        for character in self {
            if escaped {
                out.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    func trimmingCharacters(inSet set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
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
        let cleaned = Self.droppingComments(value)
        let statements = cleaned.split(separator: ";", omittingEmptySubsequences: true)
        let first = statements.first.map { String($0).trimmingASCIIWhitespace() } ?? ""
        let firstToken = first.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }).first ?? ""
        // Some receivers (Microsoft's) omit the authserv-id and start with a result: the id is then empty.
        let missingID = firstToken.contains("=")
        authservID = missingID ? "" : String(firstToken).lowercased()
        var results: [Result] = []
        guard wanted(authservID) else {
            self.results = []
            return
        }
        for statement in statements.dropFirst(missingID ? 0 : 1).prefix(32) {
            let tokens = statement.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" })
            guard let head = tokens.first, let equals = head.firstIndex(of: "=") else { continue }
            let method = String(head[..<equals]).lowercased().split(separator: "/").first.map(String.init) ?? ""
            let result = String(head[head.index(after: equals)...]).lowercased()
            var properties: [String: String] = [:]
            for token in tokens.dropFirst() {
                guard let eq = token.firstIndex(of: "=") else { continue }
                let key = String(token[..<eq]).lowercased()
                guard key.contains(".") else { continue }
                properties[key] = String(token[token.index(after: eq)...]).trimmingCharacters(inSet: "\"").lowercased()
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
