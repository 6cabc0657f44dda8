/// Digits spelled as words, in the languages of the shipped lexicon: "one eight eight eight" is a phone number
/// written to slip past digit matching.
enum NumberWords {
    /// Lowercased word to the digit it spells. Words that are also everyday words in another of these languages
    /// keep one meaning (their digit), which is harmless: a run needs many of them in a row to count.
    static let digits: [String: UInt8] = {
        let languages: [[String]] = [
            // English, French, German, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Russian; index = digit.
            ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
            ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
            ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
            ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
            ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
            ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
            ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
            ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
            ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"],
            ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
        ]
        var table: [String: UInt8] = [:]
        for words in languages {
            for (digit, word) in words.enumerated() where table[word] == nil { table[word] = UInt8(digit) }
        }
        // Spellings people use when the accent is hard to type.
        table["zeró"] = 0
        table["fuenf"] = 5
        table["funf"] = 5
        table["piec"] = 5
        table["szesc"] = 6
        table["dziewiec"] = 9
        table["tres"] = 3
        return table
    }()

    /// The digit a lowercased word spells, if any.
    static func digit(_ word: String) -> UInt8? {
        // No hashing of a word no number word starts and is as long as (most words of a text).
        words.contains(word) ? digits[word] : nil
    }

    /// The number words, for the question by first byte and length.
    static let words = WordSet(Set(digits.keys))
}
