import Foundation

/// Phone numbers in the notations used to slip past digit matching: any separators (also line breaks, which is
/// what a number split across HTML elements renders to), fullwidth or other Unicode digits, letters for digits
/// (`8OO`, `1-800-FLOWERS`) and digits spelled as words (`one eight eight eight ...`).
///
/// Linear in the text; the text is cut at ``maxScalars``.
enum PhoneNotation {
    /// Field texts are short; a longer text is judged on its start.
    static let maxScalars = 4096
    /// Separators allowed in a row inside a number (`" - "`, a line break and indentation).
    static let maxSeparatorRun = 4
    /// Words that announce an identifier, not a number to call: `Meeting ID 812 3456 7890`, `Order 1234567890`.
    static let identifierWords: Set<String> = [
        "id", "pin", "passcode", "password", "code", "ref", "reference", "order", "invoice", "ticket", "case",
        "account", "acct", "iban", "konto", "kennung", "commande", "facture", "pedido", "factura", "ordine",
        "fattura", "zamówienie", "faktura", "sipariş", "fatura", "заказ", "счет", "счёт", "bestelling", "factuur",
        "tracking", "sendungsnummer", "bestellnummer", "rechnungsnummer", "kundennummer", "mitgliedsnummer",
    ]
    /// North American toll-free prefixes, after which letters spell the rest of a number (`1-800-FLOWERS`).
    static let tollFreePrefixes: Set<String> = [
        "800", "833", "844", "855", "866", "877", "888", "1800", "1833", "1844", "1855", "1866", "1877", "1888",
    ]

    private enum Token: Equatable {
        case digits(String)
        case word(String)
        /// An ASCII word that can be no part of a number nor announce an identifier (most words of a text): it
        /// ends a number as any such word does, with no String made for it.
        case plainWord
        case separator(Int)
        case plus
        /// `:` or `#` after a label (`Meeting ID: ...`): ends a number, keeps the label.
        case label
        case other
    }

    /// The phone numbers of `text`: digits only, with `+` when the number was written with one.
    /// `plainWords: false` makes a String of every word, as before plain words were told apart (for the tests).
    static func numbers(in text: String, plainWords: Bool = true) -> [String] {
        guard mayHoldANumber(text) else { return [] }
        let tokens = tokenize(text, plainWords: plainWords)
        var found: [String] = []
        var run = Run()
        var previousWord: String?
        var index = 0
        func close() {
            guard !run.isEmpty else { return }  // nothing read, nothing to reset: most words of a text
            if let number = run.number(), !found.contains(number) { found.append(number) }
            run = Run()
        }
        while index < tokens.count {
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            switch token {
            case .digits(let digits):
                if run.isEmpty { run.start(after: previousWord) }
                run.append(digits, glued: run.lastWasGlued)
                run.lastWasGlued = true
            case .plus:
                close()
                run.start(after: previousWord)
                run.plus = true
            case .separator(let count):
                if !run.isEmpty {
                    run.separators += count
                    if run.separators > maxSeparatorRun { close() }
                }
                run.lastWasGlued = false
            case .word(let word):
                let lowered = TextCase.lowercased(word)
                if let mapped = lettersForDigits(word, run: run, next: next) {
                    run.append(mapped.digits, glued: run.lastWasGlued)
                    run.lettersForDigits += mapped.letters
                    run.lastWasGlued = true
                } else if let digit = NumberWords.digit(lowered) {
                    if run.isEmpty { run.start(after: previousWord) }
                    run.append(String(digit), glued: false)
                    run.spelledWords += 1
                    run.lastWasGlued = false
                } else {
                    close()
                    previousWord = lowered
                }
            case .label:
                close()
            case .plainWord, .other:
                close()
                previousWord = nil
            }
            if case .separator = token {} else { run.separators = 0 }
            index += 1
        }
        close()
        return found
    }

    /// Letters standing for digits inside a number: O/o for 0 and I/l for 1 glued to digits, or a toll-free
    /// prefix followed by a word in capitals spelled on the phone keypad.
    private static func lettersForDigits(_ word: String, run: Run, next: Token?) -> (digits: String, letters: Int)? {
        let gluedToDigits = run.lastWasGlued && !run.isEmpty
        let digitsFollow: Bool = {
            if case .digits = next { return true }
            return false
        }()
        if gluedToDigits || digitsFollow, isLookalikeWord(word) {
            let digits = word.unicodeScalars.map { lookalikeDigit($0) }
            return (String(decoding: digits, as: UTF8.self), digits.count)
        }
        let prefixLength = run.digits.utf8.count
        guard prefixLength == 3 || prefixLength == 4, tollFreePrefixes.contains(run.digits), isKeypadWord(word.utf8)
        else { return nil }
        let digits = word.utf8.prefix(11 - prefixLength).map { keypad[Int($0) - 65] }
        return (String(decoding: digits, as: UTF8.self), word.utf8.count)
    }

    /// A word of at most four digit lookalikes (``lookalikeDigit(_:)``).
    private static func isLookalikeWord(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        return !scalars.isEmpty && scalars.count <= 4 && scalars.allSatisfy { lookalikeDigit($0) != 0 }
    }

    /// The digit (as an ASCII byte) a letter written for it stands for, or 0: O and o for 0 in Latin, Cyrillic
    /// and Greek (they look alike), I and l for 1, and the capitals S for 5 and B for 8.
    private static func lookalikeDigit(_ scalar: Unicode.Scalar) -> UInt8 {
        switch scalar {
        case "o", "O", "\u{041E}", "\u{043E}", "\u{039F}", "\u{03BF}": UInt8(ascii: "0")
        case "I", "l": UInt8(ascii: "1")
        case "S": UInt8(ascii: "5")
        case "B": UInt8(ascii: "8")
        default: 0
        }
    }

    /// A word in capitals that may spell the rest of a toll-free number on the phone keypad (3 to 8 letters).
    private static func isKeypadWord(_ word: some Collection<UInt8>) -> Bool {
        (3...8).contains(word.count) && word.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// The phone keypad's digit of each capital letter A-Z.
    private static let keypad = Array("22233344455566677778889999".utf8)

    /// A number being read: its digits, how they were written, and the groups they came in.
    private struct Run {
        var digits = ""
        var groups: [Int] = []
        var plus = false
        var separators = 0
        var spelledWords = 0
        var lettersForDigits = 0
        var lastWasGlued = false
        var afterIdentifierWord = false

        var isEmpty: Bool { digits.isEmpty && !plus }

        mutating func start(after word: String?) {
            afterIdentifierWord = word.map { PhoneNotation.identifierWords.contains($0) } ?? false
        }

        mutating func append(_ more: String, glued: Bool) {
            if glued, !groups.isEmpty { groups[groups.count - 1] += more.count } else { groups.append(more.count) }
            digits += more
        }

        /// The number, when the run reads as one: 10 to 15 digits, or 8 to 15 after a `+`, or 9 written in the
        /// groups of a national number (`912 555 014`, `02-555-0142`: three groups or more, none above four
        /// digits); not a date (`2024 12 07 10`) and not an identifier announced as one.
        func number() -> String? {
            let count = digits.count
            let nationalNine = count == 9 && groups.count >= 3 && groups.allSatisfy { $0 <= 4 }
            guard (10...15).contains(count) || (plus && (8...15).contains(count)) || nationalNine else { return nil }
            guard !afterIdentifierWord else { return nil }
            if isDate { return nil }
            return (plus ? "+" : "") + digits
        }

        /// A year (1900-2099) among groups of at most two digits: `07/12/2024 10`, `2024-12-07 10`.
        private var isDate: Bool {
            guard groups.count >= 3 else { return false }
            var offset = 0
            var years = 0
            for group in groups {
                let start = digits.index(digits.startIndex, offsetBy: offset)
                let text = digits[start..<digits.index(start, offsetBy: group)]
                if group == 4, text.hasPrefix("19") || text.hasPrefix("20") {
                    years += 1
                } else if group > 2 {
                    return false
                }
                offset += group
            }
            return years == 1
        }
    }

    /// A quick look in bytes before the tokens: a number needs seven digits (of any script), or three and a
    /// toll-free prefix (letters spell the rest), or digits spelled as words.
    static func mayHoldANumber(_ text: String) -> Bool {
        // Digits are no ASCII letters: counted in the bytes as they are.
        var text = text
        let digits = text.withUTF8 { all in
            let bytes = UnsafeBufferPointer(rebasing: all[..<min(all.count, maxScalars * 4)])
            return countDigits(bytes, upTo: 7)
        }
        if digits >= 7 { return true }
        if digits >= 3, tollFreeNeedles.occurFoldingASCII(in: text, maxBytes: maxScalars * 4) { return true }
        return spelledDigitNeedles.occurFoldingASCII(in: text, maxBytes: maxScalars * 4)
    }

    /// The decimal digits of any script (what the tokenizer reads as digits: ASCII, fullwidth, Arabic-Indic,
    /// Devanagari, Thai...) in well-formed UTF-8 `bytes`, counted up to `limit`. Scalars of the blocks that hold no
    /// digit (Latin, Greek, Cyrillic, Hebrew, kana, CJK, Hangul) are passed without a property lookup.
    static func countDigits(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var digits = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x30 && byte <= 0x39 { digits += 1 }
                index += 1
            } else if byte >= 0xC0 {
                let (value, length) = UTF8Strings.scalar(at: index, in: bytes)
                if mayBeDigit(value), let scalar = Unicode.Scalar(value), scalar.properties.numericType == .decimal {
                    digits += 1
                }
                index += max(length, 1)
            } else {
                index += 1
            }
            if digits >= limit { return digits }
        }
        return digits
    }

    /// Whether a non-ASCII scalar lies where Unicode has decimal digits (the first beyond ASCII is U+0660; none
    /// is in U+3000-A61F, kana, CJK and the like, nor in U+AC00-FF0F, Hangul and the like, but the fullwidth ones).
    @inline(__always)
    private static func mayBeDigit(_ value: UInt32) -> Bool {
        value >= 0x0660 && (value < 0x3000 || (value >= 0xA620 && value < 0xAC00) || (value >= 0xFF10 && value <= 0xFF19)
            || value >= 0x10000)
    }

    private static let tollFreeNeedles = ByteNeedles(
        ["800", "833", "844", "855", "866", "877", "888", "8oo"].map { Array($0.utf8) })

    /// Every number word, in the cases a sentence writes it.
    private static let spelledDigitNeedles = ByteNeedles(NumberWords.digits.keys.filter { $0.count >= 3 }.flatMap { word in
        [word, word.capitalized, word.uppercased()].map { asciiLowercased($0.utf8) }
    })

    private static func tokenize(_ text: String, plainWords: Bool) -> [Token] {
        var tokens: [Token] = []
        // The pending digits and word as UTF-8 (a String is made once per token).
        var digits: [UInt8] = []
        var word: [UInt8] = []
        var separators = 0
        func flush() {
            if !digits.isEmpty { tokens.append(.digits(String(decoding: digits, as: UTF8.self))) }
            if !word.isEmpty {
                let plain = plainWords && !mattersToANumber(word)
                tokens.append(plain ? .plainWord : .word(String(decoding: word, as: UTF8.self)))
            }
            if separators > 0 { tokens.append(.separator(separators)) }
            digits.removeAll(keepingCapacity: true)
            word.removeAll(keepingCapacity: true)
            separators = 0
        }
        // On the UTF-8 bytes: ASCII without a lookup of Unicode properties (the same answers, most of every text);
        // other scalars decoded from their bytes (a Swift string's UTF-8 is well-formed).
        let bytes = Array(text.utf8)
        // A token takes two bytes or more but for punctuation: one allocation for most texts, not one per doubling.
        tokens.reserveCapacity(min(bytes.count, maxScalars) / 2 + 1)
        var index = 0
        var scalars = 0
        var spacedDash = SpacedDash()
        while index < bytes.count, scalars < maxScalars {
            let byte = bytes[index]
            scalars += 1
            if separators == 0 { spacedDash = SpacedDash() }
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x30...0x39:
                    if digits.isEmpty { flush() }
                    digits.append(byte)
                case 0x41...0x5A, 0x61...0x7A:
                    if word.isEmpty { flush() }
                    word.append(byte)
                case 0x2B:
                    flush()
                    tokens.append(.plus)
                case 0x3A, 0x23:
                    flush()
                    tokens.append(.label)
                // White space, and the ASCII ones of `separatorScalars`: - . ( ) / _
                case 0x09...0x0D, 0x20, 0x2D, 0x2E, 0x28, 0x29, 0x2F, 0x5F:
                    if separators == 0 { flush() }
                    separators += 1
                    if spacedDash.step(space: byte == 0x20 || (byte >= 0x09 && byte <= 0x0D), dash: byte == 0x2D) {
                        flush()
                        tokens.append(.other)
                    }
                default:
                    flush()
                    tokens.append(.other)
                }
                continue
            }
            let length = min(byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2, bytes.count - index)
            var value = UInt32(byte) & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F)
            for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            let encoded = bytes[index..<(index + length)]
            index += length
            guard let scalar = Unicode.Scalar(value) else {
                flush()
                tokens.append(.other)
                continue
            }
            let properties = scalar.properties
            if properties.numericType == .decimal, let value = properties.numericValue, value >= 0, value <= 9 {
                if digits.isEmpty { flush() }
                digits.append(UInt8(value) + 48)
            } else if properties.isAlphabetic {
                if word.isEmpty { flush() }
                word.append(contentsOf: encoded)
            } else if scalar == "\u{FF0B}" {
                flush()
                tokens.append(.plus)
            } else if scalar == "\u{FF1A}" || scalar == "\u{FF03}" {
                flush()
                tokens.append(.label)
            } else if properties.isWhitespace || Self.separatorScalars.contains(scalar.value) {
                if separators == 0 { flush() }
                separators += 1
                if spacedDash.step(space: properties.isWhitespace, dash: Self.dashScalars.contains(scalar.value)) {
                    flush()
                    tokens.append(.other)
                }
            } else {
                flush()
                tokens.append(.other)
            }
        }
        flush()
        return tokens
    }

    /// Whether a word (its UTF-8) may be read by `numbers`: a non-ASCII word (lowercasing may change it), letters
    /// standing for digits (`8OO`, `FLOWERS`), a number word, or a word announcing an identifier. Other words only
    /// end a number, and one of them before a number is no identifier word.
    private static func mattersToANumber(_ word: [UInt8]) -> Bool {
        guard let first = word.first, word.allSatisfy({ $0 < 0x80 }) else { return true }
        if isASCIILookalikeWord(word) || isKeypadWord(word) { return true }
        let lowered = ASCII.lower(first)
        return NumberWords.words.mayContain(first: lowered, length: word.count)
            || identifierWordSet.mayContain(first: lowered, length: word.count)
    }

    /// ``isLookalikeWord(_:)`` for an ASCII word's bytes (no String made for the many words that aren't).
    private static func isASCIILookalikeWord(_ word: [UInt8]) -> Bool {
        !word.isEmpty && word.count <= 4 && word.allSatisfy { lookalikeDigit(Unicode.Scalar($0)) != 0 }
    }

    private static let identifierWordSet = WordSet(identifierWords)

    /// A dash with white space on both sides among the separators: punctuation between phrases
    /// (`FV-2026-881 – 12.450 lei`), which ends a number. Fed each separator of a run in turn.
    private struct SpacedDash {
        private var spaceBefore = false
        private var dashAfterSpace = false

        /// Takes the next separator; true when it completes space, dash, space.
        mutating func step(space: Bool, dash: Bool) -> Bool {
            if space {
                if dashAfterSpace {
                    self = SpacedDash()
                    return true
                }
                spaceBefore = true
            } else {
                dashAfterSpace = dash && spaceBefore
                spaceBefore = false
            }
            return false
        }
    }

    /// Hyphens and dashes among `separatorScalars`.
    private static let dashScalars: Set<UInt32> = [0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFF0D]

    /// Punctuation written between the groups of a number: hyphens and dashes, dots, brackets, slashes,
    /// middle dots, and their fullwidth forms.
    private static let separatorScalars: Set<UInt32> = [
        0x2D, 0x2E, 0x28, 0x29, 0x2F, 0x5F, 0xB7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2022, 0x2027, 0x30FB,
        0xFF08, 0xFF09, 0xFF0D, 0xFF0E, 0xFF0F, 0x2212,
    ]
}
