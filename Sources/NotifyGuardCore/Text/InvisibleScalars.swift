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
            // Whether the last scalar kept is below U+0250 (ASCII or Latin), after which joiners are dropped.
            var afterLatin = true
            var index = 0
            while index < bytes.count {
                guard bytes[index] >= 0x80 else {
                    afterLatin = true
                    index += 1
                    continue
                }
                let (value, length) = UTF8Strings.scalar(at: index, in: bytes)
                if contains(value), !((value == 0x200C || value == 0x200D) && !afterLatin) {
                    if kept.isEmpty { kept.reserveCapacity(bytes.count) }
                    kept.append(contentsOf: bytes[copiedUpTo..<index])
                    copiedUpTo = index + length
                } else {
                    afterLatin = value < 0x0250
                }
                index += max(length, 1)
            }
            guard copiedUpTo > 0 else { return nil }
            kept.append(contentsOf: bytes[copiedUpTo..<bytes.count])
            return String(decoding: kept, as: UTF8.self)
        } ?? text
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
