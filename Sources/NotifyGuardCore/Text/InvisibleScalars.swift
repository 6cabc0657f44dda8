/// Characters that render as nothing: zero-width spaces and joiners, direction marks, embeddings and isolates, the
/// word joiner and invisible operators, the byte order mark, the soft hyphen. Written inside a link or a number, they
/// hide it from matching while a reader doesn't see them.
enum InvisibleScalars {
    @inline(__always)
    static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD, 0x180E: true
        default: false
        }
    }

    /// `text` without the characters a reader doesn't see, so that words and numbers read as a reader sees them
    /// (`Tele\u{200B}gram`, `vide\u{200C}ók`). The zero-width joiner and non-joiner stay after letters of other
    /// scripts than Latin (Persian and Indic spelling, emoji sequences need them). The text itself when it holds none.
    /// On the UTF-8 bytes: newsletters pad their preheaders with thousands of joiners.
    static func removed(from text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var kept: [UInt8] = []
            var copiedUpTo = 0
            var index = 0
            // Where the last run of invisible characters ends, and whether a Latin scalar stands before it: a run is
            // looked behind once, however long (bounded in time on a text of nothing but joiners).
            var runEnd = -1
            var runFollowsLatin = true
            while index < bytes.count {
                // Every invisible character starts with one of these lead bytes: the others are passed by.
                let byte = bytes[index]
                guard byte == 0xE2 || byte == 0xC2 || byte == 0xEF || byte == 0xE1 else {
                    index += 1
                    continue
                }
                let (value, length) = UTF8Strings.scalar(at: index, in: bytes)
                if contains(value) {
                    if index != runEnd { runFollowsLatin = followsLatin(index, in: bytes) }
                    runEnd = index + length
                    if value != 0x200C && value != 0x200D || runFollowsLatin {
                        if kept.isEmpty { kept.reserveCapacity(bytes.count) }
                        kept.append(contentsOf: bytes[copiedUpTo..<index])
                        copiedUpTo = index + length
                    }
                }
                index += max(length, 1)
            }
            guard copiedUpTo > 0 else { return nil }
            kept.append(contentsOf: bytes[copiedUpTo..<bytes.count])
            return String(decoding: kept, as: UTF8.self)
        } ?? text
    }

    /// Whether the last visible scalar before `index` (none: the text's start) is below U+0250, ASCII or Latin. Called
    /// at a run's start, where that scalar stands right before.
    private static func followsLatin(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = index
        while end > 0 {
            var start = end - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let value = bytes[start] < 0x80 ? UInt32(bytes[start]) : UTF8Strings.scalar(at: start, in: bytes).value
            if !contains(value) { return value < 0x0250 }
            end = start
        }
        return true
    }

    /// Whether `text` hides an invisible character inside a word or a number (a letter or digit on both sides),
    /// as one writes to break words apart for filters (`Tele\u{200B}gram`); not the joiners non-Latin spelling uses.
    static func splitsAWord(_ text: String) -> Bool {
        var previous: Unicode.Scalar = " "
        var hidden = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if contains(value) {
                let joins = (value == 0x200C || value == 0x200D) && previous.value >= 0x0250
                if !joins, isWordScalar(previous) { hidden = true }
                continue
            }
            if hidden, isWordScalar(scalar) { return true }
            hidden = false
            previous = scalar
        }
        return false
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
