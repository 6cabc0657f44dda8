/// Lookalike characters: a skeleton that maps common Cyrillic, Greek and Armenian homoglyphs (and NFKC-folded
/// forms) onto the Latin letters they imitate, and detection of words that mix scripts.
///
/// A compact subset in the spirit of Unicode TR39's confusables, covering the letters seen in brand spoofs
/// ("Ϲoіոbаѕе", "Μetamаsk"); it errs towards mapping fewer characters rather than more.
public enum Confusables {
    private static let map: [UInt32: Unicode.Scalar] = [
        // Cyrillic lowercase
        0x0430: "a", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0441: "c", 0x0443: "y", 0x0445: "x", 0x0456: "i",
        0x0458: "j", 0x0455: "s", 0x0501: "d", 0x051B: "q", 0x051D: "w", 0x04BB: "h", 0x0461: "w", 0x0432: "b",
        0x043A: "k", 0x043C: "m", 0x043D: "h", 0x0442: "t", 0x0457: "i", 0x04CF: "l",
        // Cyrillic uppercase
        0x0410: "a", 0x0412: "b", 0x0415: "e", 0x041A: "k", 0x041C: "m", 0x041D: "h", 0x041E: "o", 0x0420: "p",
        0x0421: "c", 0x0422: "t", 0x0423: "y", 0x0425: "x", 0x0406: "i", 0x0408: "j", 0x0405: "s", 0x0460: "w",
        // Greek
        0x0391: "a", 0x0392: "b", 0x0395: "e", 0x0396: "z", 0x0397: "h", 0x0399: "i", 0x039A: "k", 0x039C: "m",
        0x039D: "n", 0x039F: "o", 0x03A1: "p", 0x03A4: "t", 0x03A5: "y", 0x03A7: "x", 0x03B1: "a", 0x03BF: "o",
        0x03C1: "p", 0x03BD: "v", 0x03C5: "u", 0x03B9: "i", 0x03BA: "k", 0x03C4: "t", 0x03F9: "c", 0x03F2: "c",
        0x03B5: "e", 0x03C9: "w",
        // Armenian
        0x0578: "n", 0x0585: "o", 0x057D: "u", 0x0570: "h", 0x0575: "j", 0x0566: "q", 0x0581: "g",
        // Latin lookalikes of other letters
        0x0131: "i", 0x0261: "g", 0x01C0: "l",
    ]

    /// Lowercase skeleton: homoglyphs folded to Latin, ASCII lowercased, digits that stand for letters kept as they are.
    public static func skeleton(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { out.unicodeScalars.append(skeleton(scalar)) }
        return out
    }

    /// The skeleton of one scalar: its Latin lookalike, its ASCII lowercase, or itself.
    @inline(__always) static func skeleton(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {  // no ASCII letter is in the map: skip the lookup for the common case
            return Unicode.Scalar(ASCII.lower(UInt8(scalar.value)))
        }
        return map[scalar.value] ?? scalar
    }

    /// Words (letter runs) that mix Latin letters with Cyrillic, Greek or Armenian ones: a disguise, since real
    /// words in those languages are written in one script.
    public static func mixedScriptWords(_ text: String, limit: Int = 3) -> [String] {
        mixedScriptWords(in: [text], limit: limit)
    }

    /// `mixedScriptWords(texts.joined(separator: " "), limit:)`, without the joined copy: a space ends a word, so
    /// the texts' words are each text's, in order.
    static func mixedScriptWords(in texts: [String], limit: Int = 3) -> [String] {
        var found: [String] = []
        for text in texts where found.count < limit {
            // Mixing needs a letter of another script: ASCII text has none.
            guard !UTF8Bytes.isASCII(text) else { continue }
            var text = text
            text.withUTF8 { addMixedScriptWords($0, to: &found, limit: limit) }
        }
        return found
    }

    /// The scalar walk of `mixedScriptWords`, on the UTF-8 of a Swift string (valid, so each lead byte gives its
    /// scalar's length): a word is a run of consecutive scalars, kept as its byte bounds and copied only when it
    /// is reported.
    private static func addMixedScriptWords(_ bytes: UnsafeBufferPointer<UInt8>, to found: inout [String], limit: Int) {
        var start = 0
        var length = 0
        var latin = false
        var other = false
        func flush(before end: Int) {
            if latin && other && length >= 3 && found.count < limit {
                found.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
            length = 0
            latin = false
            other = false
        }
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            var value = UInt32(lead)
            var next = index + 1
            if lead >= 0x80 {
                let count: Int
                (value, count) = UTF8Strings.scalar(at: index, in: bytes)
                next = index + count
            }
            if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
                latin = true
            } else if (0x0370...0x03FF).contains(value) || (0x0400...0x052F).contains(value) || (0x0530...0x058F).contains(value) {
                other = true
            } else if value >= 0xC0 && value < 0x370 {
                // accented Latin continues a word
            } else {
                flush(before: index)
                start = next
                index = next
                continue
            }
            if length == 0 { start = index }
            length += 1
            index = next
        }
        flush(before: bytes.count)
    }
}
