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
}
