@testable import NotifyGuardCore
import Testing

@Suite(.enabled(if: SuffixList.isInstalled, SuffixList.missing)) struct LinkExtractorTests {
    private func extract(_ text: String) -> LinkExtractor {
        var extractor = LinkExtractor(psl: SuffixList.installed)
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

    /// Other scripts' quotes, brackets, commas and stops written against a link end it (issue 13 point 5: a URL at
    /// the end of a sentence); letters of other scripts stay part of an IDN host.
    @Test(arguments: [
        ("at https://x.example.org\u{201D}.", "x.example.org"),
        ("\u{00AB}https://x.example.org\u{00BB}", "x.example.org"),
        ("\u{89C1} https://x.example.org\u{FF0C}\u{8C22}\u{8C22}", "x.example.org"),
        ("\u{0632}\u{0648}\u{0631}\u{0648}\u{0627} https://x.example.org\u{060C} \u{0634}\u{0643}\u{0631}\u{0627}", "x.example.org"),
        ("https://x.example.org/path\u{201D}", "x.example.org"),
        ("\u{201C}acmegear.com\u{201D}", "acmegear.com"),
        ("\u{201E}evil-login.com\u{201C}", "evil-login.com"),
        ("visit acmegear.com\u{300D}", "acmegear.com"),
        ("\u{89C1}acmegear.com\u{FF0C}\u{8C22}\u{8C22}", "xn--acmegear-if2x.com"),
        ("https://m\u{00FC}nchen.de/x", "xn--mnchen-3ya.de"),
        ("evil\u{3002}com", "evil.com"),
    ])
    func punctuationOfOtherScriptsEndsALink(text: String, host: String) {
        #expect(extract(text).links.map(\.host) == [host], "\(text)")
    }

    @Test func defangAndInvisibleCharactersAreRecorded() {
        #expect(extract("hxxp://evil[.]com").links.first?.flags.contains(.defanged) == true)
        #expect(extract("micros0ft-verify . com").links.first?.flags.contains(.spacedDots) == true)
        #expect(extract("a\u{200B}b\u{202E}c").invisibleCharacters == 2)
    }

    @Test func urlTricks() {
        var extractor = LinkExtractor(psl: SuffixList.installed)
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
        #expect(extract("logged 2025-04-09 10:12:33 and 2025 04 09 1012").phones.isEmpty)
    }

    @Test func walletsAndEmails() {
        let found = extract(
            "Send to 0x52908400098527886E0F7030069857D2E4169EE7 or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, mail help@refund-desk.com")
        #expect(found.wallets.count == 2)
        #expect(found.emails.map(\.value) == ["help@refund-desk.com"])
    }

    @Test func publicSuffixList() {
        let psl = SuffixList.installed
        #expect(psl.registrableDomain("a.b.example.co.uk") == "example.co.uk")
        #expect(psl.registrableDomain("co.uk") == nil)
        if psl.isComplete {
            #expect(psl.registrableDomain("evil.firebaseapp.com") == "evil.firebaseapp.com")
        }
    }

    /// Normalisation as the rules say it, scalar by scalar and then byte by byte: the extractor skips ASCII runs,
    /// visits only the places a disguise can start and copies nothing when nothing changes, which must give the same.
    static func referenceNormalized(_ text: String, psl: PublicSuffixList) -> (bytes: [UInt8], defangedAt: [Int], spacedAt: [Int], invisible: Int) {
        var mapped: [UInt8] = []
        var invisible = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF, 0x00AD, 0x2066...0x2069: invisible += 1
            case 0xFF01...0xFF5E: mapped.append(UInt8(value - 0xFEE0))
            case 0x3002, 0xFF61: mapped.append(UInt8(ascii: "."))
            default: mapped += CompatibilityMapping.shared.mapping(of: value) ?? Array(String(scalar).utf8)
            }
        }
        let patterns = ["[.]", "(.)", "{.}", "[dot]", "(dot)", "[d0t]"].map { Array($0.utf8) }
        var out: [UInt8] = []
        var defanged: [Int] = []
        var spaced: [Int] = []
        var index = 0
        scan: while index < mapped.count {
            for pattern in patterns where index + pattern.count <= mapped.count
                && mapped[index..<(index + pattern.count)].map(ASCII.lower) == pattern
            {
                defanged.append(out.count)
                out.append(UInt8(ascii: "."))
                index += pattern.count
                continue scan
            }
            if mapped[index] == 32, let previous = out.last, ASCII.isAlnum(previous) {
                let dot = mapped[index...].firstIndex { $0 != 32 } ?? mapped.count
                let after = dot < mapped.count && mapped[dot] == UInt8(ascii: ".")
                    ? mapped[(dot + 1)...].firstIndex { $0 != 32 } ?? mapped.count : dot
                if after > dot + 1, after < mapped.count, ASCII.isAlpha(mapped[after]) {
                    let tld = String(decoding: mapped[after...].prefix(while: ASCII.isAlpha), as: UTF8.self).lowercased()
                    if psl.isPublicSuffix(tld) {
                        spaced.append(out.count)
                        out.append(UInt8(ascii: "."))
                        index = after
                        continue
                    }
                }
            }
            out.append(mapped[index])
            index += 1
        }
        return (out, defanged, spaced, invisible)
    }

    @Test func normalisationMatchesReference() {
        var random = TestRandom(state: 7)
        let pieces = ["a", "b", "x", "1", " ", "  ", ".", " . ", " .com", "[.]", "(dot)", "[DOT]", "{.}", "(.)", "[d0t]",
            "(", "[", "{", "com", "co.uk", "uk", "\u{200B}", "\u{FEFF}", "\u{FF41}", "\u{FF0E}", "。", "\u{2024}", "’", "é",
            "中文", "\n", "@", ":", "ｅｘａｍｐｌｅ", "\u{1D41A}", "\u{24B6}", "abcdefghij", "example . com / login", "привет", "\u{AD}",
            "\u{A0}", "\u{1F150}", "\u{1F600}", "\u{1D7FF}", "\u{2FFF}", "\u{FFEF}", "\u{10000}", "\u{E9}\u{301}", "\u{2060}", "\u{3001}"]
        let psl = SuffixList.installed
        for _ in 0..<3000 {
            let text = (0..<random.below(24)).map { _ in random.pick(pieces) }.joined()
            var extractor = LinkExtractor(psl: SuffixList.installed)
            let fast = extractor.normalized(text)
            let reference = Self.referenceNormalized(text, psl: psl)
            #expect(fast.bytes == reference.bytes, "\(text.debugDescription)")
            #expect(fast.defangedAt == reference.defangedAt && fast.spacedAt == reference.spacedAt, "\(text.debugDescription)")
            #expect(extractor.invisibleCharacters == reference.invisible, "\(text.debugDescription)")
        }
    }

    /// The tokens the extractor classified when it read every run byte by byte: those with a mark, and those of 26
    /// bytes or more; of the latter, a mark-free one can only matter if it is made of letters and digits (a wallet).
    static func referenceTokens(_ text: [UInt8]) -> (marked: [[Int]], unmarked: [[Int]]) {
        let tokenBytes = Set(Array("-._~:/?#@!$&+,;=%[]".utf8))
        func isToken(_ byte: UInt8) -> Bool { byte >= 0x80 || ASCII.isAlnum(byte) || tokenBytes.contains(byte) }
        func isMark(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ".") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: ":") }
        var marked: [[Int]] = []
        var unmarked: [[Int]] = []
        var index = 0
        while index < text.count {
            guard isToken(text[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < text.count, isToken(text[index]) { index += 1 }
            let runHasMark = text[start..<index].contains(where: isMark)
            var end = index
            while end > start, LinkExtractor.isTrailingPunctuation(text[end - 1]) { end -= 1 }
            guard end > start else { continue }
            if runHasMark, end - start >= 26 || text[start..<end].contains(where: isMark) { marked.append([start, end]) }
            if !runHasMark, end - start >= 26, text[start..<end].allSatisfy(ASCII.isAlnum) { unmarked.append([start, end]) }
        }
        return (marked, unmarked)
    }

    @Test func tokenPassesFindTheTokensOfAByteByByteScan() {
        var random = TestRandom(state: 17)
        let pieces = ["a", "word", " ", "  ", "\n", ".", ". ", "@", ":", "//", "-", "_", ",", ";", "!", "?", "'", ")", "]", "(", "<",
            "é", "中", "1", "0x", "bc1", "abcdefgh", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789abcdef0123456789",
            "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "https://example.com/a?b=c", "user@example.com", "example.com", "+/=="]
        for round in 0..<3000 {
            let text = Array((0..<random.below(30)).map { _ in random.pick(pieces) }.joined().utf8)
            // Every alignment of the text against the 16-byte vectors.
            let shifted = [UInt8](repeating: 32, count: round % 16) + text
            var marked: [[Int]] = []
            var unmarked: [[Int]] = []
            shifted.withUnsafeBufferPointer { buffer in
                LinkExtractor.forEachMarkedToken(in: buffer) { marked.append([$0, $1]) }
                LinkExtractor.forEachWalletCandidate(in: buffer) { unmarked.append([$0, $1]) }
            }
            let reference = Self.referenceTokens(shifted)
            #expect(marked == reference.marked, "\(String(decoding: shifted, as: UTF8.self).debugDescription)")
            #expect(unmarked == reference.unmarked, "\(String(decoding: shifted, as: UTF8.self).debugDescription)")
        }
    }

    /// The phone scan's 16-byte skip lands on every byte that can start a number: it finds the numbers that
    /// looking at every byte finds, at every alignment.
    @Test func phoneSkipFindsWhatTheByteScanFinds() {
        var random = TestRandom(state: 19)
        let pieces = ["a", "word", " ", "-", ".", "(", ")", "+", "1", "0", "5", "555", "800", "+1 ", "(839) ", "268-8812", "O", "l",
            "8OO", "2025-04-09", "10:12", "x1", "é", "\n", "call", "+44 20 7946 0958", "123456789012345678", "ab12"]
        for round in 0..<3000 {
            let text = [UInt8](repeating: 32, count: round % 16) + Array((0..<random.below(40)).map { _ in random.pick(pieces) }.joined().utf8)
            var extractor = LinkExtractor(psl: SuffixList.installed)
            let skipped = extractor.phones(in: text, skipping: true)
            let stepped = extractor.phones(in: text, skipping: false)
            #expect(skipped == stepped, "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }

    /// The redirector test on bytes answers as `Domain.matches` against each redirector does.
    @Test func redirectorTestMatchesDomainMatching() {
        let names = ["google.com", "safelinks.protection.outlook.com", "page.link", "urldefense.com", "t.co"]
        let pieces = ["google.com", "t.co", "page.link", "urldefense.com", "protection.outlook.com", "safelinks.", ".", "a", "x.",
            "evilgoogle.com", "t.com", "co", "é", "\u{212A}", "outlook.com", "link"]
        var random = TestRandom(state: 23)
        for _ in 0..<4000 {
            let host = (0..<random.below(5)).map { _ in random.pick(pieces) }.joined()
            #expect(LinkExtractor.isRedirector(host) == names.contains { Domain.matches(host, $0) }, "\(host)")
        }
    }

    /// The byte-level lookups answer as the list's algorithm written out label by label does, for hosts built
    /// around every rule, wildcard and exception of the list, and for malformed hosts.
    @Test func publicSuffixFastPathMatchesReference() throws {
        let psl = SuffixList.installed
        var hosts = ["", ".", "..", "com", "com.", ".com", "a..com", "a.b..co.uk", "x.co.uk.", "a.b.c.d.e.f.g", "localhost",
            "-.com", "1.2.3.4", "www.ck", "a.www.ck", "b.a.ck", "ck", "a.b.kawasaki.jp", "city.kawasaki.jp"]
        let listText = SuffixList.text
        for line in listText.split(separator: "\n") where !line.hasPrefix("//") && !line.isEmpty {
            let rule = line.split(separator: " ").first.map { String($0).lowercased() } ?? ""
            let name = rule.hasPrefix("!") ? String(rule.dropFirst()) : rule.hasPrefix("*.") ? String(rule.dropFirst(2)) : rule
            hosts += [name, "a." + name, "b.a." + name, "a..\(name)", name + "."]
        }
        var checked = 0
        for host in hosts where host.utf8.allSatisfy({ $0 < 0x80 }) {
            let reference = psl.referencePublicSuffix(of: host)
            let fast = psl.publicSuffix(of: host)
            #expect(fast.suffix == reference.suffix && fast.listed == reference.listed, "\(host)")
            let expected = host.utf8.count > reference.suffix.utf8.count
                ? PublicSuffixList.referenceRegistrable(host, suffix: reference.suffix) : nil
            #expect(psl.registrableDomain(host) == expected, "\(host)")
            #expect(
                psl.hasListedRegistrableDomain(host) == (reference.listed && expected != nil), "\(host)")
            checked += 1
        }
        #expect(checked >= (psl.isComplete ? 20_000 : 19))
    }
}

@Suite(.enabled(if: SuffixList.isInstalled, SuffixList.missing)) struct InternationalDomainTests {
    @Test(arguments: [
        ("münchen", "mnchen-3ya"),
        ("bücher", "bcher-kva"),
        ("中国", "fiqs8s"),
        ("рф", "p1ai"),
        ("microsоft", "microsft-sbh"),  // Cyrillic о: a lookalike
    ])
    func punycodeBothWays(unicode: String, ascii: String) {
        #expect(Punycode.encode(unicode) == ascii)
        #expect(Punycode.decode(ascii) == unicode)
    }

    @Test func hostsCarryBothForms() {
        var extractor = LinkExtractor(psl: SuffixList.installed)
        extractor.addURL("https://www.xn--mnchen-3ya.de/a", source: .href)
        extractor.addURL("https://www.münchen.de/b", source: .href)
        let links = extractor.links
        #expect(links.map(\.host) == ["www.xn--mnchen-3ya.de", "www.xn--mnchen-3ya.de"])
        #expect(links.map(\.unicodeHost) == ["www.münchen.de", "www.münchen.de"])
        #expect(links.map(\.registrableDomain) == ["xn--mnchen-3ya.de", "xn--mnchen-3ya.de"])
        #expect(links[0].flags.contains(.punycode) && links[1].flags.contains(.unicodeHost))
    }

    @Test func invalidPunycodeIsLeftAlone() {
        #expect(Punycode.decode("abc-!!") == nil)
        #expect(Punycode.decode(String(repeating: "z", count: 200)) == nil)
        #expect(Punycode.toUnicode(host: "xn--!!.com") == "xn--!!.com")
    }

    @Test func compatibilityCharactersAreNormalised() {
        var extractor = LinkExtractor(psl: SuffixList.installed)
        extractor.scan(text: "visit 𝐞𝐯𝐢𝐥.com or ⓔⓥⓘⓛ.net", source: .text)
        #expect(extractor.links.map(\.registrableDomain) == ["evil.com", "evil.net"])
        #expect(extractor.fullwidthCharacters == 8)
    }

    @Test func itemsRecordWhereTheyWereFound() {
        var extractor = LinkExtractor(psl: SuffixList.installed)
        extractor.scan(text: "Hello. Call +1 (888) 555-0199 or see evil.com", source: .header("Subject"))
        #expect(extractor.phones.first?.position == 12)
        #expect(extractor.links.first?.position == 37)
        #expect(extractor.links.first?.source == .header("Subject"))
    }

    @Test func hrefLinksArePlacedAtTheirAnchorText() {
        let raw = """
            Content-Type: text/html

            <p>Caf&eacute; &amp; more:   <a href="https://evil.example/x">  Click &lt;here&gt;</a> then
            <a href="https://www.google.com/url?q=https%3A%2F%2Fphish.example.net%2Fa"><img src="https://cdn.example/i.png"></a>
            or see other.example.org</p>
            """
        let message = MessageParser.parse(Array(raw.utf8))
        var policy = Policy()
        policy.publicSuffixList = SuffixList.installed
        let features = MessageFeatures(message: message, policy: policy)
        let text = Array(message.parts[0].text.utf8)
        func offset(of needle: String) -> Int? {
            let bytes = Array(needle.utf8)
            return text.indices.first { text[$0...].starts(with: bytes) }
        }
        // Entities before the anchor decode to fewer bytes: the offset is counted in the visible text.
        let evil = features.links.first { $0.host == "evil.example" }
        #expect(evil?.source == .href)
        #expect(evil?.position == offset(of: "Click <here>"))
        #expect(evil?.anchorText == "Click <here>")
        // An image-only anchor sits where it is; the link unwrapped from the redirector shares its place.
        let redirector = features.links.first { $0.host == "www.google.com" }
        let unwrapped = features.links.first { $0.host == "phish.example.net" }
        #expect(redirector?.position == offset(of: "then or see").map { $0 + 5 })
        #expect(unwrapped?.position == redirector?.position)
        // Images have no place in the text; links in the text keep theirs.
        #expect(features.links.first { $0.source == .image }?.position == nil)
        #expect(features.links.first { $0.host == "other.example.org" }?.position == offset(of: "other.example.org"))
    }
}
