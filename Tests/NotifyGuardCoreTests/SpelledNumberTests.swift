import Foundation
import Testing

@testable import NotifyGuardCore

/// Phone numbers spelled as digit words in the lexicon's 41 languages (issue 13): words with spaces, Chinese and
/// Japanese numerals glued to the words around them, Korean digit syllables. Prose, dates and counting full of the
/// same words must stay no number, and a number written in digits must read as before.
@Suite struct SpelledNumberTests {
    /// The lexicon's languages (config/lure-topics.yaml), each with a phone number spelled out in it.
    static let spelledPhones: [(language: String, text: String, number: String)] = [
        ("en", "Call one eight eight eight five five five zero one four two now", "18885550142"),
        ("fr", "Appelez le zéro six quatre sept huit deux neuf un cinq trois", "0647829153"),
        ("de", "Rufen Sie null eins sieben sechs drei acht zwei neun vier fünf an", "0176382945"),
        ("es", "Llame al cero seis uno dos nueve ocho siete cuatro tres cinco", "0612987435"),
        ("pt", "Ligue para zero nove um um dois três quatro cinco seis sete oito", "09112345678"),
        ("it", "Chiami il tre tre nove uno due otto quattro cinque sei sette", "3391284567"),
        ("nl", "Bel nul zes een twee drie negen vijf zes zeven acht", "0612395678"),
        ("pl", "Zadzwoń pod zero dwa dwa pięć pięć pięć zero jeden cztery dwa", "0225550142"),
        ("tr", "Arayın sıfır beş üç iki bir iki üç dört beş altı", "0532123456"),
        ("ru", "Звоните восемь девять один шесть пять пять пять ноль один четыре два", "89165550142"),
        ("sv", "Ring noll sju noll fem fem fem noll ett fyra två", "0705550142"),
        ("da", "Ring fire fem to to en ni otte syv seks fem", "4522198765"),
        ("nb", "Ring ni to fire fem seks sju åtte null en to", "9245678012"),
        ("fi", "Soita nolla neljä nolla viisi viisi viisi nolla yksi neljä kaksi", "0405550142"),
        ("cs", "Volejte plus čtyři dva nula sedm sedm sedm jedna dva tři čtyři pět šest", "420777123456"),
        ("sk", "Volajte nula deväť jeden päť päť päť nula jeden štyri dva", "0915550142"),
        ("hu", "Hívja a nulla hat egy kettő három négy öt hat hét nyolc", "0612345678"),
        ("ro", "Sunați la zero șapte doi doi cinci cinci cinci unu patru doi", "0722555142"),
        ("el", "Καλέστε έξι εννέα τέσσερα πέντε πέντε πέντε μηδέν ένα τέσσερα δύο", "6945550142"),
        ("he", "התקשרו אפס חמש ארבע שבע שבע שבע אחת שתיים שלוש ארבע", "0547771234"),
        ("ar", "اتصل على صفر خمسة صفر سبعة سبعة سبعة واحد اثنان ثلاثة أربعة", "0507771234"),
        ("fa", "تماس با صفر نه یک دو سه چهار پنج شش هفت هشت", "0912345678"),
        ("uk", "Телефонуйте нуль шість сім п'ять п’ять пʼять нуль один чотири два", "0675550142"),
        ("bg", "Обадете се на нула осем осем седем шест пет четири три две едно", "0887654321"),
        ("hi", "कॉल करें नौ आठ सात शून्य पांच पाँच पाँच शून्य एक चार", "9870555014"),
        ("th", "โทร ศูนย์ แปด หนึ่ง ห้า ห้า ห้า ศูนย์ หนึ่ง สี่ สอง", "0815550142"),
        ("id", "Hubungi nol delapan satu dua tiga sembilan lima enam tujuh delapan", "0812395678"),
        ("ms", "Hubungi kosong satu tujuh lima lima lima kosong satu empat dua", "0175550142"),
        ("tl", "Tumawag sa sero siyam isa pito lima lima lima sero isa apat dalawa", "09175550142"),
        ("vi", "Gọi ngay không chín một hai năm năm năm không một bốn", "0912555014"),
        ("ko", "전화 공일공 일이삼사 오육칠팔", "01012345678"),
        ("ja", "お電話は〇三一二三四五六七八まで", "0312345678"),
        ("zh", "请致电一八八八五五五零一四二", "18885550142"),
        ("sw", "Piga simu sifuri saba moja tano tano tano tano sifuri moja nne nane", "07155550148"),
        ("ca", "Truqueu al sis zero nou cinc cinc cinc zero un quatre dos", "6095550142"),
        ("lv", "Zvaniet divi septiņi pieci pieci pieci nulle viens četri divi", "275550142"),
        ("et", "Helistage viis kolm kaks viis viis viis null üks neli kaks", "5325550142"),
        ("is", "Hringdu í sex níu fimm fimm fimm núll einn fjórir sjö", "695550147"),
        ("sr", "Позовите нула шест четири пет пет пет нула један пет девет", "0645550159"),
        ("bn", "কল করুন শূন্য এক সাত এক পাঁচ পাঁচ পাঁচ শূন্য এক চার ছয়", "01715550146"),
        ("ur", "رابطہ کریں صفر تین صفر صفر پانچ پانچ پانچ صفر ایک چار", "0300555014"),
    ]

    @Test func everyLanguageOfTheLexiconHasASpelledPhone() {
        #expect(Set(Self.spelledPhones.map(\.language)) == [
            "en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "ru", "ar", "ko", "ja", "zh", "vi",
            "sv", "da", "nb", "fi", "cs", "sk", "hu", "ro", "el", "he", "fa", "uk", "bg", "hi", "th", "id", "ms", "tl",
            "sw", "ca", "lv", "et", "bn", "is", "sr", "ur",
        ])
        #expect(Self.spelledPhones.count == 41)
        let tables = (NumberWords.firstLanguages + NumberWords.moreLanguages).map(\.code)
        #expect(Set(tables).count == tables.count && tables.count == 38, "ko, ja, zh are read by their scripts")
    }

    @Test(arguments: spelledPhones)
    func aSpelledPhoneIsRead(language: String, text: String, number: String) {
        #expect(PhoneNotation.mayHoldANumber(text), "\(language)")
        #expect(PhoneNotation.numbers(in: text) == [number], "\(language)")
        // In capitals too (English ones after a toll-free prefix are keypad letters: 1-888-FIVE).
        if language != "en" {
            #expect(PhoneNotation.numbers(in: text.uppercased()) == [number], "\(language) in capitals")
        }
    }

    /// No word is spelled as two digits, and each reads as the digit its table gives it.
    @Test func everyNumberWordReadsAsItsDigit() {
        for (word, digit) in NumberWords.spellings(NumberWords.firstLanguages + NumberWords.moreLanguages) {
            #expect(NumberWords.digits[word] == digit, "\(word)")
            #expect(NumberWords.spelled(word)?.digits == String(digit), "\(word)")
            #expect(NumberWords.hashes.mayContain(WordHashes.hash(word.utf8)), "\(word)")
        }
        // The first ten languages read as before, wherever a word stands.
        let first = NumberWords.spellings(NumberWords.firstLanguages).map(\.word)
        #expect(first.allSatisfy { !NumberWords.everyday.contains($0) })
        #expect(NumberWords.everyday.isSuperset(of: ["to", "en", "ni", "fire", "hat", "không", "năm", "एक", "نه"]))
    }

    /// A word hashed as a byte loop reads it is always found among the members, whatever its ASCII case.
    @Test func wordHashesAlwaysFindTheirMembers() {
        var random = TestRandom(state: 42)
        let alphabet: [UInt8] = Array("abzAZ'".utf8) + [0xC3, 0xA9, 0xD0, 0xBF]
        for _ in 0..<200 {
            let members = (0..<random.below(40)).map { _ in
                (0..<(1 + random.below(12))).map { _ in random.pick(alphabet) }
            }
            let hashes = WordHashes(members)
            for member in members {
                let flipped = member.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 }
                #expect(hashes.mayContain(WordHashes.hash(member)) && hashes.mayContain(WordHashes.hash(flipped)))
            }
        }
        #expect(!NumberWords.hashes.mayContain(WordHashes.hash("the".utf8)))
        #expect(!NumberWords.hashes.mayContain(WordHashes.hash("or".utf8)))
    }

    @Test func hanNumeralsGluedToWordsAreRead() {
        #expect(PhoneNotation.numbers(in: "客服热线：一三八一二三四五六七八，欢迎来电") == ["13812345678"])
        #expect(PhoneNotation.numbers(in: "請撥打〇九一二 三四五 六七八查詢") == ["0912345678"])
        #expect(PhoneNotation.numbers(in: "詳しくは〇一二〇-五五五-〇一四にお電話ください") == ["0120555014"])
        // 幺 for 1, as a number is read aloud; digits of both kinds in one number.
        #expect(PhoneNotation.numbers(in: "拨打幺三九零零幺幺八八九九") == ["13900118899"])
        #expect(PhoneNotation.numbers(in: "电话138五五五0142") == ["1385550142"])
        // The financial numerals written against forgery, simplified, traditional and Japanese.
        #expect(PhoneNotation.numbers(in: "退款请联系壹捌捌捌伍伍伍零壹肆贰") == ["18885550142"])
        #expect(PhoneNotation.numbers(in: "聯絡電話零玖壹貳參肆伍陸柒捌") == ["0912345678"])
        #expect(PhoneNotation.numbers(in: "連絡先〇参壱弐参四五六七八") == ["0312345678"])
        #expect(PhoneNotation.mayHoldANumber("退款请联系壹捌捌捌伍伍伍零壹肆贰"))
    }

    @Test(arguments: [
        "一二三四五六七八九十",
        "二〇二四年十二月七日上午十点",
        "令和六年十二月七日（土）午前十時三十分",
        "我们一起去过三次，一共花了五百元，第一天和第二天都很好，七八个人一起吃饭。",
        "一五一十地说明了三四个问题，大陆和陸地的伍先生参加了会议。",
        "一一对应，三三两两，四面八方，五花八门，七上八下，九九归一。",
        "第一章 第二章 第三章 第四章 第五章 第六章 第七章 第八章 第九章",
    ])
    func chineseAndJapaneseProseAndDatesAreNoNumber(text: String) {
        #expect(PhoneNotation.numbers(in: text) == [], "\(text)")
    }

    @Test func koreanDigitSyllablesAreRead() {
        #expect(PhoneNotation.numbers(in: "연락처 공일공-일이삼사-오육칠팔") == ["01012345678"])
        #expect(PhoneNotation.numbers(in: "공 일 공 오 오 오 공 일 사 이 로 전화") == ["0105550142"])
        #expect(PhoneNotation.numbers(in: "영일영 구팔칠육 오사삼이") == ["01098765432"])
        #expect(PhoneNotation.numbers(in: "010 오오오 공일사이") == ["0105550142"])
        #expect(PhoneNotation.mayHoldANumber("공 일 공 오 오 오 공 일 사 이"))
    }

    @Test(arguments: [
        "이 사람이 이 일을 오늘 다 했다",
        "이 일은 사이 좋은 이웃과 공사 이후에 이사 간 일이다",
        "일 이 삼 사 오 육 칠 팔 구 십",
        "1일 2일 3일 4일 5일 6일 7일 8일 9일 10일",
        "2024년 12월 7일 오후 3시 공사 일정 안내",
        "오일 교환 사이 구 일 이 사",
    ])
    func koreanProseIsNoNumber(text: String) {
        #expect(PhoneNotation.numbers(in: text) == [], "\(text)")
    }

    @Test func ukrainianApostrophesKeepAWordWhole() {
        for five in ["п'ять", "п’ять", "пʼять"] {
            for nine in ["дев'ять", "дев’ять", "девʼять"] {
                let text = "Дзвоніть: нуль \(nine) \(five) \(five) \(five) нуль один чотири два \(nine)"
                #expect(PhoneNotation.mayHoldANumber(text), "\(text)")
                #expect(PhoneNotation.numbers(in: text) == ["0955501429"], "\(text)")
            }
        }
        let capitals = "П'ЯТЬ ДЕВ'ЯТЬ НУЛЬ П'ЯТЬ П'ЯТЬ П'ЯТЬ НУЛЬ ОДИН ЧОТИРИ ДВА"
        #expect(PhoneNotation.numbers(in: capitals) == ["5905550142"])
        // An apostrophe elsewhere splits words as it did: `l'ID` announces an identifier.
        #expect(PhoneNotation.numbers(in: "l'ID 812 3456 7890") == [])
        #expect(PhoneNotation.numbers(in: "Ünal's line 0850 555 01 42") == ["08505550142"])
    }

    /// Texts full of the short number words that are everyday words somewhere (Danish `en`, `to`, `ni`,
    /// Vietnamese `không`, `năm`, `một`, Hungarian `egy`, `hat`...), and counting: no number.
    @Test(arguments: [
        "Vi har to biler og en hund, og ni af ti kunder kom til fire møder på en dag.",
        "Det er en god idé at komme to og to, men ni ud af ti gør det ikke, fem eller seks er nok.",
        "Jeg har et hus og en bil, to katte og ei ku, og vi er ni, fire voksne og fem barn.",
        "Vi ses en gång till, sex eller sju personer, två av dem kommer tre dagar.",
        "Tôi không có hai năm để chờ, một năm là đủ, ba người không đến, năm người đến.",
        "Năm nay không có ai, một hai người thôi, ba bốn năm sáu bảy người năm ngoái không đi.",
        "Egy hat éves gyerek egy hét alatt hat könyvet olvasott el, öt vagy hat órát.",
        "Unu dintre ei are doi copii, una dintre fete are trei ani și opt prieteni.",
        "I want to go to the fire station to pet a cat, opt in to the hat sale on the bay.",
        "en to tre fire fem seks syv otte ni ti",
        "one two three four five six seven eight nine ten",
        "jeden dva tři čtyři pět šest sedm osm devět deset",
        "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh",
        "एक दो तीन चार पाँच छह सात आठ नौ दस",
        "Saya satu dari dua orang yang tiga kali ke Lima.",
    ])
    func everydayNumberWordsMakeNoNumberOfProse(text: String) {
        #expect(PhoneNotation.numbers(in: text) == [], "\(text)")
    }

    /// An everyday number word after a number written in digits is read as the word it is: the number stays.
    @Test(arguments: [
        ("Call 1-800-555-0199 to renew", "18005550199"),
        ("Ring 70 12 34 56 78 en gang til", "7012345678"),
        ("Bel 020 555 0142 het liefst vandaag", "0205550142"),
        ("Gọi 0912 555 014 năm 2024", "0912555014"),
        ("Gọi 0912 555 014 không được thì nhắn tin", "0912555014"),
        ("Hívja a 06 1 555 0142 egy órán belül", "0615550142"),
        ("연락처 010 1234 5678 이 번호로", "01012345678"),
        ("Appelez le 01 23 45 67 89 et demandez", "0123456789"),
    ])
    func everydayNumberWordsLeaveAWrittenNumberAlone(text: String, number: String) {
        #expect(PhoneNotation.numbers(in: text) == [number], "\(text)")
    }

    /// The quick look before the tokens never turns away a text the tokens read a number from (texts mixing
    /// number words of every script and case, digits, numerals and separators), and turns away English prose
    /// full of everyday number words.
    @Test func theQuickLookLetsEveryNumberThrough() {
        var random = TestRandom(state: 41)
        let words = NumberWords.spellings(NumberWords.firstLanguages + NumberWords.moreLanguages).map(\.word)
        let more = ["공일공", "이", "사람", "一", "八", "请", "〇", "5", "555", "+", "call", "to", "FLOWERS", "renew", "O",
            "l'", "’", "'", "\u{0301}", "\u{0E48}", "шість", "Ünal", "1-800", "О", "8ОО", "Ο", "oo", "I", "l", "S",
            "B", "О14"]
        let separators = [" ", "  ", "-", ", ", ".", "\u{A0}", "\n", "", " – ", "/", "\u{3000}", "'"]
        for _ in 0..<4000 {
            let text = (0..<random.below(16)).map { _ in
                let word = random.below(3) == 0 ? random.pick(more) : random.pick(words)
                switch random.below(4) {
                case 0: return word.uppercased() + random.pick(separators)
                case 1: return word.prefix(1).uppercased() + word.dropFirst() + random.pick(separators)
                default: return word + random.pick(separators)
                }
            }.joined()
            let numbers = PhoneNotation.numbers(in: text, plainWords: false)
            #expect(PhoneNotation.mayHoldANumber(text) || numbers.isEmpty, "\(text): \(numbers)")
            #expect(PhoneNotation.numbers(in: text) == numbers, "\(text)")
        }
        #expect(!PhoneNotation.mayHoldANumber("Sign in to see the fire safety tips, opt in to the hat sale"))
        #expect(!PhoneNotation.mayHoldANumber("Vi har to biler og en hund, og ni af ti kunder kom til"))
        // Letters for digits count too: six digits and four Cyrillic O.
        #expect(PhoneNotation.mayHoldANumber("підтримка О 8ОО 555 О14"))
        #expect(PhoneNotation.numbers(in: "підтримка О 8ОО 555 О14") == ["800555014"])
        #expect(PhoneNotation.mayHoldANumber("one eight zero zero FLOWERS"))
        #expect(PhoneNotation.numbers(in: "one eight zero zero FLOWERS") == ["18003569377"])
    }

    /// A comma or a spaced dash ends a number written in digits, but may stand between the groups of one spelled
    /// in words; invisible characters inside a number are passed over.
    @Test func pausesBetweenSpelledGroupsAndInvisibleCharacters() {
        #expect(PhoneNotation.numbers(in: "volejte čtyři dva nula, pět pět pět, nula jedna čtyři dva") == ["4205550142"])
        #expect(PhoneNotation.numbers(in: "звъни нула шест четири – пет пет пет – нула едно четири две") == ["0645550142"])
        // Digits keep their old reading: a comma or a spaced dash ends them.
        #expect(PhoneNotation.numbers(in: "Invoice 12,450, 555 0142 total") == [])
        #expect(PhoneNotation.numbers(in: "FV-2026-881 – 12.450 lei") == [])
        // A comma after a number word with no number word after it ends the run.
        #expect(PhoneNotation.numbers(in: "one eight eight eight, five five five, zero one four two") == ["18885550142"])
        #expect(PhoneNotation.numbers(in: "one, two, three, four: that is all") == [])
        #expect(PhoneNotation.numbers(in: "Call 1-8\u{200B}88-5\u{200B}55-01\u{200D}47 today") == ["18885550147"])
        #expect(PhoneNotation.numbers(in: "\u{200E}+٩٦٦ ٥٥ ٥٥٠ ١٤٢٧\u{200E}") == ["+966555501427"])
        // Digits between spelled groups, and an everyday number word among them, in a number spelled in words.
        #expect(PhoneNotation.numbers(in: "הודעה בסיגנל: אפס חמש 4 - חמש חמש חמש - 01 שבע 3") == ["0545550173"])
        #expect(PhoneNotation.numbers(in: "zero five 4 - five five five - 01 seven 3") == ["0545550173"])
        // Counting with digits between is no number.
        #expect(PhoneNotation.numbers(in: "Top 3 - one of five, 2 - two of them") == [])
    }
}
