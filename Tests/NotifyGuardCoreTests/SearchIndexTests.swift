import Testing

@testable import NotifyGuardCore

/// The scorer's search structures (pattern sets, brand and profile indexes, the lexicon filter) are shortcuts:
/// each must answer exactly as the plain per-item test it replaced, which these tests spell out and compare
/// against on generated input.
@Suite struct SearchIndexTests {
    /// Every start of `needle` in `text`, one memchr-and-compare search after another (fast enough in a debug build
    /// for the long generated texts below).
    static func occurrences(of needle: [UInt8], in text: [UInt8]) -> [Int] {
        guard !needle.isEmpty else { return [] }
        var found: [Int] = []
        var from = 0
        while let start = ByteScan.firstIndex(of: needle, in: text, from: from) {
            found.append(start)
            from = start + 1
        }
        return found
    }

    @Test func patternSetFindsEveryOccurrence() {
        var random = TestRandom(state: 1)
        let alphabet = Array("ab c.".utf8)
        for _ in 0..<600 {
            let patterns = (0..<random.below(6) + 1).map { _ in (0..<random.below(7) + 1).map { _ in random.pick(alphabet) } }
            let text = (0..<random.below(60)).map { _ in random.pick(alphabet) }
            var found: [[Int]] = []
            PatternSet(patterns).forEachMatch(in: text) { pattern, offset in
                found.append([offset, pattern])
                return true
            }
            var expected: [[Int]] = []
            for (index, pattern) in patterns.enumerated() where pattern.count >= 2 {
                expected += Self.occurrences(of: pattern, in: text).map { [$0, index] }
            }
            expected.sort { ($0[0], $0[1]) < ($1[0], $1[1]) }
            #expect(found == expected, "\(patterns.map { String(decoding: $0, as: UTF8.self) }) in \(String(decoding: text, as: UTF8.self))")
        }
    }

    /// Every gram length and step the set chooses (shortest pattern 2 to 20 bytes), patterns sharing grams and
    /// prefixes, texts shorter than a gram or ending inside one, non-ASCII bytes; and a search stopped early reports
    /// the same first matches.
    @Test func patternSetSamplesWithoutMissingAny() {
        var random = TestRandom(state: 8)
        let alphabets = [Array("ab".utf8), Array("abc ".utf8), [0x00, 0x61, 0x80, 0xC3, 0xFF]]
        for round in 0..<1500 {
            let alphabet = random.pick(alphabets)
            let shortest = 2 + round % 19
            let patterns = (0..<random.below(8) + 1).map { _ in
                (0..<(shortest + random.below(12))).map { _ in random.pick(alphabet) }
            }
            // Texts built from the patterns and noise, so that occurrences (and overlapping ones) are common.
            var text: [UInt8] = []
            for _ in 0..<random.below(12) {
                text += random.below(2) == 0
                    ? random.pick(patterns) : (0..<random.below(9)).map { _ in random.pick(alphabet) }
            }
            Self.expectEveryMatch(of: PatternSet(patterns), patterns, in: text, stoppedAfter: random.below(4) + 1)
        }
    }

    /// `set` (made of `patterns`) finds every occurrence of each pattern in `text`, ordered by offset then pattern,
    /// and stopped after `stopAfter` matches, the same first ones.
    static func expectEveryMatch(
        of set: PatternSet, _ patterns: [[UInt8]], in text: [UInt8], stoppedAfter stopAfter: Int
    ) {
        var expected: [[Int]] = []
        for (index, pattern) in patterns.enumerated() {
            expected += occurrences(of: pattern, in: text).map { [$0, index] }
        }
        expected.sort { ($0[0], $0[1]) < ($1[0], $1[1]) }
        var found: [[Int]] = []
        set.forEachMatch(in: text) { pattern, offset in
            found.append([offset, pattern])
            return true
        }
        #expect(found == expected, "\(patterns) in \(text)")
        var first: [[Int]] = []
        set.forEachMatch(in: text) { pattern, offset in
            first.append([offset, pattern])
            return first.count < stopAfter
        }
        #expect(first == Array(expected.prefix(stopAfter)))
    }

    /// A few short patterns among long ones are searched apart and merged in order with the sampled ones: every
    /// occurrence, in order, and the same first ones when stopped early.
    @Test func patternSetMergesPatternsSearchedApart() {
        var random = TestRandom(state: 9)
        let alphabet = Array("abcd e\u{E4}".utf8)
        var split = 0
        for _ in 0..<300 {
            func word(_ length: Int) -> [UInt8] { (0..<length).map { _ in random.pick(alphabet) } }
            let short = (0..<random.below(8) + 1).map { _ in word(2 + random.below(5)) }
            let long = (0..<random.below(30) + 10).map { _ in word(10 + random.below(20)) }
            var patterns = short + long
            for index in patterns.indices.reversed() where random.below(2) == 0 {
                patterns.swapAt(index, random.below(index + 1))
            }
            var text: [UInt8] = []
            for _ in 0..<random.below(40) {
                text += random.below(2) == 0
                    ? random.pick(patterns) : (0..<random.below(9)).map { _ in random.pick(alphabet) }
            }
            let set = PatternSet(patterns)
            if set.searchedApart > 0 { split += 1 }
            Self.expectEveryMatch(of: set, patterns, in: text, stoppedAfter: random.below(6) + 1)
        }
        #expect(split > 150, "\(split)")
    }

    /// The pair scan that finds some patterns searched apart: the first position in a range where two given bytes
    /// follow each other, on texts of every length across its 32- and 16-byte steps and the byte-by-byte tail, from
    /// every start to ends next to it, at random and at the last.
    @Test func pairScanFindsTheFirstPair() {
        var random = TestRandom(state: 10)
        let alphabets = [Array("ab".utf8), Array("abcdefgh".utf8), [0x00, 0x61, 0x62, 0x80, 0xFF]]
        for length in 0..<100 {
            for _ in 0..<6 {
                let alphabet = random.pick(alphabets)
                let text = (0..<length).map { _ in random.pick(alphabet) }
                let first = random.pick(alphabet)
                let second = random.pick(alphabet)
                text.withUnsafeBufferPointer { buffer in
                    for from in 0..<max(1, length) {
                        let ends = [from, from + 1, from + random.below(max(1, length - from)), length - 1]
                        for end in ends where end >= from && end <= max(0, length - 1) {
                            let expected = (from..<end).first { text[$0] == first && text[$0 + 1] == second }
                            let found = PatternSet.pairIndex(first, second, in: buffer, from: from, to: end)
                            #expect(found == expected, "\(text) \(first) \(second) \(from)..<\(end)")
                        }
                    }
                }
            }
        }
    }

    /// The per-brand test the index replaced: the brand as a whole word, run together (6+ letters), or starting a
    /// word at most 6 characters longer (4 or 5 letters).
    static func names(_ brand: Brand, spaced: [UInt8], compact: [UInt8]) -> Bool {
        if !occurrences(of: brand.wordBytes, in: spaced).isEmpty { return true }
        if brand.compactLength >= 6, !occurrences(of: brand.compactBytes, in: compact).isEmpty { return true }
        guard brand.compactLength == 4 || brand.compactLength == 5 else { return false }
        return occurrences(of: brand.wordStartBytes, in: spaced).contains { start in
            let rest = spaced[(start + brand.wordStartBytes.count)...].prefix { $0 != 0x20 }
            return rest.filter { $0 & 0xC0 != 0x80 }.count <= 6
        }
    }

    @Test func brandIndexNamesWhatThePerBrandTestNames() throws {
        let policy = try Fixture.shippedPolicy()
        let brands = policy.protectedBrands
        var random = TestRandom(state: 2)
        let words = brands.flatMap { $0.name.split(separator: " ").map(String.init) }
            + ["Pay", "Pal", "the", "account", "alerts", "Chase-Alert", "Chaseeeeee", "Ρaypal", "Αpple", "ａｍａｚｏｎ", "1nstagram",
                "Ups", "DHL", "dhlexpress", "metamask", "Trust", "wallet", "x", "é", "—", "…"]
        for _ in 0..<400 {
            let text = (0..<random.below(12)).map { _ in random.pick(words) }
                .joined(separator: random.pick([" ", "", "-", ", ", "\n"]))
            let words = SkeletonWords.of(text)
            let (spaced, compact) = (words.spaced, words.compact)
            let named = policy.brandIndex.brandsNamed(spaced: spaced, compact: compact)
            #expect(named == named.sorted() && Set(named).count == named.count)
            for (index, brand) in brands.enumerated() {
                #expect(named.contains(index) == Self.names(brand, spaced: spaced, compact: compact), "\(brand.name) in \(text)")
            }
        }
    }

    @Test func brandIndexOffersEveryBrandADomainImitates() throws {
        let policy = try Fixture.shippedPolicy()
        var random = TestRandom(state: 3)
        var labels: [String] = []
        for brand in policy.protectedBrands {
            for label in brand.labels(in: policy.publicSuffixList) {
                let bytes = Array(label.utf8)
                labels.append(label)
                labels.append(label + "-" + random.pick(["secure", "login", "help", "x", "2024"]))
                labels.append(random.pick(["verify-", "my", "x"]) + label)
                for _ in 0..<6 {
                    var mutated = bytes
                    let position = random.below(max(1, mutated.count))
                    switch random.below(4) {
                    case 0: mutated.insert(random.pick(Array("abcilmnorstuvw0135".utf8)), at: position)
                    case 1: if !mutated.isEmpty { mutated.remove(at: position) }
                    case 2: if !mutated.isEmpty { mutated[position] = random.pick(Array("01345ilmnorvw".utf8)) }
                    default: if position + 1 < mutated.count { mutated.swapAt(position, position + 1) }
                    }
                    labels.append(String(decoding: mutated, as: UTF8.self))
                }
            }
        }
        var checked = 0
        for label in labels {
            guard let candidate = Lookalike.Candidate(label) else { continue }
            let possible = policy.brandIndex.brandsPossiblyImitated(by: candidate)
            for (index, brand) in policy.protectedBrands.enumerated()
            where brand.labels(in: policy.publicSuffixList).contains(where: { Lookalike.imitation(of: $0, by: candidate) != nil }) {
                #expect(possible.contains(index), "\(label) imitates \(brand.name)")
                checked += 1
            }
        }
        #expect(checked > 300)  // 421 imitating pairs with this seed
    }

    @Test func profileIndexFindsTheProfilesASenderMatches() throws {
        let policy = try Fixture.shippedPolicy()
        var addresses: [String] = ["", "@", "a@", "@@", "a@b@", "a@@b.com@@", "root@localhost", "x@y.example.com"]
        for profile in policy.profiles {
            for sender in profile.senders {
                if sender.contains("@") {
                    addresses += [sender, "other" + sender, sender + ".evil.com"]
                } else {
                    addresses += ["a@" + sender, "a@b." + sender, "a@x" + sender, "a@" + sender + ".", "a@." + sender]
                }
            }
        }
        for address in addresses {
            let domain = address.split(separator: "@").last.map(String.init) ?? ""
            var indexed: [Int] = []
            policy.profileIndex.addSenderMatches(address: address, domain: domain, to: &indexed)
            let expected = Set(policy.profiles.indices.filter { policy.profiles[$0].matchesSender(address: address, domain: domain) })
            #expect(Set(indexed) == expected, "\(address)")
            // The scorer's entry for an ASCII address in place, its domain split off as `ByteScan.lastPiece` does.
            let inPlace = Array(address.utf8).withUnsafeBufferPointer { bytes -> [Int] in
                var found: [Int] = []
                let piece = ByteScan.lastPiece(of: bytes, at: UInt8(ascii: "@"))
                #expect(Array(piece) == Array(domain.utf8))
                policy.profileIndex.addSenderMatches(asciiAddress: bytes, domain: piece, to: &found)
                return found
            }
            #expect(inPlace == indexed, "\(address)")
        }
    }

    /// The lexicon search as it was before the four-byte filter: every position whose first two bytes some
    /// phrase starts with tries that byte's phrases in order; the first match counts, once.
    static func plainLexicon(_ policy: Policy, _ text: [UInt8]) -> (scam: [String], lure: [String]) {
        var pending = [[LexiconIndex.Phrase]](repeating: [], count: 256)
        for phrase in policy.lexicon.phrases { pending[Int(phrase.bytes[0])].append(phrase) }
        var scam: [String] = []
        var lure: [String] = []
        var index = 0
        while index + 1 < text.count, scam.count < Scorer.maxHitsPerRule || lure.count < Scorer.maxHitsPerRule {
            let first = Int(text[index])
            if let hit = pending[first].firstIndex(where: { text[index...].starts(with: $0.bytes) }) {
                let phrase = pending[first].remove(at: hit)
                if phrase.strong {
                    if scam.count < Scorer.maxHitsPerRule { scam.append(phrase.text) }
                } else if lure.count < Scorer.maxHitsPerRule {
                    lure.append(phrase.text)
                }
            }
            index += 1
        }
        return (scam, lure)
    }

    @Test func lexiconFilterFindsWhatThePlainSearchFinds() throws {
        let policy = try Fixture.shippedPolicy()
        var random = TestRandom(state: 4)
        let pieces = policy.scamPhrases + policy.lurePhrases + ["the", "your", "a", "usd", "us", "ac", " ", "\n", "é", "中"]
        for _ in 0..<300 {
            var text = Array((0..<random.below(20)).map { _ in random.pick(pieces) }.joined(separator: random.pick([" ", ""])).utf8)
            if random.below(3) == 0, !text.isEmpty { text.removeLast(random.below(min(3, text.count) + 1)) }
            let found = policy.lexicon.phrases(in: text, maxHits: Scorer.maxHitsPerRule)
            let expected = Self.plainLexicon(policy, text)
            #expect(found.scam == expected.scam && found.lure == expected.lure, "\(String(decoding: text, as: UTF8.self))")
        }
    }

    /// `SkeletonWords.of(_:)` as written scalar by scalar: the byte-level version must match it.
    static func plainWordStrings(_ text: String) -> (spaced: [UInt8], compact: [UInt8]) {
        var spaced: [UInt8] = [0x20]
        var compact: [UInt8] = []
        var inWord = false
        for original in text.unicodeScalars {
            let scalar = Confusables.skeleton(original)
            let properties = scalar.properties
            let isWord = scalar.isASCII
                ? ASCII.isAlnum(UInt8(scalar.value))
                : properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            if isWord {
                spaced += Array(String(scalar).utf8)
                compact += Array(String(scalar).utf8)
                inWord = true
            } else if inWord {
                spaced.append(0x20)
                inWord = false
            }
        }
        if inWord { spaced.append(0x20) }
        return (spaced, compact)
    }

    @Test func wordStringsMatchTheScalarByScalarDefinition() {
        var random = TestRandom(state: 6)
        let pieces = ["Pay", "PAL", " ", "-", "Ρaypal", "ａｍａｚｏｎ", "é", "e\u{301}", "中文", "١٢٣", "𝐀𝐩𝐩𝐥𝐞", "🙂", "\u{200B}",
            "ß", "ǅ", "Ⅻ", "①", "x", "9", ".", "\u{0}", "\u{FFFD}"]
        for _ in 0..<500 {
            let text = (0..<random.below(16)).map { _ in random.pick(pieces) }.joined()
            let fast = SkeletonWords.of(text)
            let plain = Self.plainWordStrings(text)
            #expect(fast.spaced == plain.spaced && fast.compact == plain.compact, "\(text)")
        }
        // Many distinct non-ASCII scalars per text, so that the pass's memo of them has entries replaced.
        let ranges: [ClosedRange<UInt32>] = [
            0xA0...0x52F, 0x2000...0x206F, 0xFF00...0xFF5E, 0x1D400...0x1D7FF, 0x1F300...0x1F6FF,
        ]
        for _ in 0..<300 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.below(60) {
                let range = random.pick(ranges)
                let value = range.lowerBound + UInt32(random.below(Int(range.upperBound - range.lowerBound) + 1))
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
                if random.below(4) == 0 { scalars.append(random.pick([" ", "a", "Z", "7", "-"])) }
            }
            let text = String(scalars)
            let fast = SkeletonWords.of(text)
            let plain = Self.plainWordStrings(text)
            #expect(fast.spaced == plain.spaced && fast.compact == plain.compact, "\(text)")
        }
    }

    /// The 16-byte steps of the word pass: long texts of letter and digit runs of every length (across and along
    /// block boundaries, whole blocks of one kind), separators, and non-ASCII scalars at every offset, which end a
    /// step at their lane.
    @Test func wordStringsStepsMatchTheDefinition() {
        var random = TestRandom(state: 11)
        let separators = [" ", "  ", ".", ", ", "-", "\n", "\r\n", "_", "/", "@", String(repeating: " ", count: 20)]
        let others = ["é", "ß", "’", "\u{A0}", "Ρ", "а", "中", "🙂", "\u{301}", "ａ", "\u{200B}"]
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        for round in 0..<1500 {
            var text = ""
            while text.utf8.count < 20 + round % 180 {
                switch random.below(6) {
                case 0, 1, 2: text += String((0..<(1 + random.below(round % 3 == 0 ? 40 : 9))).map { _ in random.pick(letters) })
                case 3, 4: text += random.pick(separators)
                default: text += random.pick(others)
                }
            }
            let fast = SkeletonWords.of(text)
            let plain = Self.plainWordStrings(text)
            #expect(fast.spaced == plain.spaced && fast.compact == plain.compact, "\(text.debugDescription)")
        }
        // Lane bits: bit k for lane k, every single lane and random masks.
        for pattern in (0..<16).map({ 1 << $0 }) + (0..<200).map({ _ in random.below(1 << 16) }) {
            var mask = ByteVector.Mask(repeating: false)
            for lane in 0..<16 where pattern & (1 << lane) != 0 { mask[lane] = true }
            #expect(ByteVector.laneBits(mask) == UInt32(pattern), "\(pattern)")
        }
    }

    /// Subjects and phrases from pieces where bytes and Characters disagree: combining marks (precomposed and not),
    /// CR LF, flags, emoji sequences, Hangul jamo, singletons that NFC replaces, an Oriya vowel that composes.
    static let unicodePieces = ["a", "e", "code", "verify", " ", "é", "e\u{301}", "\u{301}", "\r", "\n", "\r\n", "🇩🇪",
        "🇫🇷", "🇩", "👨\u{200D}👩", "\u{200D}", "\u{FE0F}", "🎁", "가", "\u{1100}\u{1161}", "\u{1161}", "ß", "i\u{307}",
        "Å", "\u{212B}", "\u{B47}", "\u{B3E}", "中", "€", "x"]

    @Test func subjectPhrasesAnswerAsStringContains() {
        var random = TestRandom(state: 7)
        let pieces = Self.unicodePieces
        var bytesDisagree = 0
        for _ in 0..<3000 {
            let subject = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            var phrases = (0..<random.below(4) + 1).map { _ in (0..<random.below(3) + 1).map { _ in random.pick(pieces) }.joined() }
            if random.below(40) == 0 { phrases.append("") }
            let expected = phrases.contains { subject.contains($0) }
            var span = subject.utf8Span
            #expect(SubjectPhrases.isNFC(subject) == span.checkForNFC(quickCheck: false), "\(subject.debugDescription)")
            if phrases.contains(where: { ByteScan.contains(Array(subject.utf8), Array($0.utf8)) }) != expected { bytesDisagree += 1 }
            #expect(SubjectPhrases(phrases).anyContained(in: subject) == expected, "\(phrases.debugDescription) in \(subject.debugDescription)")
        }
        #expect(bytesDisagree > 100)  // cases where a plain byte search would answer otherwise
        // The shipped profiles' phrases against the corpus's kind of subject, and edge cases.
        let shipped = ["verify", "sign-in", "code", "コード", "mot de passe", "vérifi"]
        for subject in ["", "your code", "verify\u{301}", "ve\u{301}rifier", "vérifier", "🎁 sign-in ok", "co\r\nde", "コードです"] {
            #expect(SubjectPhrases(shipped).anyContained(in: subject) == shipped.contains { subject.contains($0) }, "\(subject.debugDescription)")
        }
    }
}
