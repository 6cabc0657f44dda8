/// A domain defanged so that it can't be clicked (`evil[.]com`, `hxxps://`) is how people write *about* a bad
/// domain: a researcher's report, a ticket, a list post or a warning quotes it. Without scam or lure wording around
/// it, such a link is quoted, not aimed at the reader, in a template whose users write the content (an issue, a
/// helpdesk reply, a post), and in other mail no recognised template describes (a list post, an issue tracker a
/// list relays, a ticket) when it reads as a report: it names what it reports (phishing, malware). The fixed text
/// of a recognised, platform-sent template defangs nothing: a defanged domain there was written into a field.
/// (Dots spaced out, `evil . com`, are no writing convention: an evasion, never quoted.)
extension MessageContext {
    /// The message's template carries its users' own text or links. Whether the platform really sent it is the
    /// sender rules' question: the shape of the content is what tells a report from a lure.
    var carriesUserContent: Bool {
        guard let profile else { return false }
        return profile.userText || profile.userLinks
    }

    /// Whether `link` is a defanged domain quoted without scam or lure wording (see above).
    func quotes(_ link: borrowing ExtractedLink) -> Bool {
        guard link.flags.contains(.defanged), !link.flags.contains(.spacedDots), scamWording.isEmpty,
            lureWording.isEmpty
        else { return false }
        if carriesUserContent { return true }
        return !(platformSent && profile != nil) && Self.reportWords.occur(in: features.searchableText)
    }

    /// What a report about a scam calls it, and a lure doesn't: phishing (borrowed or translated), malware,
    /// indicators of compromise (`IOCs`, or `IOC` starting a word), a takedown, a scam. The searchable text
    /// lowercases ASCII only: words of other scripts are searched as written in lowercase, capitalised and in
    /// capitals.
    static let reportWords = ByteNeedles([
        "phish", "фишинг", "фішинг", "φίσινγκ", "פישינג", "فیشینگ", "تصيد", "フィッシング", "피싱", "钓鱼", "釣魚",
        "malware", "ransomware", "indicators of compromise", "iocs", " ioc", "takedown",
        // A scam or swindle by name, where a language has a word for it that fake fraud alerts don't use ("fraud",
        // "Betrug" and "мошенники" are what a fake bank's call warns of).
        "scam", "estafa", "arnaque", "truffa", "oplicht", "svindel", "huijau", "átver", "lừa đảo", "หลอกลวง",
    ].flatMap { UTF8Bytes.isASCII($0) ? [$0] : Array(Set(TextCase.writtenCases($0))) }.map { Array($0.utf8) })

    /// Bytes of the body whose quotation marks are read for ``wordingQuotedInReport(_:features:)``.
    static let reportQuoteBytes = 8192

    /// The wording (of `found`) a report only quotes: a message that names what it reports (``reportWords``) and
    /// writes the lure's words inside quotation marks ("told users their "account will be suspended"") tells of
    /// them, it doesn't say them to the reader. Wording the text holds outside quotation marks too is said.
    static func wordingQuotedInReport(_ found: [String], features: MessageFeatures) -> Set<String> {
        // The Subject, the display name and the body's first part (an HTML alternative says the same), as far as
        // its quotation marks are read: the searchable text starts with them.
        let displayName = features.from?.displayName ?? ""
        let searched = features.subject.utf8.count + displayName.utf8.count + 2 + reportQuoteBytes
        guard !found.isEmpty, reportWords.occur(in: features.searchableText.prefix(searched)) else { return [] }
        let body = UTF8Strings.prefix(features.bodyText, maxBytes: reportQuoteBytes)
        let text = TextCase.asciiLowercasedLines([features.subject, displayName, body])
        var result: Set<String> = []
        for phrase in found where isQuotedOnly(Array(phrase.utf8), in: text) { result.insert(phrase) }
        return result
    }

    /// Whether `phrase` occurs in `text` and every occurrence lies inside a quoted stretch of its line
    /// (``QuotedNames``): only the lines holding the phrase are read for quotation marks.
    private static func isQuotedOnly(_ phrase: [UInt8], in text: [UInt8]) -> Bool {
        guard !phrase.isEmpty else { return false }
        var start = 0
        var found = false
        while let at = ByteScan.firstIndex(of: phrase, in: text, from: start) {
            let lineStart = text[..<at].lastIndex(of: 10).map { $0 + 1 } ?? 0
            let lineEnd = text[at...].firstIndex(of: 10) ?? text.count
            let line = Array(text[lineStart..<lineEnd])
            let quoted = QuotedNames.names(in: String(decoding: line, as: UTF8.self)).map { Array($0.utf8) }
            let inQuotes = quoted.reduce(0) { $0 + occurrences(of: phrase, in: $1) }
            guard inQuotes > 0, inQuotes == occurrences(of: phrase, in: line) else { return false }
            found = true
            start = lineEnd
        }
        return found
    }

    /// How often `needle` occurs in `haystack`, apart.
    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard !needle.isEmpty else { return 0 }
        var count = 0
        var start = 0
        while let found = ByteScan.firstIndex(of: needle, in: haystack, from: start) {
            count += 1
            start = found + needle.count
        }
        return count
    }
}
