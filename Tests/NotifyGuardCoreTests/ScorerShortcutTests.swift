import Testing

@testable import NotifyGuardCore

/// The scorer's byte-level shortcuts (ASCII fast paths, tables looked up in place, prefilters) must answer as the
/// `String` and `Character` code they replaced, which these tests keep as reference definitions and compare on
/// generated text full of the cases where bytes and Characters part: combining marks, CR LF, Prepend marks,
/// characters whose lowercase or canonical form differs in length or script.
@Suite struct ScorerShortcutTests {
    static func text(_ random: inout TestRandom, _ pieces: [String], upTo count: Int) -> String {
        (0..<random.below(count + 1)).map { _ in random.pick(pieces) }.joined()
    }

    // MARK: Reference definitions (the code before the shortcuts)

    /// Optimal string alignment distance, giving up (returning `limit + 1`) once every cell of a row exceeds `limit`:
    /// the definition `Lookalike.editDistanceIsOne(_:_:)` is tested against.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    static func plainFold(_ label: [UInt8]) -> [UInt8] {
        let skeleton = label.allSatisfy({ $0 < 0x80 })
            ? asciiLowercased(label) : Array(Confusables.skeleton(String(decoding: label, as: UTF8.self)).utf8)
        var out: [UInt8] = []
        var previous: UInt8 = 0
        for byte in skeleton {
            var letter = byte
            switch byte {
            case UInt8(ascii: "0"): letter = UInt8(ascii: "o")
            case UInt8(ascii: "1"): letter = UInt8(ascii: "l")
            case UInt8(ascii: "3"): letter = UInt8(ascii: "e")
            case UInt8(ascii: "5"): letter = UInt8(ascii: "s")
            case UInt8(ascii: "4"): letter = UInt8(ascii: "a")
            case UInt8(ascii: "7"): letter = UInt8(ascii: "t")
            case UInt8(ascii: "!"), UInt8(ascii: "|"): letter = UInt8(ascii: "l")
            default: break
            }
            if previous == UInt8(ascii: "r") && letter == UInt8(ascii: "n") {
                out[out.count - 1] = UInt8(ascii: "m")
                previous = 0
                continue
            }
            if previous == UInt8(ascii: "v") && letter == UInt8(ascii: "v") {
                out[out.count - 1] = UInt8(ascii: "w")
                previous = 0
                continue
            }
            out.append(letter)
            previous = letter
        }
        return out
    }

    static func plainTokens(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(whereSeparator: { !(ASCII.isAlpha($0) || $0 >= 0x80) }).map(Array.init)
    }

    static func plainMixedScriptWords(_ text: String, limit: Int = 3) -> [String] {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return [] }
        var found: [String] = []
        var word = String.UnicodeScalarView()
        var latin = false
        var other = false
        func flush() {
            if latin && other && word.count >= 3 && found.count < limit { found.append(String(word)) }
            word.removeAll()
            latin = false
            other = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
                latin = true
                word.append(scalar)
            } else if (0x0370...0x03FF).contains(value) || (0x0400...0x052F).contains(value)
                || (0x0530...0x058F).contains(value)
            {
                other = true
                word.append(scalar)
            } else if value >= 0xC0 && value < 0x370 {
                word.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return found
    }

    static func plainDisplayNameReadsAsService(_ policy: Policy, _ displayName: String) -> Bool {
        let words = Confusables.skeleton(displayName).split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        guard !words.isEmpty else { return false }
        if words.count == 1 { return true }
        return words.contains { policy.serviceWordSet.contains(String($0)) }
    }

    static func plainDomainNamed(_ anchorText: String) -> String? {
        guard anchorText.utf8.contains(UInt8(ascii: ".")) else { return nil }
        let trimmed = anchorText.trimmingASCIIWhitespace().lowercased()
        guard !trimmed.isEmpty, !trimmed.contains(" "), trimmed.contains(".") else { return nil }
        var extractor = LinkExtractor(psl: SuffixList.installed, maxLinks: 1)
        extractor.scan(text: trimmed, source: .text)
        return extractor.links.first?.registrableDomain
    }

    static func plainIsPlausibleMailDomain(_ domain: String) -> Bool {
        let host = (domain.hasSuffix(".") ? String(domain.dropLast()) : domain).lowercased()
        guard Domain.hostShape(host.utf8) != nil else { return false }
        let (suffix, listed) = SuffixList.installed.publicSuffix(of: host)
        return listed && host.utf8.count > suffix.utf8.count
    }

    static func plainTenantLabel(_ domain: String, _ senders: [String]) -> String? {
        let domain = domain.lowercased()
        for sender in senders where !sender.contains("@") && domain.hasSuffix("." + sender) {
            let label = domain.dropLast(sender.count + 1).split(separator: ".").last.map(String.init)
            if let label, label.utf8.count >= 3 { return label }
        }
        return nil
    }

    // MARK: Lookalike

    @Test func foldAndTokensMatchTheirDefinitions() {
        var random = TestRandom(state: 11)
        let pieces = ["a", "R", "n", "rn", "V", "v", "vv", "0", "1", "3", "4", "5", "7", "2", "!", "|", "-", "pay",
            "PAL", "ο", "а", "é", "e\u{301}", "ı", "ⅿ", "中"]
        for _ in 0..<2000 {
            let label = Self.text(&random, pieces, upTo: 10)
            let bytes = Array(label.utf8)
            #expect(Lookalike.fold(utf8: bytes) == Self.plainFold(bytes), "\(label)")
            guard let candidate = Lookalike.Candidate(label) else { continue }
            let plain = bytes.allSatisfy {
                ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "-")
            }
            let folded = Self.plainFold(bytes)
            let tokens = Self.plainTokens(folded) + (plain ? [] : Self.plainTokens(bytes).map(Self.plainFold))
            #expect(candidate.tokens == tokens, "\(label)")
        }
    }

    @Test func editDistanceOneMatchesTheTable() {
        var random = TestRandom(state: 12)
        for _ in 0..<20000 {
            let a = (0..<random.below(7)).map { _ in UInt8(ascii: "a") + UInt8(random.below(3)) }
            var b = a
            for _ in 0..<random.below(3) {
                switch random.below(4) {
                case 0: b.insert(UInt8(ascii: "a") + UInt8(random.below(3)), at: random.below(b.count + 1))
                case 1: if !b.isEmpty { b.remove(at: random.below(b.count)) }
                case 2: if !b.isEmpty { b[random.below(b.count)] = UInt8(ascii: "a") + UInt8(random.below(3)) }
                default: if b.count >= 2 { b.swapAt(0, 1) }
                }
            }
            let expected = abs(a.count - b.count) <= 1 && a != b && Self.editDistance(a, b, limit: 1) == 1
            #expect(Lookalike.editDistanceIsOne(a, b) == expected, "\(a) \(b)")
        }
    }

    @Test func brandsImitatedAreThoseALabelImitates() throws {
        let policy = try Fixture.shippedPolicy()
        var random = TestRandom(state: 13)
        var labels = ["", "-", String(repeating: "a", count: 64), "rnicrosoft", "paypa1-login", "secure-paypal",
            "micros0ft365", "xn--pypal-4ve", "pаypal", "amazon", "coinbase-wallet-verify"]
        for brand in policy.protectedBrands {
            for label in brand.labels(in: policy.publicSuffixList) {
                labels.append(label)
                let prefix = random.pick(["verify-", "my", "x", "RN", "1"])
                labels.append(prefix + label + random.pick(["", "-secure", "24", "vv"]))
                var bytes = Array(label.utf8)
                for _ in 0..<4 {
                    let position = random.below(max(1, bytes.count))
                    switch random.below(3) {
                    case 0: bytes.insert(random.pick(Array("abcilmnorstuvw0135!".utf8)), at: position)
                    case 1: if !bytes.isEmpty { bytes.remove(at: position) }
                    default: if position + 1 < bytes.count { bytes.swapAt(position, position + 1) }
                    }
                    labels.append(String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        var imitating = 0
        var turnedAway = 0
        for label in labels {
            let mayBe = policy.brandIndex.mayBeImitated(byLabel: label[...])
            #expect(Array(label.utf8).withUnsafeBufferPointer { policy.brandIndex.mayBeImitated(byLabel: $0) } == mayBe)
            guard let candidate = Lookalike.Candidate(label) else {
                #expect(!mayBe, "\(label)")
                continue
            }
            let expected = policy.protectedBrands.indices.filter { index in
                policy.protectedBrands[index].labels(in: policy.publicSuffixList).contains { Lookalike.imitation(of: $0, by: candidate) != nil }
            }
            #expect(policy.brandIndex.brandsImitated(by: candidate) == expected, "\(label)")
            // The prefilter may let through what imitates nothing, never turn away what imitates something.
            if !expected.isEmpty { #expect(mayBe, "\(label)") }
            if !expected.isEmpty { imitating += 1 }
            if !mayBe { turnedAway += 1 }
        }
        #expect(imitating > 60 && turnedAway > 100, "\(imitating) \(turnedAway) of \(labels.count)")  // 95, 208 of 587
    }

    // MARK: Sets and hosts

    static let hostPieces = ["a", "b", "ab", ".", "-", "K", "k", "\u{212A}", ";", "\u{37E}", "`", "\u{1FEF}", "é",
        "e\u{301}", "\u{301}", "xn--"]

    @Test func asciiStringSetAndDomainSetAnswerAsTheirDefinitions() {
        var random = TestRandom(state: 14)
        for _ in 0..<300 {
            let members = Set((0..<random.below(12)).map { _ in Self.text(&random, Self.hostPieces, upTo: 4) })
            let set = ASCIIStringSet(members)
            let domains = DomainSet(Array(members))
            for _ in 0..<20 {
                let query = random.below(3) == 0 && !members.isEmpty
                    ? random.pick(Array(members)) : Self.text(&random, Self.hostPieces, upTo: 4)
                #expect(set.contains(query) == members.contains(query), "\(query.debugDescription) in \(members)")
                #expect(Domain.isWithin(query, anyOf: set) == Domain.isWithin(query, anyOf: members),
                    "\(query.debugDescription)")
                let matched = members.contains { Domain.matches(query, $0) }
                #expect(domains.matches(query) == matched, "\(query.debugDescription)")
                let last = Domain.lastLabel(of: query).map { members.contains($0) } ?? false
                #expect(Domain.lastLabel(of: query, isIn: set) == last, "\(query.debugDescription)")
            }
            // Keys in a given order (as a dictionary's) answer with the position of the first equal key.
            let keys = Array(members)
            let ordered = ASCIIStringSet(ordered: keys)
            for _ in 0..<20 {
                let query = Self.text(&random, Self.hostPieces, upTo: 4)
                guard query.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
                let position = Array(query.utf8).withUnsafeBufferPointer { ordered.position(ofASCII: $0) }
                #expect(position == keys.firstIndex(of: query), "\(query.debugDescription) in \(keys)")
            }
        }
    }

    // MARK: Sender, display name, anchor text

    @Test func senderKeyIsTheLowercasedSplit() {
        var random = TestRandom(state: 15)
        let pieces = ["a", "B", "@", "@@", ".", "é", "\u{301}", "\r\n", "\r", "İ", "ß", "\u{600}", "x.COM"]
        for _ in 0..<3000 {
            let address = Self.text(&random, pieces, upTo: 8)
            let lowered = address.lowercased()
            let key = ProfileIndex.senderKey(address)
            #expect(key.address == lowered && key.domain == (lowered.split(separator: "@").last.map(String.init) ?? ""),
                "\(address.debugDescription)")
        }
    }

    @Test func displayNameReadsAsServiceAsWithCharacters() throws {
        let shipped = try Fixture.shippedPolicy()
        var odd = shipped
        odd.serviceWords += ["\u{212A}ey", "sérvice", "key"]
        var random = TestRandom(state: 16)
        let pieces = ["Microsoft", "account", "Team", "SUPPORT", " ", "-", "Jonathan", "Chase", "é", "e\u{301}",
            "Ρaypal", "\r\n", "1", "²", "Key", "KEY", "ⅿ", "\u{200B}", "sérvice", "."]
        for _ in 0..<2000 {
            let name = Self.text(&random, pieces, upTo: 6)
            for policy in [shipped, odd] {
                let words = SkeletonWords.of(name)
                let expected = Self.plainDisplayNameReadsAsService(policy, name)
                #expect(BrandImpersonationRule.displayNameReadsAsService(name, words: words, policy: policy) == expected,
                    "\(name.debugDescription)")
            }
        }
    }

    @Test func domainNamedByAnchorTextAsBefore() throws {
        let policy = try Fixture.shippedPolicy()
        var random = TestRandom(state: 17)
        let pieces = ["Example", ".com", ".", " ", "  ", "\t", "www", "PayPal", "é", "e\u{301}", "\u{301}", "İ",
            "\u{600}", "ß", "Ünïcode", "点", ".de", "/login"]
        for _ in 0..<2000 {
            let anchor = Self.text(&random, pieces, upTo: 7)
            #expect(DisguisedLinkRules.domainNamed(by: anchor, publicSuffixes: policy.publicSuffixList) == Self.plainDomainNamed(anchor), "\(anchor.debugDescription)")
        }
    }

    @Test func plausibleMailDomainAsBefore() {
        var random = TestRandom(state: 22)
        let pieces = ["example", "EXAMPLE", "co", ".", "..", "com", "uk", "-", "1", "a", "é", "\u{301}", "\u{600}",
            "\r\n", "%", "_", "xn--", "correios", "blogspot"]
        for _ in 0..<3000 {
            let domain = Self.text(&random, pieces, upTo: 6)
            #expect(InvalidSenderDomainRule.isPlausibleMailDomain(domain, in: SuffixList.installed) == Self.plainIsPlausibleMailDomain(domain), "\(domain.debugDescription)")
        }
    }

    /// A link's registrable label against the tenant, compared in place: as `Lookalike.registrableLabel` and `==`.
    @Test func registrableLabelComparesAsStrings() {
        var random = TestRandom(state: 21)
        let pieces = ["acme", "ACME", "a", ".", "..", "com", "-", "\u{212A}", "K", "k", "é", "e\u{301}", "\u{301}", "中"]
        for _ in 0..<3000 {
            let domain = Self.text(&random, pieces, upTo: 6)
            let label = Self.text(&random, pieces, upTo: 3)
            #expect(Domain.registrableLabel(of: domain, is: label) == (Lookalike.registrableLabel(domain) == label),
                "\(domain.debugDescription) \(label.debugDescription)")
        }
    }

    @Test func tenantLabelAsBefore() {
        var random = TestRandom(state: 18)
        let pieces = ["acme", "zendesk", ".", "com", "a", "\r\n", "é", "\u{301}", "@", "X"]
        for _ in 0..<2000 {
            let domain = Self.text(&random, pieces, upTo: 7)
            let senders = (0..<random.below(4)).map { _ in Self.text(&random, pieces, upTo: 4) }
            #expect(MessageContext.tenantLabel(of: domain, senders: senders) == Self.plainTenantLabel(domain, senders),
                "\(domain.debugDescription) \(senders)")
        }
    }

    /// `TextCase.lowercased(_:)` gives `String.lowercased()`'s bytes: ASCII (with and without capitals), scalars
    /// whose lowercase is longer or of another script (İ, Ω, KELVIN SIGN, final sigma, which Swift maps without
    /// context), scalars without one (ß, CJK, emoji), combining marks, CR LF, and text decoded from random bytes.
    @Test func lowercasedIsStringLowercased() {
        var random = TestRandom(state: 20)
        let pieces = ["a", "B", "Subject: ", "ABC", "İ", "I", "Σ", "ΟΔΟΣ", "ß", "ẞ", "\u{212A}", "\u{2126}", "Å", "e\u{301}",
            "É", "中", "🙂", "\r\n", "Ǆ", "ǅ", "Ⅻ", "Ａ", "𐐀", "\u{0}", "\u{7F}", "\u{80}"]
        for _ in 0..<3000 {
            let text = Self.text(&random, pieces, upTo: 12)
            #expect(Array(TextCase.lowercased(text).utf8) == Array(text.lowercased().utf8), "\(text.debugDescription)")
        }
        for _ in 0..<500 {
            let text = String(decoding: (0..<random.below(40)).map { _ in UInt8(random.below(256)) }, as: UTF8.self)
            #expect(Array(TextCase.lowercased(text).utf8) == Array(text.lowercased().utf8), "\(text.debugDescription)")
        }
    }

    @Test func mixedScriptWordsAsBefore() {
        var random = TestRandom(state: 19)
        let pieces = ["Pay", "pal", "Ρ", "а", "ο", "é", "ß", " ", "-", "1", "Coin", "bаse", "Մ", "\u{301}", "🙂", "中"]
        for _ in 0..<3000 {
            let text = Self.text(&random, pieces, upTo: 10)
            #expect(Confusables.mixedScriptWords(text) == Self.plainMixedScriptWords(text), "\(text)")
            #expect(Confusables.mixedScriptWords(text, limit: 1) == Self.plainMixedScriptWords(text, limit: 1))
            // A display name and a subject, as the scorer asks: the words of the two joined by a space.
            let other = Self.text(&random, pieces, upTo: 6)
            #expect(Confusables.mixedScriptWords(in: [text, other]) == Self.plainMixedScriptWords(text + " " + other),
                "\(text) | \(other)")
        }
    }
}
