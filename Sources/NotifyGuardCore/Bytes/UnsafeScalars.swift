/// Characters that must not reach a header, a log line or a terminal as they are: C0 and C1 controls and DEL
/// (line breaks, terminal escapes), the Unicode line and paragraph separators, and the bidirectional controls that
/// reorder what a reader sees (LRM, RLM, ALM, the embeddings and overrides U+202A-202E, the isolates U+2066-2069).
public enum UnsafeScalars {
    @inlinable
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }

    /// The visible stand-in for an unsafe scalar: `\u{1B}`, `\u{202E}` (hex, upper case).
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
    }

    /// `text` with every unsafe scalar written as its escape; everything else as it was.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: contains) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if contains(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
