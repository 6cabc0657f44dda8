extension String {
    func trimmingASCIIWhitespace() -> String { self[...].trimmingASCIIWhitespace() }

    /// Drops leading and trailing characters found in `set` (quotes and spaces around an HTML attribute's URL).
    func trimmingCharacters(inSet set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

extension Substring {
    /// Drops leading and trailing ASCII whitespace; works on UTF-8 bytes (ASCII bytes are always scalar boundaries).
    func trimmingASCIIWhitespace() -> String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 }
        while start < end, isSpace(bytes[start]) { start = bytes.index(after: start) }
        while end > start, isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        return String(self[start..<end])
    }
}
