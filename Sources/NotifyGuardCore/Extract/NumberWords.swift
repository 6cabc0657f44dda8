/// Digits spelled as words, in the languages of the shipped lexicon: "one eight eight eight" is a phone number
/// written to slip past digit matching.
enum NumberWords {
    /// The words of one language, index = digit; a slot holds the word and its variants, space-separated.
    struct Language: Sendable {
        let code: String
        let digits: [String]
    }

    /// The languages read first (issue 13): every word of theirs is a digit wherever it stands.
    static let firstLanguages: [Language] = [
        Language(code: "en", digits: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]),
        Language(
            code: "fr", digits: ["zéro zeró", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]),
        Language(
            code: "de",
            digits: ["null", "eins", "zwei", "drei", "vier", "fünf fuenf funf", "sechs", "sieben", "acht", "neun"]),
        Language(
            code: "es", digits: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]),
        Language(
            code: "it", digits: ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]),
        Language(
            code: "pt", digits: ["zero", "um", "dois", "três tres", "quatro", "cinco", "seis", "sete", "oito", "nove"]),
        Language(code: "nl", digits: ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]),
        Language(
            code: "pl",
            digits: ["zero", "jeden", "dwa", "trzy", "cztery", "pięć piec", "sześć szesc", "siedem", "osiem",
                "dziewięć dziewiec"]),
        // Capitals lowercase to `sifir` and `alti` (SIFIR, ALTI).
        Language(
            code: "tr",
            digits: ["sıfır sifir", "bir", "iki", "üç", "dört", "beş", "altı alti", "yedi", "sekiz", "dokuz"]),
        Language(
            code: "ru", digits: ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]),
    ]

    /// The other languages of the lexicon written with spaces (Korean syllables: ``hangulDigit(_:)``; Chinese and
    /// Japanese numerals: ``hanDigit(_:)``). Spellings without their accents, as people type them; Greek with and
    /// without the tonos (capitals lose it); Hebrew in both genders; Arabic with and without the hamza and with
    /// ه for ة; Ukrainian with each apostrophe in use.
    static let moreLanguages: [Language] = [
        Language(
            code: "sv", digits: ["noll", "en ett", "två tva", "tre", "fyra", "fem", "sex", "sju", "åtta atta", "nio"]),
        Language(code: "da", digits: ["nul", "en et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]),
        Language(
            code: "nb",
            digits: ["null", "en ett ei", "to", "tre", "fire", "fem", "seks", "sju syv", "åtte atte", "ni"]),
        Language(
            code: "fi",
            digits: ["nolla", "yksi", "kaksi", "kolme", "neljä nelja", "viisi", "kuusi", "seitsemän seitseman",
                "kahdeksan", "yhdeksän yhdeksan"]),
        Language(
            code: "cs",
            digits: ["nula", "jedna jeden jedno", "dva dvě dve", "tři tri", "čtyři ctyri", "pět pet", "šest sest",
                "sedm", "osm", "devět devet"]),
        Language(
            code: "sk",
            digits: ["nula", "jeden jedna jedno", "dva dve", "tri", "štyri styri", "päť pat pät", "šesť sest",
                "sedem", "osem", "deväť devat devät"]),
        Language(
            code: "hu",
            digits: ["nulla", "egy", "kettő ketto kettö két ket", "három harom", "négy negy", "öt ot", "hat",
                "hét het", "nyolc", "kilenc"]),
        Language(
            code: "ro",
            digits: ["zero", "unu una", "doi două doua", "trei", "patru", "cinci", "șase şase sase",
                "șapte şapte sapte", "opt", "nouă noua"]),
        Language(
            code: "el",
            digits: ["μηδέν μηδεν", "ένα ενα", "δύο δυο", "τρία τρια", "τέσσερα τεσσερα", "πέντε πεντε", "έξι εξι",
                "επτά επτα εφτά εφτα", "οκτώ οκτω οχτώ οχτω", "εννέα εννεα εννιά εννια"]),
        Language(
            code: "he",
            digits: ["אפס", "אחד אחת", "שתיים שתים שניים שנים", "שלוש שלושה שלש שלשה", "ארבע ארבעה", "חמש חמישה חמשה",
                "שש שישה ששה", "שבע שבעה", "שמונה", "תשע תשעה"]),
        Language(
            code: "ar",
            digits: ["صفر", "واحد واحدة واحده", "اثنان اثنين إثنان إثنين اثنتان اثنتين", "ثلاثة ثلاث ثلاثه",
                "أربعة اربعة أربع اربع أربعه اربعه", "خمسة خمس خمسه", "ستة ست سته", "سبعة سبع سبعه",
                "ثمانية ثماني ثمان ثمانيه", "تسعة تسع تسعه"]),
        Language(code: "fa", digits: ["صفر", "یک يک يك یك", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"]),
        Language(
            code: "uk",
            digits: ["нуль", "один одна одне", "два дві", "три", "чотири", "п'ять п’ять пʼять", "шість", "сім",
                "вісім", "дев'ять дев’ять девʼять"]),
        Language(
            code: "bg",
            digits: ["нула", "едно един една", "две два", "три", "четири", "пет", "шест", "седем", "осем", "девет"]),
        Language(code: "hi", digits: ["शून्य जीरो", "एक", "दो", "तीन", "चार", "पाँच पांच", "छह छः", "सात", "आठ", "नौ"]),
        Language(code: "th", digits: ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]),
        Language(
            code: "id",
            digits: ["nol kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]),
        Language(
            code: "ms",
            digits: ["sifar kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan"]),
        Language(
            code: "tl",
            digits: ["sero zero", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam"]),
        Language(
            code: "vi",
            digits: ["không khong", "một mot", "hai", "ba", "bốn bon", "năm nam", "sáu sau", "bảy bẩy bay", "tám tam",
                "chín chin"]),
        Language(
            code: "sw", digits: ["sifuri", "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa"]),
        Language(code: "ca", digits: ["zero", "un", "dos", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou"]),
        Language(
            code: "lv",
            digits: ["nulle", "viens", "divi", "trīs tris", "četri cetri", "pieci", "seši sesi", "septiņi septini",
                "astoņi astoni", "deviņi devini"]),
        Language(
            code: "et",
            digits: ["null", "üks uks", "kaks", "kolm", "neli", "viis", "kuus", "seitse", "kaheksa", "üheksa uheksa"]),
        Language(
            code: "is",
            digits: ["núll null", "einn ein eitt", "tveir tvær tvö tvaer tvo", "þrír þrjár þrjú thrir",
                "fjórir fjórar fjögur", "fimm", "sex", "sjö sjo", "átta atta", "níu niu"]),
        Language(
            code: "sr",
            digits: ["нула nula", "један једна jedan", "два две dva dve", "три tri", "четири četiri cetiri",
                "пет pet", "шест šest sest", "седам sedam", "осам osam", "девет devet"]),
        Language(code: "bn", digits: ["শূন্য", "এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত", "আট", "নয়"]),
        Language(code: "ur", digits: ["صفر", "ایک", "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو"]),
    ]

    /// Number words of more than three letters that are everyday words too: English "fire", "chin", "Lima",
    /// "kosong" (empty), "không" (not), "jedna" and "jedno" (one, also "a"), "nouă" (new), "שנים" (years), Swahili
    /// "moja" (Polish "my"), "saba" and "nane" (a name, Turkish "mint").
    private static let longEverydayWords: Set<String> = [
        "fire", "chin", "lima", "kosong", "không", "khong", "jedna", "jedno", "nouă", "noua", "שנים",
        "moja", "saba", "nane",
    ]

    /// Every word of `languages` with its digit, in order.
    static func spellings(_ languages: [Language]) -> [(word: String, digit: UInt8)] {
        languages.flatMap { language in
            language.digits.enumerated().flatMap { digit, slot in
                slot.split(separator: " ").map { (String($0), UInt8(digit)) }
            }
        }
    }

    /// Lowercased word to the digit it spells. A word spelled in two languages keeps its first digit (none differs).
    static let digits: [String: UInt8] = {
        var table: [String: UInt8] = [:]
        for (word, digit) in spellings(firstLanguages + moreLanguages) where table[word] == nil { table[word] = digit }
        return table
    }()

    /// Number words that are also everyday words in another language or in their own (articles, "in", "and",
    /// "not", "year", English "to", "hat", "pet"), read as a digit only beside another number word: in
    /// `call 555 0142 to renew`, `to` is no 2. The words of ``moreLanguages`` of three scalars or fewer, and
    /// ``longEverydayWords``; the words of ``firstLanguages`` are read as before, wherever they stand.
    static let everyday: Set<String> = {
        let first = Set(spellings(firstLanguages).map(\.word))
        return Set(spellings(moreLanguages).map(\.word).filter { !first.contains($0) && $0.unicodeScalars.count <= 3 })
            .union(longEverydayWords)
    }()

    /// The digit a lowercased word spells, if any.
    static func digit(_ word: String) -> UInt8? {
        // No hashing of a word no number word starts and is as long as (most words of a text).
        words.contains(word) ? digits[word] : nil
    }

    /// The digits a lowercased word spells: a number word's digit, or a Korean word's, one for each of its
    /// syllables when they are all digits (`공일공`, 010). `everyday` when the word is read only beside another
    /// number word (``everyday``; Korean words of one or two syllables: 이 "this", 일 "work", 사이 "between").
    static func spelled(_ word: String) -> (digits: String, everyday: Bool)? {
        if let digit = digit(word) { return (String(digit), everyday.contains(word)) }
        guard let first = word.unicodeScalars.first, first.value >= 0xAC00, first.value <= 0xD7A3 else { return nil }
        var digits = ""
        for scalar in word.unicodeScalars {
            guard let digit = hangulDigit(scalar.value) else { return nil }
            digits.append(Character(Unicode.Scalar(digit + 48)))
        }
        return (digits, digits.utf8.count <= 2)
    }

    /// The number words, for the question by first byte and length.
    static let words = WordSet(Set(digits.keys))

    /// Every number word in the cases a sentence writes it (lowercase, capitalised, capitals), for byte loops
    /// that hash words as they read them (``WordHashes``).
    static let hashes = WordHashes(casedForms(digits.keys))
    /// ``hashes`` of the words that aren't ``everyday``.
    static let steadyHashes = WordHashes(casedForms(digits.keys.filter { !everyday.contains($0) }))

    private static func casedForms(_ words: some Sequence<String>) -> [[UInt8]] {
        words.flatMap { TextCase.writtenCases($0).map { Array($0.utf8) } }
    }

    /// The digit of a Chinese or Japanese numeral a phone number is written in: 〇 零 一 ... 九, 幺 (1, as a
    /// number is read aloud) and the financial forms written against forgery (壹 贰 貳 叁 參 肆 伍 陆 陸 柒 捌 玖;
    /// Japanese 壱 弐 参). Not 十 百 千 万 两, which no phone number is written with.
    @inline(__always)
    static func hanDigit(_ value: UInt32) -> UInt8? {
        guard value >= 0x3007, value <= 0x96F6 else { return nil }
        switch value {
        case 0x3007, 0x96F6: return 0  // 〇 零
        case 0x4E00, 0x5E7A, 0x58F9, 0x58F1: return 1  // 一 幺 壹 壱
        case 0x4E8C, 0x8D30, 0x8CB3, 0x5F10: return 2  // 二 贰 貳 弐
        case 0x4E09, 0x53C1, 0x53C3, 0x53C2: return 3  // 三 叁 參 参
        case 0x56DB, 0x8086: return 4  // 四 肆
        case 0x4E94, 0x4F0D: return 5  // 五 伍
        case 0x516D, 0x9646, 0x9678: return 6  // 六 陆 陸
        case 0x4E03, 0x67D2: return 7  // 七 柒
        case 0x516B, 0x634C: return 8  // 八 捌
        case 0x4E5D, 0x7396: return 9  // 九 玖
        default: return nil
        }
    }

    /// The digit of a Sino-Korean digit syllable: 공 and 영 0, 일 1, 이 2, 삼 3, 사 4, 오 5, 육 6, 칠 7, 팔 8, 구 9.
    @inline(__always)
    static func hangulDigit(_ value: UInt32) -> UInt8? {
        switch value {
        case 0xACF5, 0xC601: return 0  // 공 영
        case 0xC77C: return 1  // 일
        case 0xC774: return 2  // 이
        case 0xC0BC: return 3  // 삼
        case 0xC0AC: return 4  // 사
        case 0xC624: return 5  // 오
        case 0xC721: return 6  // 육
        case 0xCE60: return 7  // 칠
        case 0xD314: return 8  // 팔
        case 0xAD6C: return 9  // 구
        default: return nil
        }
    }
}
