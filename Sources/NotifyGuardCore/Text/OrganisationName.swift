import Foundation

/// Comparing host labels with the names a message gives an organisation (`Acme Gear` for `acmegear.com`), and
/// finding a quoted name's end in a Subject.
enum OrganisationName {
    /// Labels shorter than this spell too many things by chance.
    static let minLabelLength = 4

    /// The labels of an ASCII host left of its last one, hyphens dropped, of at least ``minLabelLength`` bytes.
    static func labels(of host: String) -> [String] {
        guard UTF8Bytes.isASCII(host) else {
            return host.split(separator: ".").dropLast().map { joined(String($0)) }
                .filter { $0.utf8.count >= minLabelLength }
        }
        // ASCII: each label joined straight from the host's bytes.
        return host.utf8.split(separator: UInt8(ascii: ".")).dropLast().map(asciiJoined)
            .filter { $0.utf8.count >= minLabelLength }
    }

    /// `text` lowercased without hyphens (`sahara-air` reads as `saharaair`).
    static func joined(_ text: String) -> String {
        if UTF8Bytes.isASCII(text) { return asciiJoined(text.utf8) }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: TextCase.lowercased(text).unicodeScalars.lazy.filter { $0 != "-" })
        return String(scalars)
    }

    /// `joined` of ASCII bytes: lowercased and without hyphens, written straight into the string's storage.
    private static func asciiJoined(_ bytes: some Collection<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            for byte in bytes where byte != UInt8(ascii: "-") {
                buffer[count] = ASCII.lower(byte)
                count += 1
            }
            return count
        }
    }

    /// The words of `text` (runs of letters and digits), lowercased. With `capitalisedOnly`, a word that starts with
    /// a lowercase letter is no part of a name: it is kept as "", a gap no run of words crosses.
    static func words(of text: String, capitalisedOnly: Bool) -> [String] {
        if UTF8Bytes.isASCII(text) { return asciiWords(of: text, capitalisedOnly: capitalisedOnly) }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var gap = false
        func close() {
            if gap {
                words.append("")
            } else if !current.isEmpty {
                words.append(TextCase.lowercased(String(current)))
            }
            current = String.UnicodeScalarView()
            gap = false
        }
        for scalar in text.unicodeScalars {
            let isWordScalar: Bool
            let isLowercase: Bool
            if scalar.isASCII {
                // ASCII's letters and digits, without a lookup of Unicode properties (the same answers).
                let lower = UInt8(scalar.value) | 0x20
                isLowercase = scalar.value >= 0x61 && scalar.value <= 0x7A
                isWordScalar = (lower >= 0x61 && lower <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
            } else {
                let properties = scalar.properties
                isWordScalar = properties.isAlphabetic || properties.numericType != nil
                isLowercase = isWordScalar && properties.isLowercase
            }
            guard isWordScalar else {
                close()
                continue
            }
            if current.isEmpty, !gap, capitalisedOnly, isLowercase { gap = true }
            if !gap { current.append(scalar) }
        }
        close()
        return words
    }

    /// `words(of:capitalisedOnly:)` of ASCII text, on its bytes: letters are A-Z and a-z, digits 0-9.
    private static func asciiWords(of text: String, capitalisedOnly: Bool) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var gap = false
        func close() {
            if gap {
                words.append("")
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
            gap = false
        }
        for byte in text.utf8 {
            let lower = byte | 0x20
            let isLetter = lower >= 0x61 && lower <= 0x7A
            guard isLetter || (byte >= 0x30 && byte <= 0x39) else {
                close()
                continue
            }
            if current.isEmpty, !gap, capitalisedOnly, byte >= 0x61 && byte <= 0x7A { gap = true }
            if !gap { current.append(isLetter ? lower : byte) }
        }
        close()
        return words
    }

    /// Whether `minWords` or more consecutive words (no gap among them) joined make exactly `label`.
    static func spells(_ label: String, _ words: [String], minWords: Int) -> Bool {
        let target = label.utf8.count
        for start in words.indices {
            var joined = ""
            var count = 0
            for word in words[start...] {
                guard !word.isEmpty else { break }
                joined += word
                count += 1
                if joined.utf8.count >= target { break }
            }
            if count >= minWords, joined == label { return true }
        }
        return false
    }

    /// Whether `label` (3 to 8 ASCII letters) is the initials of a run of three or more of `words`, accents left out:
    /// `nkat` for "Nha khoa An Tâm", `lbs` for "London Business School" (every word of the run counts). Many
    /// organisations' domains abbreviate their names.
    static func abbreviates(_ label: String, _ words: [String]) -> Bool {
        let target = Array(label.utf8)
        guard target.count >= 3, target.count <= 8, target.allSatisfy(ASCII.isAlpha), words.count >= target.count
        else { return false }
        let initials = words.map { word -> UInt8 in
            guard let first = word.unicodeScalars.first else { return 0 }
            if first.isASCII { return ASCII.lower(UInt8(first.value)) }
            // Letters with a stroke, which no decomposition turns into their base letter.
            if let base = strokeBases[first] { return base }
            let folded = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            return folded.utf8.count == 1 ? folded.utf8.first.map(ASCII.lower) ?? 0 : 0
        }
        for start in 0...(initials.count - target.count)
        where initials[start..<(start + target.count)].elementsEqual(target) {
            return true
        }
        return false
    }

    /// The base letter of a letter with a stroke or a ligature's first letter, for initials.
    private static let strokeBases: [Unicode.Scalar: UInt8] = [
        "đ": UInt8(ascii: "d"), "ł": UInt8(ascii: "l"), "ø": UInt8(ascii: "o"), "ı": UInt8(ascii: "i"),
        "æ": UInt8(ascii: "a"), "œ": UInt8(ascii: "o"), "ħ": UInt8(ascii: "h"),
    ]

    /// Closing quotation marks a Subject puts after a name (`"…"`, `„…“`, `«…»`, `「…」`).
    static let closingQuotes: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", "\u{201C}", "\u{00BB}",
        "\u{00AB}", "\u{300D}", "\u{300F}"]

    /// Whether `text` holds `name` as the end of a quoted name: starting a word (after no letter, digit, dot or
    /// hyphen) and followed by a closing quotation mark. Case-sensitive: pass both lowercased.
    static func quotesName(endingWith name: String, in text: String) -> Bool {
        let text = Array(text.unicodeScalars)
        let name = Array(name.unicodeScalars)
        guard !name.isEmpty, text.count > name.count else { return false }
        for start in 0..<(text.count - name.count) where text[start] == name[0] {
            let end = start + name.count
            guard closingQuotes.contains(text[end]), text[start..<end].elementsEqual(name) else { continue }
            if start == 0 { return true }
            let before = text[start - 1]
            let joinsWord = before.properties.isAlphabetic || before.properties.numericType != nil
            if !joinsWord, before != ".", before != "-" { return true }
        }
        return false
    }
}
