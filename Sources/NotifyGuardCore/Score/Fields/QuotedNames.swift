import Foundation

/// Names a notification quotes in its text: a template puts the group, workspace, event or file its user named
/// between quotation marks (`invited you to join "Acme Team"`, `« Équipe »`, `「チーム」`). Without a learned
/// skeleton, a quoted stretch is where a platform's user wrote.
enum QuotedNames {
    /// Longest quoted stretch read as a name, in bytes; a longer one is a quoted passage, not a name.
    static let maxBytes = 200
    /// Quoted stretches read per text at most.
    static let maxNames = 8

    /// The closing marks that end a quotation opened by `scalar` (two at most; the same twice where one does), or
    /// nil: typographic quotes (English, German, Polish, Swedish), guillemets both ways, CJK corner brackets, and the
    /// ASCII and fullwidth double quotes.
    @inline(__always)
    private static func closers(of scalar: Unicode.Scalar) -> (Unicode.Scalar, Unicode.Scalar)? {
        switch scalar.value {
        case 0x22: ("\"", "\"")
        case 0xFF02: ("\u{FF02}", "\u{FF02}")
        case 0x201C: ("\u{201D}", "\u{201C}")
        case 0x201E: ("\u{201C}", "\u{201D}")
        case 0x201D: ("\u{201D}", "\u{201D}")
        case 0x2018: ("\u{2019}", "\u{2019}")
        case 0x00AB: ("\u{00BB}", "\u{00BB}")
        case 0x00BB: ("\u{00AB}", "\u{00AB}")
        case 0x2039: ("\u{203A}", "\u{203A}")
        case 0x300C: ("\u{300D}", "\u{300D}")
        case 0x300E: ("\u{300F}", "\u{300F}")
        default: nil
        }
    }

    /// The quoted stretches of `text`, each trimmed and non-empty, on one line and at most ``maxBytes`` long.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, names.count < maxNames {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            guard let closing = closers(of: scalar) else { continue }
            var end = index
            var bytes = 0
            var closed = false
            while end < scalars.endIndex, bytes <= maxBytes {
                let inner = scalars[end]
                if inner == closing.0 || inner == closing.1 {
                    closed = true
                    break
                }
                if inner == "\n" || inner == "\r" { break }
                bytes += UTF8.width(inner)
                end = scalars.index(after: end)
            }
            guard closed else { continue }
            let name = String(scalars[index..<end]).trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { names.append(name) }
            index = scalars.index(after: end)
        }
        return names
    }
}
