import Foundation
import Testing

@testable import NotifyGuardCore

/// The byte-level shortcuts of the field and skeleton code (word splitting, organisation words, sentence shape, the
/// prefilters of the messenger, QR and name searches) must answer as the `String` code they replaced, kept here as
/// reference definitions and compared on generated text full of white space of every kind, accents, scripts
/// written without spaces, capitals whose lowercase form differs in length, and the very bytes the prefilters look for.
@Suite struct FieldShortcutTests {
    static let pieces = [
        "a", "B", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}",
        "\u{2007}", "\u{200A}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}",
        "QRc", "qrs", "扫码", "ЯQR", "QR码",
        "é", "e\u{301}", "İ", "ı", "ß", "Σ", "中文", "ー", "Ä", "ÿ", "Ǆ", "ﬁ", "Ｑ", "qr", "QR", "Qr", "aqrab", "!", "?",
        ".", "Inc.", "-", "9", "12", "$", "€", "via", "VIA", "on behalf of", "Behalf", "whatsapp", "WhatsApp",
        "t.me/", "Telegram", "line", "ID", ":", "@", "+1", "800", "555", "0199", "ЖЁ", "اب", "\u{2002}",
    ]

    static func text(_ random: inout TestRandom, upTo count: Int) -> String {
        (0..<random.below(count + 1)).map { _ in random.pick(pieces) }.joined()
    }

    // MARK: Reference definitions (the code before the shortcuts)

    static func referenceWords(_ text: String, maxWords: Int) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                guard !word.isEmpty else { continue }
                words.append(String(word).lowercased())
                word = String.UnicodeScalarView()
                if words.count >= maxWords { return words }
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty { words.append(String(word).lowercased()) }
        return words
    }

    static func referenceOrganisationWords(_ text: String, capitalisedOnly: Bool) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var gap = false
        func close() {
            if gap { words.append("") } else if !current.isEmpty { words.append(String(current).lowercased()) }
            current = String.UnicodeScalarView()
            gap = false
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.numericType != nil else {
                close()
                continue
            }
            if current.isEmpty, !gap, capitalisedOnly, properties.isLowercase { gap = true }
            if !gap { current.append(scalar) }
        }
        close()
        return words
    }

    static func referenceJoined(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0 != "-" }))
    }

    static func referenceReadsAsSentence(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = trimmed.split(whereSeparator: { $0.isWhitespace })
        if words.count >= 8 { return true }
        let sentenceMarks: Set<Character> = ["!", "?", "¡", "¿", "！", "？", "。", "؟", "।"]
        if words.count >= 3, trimmed.contains(where: sentenceMarks.contains) { return true }
        if words.count >= 5, words.dropLast().contains(where: { $0.hasSuffix(".") && $0.count > 3 }) { return true }
        let unspaced = trimmed.unicodeScalars.filter {
            switch $0.value {
            case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x0E00...0x0EFF,
                0x1780...0x17FF, 0x1000...0x109F:
                return true
            default:
                return false
            }
        }.count
        return unspaced >= 20 || (unspaced >= 10 && trimmed.contains(where: sentenceMarks.contains))
    }

    static func referenceMentionsQRCode(_ text: String) -> Bool {
        let markers = ["二维码", "二維碼", "扫码", "掃碼", "扫一扫", "掃一掃"]
        if markers.contains(where: { text.contains($0) }) { return true }
        let scalars = Array(text.unicodeScalars.prefix(PhoneNotation.maxScalars))
        guard scalars.count >= 2 else { return false }
        func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
        }
        for index in 0..<(scalars.count - 1) {
            guard (scalars[index].value | 0x20, scalars[index + 1].value | 0x20) == (0x71, 0x72) else { continue }
            let before = index > 0 ? scalars[index - 1] : " "
            let after = index + 2 < scalars.count ? scalars[index + 2] : " "
            if !isLatinLetter(before) && !(isLatinLetter(after) && after.value | 0x20 != 0x63) { return true }
        }
        return false
    }

    static func referenceUserPart(_ displayName: String) -> String {
        var name = Substring(UTF8Strings.prefix(displayName, maxBytes: NameField.maxBytes))
        if let range = name.range(of: " on behalf of ", options: .caseInsensitive) { name = name[range.upperBound...] }
        for marker in [" (via ", " via "] {
            if let range = name.range(of: marker, options: [.caseInsensitive, .backwards]) {
                name = name[..<range.lowerBound]
            }
        }
        return name.trimmingCharacters(in: .whitespaces)
    }

    // MARK: Tests

    @Test func skeletonWordsSplitAtUnicodeWhiteSpace() {
        var random = TestRandom(state: 31)
        for _ in 0..<3000 {
            let text = Self.text(&random, upTo: 24)
            #expect(WhitespaceWords.lowercased(text, maxWords: 5) == Self.referenceWords(text, maxWords: 5), "\(text)")
            #expect(TemplateSkeleton.words(text) == Self.referenceWords(text, maxWords: TemplateSkeleton.maxWords))
            // As written: the same words at the same places (a name field's words are found by their places).
            let written = WhitespaceWords.asWritten(text, maxWords: 5)
            #expect(written.map { $0.lowercased() } == Self.referenceWords(text, maxWords: 5), "\(text)")
            #expect(written.allSatisfy { text.contains($0) }, "\(text)")
        }
        // Every white-space scalar there is, and its neighbours in the code chart, between two words.
        for value in UInt32(0)...0x3001 {
            guard let scalar = Unicode.Scalar(value), scalar != "\0" else { continue }
            let text = "Ab" + String(Character(scalar)) + "Cd"
            #expect(WhitespaceWords.lowercased(text, maxWords: 10) == Self.referenceWords(text, maxWords: 10),
                "U+\(String(value, radix: 16))")
        }
    }

    @Test func organisationNamesOnBytesMatchTheScalarCode() {
        var random = TestRandom(state: 32)
        for _ in 0..<3000 {
            let text = Self.text(&random, upTo: 12)
            for capitalised in [false, true] {
                #expect(OrganisationName.words(of: text, capitalisedOnly: capitalised)
                    == Self.referenceOrganisationWords(text, capitalisedOnly: capitalised), "\(text)")
            }
            #expect(OrganisationName.joined(text) == Self.referenceJoined(text), "\(text)")
        }
    }

    @Test func sentenceShapeAndBehalfPartOnBytesMatchTheStringCode() {
        var random = TestRandom(state: 33)
        for _ in 0..<3000 {
            let text = Self.text(&random, upTo: 14)
            #expect(FieldText.readsAsSentence(text) == Self.referenceReadsAsSentence(text), "\(text)")
            #expect(NameField.userPart(ofDisplayName: text) == Self.referenceUserPart(text), "\(text)")
        }
        #expect(FieldText.readsAsSentence("Your order was confirmed. Call now at once"))
        #expect(!FieldText.readsAsSentence("Acme Gear Inc."))
    }

    /// Invisible characters are removed on the bytes as the scalar by scalar definition removes them: joiners stay
    /// after letters of other scripts than Latin.
    @Test func invisibleCharactersAreRemovedOnTheBytesAsScalarByScalar() {
        func reference(_ text: String) -> String {
            var kept = String.UnicodeScalarView()
            var previous: UInt32 = 0x20
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if InvisibleScalars.contains(value), !((value == 0x200C || value == 0x200D) && previous >= 0x0250) {
                    continue
                }
                kept.append(scalar)
                previous = value
            }
            return String(kept)
        }
        var random = TestRandom(state: 35)
        let invisibles = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{00AD}", "\u{FEFF}", "\u{2060}", "\u{202E}", "ɐ", "ɏ"]
        for _ in 0..<3000 {
            let text = (0..<random.below(12)).map { _ in
                random.below(3) == 0 ? random.pick(invisibles) : random.pick(Self.pieces)
            }.joined()
            #expect(InvisibleScalars.removed(from: text) == reference(text), "\(text.unicodeScalars.map(\.value))")
        }
        // A text of nothing but joiners after a letter is read in one pass (each run is looked behind once).
        let joiners = "ب" + String(repeating: "\u{200C}", count: 200_000) + "a" + String(repeating: "\u{200D}", count: 1000)
        #expect(InvisibleScalars.removed(from: joiners) == "ب" + String(repeating: "\u{200C}", count: 200_000) + "a")
    }

    @Test func prefiltersFindWhatTheFullScansFind() {
        // The QR prefilter and the messenger names' byte search only skip texts the full scans find nothing in.
        var random = TestRandom(state: 34)
        for _ in 0..<3000 {
            let text = Self.text(&random, upTo: 16)
            #expect(FieldText.mentionsQRCode(text) == Self.referenceMentionsQRCode(text), "\(text)")
            _ = MessengerContacts.contacts(in: text)  // must not trap on any mix
        }
        // The byte search before the scalar scan turns away only texts the scan finds no contact in.
        let messengerPieces = ["line", "LINE", "Line", "online", "signal", "Signal", "SIGNAL", "сигнал", "СиГнАл",
            "ライン", "라인", "whatsapp", "WHATSAPP", "t.me/", "T.ME/", "xt.me/", "wa.me/", "telegram", "wechat", "微信",
            "viber", "lin.ee/", " ID", "id", "：", ":", "@", "-id", "(", " ", "\u{A0}", "a", "Z", "é", "İ", "5",
            "+1 800 555 0199", "12345678", "handle_42", "abc12345", ".", "-", "_", "\n"]
        for _ in 0..<5000 {
            let text = (0..<random.below(9)).map { _ in random.pick(messengerPieces) }.joined()
            #expect(MessengerContacts.contacts(in: text) == MessengerContacts.scanningEveryName(text), "\(text)")
        }
        #expect(!MessengerContacts.mayHoldContact("Sign in online before the deadline: a signal that"))
        #expect(MessengerContacts.mayHoldContact("Add me on LINE ID: cancel_jp24"))
        #expect(FieldText.mentionsQRCode("Scan the QR code"))
        #expect(!FieldText.mentionsQRCode("Aqrab travel"))
        #expect(MessengerContacts.contacts(in: "WhatsApp: +1 800 555 0199") == ["whatsapp:+18005550199"])
        #expect(MessengerContacts.contacts(in: "join t.me/helpdesk_42 now") == ["telegram:helpdesk_42"])
        #expect(MessengerContacts.contacts(in: "a line of text, 12345678") == [])
    }

    @Test func textsWithoutLinkBytesSkipTheLinkScanAlone() {
        // The channels of a text are the same with and without the link scan's byte gate.
        var random = TestRandom(state: 37)
        let pieces = ["acme", "com", ".", "@", "[dot]", "(dot)", "[d0t]", "{.}", "http", "://", "www", "xn--p1ai", "ｃｏｍ",
            "．", "。", "＠", "\u{2024}", "⒈", " ", "-", "/", "1", "800", "555", "0199", "wa", "me", "t", "WhatsApp", "QR",
            "scan", "mail", "io", "localhost", "a", "Z", "é", "\u{200B}", "ℯ", "𝐜𝐨𝐦"]
        let extractor = LinkExtractor(psl: PublicSuffixList(text: "com\nio\nme\nрф"), maxLinks: ContactChannelScanner.maxChannels)
        for _ in 0..<4000 {
            let text = (0..<random.below(9)).map { _ in random.pick(pieces) }.joined()
            #expect(ContactChannelScanner.channels(in: text, extractor: extractor)
                == ContactChannelScanner.scanningLinks(in: text, extractor: extractor), "\(text)")
        }
        #expect(!ContactChannelScanner.mayHoldLinkOrAddress("Acme Gear Inc"))
        #expect(ContactChannelScanner.mayHoldLinkOrAddress("acme[dot]io"))
    }

    @Test func moneyNeedsADigit() {
        #expect(FieldText.moneyAmounts(in: "Pay $ now, USD only") == [])
        #expect(FieldText.moneyAmounts(in: "Pay $499.99 now") == ["$499.99"])
        #expect(FieldText.moneyAmounts(in: "Zahlung ４９９ €") == ["４９９"])
        // A slash or a dash ends an amount: a daily pay, a range.
        #expect(FieldText.moneyAmounts(in: "WFH ₱3,000/araw") == ["₱3,000"])
        #expect(FieldText.moneyAmounts(in: "₱3,000–₱8,000 kada araw") == ["₱3,000", "₱8,000"])
        #expect(FieldText.moneyAmounts(in: "Call 555-0142 or 2026-12-07") == [])
    }

    @Test func lettersForDigitsStillReadAsNumbers() {
        #expect(PhoneNotation.numbers(in: "Call 1-800-FLOWERS today") == ["18003569377"])
        #expect(PhoneNotation.numbers(in: "call 8OO-555-O199 now") == ["8005550199"])
        #expect(PhoneNotation.numbers(in: "one eight eight eight five five five zero one nine nine") == ["18885550199"])
        #expect(PhoneNotation.numbers(in: "Meeting ID 812 3456 7890") == [])
        // Capital S and B for 5 and 8; Cyrillic and Greek O for 0.
        #expect(PhoneNotation.numbers(in: "help desk 1-8OO-S55-Ol79 (toll free)") == ["18005550179"])
        #expect(PhoneNotation.numbers(in: "підтримка 08ОО 555 О14") == ["0800555014"])
        #expect(PhoneNotation.numbers(in: "Κλήση 8ΟΟ-555-0142") == ["8005550142"])
        // Nine digits in the groups of a national number; not as one block, nor announced as an identifier.
        #expect(PhoneNotation.numbers(in: "llame al 912 555 014 hoy") == ["912555014"])
        #expect(PhoneNotation.numbers(in: "โทร ๐๒-๕๕๕-๐๑๔๒") == ["025550142"])
        #expect(PhoneNotation.numbers(in: "Bestellung 912555014 vom 3.12.") == [])
        #expect(PhoneNotation.numbers(in: "Order 912 555 014") == [])
        #expect(PhoneNotation.numbers(in: "Tracking 12345 6789") == [])
        // A dash with spaces around it is punctuation between phrases: it ends a number.
        #expect(PhoneNotation.numbers(in: "Plată factură FV-2026-881 – 12.450 lei, sună la 021 555 0178") == ["0215550178"])
        #expect(PhoneNotation.numbers(in: "Order 2026 - 881 - 12 450") == [])
        #expect(PhoneNotation.numbers(in: "call +1 (888) 555-0142 - today") == ["+18885550142"])
    }

    /// Digits of every script are read (Devanagari, Thai, Persian...), and the quick look before the tokens counts
    /// each of them: its shortcut past the blocks without digits skips none (all of Unicode checked).
    @Test func digitsOfEveryScriptAreCountedAndRead() {
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.numericType == .decimal else { continue }
            let text = String(repeating: String(Character(scalar)), count: 7)
            let counted = Array(text.utf8).withUnsafeBufferPointer {
                PhoneNotation.countNumberParts($0, upTo: 10).digits
            }
            #expect(counted == 7, "U+\(String(value, radix: 16))")
        }
        #expect(PhoneNotation.numbers(in: "व्हाट्सऐप करें +९१ ५५५ ०१० ४४७१") == ["+915550104471"])
        #expect(PhoneNotation.numbers(in: "โทร ๐๘๑ ๕๕๕ ๐๑๔๒ ด่วน") == ["0815550142"])
        #expect(PhoneNotation.numbers(in: "تلگرام ‎+۴۴ ۷۷۰۰ ۹۰۰۳۱۸") == ["+447700900318"])
    }
}

extension FieldShortcutTests {
    /// `FoldedText` as it was: NFKC always, then the same lowercasing and letter folds.
    static func referenceFolded(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.map { ($0 >= 65 && $0 <= 90) ? $0 + 32 : $0 } }
        var folded: [UInt8] = []
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x0131: folded.append(UInt8(ascii: "i"))
            case 0x0307 where folded.last == UInt8(ascii: "i"): continue
            case 0x03C2: folded.append(contentsOf: [0xCF, 0x83])
            case 0x00DF: folded.append(contentsOf: "ss".utf8)
            default: UTF8.encode(scalar) { folded.append($0) }
            }
        }
        return folded
    }

    @Test func foldingSkipsNormalisationOnlyWhereItChangesNothing() {
        var random = TestRandom(state: 35)
        // Stable scalars next to the ones that compose with them or decompose: combining marks, jamo, kana voicing
        // marks, Arabic marks, ligatures, fullwidth and circled letters.
        let more = ["A\u{30A}", "\u{1100}\u{1161}", "가\u{11A8}", "か\u{3099}", "ا\u{653}", "ｒｅｆｕｎｄ", "①", "ﬀ", "™",
            "Ǆ", "ẛ", "ำ", "ค่า", "© 2026", "«x»", "20 °C", "½", "a ⋅ b", "\u{FEFF}x", "⏳", "\u{2329}", "∬", "\u{202E}", "\u{A0}ok", "x\u{2009}y", "…", "™", "‥", "\u{3000}", "Việt", "Привет", "مرحبا", "שלום", "한국어", "日本語", "😀\u{FE0F}", "…", "‑", "Ω", "K", "🇪🇺", "🆓", "\u{FFFD}", "֏", "¹", "Ϲ"]
        for _ in 0..<3000 {
            let text = (0..<random.below(10)).map { _ in random.pick(Self.pieces + more) }.joined()
            #expect(FoldedText(text).bytes == Self.referenceFolded(text), "\(text)")
        }
        #expect(CompatibilityForms.areStable("Việt Nam, Привет, 日本語, 한국어"))
        #expect(!CompatibilityForms.areStable("ｒｅｆｕｎｄ"))
        #expect(!CompatibilityForms.areStable("e\u{301}"))
        #expect(CompatibilityForms.simpleNFKC("Acme\u{A0}Pay™ …") == "Acme PayTM ...")
        // Cut at a scalar boundary: three bytes of "ééé" hold one é.
        #expect(FoldedText("ÉÉÉ", maxBytes: 3).bytes == Array("é".utf8))
        #expect(FoldedText("ABC", maxBytes: 2).bytes == Array("ab".utf8))
        #expect(CompatibilityForms.simpleNFKC("Acme\u{A0}Pay ①") == nil)
    }

    @Test func numberWordsAreFoundWhateverTheirShape() {
        for (word, digit) in NumberWords.digits { #expect(NumberWords.digit(word) == digit, "\(word)") }
        for word in ["", "a", "the", "seventy", "ones", "nin", "пятьдесят", String(repeating: "z", count: 80)] {
            #expect(NumberWords.digit(word) == NumberWords.digits[word], "\(word)")
        }
    }
}

extension FieldShortcutTests {
    @Test func byteNeedlesFindWhatANaiveSearchFinds() {
        var random = TestRandom(state: 36)
        // `!` and 0xE1 share the pass's table slots with `a` (their low six bits), as 0xE4 does with `$`.
        let alphabet: [UInt8] = Array("abAB-!$".utf8) + [0xC3, 0xA9, 0xE4, 0xE1]
        for round in 0..<4000 {
            // Short needles over a small alphabet meet often; longer ones (the pass moves by up to their shortest
            // length at a time) are checked against longer texts.
            let longest = round % 2 == 0 ? 3 : 7
            let needles = (0..<random.below(5)).map { _ in
                (0..<(1 + random.below(longest))).map { _ in random.pick(alphabet) }
            }
            let text = (0..<random.below(round % 2 == 0 ? 24 : 200)).map { _ in random.pick(alphabet) }
            let search = ByteNeedles(needles)
            func occurs(_ needle: [UInt8], _ text: [UInt8]) -> Bool {
                !needle.isEmpty && text.count >= needle.count
                    && (0...(text.count - needle.count)).contains { text[$0..<($0 + needle.count)].elementsEqual(needle) }
            }
            #expect(search.occur(in: text) == needles.contains { occurs($0, text) })
            #expect(search.occur(in: text.dropFirst()) == needles.contains { occurs($0, Array(text.dropFirst())) })
            #expect(Set(search.found(in: text)) == Set(needles.filter { occurs($0, text) }))
            let string = String(decoding: text, as: UTF8.self)
            let folded = asciiLowercased(string.utf8)
            let loweredNeedles = needles.map { asciiLowercased($0) }
            #expect(ByteNeedles(loweredNeedles).occurFoldingASCII(in: string)
                == loweredNeedles.contains { occurs($0, folded) })
            // Every occurrence, at its offset, in text order (a needle given twice is one needle).
            var seen: [(needle: [UInt8], offset: Int)] = []
            let folding = ByteNeedles(loweredNeedles)
            _ = Array(string.utf8).withUnsafeBufferPointer { buffer in
                folding.forEachOccurrenceFoldingASCII(in: buffer) {
                    seen.append((folding.distinctNeedles[$0], $1))
                    return true
                }
            }
            let distinct = loweredNeedles.reduce(into: [[UInt8]]()) { if !$0.contains($1) { $0.append($1) } }
            let expected = folded.indices.flatMap { offset in
                distinct.filter { !$0.isEmpty && folded[offset...].starts(with: $0) }.map { (needle: $0, offset: offset) }
            }
            #expect(seen.map(\.offset) == expected.map(\.offset))
            #expect(Set(seen.map { "\($0.offset) \($0.needle)" }) == Set(expected.map { "\($0.offset) \($0.needle)" }))
        }
    }
}

extension FieldShortcutTests {
    /// `withoutAddresses` as it was: every kept word and white space copied.
    static func referenceWithoutAddresses(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var kept: [UInt8] = []
        var start = 0
        func flush(_ end: Int) {
            let word = bytes[start..<end]
            let scheme = word.count >= 3 && (word.startIndex...(word.endIndex - 3)).contains {
                word[$0..<($0 + 3)].elementsEqual("://".utf8)
            }
            let www = word.count >= 4 && String(decoding: word.prefix(4), as: UTF8.self).lowercased() == "www."
            if !(scheme || word.contains(UInt8(ascii: "@")) || www || ContactChannelScanner.isCode(word)) {
                kept.append(contentsOf: word)
            }
        }
        for (index, byte) in bytes.enumerated() where [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C].contains(byte) {
            flush(index)
            kept.append(byte)
            start = index + 1
        }
        flush(bytes.count)
        return String(decoding: kept, as: UTF8.self)
    }

    @Test func addressesAreBlankedAsBefore() {
        var random = TestRandom(state: 37)
        let words = ["call", "+1", "555", "0199", " ", "\n", "\t", "www.x.com", "WWW.Y.org", "a@b.c", "https://t.co/x",
            "E1B8742945902FB5", "8OO-555-O199", "é", "日本"]
        for _ in 0..<2000 {
            let text = (0..<random.below(12)).map { _ in random.pick(words) }.joined()
            #expect(ContactChannelScanner.withoutAddresses(text) == Self.referenceWithoutAddresses(text), "\(text)")
        }
    }
}

extension FieldShortcutTests {
    @Test func wordSetAnswersAsItsSet() {
        var random = TestRandom(state: 38)
        let pieces = ["a", "b", "é", "日", "", "x"]
        for _ in 0..<500 {
            let members = Set((0..<random.below(6)).map { _ in (0..<random.below(4)).map { _ in random.pick(pieces) }.joined() })
            let set = WordSet(members)
            for _ in 0..<20 {
                let word = (0..<random.below(5)).map { _ in random.pick(pieces) }.joined()
                #expect(set.contains(word) == members.contains(word), "\(word) in \(members)")
            }
        }
        #expect(WordSet([String(repeating: "a", count: 80)]).contains(String(repeating: "a", count: 80)))
        #expect(!WordSet([String(repeating: "a", count: 80)]).contains(String(repeating: "a", count: 70)))
    }
}

extension FieldShortcutTests {
    @Test func hostLabelsOnBytesMatchTheStringCode() {
        var random = TestRandom(state: 39)
        let pieces = ["a", "B", "-", ".", "acme", "Gear", "co", "uk", "ü", "xn--b", "..", "1"]
        for _ in 0..<3000 {
            let host = (0..<random.below(10)).map { _ in random.pick(pieces) }.joined()
            let reference = host.split(separator: ".").dropLast().map { Self.referenceJoined(String($0)) }
                .filter { $0.utf8.count >= OrganisationName.minLabelLength }
            #expect(OrganisationName.labels(of: host) == reference, "\(host)")
        }
    }
}

extension FieldShortcutTests {
    @Test func phoneNumbersReadAsBeforeWhateverTheWordsAround() {
        // Words that end a number without a String made for them must answer as the words did: compared on texts
        // mixing digits, separators, number words, lookalikes, keypad words and identifier words.
        var random = TestRandom(state: 40)
        let pieces = ["1", "800", "555", "0199", " ", "-", ".", "(", ")", "+", "\n", "call", "Call", "us", "one", "ONE",
            "eight", "sıfır", "пять", "O", "oo", "l", "FLOWERS", "Order", "ID", "id", "#", ":", "word", "tre", "Ünal",
            "2024", "07", "ab12cd34", "www.x.com", "a@b.c", "ＡＢ", "１２３"]
        for _ in 0..<3000 {
            let text = (0..<random.below(16)).map { _ in random.pick(pieces) }.joined(separator: random.pick(["", " "]))
            #expect(PhoneNotation.numbers(in: text) == PhoneNotation.numbers(in: text, plainWords: false), "\(text)")
        }
        #expect(PhoneNotation.numbers(in: "Order 1234567890 shipped") == [])
        #expect(PhoneNotation.numbers(in: "please call 1 800 555 0199 today") == ["18005550199"])
        #expect(PhoneNotation.numbers(in: "Call ONE eight hundred") == [])
    }
}
