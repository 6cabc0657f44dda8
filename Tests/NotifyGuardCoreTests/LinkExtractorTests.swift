import NotifyGuardCore
import Testing

@Suite struct LinkExtractorTests {
    private func extract(_ text: String) -> LinkExtractor {
        var extractor = LinkExtractor()
        extractor.scan(text: text, source: .text)
        return extractor
    }

    @Test func schemesWwwAndBareDomains() {
        let links = extract("Go to https://a.example.com/x, www.b.example.org or secure-refund-center.com now.").links
        #expect(links.map(\.registrableDomain) == ["example.com", "example.org", "secure-refund-center.com"])
        #expect(links[2].flags.contains(.bareDomain))
        // File names and versions are not domains.
        #expect(extract("see notes.txt and version 1.2.3 or e.g. this").links.isEmpty)
    }

    @Test(arguments: [
        ("hxxps://evil-site[.]com/login", "evil-site.com"),
        ("evil-site(dot)com", "evil-site.com"),
        ("micros0ft-verify . com / login", "micros0ft-verify.com"),
        ("ｅｖｉｌ．ｃｏｍ", "evil.com"),
        ("evil\u{200B}site.com", "evilsite.com"),
    ])
    func disguisedLinks(text: String, domain: String) {
        let links = extract(text).links
        #expect(links.first?.registrableDomain == domain, "\(text)")
    }

    @Test func defangAndInvisibleCharactersAreRecorded() {
        #expect(extract("hxxp://evil[.]com").links.first?.flags.contains(.defanged) == true)
        #expect(extract("micros0ft-verify . com").links.first?.flags.contains(.spacedDots) == true)
        #expect(extract("a\u{200B}b\u{202E}c").invisibleCharacters == 2)
    }

    @Test func urlTricks() {
        var extractor = LinkExtractor()
        extractor.addURL("https://login.microsoftonline.com@pay-update.ru/x", source: .href)
        extractor.addURL("http://3232235777/", source: .href)
        extractor.addURL("http://192.168.1.1/", source: .href)
        extractor.addURL("https://xn--mcrosoft-l3a.com/", source: .href)
        extractor.addURL("https://www.google.com/url?q=https%3A%2F%2Fphish.example.net%2Fa&sa=D", source: .href)
        let links = extractor.links
        #expect(links[0].host == "pay-update.ru" && links[0].flags.contains(.userinfo))
        #expect(links[1].flags.contains(.ipLiteral))
        #expect(links[2].flags.contains(.ipLiteral))
        #expect(links[3].flags.contains(.punycode))
        #expect(links.contains { $0.registrableDomain == "example.net" && $0.flags.contains(.unwrapped) })
    }

    @Test(arguments: [
        ("Call +1 (888) 555-0199 now", "+18885550199"),
        ("call 1-888-555-0199.", "18885550199"),
        ("+1 8OO-555-O199", "+18005550199"),
        ("+44 20 7946 0958", "+442079460958"),
    ])
    func phoneNumbers(text: String, expected: String) {
        #expect(extract(text).phones.map(\.value) == [expected])
    }

    @Test func numbersThatAreNotPhones() {
        #expect(extract("Order 12345678901234 shipped on 2026-11-24 at 10:00").phones.isEmpty)
        #expect(extract("version 5.15.0-1234").phones.isEmpty)
    }

    @Test func walletsAndEmails() {
        let found = extract(
            "Send to 0x52908400098527886E0F7030069857D2E4169EE7 or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, mail help@refund-desk.com")
        #expect(found.wallets.count == 2)
        #expect(found.emails.map(\.value) == ["help@refund-desk.com"])
    }

    @Test func publicSuffixList() {
        let psl = PublicSuffixList.shared
        #expect(psl.registrableDomain("a.b.example.co.uk") == "example.co.uk")
        #expect(psl.registrableDomain("co.uk") == nil)
        if psl.isComplete {
            #expect(psl.registrableDomain("evil.firebaseapp.com") == "evil.firebaseapp.com")
        }
    }
}
