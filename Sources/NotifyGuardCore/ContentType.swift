/// A parsed `Content-Type` or `Content-Disposition` value: the token and its parameters (RFC 2045, RFC 2231).
struct HeaderParameters: Sendable, Equatable {
    var token: String
    var parameters: [String: String]

    /// Parses `type/subtype; name=value; name*=charset'lang'pct-encoded; name*0=...`.
    init(_ value: String) {
        let bytes = Array(value.utf8)
        var index = 0
        func skipSpace() {
            while index < bytes.count, ASCII.isSpace(bytes[index]) || bytes[index] == 10 || bytes[index] == 13 { index += 1 }
        }
        skipSpace()
        let tokenStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: ";") { index += 1 }
        token = String(decoding: bytes[tokenStart..<index], as: UTF8.self).trimmingASCIIWhitespace().lowercased()
        var raw: [(name: String, value: String)] = []
        while index < bytes.count, raw.count < 64 {
            index += 1  // past ';'
            skipSpace()
            let nameStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ";") { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).trimmingASCIIWhitespace().lowercased()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            skipSpace()
            var valueBytes: [UInt8] = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count { index += 1 }
                    valueBytes.append(bytes[index])
                    index += 1
                }
                while index < bytes.count, bytes[index] != UInt8(ascii: ";") { index += 1 }
            } else {
                while index < bytes.count, bytes[index] != UInt8(ascii: ";") {
                    valueBytes.append(bytes[index])
                    index += 1
                }
            }
            if !name.isEmpty {
                raw.append((name, String(decoding: valueBytes, as: UTF8.self).trimmingASCIIWhitespace()))
            }
        }
        parameters = Self.combineRFC2231(raw)
    }

    /// Joins `name*0`, `name*1*`... continuations and decodes `charset'lang'%XX` values.
    private static func combineRFC2231(_ raw: [(name: String, value: String)]) -> [String: String] {
        var plain: [String: String] = [:]
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
