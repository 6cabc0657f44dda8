import Foundation

/// What a filled-in field carries besides contact channels, judged by shape rather than by wording: money
/// amounts, an invitation to scan a QR code, and sentences where a name belongs. Language-independent.
public enum FieldText {
    /// Currency signs and codes written next to an amount.
    static let currencySigns: Set<Character> = [
        "$", "€", "£", "¥", "₹", "₽", "₩", "₺", "₫", "₱", "₦", "฿", "₪", "₴", "￥", "＄", "₸", "₾", "৳", "₭", "៛", "₨",
        "₵",
    ]
    static let currencyCodes: Set<String> = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "rub", "krw", "try", "pln", "brl", "cad", "aud", "chf",
        "sek", "nok", "dkk", "mxn", "zar", "aed", "sar", "btc", "eth", "usdt", "usdc", "bnb", "xrp", "sol",
        "dollars", "dollar", "euros", "euro", "zł", "zl", "руб", "рублей", "lira", "tl", "€uro",
        // Codes and the local abbreviations written beside an amount: kronor/kroner, lei, koruna, forint, real,
        // rupees, rupiah, ringgit, peso, baht, hryvnia, lev, shekel, rial/toman, dong, yuan, dirham, riyal.
        "kr", "kr.", "lei", "ron", "kč", "czk", "ft", "huf", "r$", "rs", "rs.", "rp", "idr", "rm", "myr", "php",
        "thb", "บาท", "uah", "грн", "грн.", "bgn", "лв", "лв.", "ils", "nis", "₪", "تومان", "ریال", "ريال", "irr",
        "vnd", "đ", "đồng", "yuan", "元", "円", "원", "hkd", "sgd", "nzd", "egp", "ngn", "kes", "mad", "درهم",
        // Rupees in Urdu, taka, shillings, dinars, cedis, and the codes of South Asia and East Africa.
        "روپے", "روپیہ", "روپیے", "pkr", "টাকা", "bdt", "lkr", "npr", "ksh", "tsh", "ugx", "tzs", "ghs", "динара",
        "динар", "дин", "дин.", "rsd", "рсд", "mkd",
    ]
    /// Codes written glued before the amount (`R$1.280,00`, `RM350`, `Rp4.299.000`, `Rs24,999`, `US$12`).
    static let gluedCodes = ["r$", "us$", "rs.", "rs", "rp", "rm", "kr", "hk$", "s$", "a$", "c$", "ksh"]

    /// Money amounts in `text` (`$499.99`, `499,99 €`, `1 200 USD`, `0.5 BTC`), as written.
    public static func moneyAmounts(in text: String) -> [String] {
        // An amount needs a digit (a character whose first scalar has a numeric type): ASCII text without one of
        // 0-9 holds none, other text none without such a scalar.
        if UTF8Bytes.isASCII(text) {
            if !text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return [] }
        } else if !text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
            return []
        }
        let words = tokens(text)
        var found: [String] = []
        for (index, word) in words.enumerated() where word.isAmount {
            let before = index > 0 ? words[index - 1] : nil
            let after = index + 1 < words.count ? words[index + 1] : nil
            let signed = word.isCoded || word.text.first.map(currencySigns.contains) ?? false
                || word.text.last.map(currencySigns.contains) ?? false
            let coded = [before, after].contains { neighbour in
                guard let neighbour else { return false }
                return currencyCodes.contains(neighbour.text.lowercased())
                    || neighbour.text.count == 1 && neighbour.text.first.map(currencySigns.contains) == true
            }
            if signed || coded, !found.contains(word.text) { found.append(word.text) }
            if found.count >= 8 { break }
        }
        return found
    }

    /// The Chinese words for a QR code and for scanning one, as UTF-8.
    private static let qrMarkers = ByteNeedles(["二维码", "二維碼", "扫码", "掃碼", "扫一扫", "掃一掃"].map { Array($0.utf8) })

    /// Whether `text` asks to scan a QR code: the token `QR` (in any script around it) or the Chinese words for
    /// a QR code and for scanning one.
    public static func mentionsQRCode(_ text: String) -> Bool {
        if qrMarkers.occur(inUTF8Of: text, maxBytes: PhoneNotation.maxScalars * 3) { return true }
        // On the bytes: `QR` in any case is two ASCII bytes, and a neighbour that is no ASCII byte is no Latin
        // letter. Looked at in the first `maxScalars` scalars.
        var text = text
        return text.withUTF8 { bytes in
            var end = bytes.count
            if end > PhoneNotation.maxScalars {
                var scalars = 0
                end = 0
                while end < bytes.count {
                    if bytes[end] & 0xC0 != 0x80 {
                        if scalars == PhoneNotation.maxScalars { break }
                        scalars += 1
                    }
                    end += 1
                }
            }
            func isLatinLetter(_ byte: UInt8) -> Bool { byte < 0x80 && byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }
            var index = 0
            while index + 1 < end {
                // "qr", any case
                if bytes[index] | 0x20 == 0x71, bytes[index + 1] | 0x20 == 0x72 {
                    let before = index > 0 ? bytes[index - 1] : 0x20
                    let after = index + 2 < end ? bytes[index + 2] : 0x20
                    // Not inside a Latin word ("aqrab"): any non-Latin-letter neighbour ends the token.
                    if !isLatinLetter(before) && !(isLatinLetter(after) && after | 0x20 != 0x63) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Whether a text in a *name* field (organisation, app, group, file name) reads as a sentence: many words,
    /// sentence punctuation inside, or, in scripts written without spaces, a long run of text.
    public static func readsAsSentence(_ text: String) -> Bool {
        if UTF8Bytes.isASCII(text) { return asciiReadsAsSentence(text) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = trimmed.split(whereSeparator: { $0.isWhitespace })
        if words.count >= 8 { return true }
        let sentenceMarks: Set<Character> = ["!", "?", "¡", "¿", "！", "？", "。", "؟", "।"]
        if words.count >= 3, trimmed.contains(where: sentenceMarks.contains) { return true }
        // A sentence end followed by another sentence: "Order confirmed. Call now".
        if words.count >= 5, words.dropLast().contains(where: { $0.hasSuffix(".") && $0.count > 3 }) { return true }
        // Scripts without spaces between words: a name of 20+ such characters is a sentence.
        let unspaced = trimmed.unicodeScalars.filter { isUnspacedScript($0) }.count
        return unspaced >= 20 || (unspaced >= 10 && trimmed.contains(where: sentenceMarks.contains))
    }

    /// `readsAsSentence` of ASCII text, on its bytes (no unspaced script, and ASCII's only sentence marks `!` `?`).
    /// One pass, no array of words: their count, a `!` or `?`, and a word before the last ending in `.`.
    private static func asciiReadsAsSentence(_ text: String) -> Bool {
        var words = 0
        var marks = false
        var wordLength = 0
        var lastByte: UInt8 = 0
        var dottedWordEnded = false  // the last word that ended has 4+ bytes and ends in `.`
        var dottedBeforeLast = false
        for byte in text.utf8 {
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if wordLength > 0 { dottedWordEnded = lastByte == UInt8(ascii: ".") && wordLength > 3 }
                wordLength = 0
                continue
            }
            if wordLength == 0 {
                words += 1
                if dottedWordEnded { dottedBeforeLast = true }
            }
            wordLength += 1
            lastByte = byte
            if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { marks = true }
        }
        return words >= 8 || (words >= 3 && marks) || (words >= 5 && dottedBeforeLast)
    }

    private struct Token {
        var text: String
        /// Digits, with at most the grouping and decimal marks amounts use, and a sign glued on either end.
        var isAmount: Bool
        /// A currency code is glued before the digits (an amount whatever its neighbours).
        var isCoded: Bool
    }

    private static let amountEnds: Set<Character> = ["/", "-", "\u{2013}", "\u{2014}", "~", "\u{FF5E}"]
    /// Punctuation trimmed from around an amount (in Swift: Foundation's trimming bridges every piece to NSString).
    private static let punctuation: Set<Character> = ["(", ")", "[", "]", ":", ";", ",", "!", "?", "\"", "'"]

    private static func tokens(_ text: String) -> [Token] {
        // A slash or a dash ends an amount too: `₱3,000/day`, `₱3,000–₱8,000`.
        let pieces = text.prefix(PhoneNotation.maxScalars).split {
            $0.isWhitespace || amountEnds.contains($0)
        }
        return pieces.prefix(2048).map { piece in
            var trimmed = piece
            while let first = trimmed.first, punctuation.contains(first) { trimmed.removeFirst() }
            while let last = trimmed.last, punctuation.contains(last) { trimmed.removeLast() }
            let core = String(trimmed)
            let body = core.filter { !currencySigns.contains($0) }
            if isAmount(body) { return Token(text: core, isAmount: true, isCoded: false) }
            // A code glued before the digits is a currency's too: `RM350` reads as `RM 350`. (Only a token with a
            // digit can be one: most words are passed without lowercasing them.)
            guard core.contains(where: \.isNumber) else { return Token(text: core, isAmount: false, isCoded: false) }
            let lowered = core.lowercased()
            let coded = gluedCodes.contains { code in
                lowered.hasPrefix(code) && isAmount(lowered.dropFirst(code.count))
            }
            return Token(text: core, isAmount: coded, isCoded: coded)
        }
    }

    /// Digits (1 to 12, of any script), with at most the grouping and decimal marks amounts use, a digit first.
    private static func isAmount(_ body: some StringProtocol) -> Bool {
        let digits = body.filter(\.isNumber).count
        return digits >= 1 && digits <= 12 && body.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
            && body.first?.isNumber == true
    }

    /// Han, kana, Thai, Lao, Khmer and Myanmar letters: scripts that write words without spaces between them.
    private static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x0E00...0x0EFF, 0x1780...0x17FF,
            0x1000...0x109F:
            return true
        default:
            return false
        }
    }
}
