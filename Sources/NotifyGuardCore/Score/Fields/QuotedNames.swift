import Foundation

/// Names a notification quotes in its text: a template puts the group, workspace, event or file its user named
/// between quotation marks (`invited you to join "Acme Team"`, `« Équipe »`, `「チーム」`). Without a learned
/// skeleton, a quoted stretch is where a platform's user wrote.
enum QuotedNames {
    /// Longest quoted stretch read as a name, in bytes; a longer one is a quoted passage, not a name.
    static let maxBytes = 200
    /// Quoted stretches read per text at most.
    static let maxNames = 8

    /// Opening quotation marks and the closing marks that end each: typographic (English, German, Polish,
    /// Swedish), guillemets both ways, CJK corner brackets, and the ASCII and fullwidth double quotes.
    private static let closers: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "\"": ["\""],
        "\u{FF02}": ["\u{FF02}"],
        "\u{201C}": ["\u{201D}", "\u{201C}"],
        "\u{201E}": ["\u{201C}", "\u{201D}"],
        "\u{201D}": ["\u{201D}"],
        "\u{2018}": ["\u{2019}"],
        "\u{00AB}": ["\u{00BB}"],
        "\u{00BB}": ["\u{00AB}"],
        "\u{2039}": ["\u{203A}"],
        "\u{300C}": ["\u{300D}"],
        "\u{300E}": ["\u{300F}"],
    ]

    /// The quoted stretches of `text`, each trimmed and non-empty, on one line and at most ``maxBytes`` long.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, names.count < maxNames {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            guard let closing = closers[scalar] else { continue }
            var end = index
            var bytes = 0
            var closed = false
            while end < scalars.endIndex, bytes <= maxBytes {
                let inner = scalars[end]
                if closing.contains(inner) {
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
