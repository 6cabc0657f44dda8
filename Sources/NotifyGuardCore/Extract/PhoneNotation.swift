import Foundation

/// Phone numbers in the notations used to slip past digit matching: any separators (also line breaks, which is
/// what a number split across HTML elements renders to), fullwidth or other Unicode digits, letters for digits
/// (`8OO`, `1-800-FLOWERS`), digits spelled as words (`one eight eight eight ...`, in the lexicon's languages) and
/// Chinese, Japanese and Korean digits (`一八八八...`, `공일공`).
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
        /// A comma, or a dash with white space on both sides: punctuation between phrases, which ends a number
        /// written in digits but may stand between the groups of one spelled in words (`čtyři dva nula, pět pět`).
        case pause
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
                run.lastWasSpelled = false
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
                    run.lastWasSpelled = false
                } else if let spelled = NumberWords.spelled(lowered),
                    !spelled.everyday || run.lastWasSpelled || run.spelledWords > 0
                        || spelledWordFollows(tokens, after: index)
                {
                    if run.isEmpty { run.start(after: previousWord) }
                    run.append(spelled.digits, glued: false)
                    run.spelledWords += 1
                    run.lastWasGlued = false
                    run.lastWasSpelled = true
                } else {
                    close()
                    previousWord = lowered
                }
            case .label:
                close()
            // In a number spelled in words, digits may stand between the groups too (`אפס חמש 4 - חמש`).
            case .pause where run.spelledWords > 0 && partFollows(tokens, after: index):
                run.lastWasGlued = false
            case .plainWord, .pause, .other:
                close()
                previousWord = nil
            }
            if case .separator = token {} else { run.separators = 0 }
            index += 1
        }
        close()
        return found
    }

    /// Whether the next token but separators is a word spelling digits: the company an everyday number word
    /// (``NumberWords/everyday``) needs to be read as a digit.
    private static func spelledWordFollows(_ tokens: [Token], after index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, case .separator = tokens[next] { next += 1 }
        guard next < tokens.count, case .word(let word) = tokens[next] else { return false }
        return NumberWords.spelled(TextCase.lowercased(word)) != nil
    }

    /// Whether the next token but separators is a word spelling digits or digits.
    private static func partFollows(_ tokens: [Token], after index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, case .separator = tokens[next] { next += 1 }
        guard next < tokens.count else { return false }
        if case .digits = tokens[next] { return true }
        return spelledWordFollows(tokens, after: index)
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
        /// Whether the last digits came from a number word (an everyday one may follow).
        var lastWasSpelled = false
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
        /// digits); not a date (`2024 12 07 10`), not an identifier announced as one, and not counting in words
        /// (`one two three ... nine`).
        func number() -> String? {
            let count = digits.count
            let nationalNine = count == 9 && groups.count >= 3 && groups.allSatisfy { $0 <= 4 }
            guard (10...15).contains(count) || (plus && (8...15).contains(count)) || nationalNine else { return nil }
            guard !afterIdentifierWord else { return nil }
            if isDate { return nil }
            if spelledWords > 0, isCounting { return nil }
            return (plus ? "+" : "") + digits
        }

        /// Each digit one more than the one before (9 then 0): `en to tre fire fem seks syv otte ni`.
        private var isCounting: Bool {
            var previous: UInt8?
            for digit in digits.utf8 {
                if let previous, (previous - 48 + 1) % 10 != digit - 48 { return false }
                previous = digit
            }
            return true
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

    /// A quick look in bytes before the tokens: a number needs seven digits or number words (of any script), or
    /// three digits and a toll-free prefix (letters spell the rest), or three digits or number words and a word
    /// in capitals (`one eight zero zero FLOWERS`).
    static func mayHoldANumber(_ text: String) -> Bool {
        // Digits are no ASCII letters: counted in the bytes as they are.
        var text = text
        let parts = text.withUTF8 { all in
            countNumberParts(UnsafeBufferPointer(rebasing: all[..<min(all.count, maxScalars * 4)]), upTo: 7)
        }
        if parts.digits + parts.words >= 7 { return true }
        if parts.digits >= 3, tollFreeNeedles.occurFoldingASCII(in: text, maxBytes: maxScalars * 4) { return true }
        return parts.words > 0 && parts.digits + parts.words >= 3 && parts.keypadWord
    }

    /// What the quick look before the tokens counts, never fewer than the tokens hold.
    struct NumberParts: Equatable {
        /// Decimal digits of any script, Chinese and Japanese numerals, Korean digit syllables (in any word).
        var digits = 0
        /// Number words as the tokens split them (an everyday one only next to another number word or numeral),
        /// in the cases a sentence writes them: lowercase, capitalised, capitals.
        var words = 0
        /// Whether a word of 3 to 8 ASCII capitals may spell the rest of a toll-free number.
        var keypadWord = false
    }

    /// The digits and number words in well-formed UTF-8 `bytes`, counted until together they reach `limit`.
    /// Words are hashed as they are read (``WordHashes``), split where the tokens split them: at all but letters,
    /// marks inside a word, and an apostrophe between Cyrillic letters. Scripts beyond U+1EFF hold no number word:
    /// their letters end a word here (a longer word for the tokens, which only makes the count higher), and
    /// their digits are counted with no property lookup in the blocks that hold none (kana, CJK, Hangul).
    static func countNumberParts(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> NumberParts {
        var counter = WordCounter()
        let classes = scriptClasses
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if (byte | 0x20) &- 0x61 < 26 {
                    counter.add(byte)
                    counter.letter(lookalike: lookalikeDigit(Unicode.Scalar(byte)) != 0)
                    if byte < 0x61 { counter.capitals += 1 }
                    counter.endsCyrillic = false
                    continue
                }
                if byte == 0x27, counter.endsCyrillic, startsCyrillicLetter(bytes, at: index) {
                    counter.add(byte)
                    counter.endsCyrillic = false
                    continue
                }
                counter.endWord()
                if byte &- 0x30 < 10 { counter.parts.digits += 1 }
            } else if byte >= 0xC0 {
                let start = index
                let (value, length) = UTF8Strings.scalar(at: index, in: bytes)
                index += max(length, 1)
                if value < 0x1F00 {
                    let kind = classes[Int(value)]
                    if kind == ScriptClass.letter || (kind == ScriptClass.mark && counter.length > 0) {
                        for offset in start..<index { counter.add(bytes[offset]) }
                        if kind == ScriptClass.letter {
                            counter.letter(lookalike: Unicode.Scalar(value).map { lookalikeDigit($0) != 0 } ?? false)
                        }
                        if kind == ScriptClass.letter { counter.endsCyrillic = value >= 0x0400 && value <= 0x04FF }
                        continue
                    }
                } else if value >= 0x3007, NumberWords.hanDigit(value) != nil || NumberWords.hangulDigit(value) != nil {
                    counter.numeral()
                    if counter.parts.digits + counter.parts.words >= limit { return counter.parts }
                    continue
                } else if value == 0x2019, counter.endsCyrillic, startsCyrillicLetter(bytes, at: index) {
                    for offset in start..<index { counter.add(bytes[offset]) }
                    counter.endsCyrillic = false
                    continue
                }
                counter.endWord()
                if mayBeDigit(value), let scalar = Unicode.Scalar(value), scalar.properties.numericType == .decimal {
                    counter.parts.digits += 1
                }
            } else {
                index += 1
            }
            if counter.parts.digits + counter.parts.words >= limit { return counter.parts }
        }
        counter.endWord()
        return counter.parts
    }

    /// The word being read by ``countNumberParts(_:upTo:)``, and the counts so far.
    private struct WordCounter {
        let all = NumberWords.hashes
        let steady = NumberWords.steadyHashes
        var parts = NumberParts()
        var hash = WordHashes.empty
        /// The word's bytes so far; 0 between words.
        var length = 0
        var capitals = 0
        /// Whether the word's last letter is Cyrillic (an apostrophe may follow inside it).
        var endsCyrillic = false
        /// Whether the last word was a number word, or a numeral came after it.
        var afterNumberWord = false
        /// An everyday number word just before, not counted yet: it counts if a number word follows.
        var waiting = 0

        /// Letters of the word, and whether each stands for a digit (``lookalikeDigit(_:)``).
        var letters = 0
        var lookalikes = 0

        @inline(__always)
        mutating func add(_ byte: UInt8) {
            hash = WordHashes.step(hash, byte)
            length += 1
        }

        @inline(__always)
        mutating func letter(lookalike: Bool) {
            letters += 1
            if lookalike { lookalikes += 1 }
        }

        mutating func endWord() {
            guard length > 0 else { return }
            if length <= WordHashes.maxLength, all.mayContain(hash) {
                parts.words += waiting
                waiting = 0
                if afterNumberWord || steady.mayContain(hash) { parts.words += 1 } else { waiting = 1 }
                afterNumberWord = true
            } else {
                waiting = 0
                afterNumberWord = false
            }
            if capitals == length, length >= 3, length <= 8 { parts.keypadWord = true }
            // A short word of letters that stand for digits (`8OO` with Cyrillic O) may be read as digits.
            if lookalikes == letters, letters <= 4 { parts.digits += letters }
            letters = 0
            lookalikes = 0
            hash = WordHashes.empty
            length = 0
            capitals = 0
            endsCyrillic = false
        }

        /// A Chinese, Japanese or Korean digit: it ends a word, and is company for an everyday number word.
        mutating func numeral() {
            endWord()
            parts.digits += 1
            parts.words += waiting
            waiting = 0
            afterNumberWord = true
        }
    }

    /// What the tokens make of a scalar below U+1F00 (Latin to Vietnamese, the scripts of the number words).
    private enum ScriptClass {
        static let other: UInt8 = 0
        static let letter: UInt8 = 1
        /// A mark, not a letter: part of a word it follows (a Thai tone mark, the Devanagari virama).
        static let mark: UInt8 = 2
    }

    /// ``ScriptClass`` of each scalar below U+1F00, from the Unicode properties the tokens ask.
    private static let scriptClasses: [UInt8] = (0..<0x1F00).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return ScriptClass.other }
        if scalar.properties.isAlphabetic { return ScriptClass.letter }
        return isMark(scalar.properties.generalCategory) ? ScriptClass.mark : ScriptClass.other
    }

    private static func isMark(_ category: Unicode.GeneralCategory) -> Bool {
        category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
    }

    /// Whether a Cyrillic letter starts at `index`: after one, an apostrophe joins the two into one word
    /// (Ukrainian `п'ять`, `дев’ять`; English and French elisions, `l'ID`, keep their split).
    private static func startsCyrillicLetter<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, at index: Int
    ) -> Bool where Bytes.Index == Int {
        guard index + 1 < bytes.endIndex, bytes[index] >= 0xD0, bytes[index] <= 0xD3 else { return false }
        let value = UInt32(bytes[index] & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        return Unicode.Scalar(value)?.properties.isAlphabetic ?? false
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

    private static func tokenize(_ text: String, plainWords: Bool) -> [Token] {
        var tokens: [Token] = []
        // The pending digits and word as UTF-8 (a String is made once per token).
        var digits: [UInt8] = []
        var word: [UInt8] = []
        // Whether the word's last letter is Cyrillic: an apostrophe between two Cyrillic letters is part of the
        // word (Ukrainian п'ять, дев'ять).
        var wordEndsCyrillic = false
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
            wordEndsCyrillic = false
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
                    wordEndsCyrillic = false
                case 0x27 where wordEndsCyrillic && startsCyrillicLetter(bytes, at: index):
                    word.append(byte)
                    wordEndsCyrillic = false
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
                        tokens.append(.pause)
                    }
                case 0x2C:
                    flush()
                    tokens.append(.pause)
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
            // Invisible characters written inside a number (`1-8\u{200B}88`) hide it from digit matching: they are
            // passed over, as a reader's eye passes over them. So are the marks that dress a digit as a keycap
            // emoji (`0\u{FE0F}\u{20E3}`).
            if InvisibleScalars.contains(value) || value == 0x20E3 || value == 0xFE0F || value == 0xFE0E { continue }
            guard let scalar = Unicode.Scalar(value) else {
                flush()
                tokens.append(.other)
                continue
            }
            if let digit = NumberWords.hanDigit(value) {
                // A Chinese or Japanese numeral, glued to the words around it: it ends the word before it.
                if digits.isEmpty { flush() }
                digits.append(digit + 48)
                continue
            }
            let properties = scalar.properties
            if properties.numericType == .decimal, let value = properties.numericValue, value >= 0, value <= 9 {
                if digits.isEmpty { flush() }
                digits.append(UInt8(value) + 48)
            } else if properties.isAlphabetic {
                if word.isEmpty { flush() }
                word.append(contentsOf: encoded)
                wordEndsCyrillic = value >= 0x0400 && value <= 0x04FF
            } else if !word.isEmpty, isMark(properties.generalCategory) {
                // A mark the script writes inside words (a Thai tone mark, the Devanagari virama) keeps it whole.
                word.append(contentsOf: encoded)
            } else if value == 0x2019, wordEndsCyrillic, startsCyrillicLetter(bytes, at: index) {
                word.append(contentsOf: encoded)
                wordEndsCyrillic = false
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
                    tokens.append(.pause)
                }
            } else {
                flush()
                // Fullwidth, ideographic and Arabic commas are commas too.
                tokens.append(scalar == "\u{FF0C}" || scalar == "\u{3001}" || scalar == "\u{060C}" ? .pause : .other)
            }
        }
        flush()
        return tokens
    }

    /// Whether a word (its UTF-8) may be read by `numbers`: a non-ASCII word (lowercasing may change it), letters
    /// standing for digits (`8OO`, `FLOWERS`), a number word, or a word announcing an identifier. Other words only
    /// end a number, and one of them before a number is no identifier word. Number words are asked by their
    /// hash: short ones (Danish `to`, Hungarian `hat`) are English words too, and would otherwise make a String of
    /// every word as long that starts with the same letter.
    private static func mattersToANumber(_ word: [UInt8]) -> Bool {
        guard let first = word.first, word.allSatisfy({ $0 < 0x80 }) else { return true }
        if isASCIILookalikeWord(word) || isKeypadWord(word) { return true }
        if identifierWordSet.mayContain(first: ASCII.lower(first), length: word.count) { return true }
        return word.count <= WordHashes.maxLength && NumberWords.hashes.mayContain(WordHashes.hash(word))
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
