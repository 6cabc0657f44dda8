/// Scalars that NFKC leaves as they are, whatever stands around them: no compatibility or canonical decomposition
/// that composition would not restore, combining class 0, and never the second of a composed pair. A text made only
/// of these is its own NFKC form, so folding it can skip the normalisation (most of its time, in Foundation).
///
/// A conservative choice of ranges from the Unicode Character Database (`NFKC_QC=Y`, `NFC_QC` not `M`, `ccc=0`),
/// checked against it with Python's `unicodedata`: ASCII and C1 controls; Latin-1's signs but its no-break space,
/// superscripts, fractions and spacing accents; the Latin letters of Latin-1, Extended-A and -B and Extended
/// Additional (Vietnamese) but their ligatures (`Ĳ`, `ŉ`, `ſ`, `Ǆ`, `ẚ`); IPA; Greek and Cyrillic letters; Hebrew and
/// Arabic letters without their marks or compatibility forms; Thai without its tone marks and `ำ`; common
/// punctuation, format controls, currency signs, arrows, mathematical and technical signs, shapes, dingbats and
/// symbols; CJK punctuation, kana without the voicing marks, CJK ideographs, Hangul syllables (not jamo); emoji,
/// regional indicators (flags) and the squared words (`🆓`), variation selectors, the byte order mark and the
/// replacement character. Anything else takes the full normalisation.
enum CompatibilityForms {
    static func isStable(_ value: UInt32) -> Bool {
        switch value {
        case 0x0000...0x009F, 0x00A1...0x00A7, 0x00A9, 0x00AB...0x00AE, 0x00B0, 0x00B1, 0x00B6, 0x00B7, 0x00BB, 0x00BF,
            0x00C0...0x0131, 0x0134...0x013E, 0x0141...0x0148, 0x014A...0x017E,
            0x0180...0x01C3, 0x01CD...0x01F0, 0x01F4...0x02AF,
            0x0386, 0x0388...0x038A, 0x038C, 0x038E...0x03A1, 0x03A3...0x03CE,
            0x0400...0x0482, 0x048A...0x052F,
            0x05D0...0x05EA,
            0x0600...0x060F, 0x061B...0x064A, 0x0660...0x066F, 0x0671...0x0674, 0x0679...0x06D5,
            0x0E01...0x0E32, 0x0E34...0x0E37, 0x0E3F...0x0E47, 0x0E4C...0x0E5B,
            0x1E00...0x1E99, 0x1E9C...0x1EFF,
            0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2010, 0x2012...0x2016, 0x2018...0x2023, 0x2027, 0x2030...0x2032,
            0x20A0...0x20A7, 0x20A9...0x20C0,
            0x2190...0x222B, 0x222E, 0x2231...0x2328, 0x232B...0x23FF, 0x2500...0x27BF, 0x2B00...0x2BFF,
            0x3001...0x3029, 0x3030...0x3035, 0x3041...0x3096, 0x30A0...0x30FE,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
            0xFE00...0xFE0F, 0xFEFF, 0xFFFD, 0x058D...0x058F, 0x1F191...0x1F19A, 0x1F1E6...0x1F1FF, 0x1F300...0x1FAFF:
            return true
        default:
            return false
        }
    }

    /// The NFKC form of `text` where it needs no normalisation pass: every scalar is stable, or one of the spaces,
    /// leaders and the trade mark sign whose compatibility form is ASCII (no-break and typographic spaces to a
    /// space, `…` to `...`, `™` to `TM`), which nothing around them composes with. Nil: normalise it.
    static func simpleNFKC(_ text: String) -> String? {
        if areStable(text) { return text }
        var form = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isStable(scalar.value) {
                form.append(scalar)
                continue
            }
            switch scalar.value {
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: form.append(" ")
            case 0x2024: form.append(".")
            case 0x2025: form.append(contentsOf: "..".unicodeScalars)
            case 0x2026: form.append(contentsOf: "...".unicodeScalars)
            case 0x2122: form.append(contentsOf: "TM".unicodeScalars)
            default: return nil
            }
        }
        return String(form)
    }

    /// Whether NFKC leaves every scalar of `text` (and so `text`) as it is.
    static func areStable(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { isStable($0.value) }
    }
}
