import Foundation

/// The normal form of a field's text for fingerprints: what a campaign varies from copy to copy to defeat exact
/// matching (case, spacing, punctuation, lookalike letters, ticket numbers and amounts) is folded away.
public enum FingerprintText {
    /// Most scalars kept of a normalised field: enough to tell campaigns apart, bounded for the store.
    public static let maxScalars = 200

    /// Words of letters (accents and width folded, homoglyphs folded to Latin, lowercased), each run of digits one `#`, everything else a
    /// single space; at most `maxScalars` scalars, trimmed.
    public static func normalise(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var inDigits = false
        // Accents go first (an é written precomposed or as e and a combining mark is one letter either way); the
        // input is bounded, since a field can be long.
        let folded = String(text.unicodeScalars.prefix(maxScalars * 4)).folding(
            options: [.diacriticInsensitive, .widthInsensitive, .caseInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            if out.count >= maxScalars { break }
            let folded = Confusables.skeleton(scalar)
            let properties = folded.properties
            if properties.numericType == .decimal {
                if !inDigits {
                    if pendingSpace, !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append("#")
                }
                inDigits = true
            } else if properties.isAlphabetic {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                inDigits = false
                for lower in folded.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
            } else if properties.generalCategory == .nonspacingMark || properties.isDefaultIgnorableCodePoint {
                // Accents and invisible characters neither split a word nor count.
                continue
            } else {
                pendingSpace = true
                inDigits = false
            }
        }
        return String(out)
    }

    /// Whether a normalised value says enough to key a campaign on: at least three letters (a lone `#` or `re`
    /// would join unrelated mail).
    public static func isDistinctive(_ normalised: String) -> Bool {
        var letters = 0
        for scalar in normalised.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if letters >= 3 { return true }
        }
        return false
    }
}
