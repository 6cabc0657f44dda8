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
    static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: { contains($0.value) }) else { return text }
        var kept = String.UnicodeScalarView()
        var previous: UInt32 = 0x20
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if contains(value), !((value == 0x200C || value == 0x200D) && previous >= 0x0250) { continue }
            kept.append(scalar)
            previous = value
        }
        return String(kept)
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
