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
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (token: String, parameters: [String: String]) {
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
    static func parameterValue(_ value: UnsafeBufferPointer<UInt8>, quoted: Bool) -> String {
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
    static func loweredName(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
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
