/// Text written a character at a time, `e t h - d i p l o . t o p`: a domain spread out so that no link scan sees
/// one, while a reader still reads it.
enum LetterSpacing {
    /// Runs shorter than this many single characters are ordinary text (`a b c`, initials `J. R. R.`).
    static let minimumRun = 7

    /// The runs of `text` of ``minimumRun`` or more single letters, digits, hyphens and dots, each alone between
    /// single spaces, that hold a dot between letters, joined: the domains they may spell. Empty for most texts.
    static func joinedRuns(in text: String) -> [String] {
        guard text.utf8.count >= minimumRun * 2 - 1, holdsASpacedDot(text) else { return [] }
        var runs: [String] = []
        var current = ""
        var count = 0
        func close() {
            if count >= minimumRun, let dot = current.firstIndex(of: "."), dot != current.startIndex,
                current[current.index(after: dot)...].contains(where: \.isLetter)
            {
                runs.append(current)
            }
            current = ""
            count = 0
        }
        for token in text.split(separator: " ", omittingEmptySubsequences: false).prefix(4096) {
            if token.count == 1, let character = token.first,
                character.isLetter || character.isNumber || character == "-" || character == "."
            {
                current.append(character)
                count += 1
            } else {
                close()
            }
        }
        close()
        return runs
    }

    /// Whether a dot stands alone between two spaces, searched in the bytes: most texts have none.
    static func holdsASpacedDot(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var from = 1
            while let dot = ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: from, to: bytes.count - 1) {
                if bytes[dot - 1] == UInt8(ascii: " "), bytes[dot + 1] == UInt8(ascii: " ") { return true }
                from = dot + 1
            }
            return false
        }
    }
}
