/// A parsed `Content-Type` or `Content-Disposition` value: the token and its parameters (RFC 2045, RFC 2231).
struct HeaderParameters: Sendable, Equatable {
    var token: String
    var parameters: [String: String]

    /// Parses `type/subtype; name=value; name*=charset'lang'pct-encoded; name*0=...`.
    init(_ value: String) {
        var value = value
        (token, parameters) = value.withUTF8 { Self.parse($0) }
    }

    /// Works on the value's bytes in place: every cut is at an ASCII byte, so each piece is whole UTF-8.
    fileprivate static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (token: String, parameters: [String: String]) {
        var raw: [(name: String, value: String)] = []
        let token = walk(bytes) { name, value, quoted in
            raw.append((loweredName(name), parameterValue(value, quoted: quoted)))
            return true
        }
        return (loweredName(token), combineRFC2231(raw))
    }

    /// The cuts of a value, made in one place for ``parse(_:)`` and ``MIMEParameters``: the token is the bytes up to
    /// the first `;` (returned untrimmed); then each `;`-separated parameter with an `=` and a name that is not
    /// empty once trimmed, at most 64 of them, goes to `parameter` as its trimmed name, its value's bytes (from the
    /// first one after `=` and the whitespace after it, to the `;` that follows the value, or the end; a quoted
    /// value runs to its closing quote first, skipping a byte after each backslash) and whether it is quoted.
    /// `parameter` returns false to end the walk.
    static func walk(
        _ bytes: UnsafeBufferPointer<UInt8>,
        parameter: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>, _ quoted: Bool) -> Bool
    ) -> UnsafeBufferPointer<UInt8> {
        let count = bytes.count
        var index = 0
        // Every read is at an index checked against `count` first.
        func skipSpace() {
            while index < count, ASCII.isSpace(bytes[index]) || bytes[index] == 10 || bytes[index] == 13 { index += 1 }
        }
        skipSpace()
        let tokenStart = index
        while index < count, bytes[index] != UInt8(ascii: ";") { index += 1 }
        let token = UnsafeBufferPointer(rebasing: bytes[tokenStart..<index])
        var named = 0
        while index < count, named < 64 {
            index += 1  // past ';'
            skipSpace()
            let nameStart = index
            while index < count, bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ";") { index += 1 }
            let name = ASCII.trimmingWhitespace(UnsafeBufferPointer(rebasing: bytes[nameStart..<index]))
            guard index < count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            skipSpace()
            let valueStart = index
            let quoted = index < count && bytes[index] == UInt8(ascii: "\"")
            if quoted {
                index += 1
                while index < count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < count { index += 1 }
                    index += 1
                }
            }
            while index < count, bytes[index] != UInt8(ascii: ";") { index += 1 }
            guard !name.isEmpty else { continue }
            named += 1
            guard parameter(name, UnsafeBufferPointer(rebasing: bytes[valueStart..<index]), quoted) else { break }
        }
        return token
    }

    /// A parameter's value from the bytes ``walk(_:parameter:)`` gives: a quoted one is the bytes between the quotes,
    /// a backslash dropped before the byte it escapes; trimmed of ASCII whitespace.
    fileprivate static func parameterValue(_ value: UnsafeBufferPointer<UInt8>, quoted: Bool) -> String {
        guard quoted else { return UTF8Strings.decoding(ASCII.trimmingWhitespace(value)) }
        var unquoted = ByteWriter(capacity: value.count)
        let count = value.count
        var index = 1
        while index < count, value[index] != UInt8(ascii: "\"") {
            if value[index] == UInt8(ascii: "\\"), index + 1 < count { index += 1 }
            unquoted.append(value[index])
            index += 1
        }
        return unquoted.withBytes { UTF8Strings.decoding(ASCII.trimmingWhitespace($0)) }
    }

    /// A token or parameter name: trimmed of ASCII whitespace and lowercased (ASCII without a detour through
    /// Unicode case mapping, which gives the same for it).
    fileprivate static func loweredName(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let trimmed = ASCII.trimmingWhitespace(bytes)
        guard UTF8Bytes.isASCII(trimmed) else { return String(decoding: trimmed, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: trimmed.count) { out in
            for (offset, byte) in trimmed.enumerated() { out[offset] = ASCII.lower(byte) }
            return trimmed.count
        }
    }

    /// Joins `name*0`, `name*1*`... continuations and decodes `charset'lang'%XX` values.
    private static func combineRFC2231(_ raw: [(name: String, value: String)]) -> [String: String] {
        var plain: [String: String] = [:]
        // Without a `*` byte in any name there are no sections (the common case): first value of each name wins.
        if !raw.contains(where: { $0.name.utf8.contains(UInt8(ascii: "*")) }) {
            for (name, value) in raw where plain[name] == nil { plain[name] = value }
            return plain
        }
        var sections: [String: [(Int, String, Bool)]] = [:]
        for (name, value) in raw {
            guard let star = name.firstIndex(of: "*") else {
                if plain[name] == nil { plain[name] = value }
                continue
            }
            let base = String(name[..<star])
            let rest = name[name.index(after: star)...]
            let encoded = rest.hasSuffix("*") || rest.isEmpty
            let number = Int(rest.hasSuffix("*") ? String(rest.dropLast()) : String(rest)) ?? 0
            sections[base, default: []].append((number, value, encoded))
        }
        for (base, parts) in sections {
            var charset: String? = nil
            var bytes: [UInt8] = []
            for (offset, part) in parts.sorted(by: { $0.0 < $1.0 }).enumerated() {
                var text = Substring(part.1)
                if part.2 && offset == 0 {
                    let pieces = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                    if pieces.count == 3 {
                        charset = String(pieces[0])
                        text = pieces[2]
                    }
                }
                bytes += part.2 ? PercentEncoding.decode(text.utf8, plusIsSpace: false) : Array(text.utf8)
            }
            plain[base] = CharsetDecoder.decode(bytes, charset: charset)
        }
        return plain
    }
}

/// The token of a Content-Type or Content-Disposition value and the four parameters the MIME parser reads
/// (`boundary`, `charset`, `name`, `filename`), as ``HeaderParameters`` has them, found in one walk over the value's
/// bytes that makes strings only of these: no dictionary, no string of any other parameter's name or value.
///
/// The walk is ``HeaderParameters/walk(_:parameter:)``, the full parse's own: the same cuts, the same count of named
/// parameters (at most 64); the first of repeated names is kept, as the full parse keeps it. A parameter name is one of the four when its bytes, ASCII letters
/// lowercased, are the name's: a name with a non-ASCII byte, which the full parse lowercases as Unicode, can't
/// lowercase to one (of the non-ASCII characters only the Kelvin sign lowercases to an ASCII letter, k, which
/// none of the four holds). A value with a `*` in a parameter name (RFC 2231 sections and charsets, which can
/// replace a plain parameter's value) is parsed the full way.
struct MIMEParameters: Equatable {
    var token: String
    var boundary: String? = nil
    var charset: String? = nil
    var name: String? = nil
    var filename: String? = nil

    init(token: String) {
        self.token = token
    }

    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var boundary: String? = nil, charset: String? = nil, name: String? = nil, filename: String? = nil
        var sectioned = false
        let token = HeaderParameters.walk(bytes) { parameterName, value, quoted in
            if ByteScan.index(of: UInt8(ascii: "*"), in: parameterName, from: 0, to: parameterName.count) != nil {
                sectioned = true
                return false
            }
            if Self.equals(parameterName, "boundary") {
                if boundary == nil { boundary = HeaderParameters.parameterValue(value, quoted: quoted) }
            } else if Self.equals(parameterName, "charset") {
                if charset == nil { charset = HeaderParameters.parameterValue(value, quoted: quoted) }
            } else if Self.equals(parameterName, "name") {
                if name == nil { name = HeaderParameters.parameterValue(value, quoted: quoted) }
            } else if Self.equals(parameterName, "filename") {
                if filename == nil { filename = HeaderParameters.parameterValue(value, quoted: quoted) }
            }
            return true
        }
        if sectioned {
            self = Self(full: HeaderParameters.parse(bytes))
            return
        }
        self.token = HeaderParameters.loweredName(token)
        self.boundary = boundary
        self.charset = charset
        self.name = name
        self.filename = filename
    }

    private init(full: (token: String, parameters: [String: String])) {
        token = full.token
        boundary = full.parameters["boundary"]
        charset = full.parameters["charset"]
        name = full.parameters["name"]
        filename = full.parameters["filename"]
    }

    /// Whether `bytes`, ASCII letters lowercased, are `name` (lowercase ASCII).
    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        for offset in 0..<bytes.count where ASCII.lower(bytes[offset]) != name.utf8Start[offset] { return false }
        return true
    }
}

/// `%XX` decoding shared by RFC 2231 parameters and URL query strings; invalid escapes stay as written.
enum PercentEncoding {
    /// - Parameter plusIsSpace: query-string convention (`+` means a space); not for RFC 2231.
    static func decode<C: Collection>(_ text: C, plusIsSpace: Bool) -> [UInt8] where C.Element == UInt8 {
        let bytes = Array(text)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = ASCII.hexValue(bytes[index + 1]), let low = ASCII.hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(plusIsSpace && bytes[index] == UInt8(ascii: "+") ? 32 : bytes[index])
                index += 1
            }
        }
        return out
    }
}
