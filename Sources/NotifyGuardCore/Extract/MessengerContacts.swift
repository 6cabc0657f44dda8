import Foundation

/// Contacts on messenger apps (WhatsApp, Telegram, Signal, WeChat, Line, Viber, Zalo, KakaoTalk): the app named next
/// to a number or handle, or one of the apps' contact links (`wa.me/...`, `t.me/...`).
enum MessengerContacts {
    struct App {
        var name: String
        /// Lowercased ways the app is written, in the scripts scams use.
        var names: [String]
        /// Lowercased link prefixes that open a chat directly.
        var linkPrefixes: [String]
        /// A name that is also an everyday word ("line", "signal") needs an `ID`, `:` or `@` right after it; the
        /// app's names in other scripts that are only its name (Thai ไลน์, Hebrew סיגנל) don't.
        var needsMarker: Bool
        /// Whether a phone number right after the name marks it too (`Signal 0917 555 0138`); not after "line",
        /// which a phone number follows in everyday text (`Support Line 1-855-555-0134`).
        var numberMarks = false
        /// Names of the app that need no marker though the app's Latin name does.
        var onlyNames: [String] = []

        /// Whether `name`, one of ``names``, needs a marker after it.
        func nameNeedsMarker(_ name: String) -> Bool { needsMarker && !onlyNames.contains(name) }
    }

    static let apps: [App] = [
        App(name: "whatsapp", names: ["whatsapp", "whats app", "watsapp", "whatapp", "واتساب", "واتس اب", "ватсап",
            "вотсап", "whatsapp'tan", "왓츠앱", "ワッツアップ", "瓦次普", "व्हाट्सएप", "व्हाट्सऐप", "वॉट्सऐप",
            "হোয়াটসঅ্যাপ", "วอทส์แอป", "واتس\u{200C}اپ", "واتس اپ", "واٹس ایپ", "וואטסאפ"],
            linkPrefixes: ["wa.me/", "api.whatsapp.com/send", "chat.whatsapp.com/"], needsMarker: false),
        App(name: "telegram", names: ["telegram", "телеграм", "телеграмм", "텔레그램", "تيليجرام", "تلغرام", "テレグラム",
            "电报", "電報", "टेलीग्राम", "টেলিগ্রাম", "تلگرام", "เทเลแกรม", "טלגרם"],
            linkPrefixes: ["t.me/", "telegram.me/", "tg://"], needsMarker: false),
        App(name: "signal", names: ["signal", "сигнал", "סיגנל", "سيجنال", "시그널"],
            linkPrefixes: ["signal.me/", "signal.group/"], needsMarker: true, numberMarks: true,
            onlyNames: ["סיגנל", "سيجنال"]),
        App(name: "wechat", names: ["wechat", "weixin", "微信", "위챗"], linkPrefixes: ["weixin://", "u.wechat.com/"],
            needsMarker: false),
        App(name: "line", names: ["line", "ライン", "라인", "ไลน์"], linkPrefixes: ["line.me/", "lin.ee/"], needsMarker: true,
            onlyNames: ["ไลน์"]),
        App(name: "viber", names: ["viber", "вайбер", "вибер", "바이버"], linkPrefixes: ["viber://", "invite.viber.com/"],
            needsMarker: false),
        // The messengers most of Vietnam and of Korea use.
        App(name: "zalo", names: ["zalo"], linkPrefixes: ["zalo.me/"], needsMarker: false),
        App(name: "kakaotalk", names: ["kakaotalk", "kakao talk", "카카오톡", "카톡"],
            linkPrefixes: ["open.kakao.com/o/", "pf.kakao.com/"], needsMarker: false),
    ]

    /// Link prefixes that invite to a group, not to a person's chat: a community's own group link is how clubs and
    /// meetups talk, while an investment "VIP group" shows by its lure.
    static let groupInvitePrefixes = ["chat.whatsapp.com/", "t.me/+", "t.me/joinchat/", "signal.group/",
        "line.me/r/ti/g/", "invite.viber.com/"]

    /// Whether `contact` (`app:handle`, of ``contacts(in:)``) is read from a group invitation link in `text`.
    static func isGroupInvite(_ contact: String, in text: String) -> Bool {
        guard let colon = contact.firstIndex(of: ":") else { return false }
        // The handle is what follows the app's own prefix (`t.me/`): `+code` after `t.me/+`.
        let handle = TextCase.lowercased(String(contact[contact.index(after: colon)...].drop { $0 == "+" }))
        let lowered = TextCase.lowercased(text)
        return groupInvitePrefixes.contains { lowered.contains($0 + handle) }
    }

    /// Whether `name` (a brand's, any case) is one of the apps' names: WhatsApp, Telegram, Signal, WeChat, LINE,
    /// Viber, Zalo, KakaoTalk.
    static func isAppName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return apps.contains { $0.name == lowered }
    }

    /// Every app name and link prefix in the cases a text writes it, as UTF-8 with ASCII lowered, and what an
    /// occurrence of it can start.
    private static let forms: [(bytes: [UInt8], role: NeedleRole)] = apps.flatMap { app in
        let boundary = { (written: String) in written.unicodeScalars.first.map { $0.value < 0x0590 } ?? false }
        let written = app.linkPrefixes.map { ($0, NeedleRole.linkPrefix) }
            + app.names.map { ($0, NeedleRole.name(boundary: boundary($0), needsMarker: app.nameNeedsMarker($0))) }
        return written.flatMap { text, role in
            [text, text.capitalized, text.uppercased()].map { (asciiLowercased($0.utf8), role) }
        }
    }

    /// Every app name and link prefix, for the search in bytes that comes first.
    private static let needles = ByteNeedles(forms.map(\.bytes))

    /// Every app name and link prefix as written in `apps` (lowercased), for the same search in lowercased text.
    private static let loweredNeedles = ByteNeedles(apps.flatMap { $0.names + $0.linkPrefixes }.map { Array($0.utf8) })

    /// How far after an app's name its number or handle may stand (`WhatsApp us now at +1 ...`).
    static let window = 48

    /// What an occurrence of a needle found in the bytes can start, for ``mayHoldContact(_:)``.
    private enum NeedleRole {
        case linkPrefix
        /// `boundary`: a Latin or Cyrillic name, which no letter of those scripts may touch before it.
        case name(boundary: Bool, needsMarker: Bool)
    }

    /// The role of each of `needles`, by its index there.
    private static let roles: [NeedleRole] = {
        var roleOfBytes: [[UInt8]: NeedleRole] = [:]
        for form in forms { roleOfBytes[form.bytes] = form.role }
        // Each needle is one of `forms`.
        return needles.distinctNeedles.map { roleOfBytes[$0] ?? .name(boundary: false, needsMarker: false) }
    }()

    /// The byte length of each of `needles`, by its index there.
    private static let needleLengths = needles.distinctNeedles.map(\.count)

    /// Whether `text` may hold a messenger contact: one of the apps' names or link prefixes occurs where
    /// ``contacts(in:)`` could read a contact from it. A search in bytes that turns away what the scalar scan would
    /// (`online`, `deadline`, `a signal that`, `hamsterkombat.me/`), and answers yes wherever the bytes alone can't
    /// tell (a non-ASCII neighbour; Cyrillic text, whose names may be written in mixed case).
    static func mayHoldContact(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { all in
            let bytes = UnsafeBufferPointer(rebasing: all[..<min(all.count, PhoneNotation.maxScalars * 4)])
            let stopped = needles.forEachOccurrenceFoldingASCII(in: bytes) { needle, offset in
                // Look on while this one can't.
                return !mayStartContact(roles[needle], length: needleLengths[needle], at: offset, in: bytes)
            }
            // Cyrillic names may be written in any mix of cases, which the bytes don't show.
            return stopped || bytes.contains { $0 >= 0xD0 && $0 <= 0xD3 }
        }
    }

    /// Whether ``contacts(in:)`` could read a contact from a needle of `role` and `length` bytes at `offset`: false
    /// only where an ASCII byte next to it rules that out.
    private static func mayStartContact(
        _ role: NeedleRole, length: Int, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let before: UInt8? = offset > 0 ? bytes[offset - 1] : nil
        switch role {
        case .linkPrefix:
            // `startsHost`: no letter, digit, `.`, `_` or `-` before it.
            guard let before, before < 0x80 else { return true }
            return !(ASCII.isAlnum(before) || before == UInt8(ascii: ".") || before == UInt8(ascii: "_")
                || before == UInt8(ascii: "-"))
        case .name(let boundary, let needsMarker):
            if boundary, let before, before < 0x80, ASCII.isAlpha(before) { return false }
            guard needsMarker else { return true }
            // `contactAfter`'s marker: after spaces and no-break spaces, `id`, `:`, `：`, `@`, `-id`, `(` or a number.
            var index = offset + length
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 {
                    index += 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    index += 2
                } else {
                    return byte >= 0x80 || byte | 0x20 == UInt8(ascii: "i") || byte == UInt8(ascii: ":")
                        || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "(")
                        || byte == UInt8(ascii: "+") || ASCII.isDigit(byte)
                }
            }
            return false
        }
    }

    /// The messenger contacts of `text`, as `app:handle-or-number`.
    static func contacts(in text: String) -> [String] {
        // Most texts name no messenger at all, and most that seem to use the word in passing (`online`): a search
        // in bytes says so before the text is lowercased and its scalars looked at.
        guard mayHoldContact(text) else { return [] }
        return scanningEveryName(text)
    }

    /// ``contacts(in:)`` without the search in bytes first (the tests' reference for it).
    static func scanningEveryName(_ text: String) -> [String] {
        let lowered = TextCase.lowercased(text)
        let scalars = Array(lowered.unicodeScalars.prefix(PhoneNotation.maxScalars))
        // The names and prefixes the lowered text holds somewhere: only those are looked for scalar by scalar.
        let present = Set(loweredNeedles.found(in: Array(lowered.utf8.prefix(PhoneNotation.maxScalars * 4))).map {
            String(decoding: $0, as: UTF8.self)
        })
        var found: [String] = []
        func add(_ contact: String) {
            if !found.contains(contact) { found.append(contact) }
        }
        for app in apps {
            for prefix in app.linkPrefixes where present.contains(prefix) {
                for start in occurrences(of: prefix, in: scalars) where startsHost(scalars, start) {
                    let handle = token(in: scalars, from: start + prefix.unicodeScalars.count)
                    add("\(app.name):\(handle.isEmpty ? prefix : handle)")
                }
            }
            for name in app.names where present.contains(name) {
                for start in occurrences(of: name, in: scalars) where isWordBoundary(scalars, start, name) {
                    let after = start + name.unicodeScalars.count
                    let unspaced = name.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false
                    if let contact = contactAfter(
                        scalars, from: after, needsMarker: app.nameNeedsMarker(name), numberMarks: app.numberMarks,
                        afterUnspacedName: unspaced)
                    {
                        add("\(app.name):\(contact)")
                    }
                }
            }
        }
        return found
    }

    /// A number or handle standing soon after an app's name: `@handle`, `ID: handle`, or a number of 7+ digits.
    private static func contactAfter(
        _ scalars: [Unicode.Scalar], from start: Int, needsMarker: Bool, numberMarks: Bool, afterUnspacedName: Bool
    ) -> String? {
        let end = min(scalars.count, start + window)
        guard start < end else { return nil }
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        var rest = Substring(text)
        let marker = rest.drop { $0 == " " || $0 == "\u{00A0}" }
        if needsMarker {
            let head = marker.prefix(3)
            guard head.hasPrefix("id") || head.hasPrefix(":") || head.hasPrefix("：") || head.hasPrefix("@")
                || head.hasPrefix("-id") || head.hasPrefix("(")
            else {
                // Or a phone number right after the name (`Signal 0917 555 0138`): the number, and nothing after it.
                let number = marker.prefix { !$0.isLetter }
                guard numberMarks, number.first.map({ $0.isNumber || $0 == "+" }) == true else { return nil }
                return PhoneNotation.numbers(in: String(number)).first
            }
        }
        rest = marker
        if let at = rest.firstIndex(of: "@") {
            let handle = rest[rest.index(after: at)...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
            if handle.count >= 3 { return "@" + handle }
        }
        if let number = PhoneNotation.numbers(in: String(rest)).first { return number }
        // A shorter number still reaches a person on these apps (7+ digits with its separators).
        let digits = rest.prefix { !$0.isLetter || $0.isNumber }.filter(\.isNumber)
        if digits.count >= 7 { return String(digits) }
        // `Line ID: handle`, `Telegram: handle`.
        if marker.hasPrefix("id") || marker.hasPrefix(":") || marker.hasPrefix("：") || marker.hasPrefix("-id") {
            let labelled = marker.drop { $0 == "i" || $0 == "d" || $0 == ":" || $0 == "：" || $0 == " " || $0 == "-" }
            let handle = labelled.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
            if handle.count >= 3 { return String(handle) }
        }
        // After a name written in Chinese, Japanese or Korean, a Latin handle with digits (`加微信 abc12345`).
        if afterUnspacedName {
            let handle = marker.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            if handle.count >= 5, handle.contains(where: \.isNumber) { return String(handle) }
        }
        return nil
    }

    /// Start offsets of `needle` in `scalars`.
    private static func occurrences(of needle: String, in scalars: [Unicode.Scalar]) -> [Int] {
        let pattern = Array(needle.unicodeScalars)
        guard let first = pattern.first, pattern.count <= scalars.count else { return [] }
        var starts: [Int] = []
        for start in 0...(scalars.count - pattern.count) where scalars[start] == first {
            if scalars[start..<(start + pattern.count)].elementsEqual(pattern) { starts.append(start) }
        }
        return starts
    }

    /// Whether a contact link's prefix starts a host there, not the end of another one (`hamsterkombat.me/` is not
    /// `t.me/`).
    private static func startsHost(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start > 0 else { return true }
        let before = scalars[start - 1]
        return !(before.properties.isAlphabetic || before.properties.numericType != nil || "._-".unicodeScalars.contains(before))
    }

    /// Whether an occurrence of a Latin or Cyrillic name stands as a word of its own (no letter glued before it).
    private static func isWordBoundary(_ scalars: [Unicode.Scalar], _ start: Int, _ name: String) -> Bool {
        guard name.unicodeScalars.first.map({ $0.value < 0x0590 }) ?? false else { return true }
        // A letter of a script written without spaces may touch it (`キャンセルはLINE ID`).
        return start == 0 || !(scalars[start - 1].properties.isAlphabetic && scalars[start - 1].value < 0x0590)
    }

    /// The handle or number a contact link carries: letters, digits, `_`, `.`, `+`, `-` up to the next other scalar.
    private static func token(in scalars: [Unicode.Scalar], from start: Int) -> String {
        var handle = String.UnicodeScalarView()
        var index = start
        while index < scalars.count, handle.count < 64 {
            let scalar = scalars[index]
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "_.+-".unicodeScalars
                .contains(scalar)
            else { break }
            handle.append(scalar)
            index += 1
        }
        return String(handle)
    }
}
