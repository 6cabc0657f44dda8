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

    /// What a report about a scam calls it, and a lure doesn't: phishing (borrowed or translated, in the
    /// lowercase the searchable text has), malware, indicators of compromise, a takedown.
    static let reportWords = ByteNeedles([
        "phish", "фишинг", "фішинг", "φίσινγκ", "פישינג", "فیشینگ", "تصيد", "フィッシング", "피싱", "钓鱼", "釣魚",
        "malware", "ransomware", "indicators of compromise", "iocs", "takedown",
    ].map { Array($0.utf8) })

    /// Bytes of the body whose quotation marks are read for ``wordingQuotedInReport(_:features:)``.
    static let reportQuoteBytes = 8192

    /// The wording (of `found`) a report only quotes: a message that names what it reports (``reportWords``) and
    /// writes the lure's words inside quotation marks ("told users their "account will be suspended"") tells of
    /// them, it doesn't say them to the reader. Wording the text holds outside quotation marks too is said.
    static func wordingQuotedInReport(_ found: [String], features: MessageFeatures) -> Set<String> {
        guard !found.isEmpty, reportWords.occur(in: features.searchableText) else { return [] }
        // The body's first part (an HTML alternative says the same), the Subject and the display name.
        let body = UTF8Strings.prefix(features.bodyText, maxBytes: reportQuoteBytes)
        let quoted = QuotedNames.names(in: body).map { TextCase.asciiLowercasedLines([$0]) }
        guard !quoted.isEmpty else { return [] }
        let text = TextCase.asciiLowercasedLines([features.subject, features.from?.displayName ?? "", body])
        var result: Set<String> = []
        for phrase in found {
            let bytes = Array(phrase.utf8)
            let inQuotes = quoted.reduce(0) { $0 + occurrences(of: bytes, in: $1) }
            if inQuotes > 0, inQuotes == occurrences(of: bytes, in: text) { result.insert(phrase) }
        }
        return result
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
