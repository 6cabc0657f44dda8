/// Domains of mailbox providers, whose users are strangers to each other whatever domain they share: a shared
/// `gmail.com` says nothing of an organisation.
enum MailboxProviders {
    static let domains: Set<String> = [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.ru",
        "yandex.ru", "yandex.com", "qq.com", "163.com", "126.com", "proton.me", "protonmail.com", "zoho.com",
        "naver.com", "daum.net", "orange.fr", "free.fr", "libero.it", "wp.pl", "o2.pl", "interia.pl",
    ]

    /// Whether `domain` (lowercased) is a mailbox provider's or one of its subdomains.
    static func contains(_ domain: String) -> Bool {
        if domains.contains(domain) { return true }
        return domains.contains { Domain.matches(domain, $0) }
    }
}
