import NotifyGuardCore

/// Text made safe for a header value: one logical line, bounded in bytes, folded the way RFC 5322 allows.
public enum HeaderText {
    /// The longest physical header line we aim for, as RFC 5322 recommends; a word that is longer stays whole.
    public static let lineBytes = 78

    /// At most `maxBytes` UTF-8 bytes of `text` (cut between scalars, then "..."). C0 controls and DEL become spaces;
    /// C1 controls, U+2028/2029 and bidirectional controls become visible escapes (`\u{202E}`). Linear in the input.
    public static func clean(_ text: String, maxBytes: Int) -> String {
        var out = ""
        var bytes = 0
        for scalar in text.unicodeScalars {
            let piece: String
            if scalar.value < 0x20 || scalar.value == 0x7F {
                piece = " "
            } else if UnsafeScalars.contains(scalar) {
                piece = UnsafeScalars.escape(scalar)
            } else {
                piece = String(scalar)
            }
            if bytes + piece.utf8.count > maxBytes {
                out += "..."
                break
            }
            out += piece
            bytes += piece.utf8.count
        }
        return out
    }

    /// `value` (already clean) folded for a header called `name`. A line break goes before a space, preferably the
    /// space after a comma (between two reasons), so that no line is longer than ``lineBytes`` where a space allows
    /// it. Lines end in a bare LF, as Postfix's milter wants; unfolding (removing the breaks) gives `value` back.
    public static func folded(_ value: String, name: String) -> String {
        var out = ""
        var lineBytes = name.utf8.count + 2  // "Name: "
        var lineHasText = false
        /// Appends `piece` (which starts with its spaces, if any), breaking the line before it when it would not fit.
        func append(_ piece: Substring) {
            let size = piece.utf8.count
            let hasText = piece.contains { $0 != " " }
            // A continuation line starts with the space it was folded at and must carry more than spaces.
            if lineHasText, hasText, piece.first == " ", lineBytes + size > Self.lineBytes {
                out += "\n"
                lineBytes = 0
                lineHasText = false
            }
            out += piece
            lineBytes += size
            lineHasText = lineHasText || hasText
        }
        for clause in pieces(Substring(value), onlyAfterComma: true) {
            let size = clause.utf8.count
            if lineBytes + size <= Self.lineBytes || (clause.first == " " && size <= Self.lineBytes) {
                append(clause)  // on this line, or alone on the next
            } else {
                for word in pieces(clause, onlyAfterComma: false) { append(word) }
            }
        }
        return out
    }

    /// `text` cut before each run of spaces (only those that follow a comma when `onlyAfterComma`): each piece but the
    /// first starts with its spaces.
    private static func pieces(_ text: Substring, onlyAfterComma: Bool) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var previous: Character? = nil
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == " ", previous != " ", previous != nil, !onlyAfterComma || previous == ",", index > start {
                result.append(text[start..<index])
                start = index
            }
            previous = character
            index = text.index(after: index)
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }
}
