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
        var value = value
        let cleaned = value.withUTF8(Self.asciiDroppingComments) ?? Array(Self.droppingComments(value).utf8)
        (authservID, results) = cleaned.withUnsafeBufferPointer { Self.parse($0, parsingResultsIf: wanted) }
    }

    /// The authserv-id and (when `wanted` says so) the results of a value without comments, read in place: the
    /// statements are the non-empty runs between `;`, their tokens the runs of non-space bytes.
    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, parsingResultsIf wanted: (String) -> Bool
    ) -> (String, [Result]) {
        let count = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 || byte == 10 }
        func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }
        /// The next non-empty statement at or after `index`, which moves past it.
        func nextStatement(_ index: inout Int) -> Range<Int>? {
            while index < count, bytes[index] == UInt8(ascii: ";") { index += 1 }
            guard index < count else { return nil }
            let start = index
            index = ByteScan.index(of: UInt8(ascii: ";"), in: bytes, from: index, to: count) ?? count
            return start..<index
        }
        /// The next token of `statement` at or after `index`, which moves past it.
        func nextToken(in statement: Range<Int>, _ index: inout Int) -> Range<Int>? {
            while index < statement.upperBound, isSpace(bytes[index]) { index += 1 }
            guard index < statement.upperBound else { return nil }
            let start = index
            while index < statement.upperBound, !isSpace(bytes[index]) { index += 1 }
            return start..<index
        }
        var cursor = 0
        var pending = nextStatement(&cursor)
        var firstToken = 0..<0
        if let first = pending {
            var index = first.lowerBound
            firstToken = nextToken(in: first, &index) ?? 0..<0
        }
        // Some receivers (Microsoft's) omit the authserv-id and start with a result: the id is then empty.
        let missingID = slice(firstToken).contains(UInt8(ascii: "="))
        let authservID = missingID ? "" : UTF8Strings.lowercased(slice(firstToken))
        guard wanted(authservID) else { return (authservID, []) }
        if !missingID { pending = nextStatement(&cursor) }
        var results: [Result] = []
        var statements = 0
        while let statement = pending, statements < 32 {
            statements += 1
            pending = nextStatement(&cursor)
            var index = statement.lowerBound
            guard let head = nextToken(in: statement, &index),
                let equals = slice(head).firstIndex(of: UInt8(ascii: "=")).map({ head.lowerBound + $0 })
            else { continue }
            // The method is the first non-empty piece before a `/` (a version: `dkim/1`).
            var methodStart = head.lowerBound
            while methodStart < equals, bytes[methodStart] == UInt8(ascii: "/") { methodStart += 1 }
            let methodEnd = ByteScan.index(of: UInt8(ascii: "/"), in: bytes, from: methodStart, to: equals) ?? equals
            let method = methodStart < methodEnd ? UTF8Strings.lowercased(slice(methodStart..<methodEnd)) : ""
            let result = UTF8Strings.lowercased(slice((equals + 1)..<head.upperBound))
            var properties: [String: String] = [:]
            while let token = nextToken(in: statement, &index) {
                guard let eq = slice(token).firstIndex(of: UInt8(ascii: "=")).map({ token.lowerBound + $0 }) else { continue }
                let key = slice(token.lowerBound..<eq)
                guard key.contains(UInt8(ascii: ".")) else { continue }
                var valueStart = eq + 1
                var valueEnd = token.upperBound
                while valueStart < valueEnd, bytes[valueStart] == UInt8(ascii: "\"") { valueStart += 1 }
                while valueEnd > valueStart, bytes[valueEnd - 1] == UInt8(ascii: "\"") { valueEnd -= 1 }
                properties[UTF8Strings.lowercased(key)] = UTF8Strings.lowercased(slice(valueStart..<valueEnd))
            }
            results.append(Result(method: method, result: result, properties: properties))
        }
        return (authservID, results)
    }

    /// ``droppingComments(_:)`` for an ASCII value (nil otherwise), on bytes: for ASCII every Character is one byte
    /// (or CR LF, which is neither a quote nor a parenthesis).
    private static func asciiDroppingComments(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard UTF8Bytes.isASCII(bytes) else { return nil }
        var depth = 0
        var inQuote = false
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte == UInt8(ascii: "\"") && depth == 0 { inQuote.toggle() }
            if !inQuote && byte == UInt8(ascii: "(") { depth += 1; continue }
            if !inQuote && byte == UInt8(ascii: ")") && depth > 0 { depth -= 1; continue }
            if depth == 0 { cleaned.append(byte) }
        }
        return cleaned
    }

    /// The value without comments in parentheses (quoted strings kept). ASCII values, nearly all of them, are
    /// cleaned byte by byte: there every Character is one byte (or CR LF, which is neither a quote nor a parenthesis).
    static func droppingComments(_ value: String) -> String {
        var value = value
        if let ascii = value.withUTF8(asciiDroppingComments) { return String(decoding: ascii, as: UTF8.self) }
        var depth = 0
        var inQuote = false
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
