/// RFC 2047 encoded words (`=?charset?B|Q?text?=`) in header values.
public enum EncodedWords {
    /// Whether `value` has an `=?` (most header values have none: they are returned as they are, uncopied). The
    /// `=` bytes are found with memchr; each is followed by a byte when `equals + 1 < count`, checked before the read.
    static func containsWordStart(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            var from = 0
            while let equals = ByteScan.index(of: UInt8(ascii: "="), in: bytes, from: from, to: bytes.count) {
                if equals + 1 < bytes.count, bytes[equals + 1] == UInt8(ascii: "?") { return true }
                from = equals + 1
            }
            return false
        }
    }

    /// Decodes every encoded word; whitespace between two adjacent encoded words is dropped (RFC 2047 §6.2).
    /// Words in the same charset are joined before charset decoding, so multibyte characters split across words survive.
    public static func decode(_ value: String) -> String {
        guard value.utf8.count >= 8, Self.containsWordStart(value) else { return value }
        let bytes = Array(value.utf8)
        var result = ""
        var literalStart = 0
        var index = 0
        var pendingCharset: String? = nil
        var pendingBytes: [UInt8] = []
        var lastWasWord = false

        func flushPending() {
            if let charset = pendingCharset {
                result += CharsetDecoder.decode(pendingBytes, charset: charset)
            }
            pendingCharset = nil
            pendingBytes.removeAll(keepingCapacity: true)
        }

        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: "?"),
                let word = parseWord(bytes, at: index)
            else {
                index += 1
                continue
            }
            let between = bytes[literalStart..<index]
            let onlySpace = between.allSatisfy { ASCII.isSpace($0) || $0 == 10 || $0 == 13 }
            if !(lastWasWord && onlySpace) {
                flushPending()
                result += String(decoding: between, as: UTF8.self)
            }
            if let charset = pendingCharset, charset.caseInsensitiveEquals(word.charset) == false {
                flushPending()
            }
            pendingCharset = word.charset
            pendingBytes += word.payload
            lastWasWord = true
            index = word.end
            literalStart = word.end
        }
        flushPending()
        result += String(decoding: bytes[literalStart...], as: UTF8.self)
        return result
    }

    private struct Word {
        var charset: String
        var payload: [UInt8]
        var end: Int
    }

    /// Parses one encoded word starting at `start` (`=?`); bounded to 1,000 bytes so a missing `?=` costs little.
    private static func parseWord(_ bytes: [UInt8], at start: Int) -> Word? {
        let limit = min(bytes.count, start + 1000)
        var index = start + 2
        let charsetStart = index
        while index < limit, bytes[index] != UInt8(ascii: "?") {
            if ASCII.isSpace(bytes[index]) { return nil }
            index += 1
        }
        guard index + 2 < limit, bytes[index + 2] == UInt8(ascii: "?") else { return nil }
        var charset = String(decoding: bytes[charsetStart..<index], as: UTF8.self)
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }  // RFC 2231 language
        let encoding = ASCII.lower(bytes[index + 1])
        guard encoding == UInt8(ascii: "b") || encoding == UInt8(ascii: "q") else { return nil }
        let textStart = index + 3
        index = textStart
        while index + 1 < limit, !(bytes[index] == UInt8(ascii: "?") && bytes[index + 1] == UInt8(ascii: "=")) {
            index += 1
        }
        guard index + 1 < limit else { return nil }
        let text = bytes[textStart..<index]
        var payload: [UInt8] = []
        if encoding == UInt8(ascii: "b") {
            payload = Base64Decoder.decode(text)
        } else {
            QuotedPrintable.decodeLine(text, into: &payload, underscoreIsSpace: true)
            if payload.last == 10 { payload.removeLast() }
        }
        return Word(charset: charset, payload: payload, end: index + 2)
    }
}
