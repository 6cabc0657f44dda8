/// Where a platform's users write the content (an issue, a helpdesk reply, a post), a domain defanged so that it
/// can't be clicked (`evil[.]com`, `hxxps://`) is how people write *about* a bad domain: a researcher's report or a
/// warning quotes it. Without scam or lure wording around it, such a link is quoted, not aimed at the reader. (Dots
/// spaced out, `evil . com`, are no writing convention: an evasion, never quoted.)
extension MessageContext {
    /// The message's template carries its users' own text or links. Whether the platform really sent it is the
    /// sender rules' question: the shape of the content is what tells a report from a lure.
    var carriesUserContent: Bool {
        guard let profile else { return false }
        return profile.userText || profile.userLinks
    }

    /// Whether `link` is a defanged domain quoted in user content without scam or lure wording.
    func quotes(_ link: borrowing ExtractedLink) -> Bool {
        guard link.flags.contains(.defanged), !link.flags.contains(.spacedDots) else { return false }
        return carriesUserContent && scamWording.isEmpty && lureWording.isEmpty
    }
}
