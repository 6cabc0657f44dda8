/// A parsed `Content-Type` or `Content-Disposition` value: the token and its parameters (RFC 2045, RFC 2231).
struct HeaderParameters: Sendable, Equatable {
    var token: String
    var parameters: [String: String]

    /// Parses `type/subtype; name=value; name*=charset'lang'pct-encoded; name*0=...`.
    init(_ value: String) {
        var value = value
        (token, parameters) = value.withUTF8 { Self.parse($0) }
    }

    /// Parses a value given as its UTF-8 bytes (a header field's, read in place).
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        (token, parameters) = Self.parse(bytes)
    }

    /// Works on the value's bytes in place: every cut is at an ASCII byte, so each piece is whole UTF-8.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (token: String, parameters: [String: String]) {
        let count = bytes.count
        var index = 0
        func skipSpace() {
            while index < count, ASCII.isSpace(bytes[index]) || bytes[index] == 10 || bytes[index] == 13 { index += 1 }
        }
        skipSpace()
        let tokenStart = index
        while index < count, bytes[index] != UInt8(ascii: ";") { index += 1 }
        let token = loweredName(UnsafeBufferPointer(rebasing: bytes[tokenStart..<index]))
        var raw: [(name: String, value: String)] = []
        var valueBytes = ByteWriter()
        while index < count, raw.count < 64 {
            index += 1  // past ';'
            skipSpace()
            let nameStart = index
            while index < count, bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ";") { index += 1 }
            let name = loweredName(UnsafeBufferPointer(rebasing: bytes[nameStart..<index]))
            guard index < count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            skipSpace()
            valueBytes.removeAll()
            if index < count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                while index < count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < count { index += 1 }
                    valueBytes.append(bytes[index])
                    index += 1
                }
                while index < count, bytes[index] != UInt8(ascii: ";") { index += 1 }
            } else {
                let valueStart = index
                while index < count, bytes[index] != UInt8(ascii: ";") { index += 1 }
                valueBytes.append(UnsafeBufferPointer(rebasing: bytes[valueStart..<index]))
            }
            if !name.isEmpty {
                let trimmed = valueBytes.withBytes { UTF8Strings.decoding(HTMLText.trimmingWhitespace($0)) }
                raw.append((name, trimmed))
            }
        }
        return (token, combineRFC2231(raw))
    }

    /// A token or parameter name: trimmed of ASCII whitespace and lowercased (ASCII without a detour through
    /// Unicode case mapping, which gives the same for it).
    private static func loweredName(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let trimmed = HTMLText.trimmingWhitespace(bytes)
        guard CharsetDecoder.isASCII(trimmed) else { return String(decoding: trimmed, as: UTF8.self).lowercased() }
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
