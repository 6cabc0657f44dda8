/// Applies the policy's rules to a message's features. Pure: same input, same verdict.
public struct Scorer: Sendable {
    public var policy: Policy
    /// How many times one rule may fire per message (distinct details); keeps one noisy signal from dominating.
    static let maxHitsPerRule = 3
    /// Reasons made room for when a message's first rule fires (a message that fires any fires a few).
    static let reasonsReserved = 6

    public init(policy: Policy) {
        self.policy = policy
    }

    /// Parses and scores a whole message (what `scan` does per file).
    public func score(rawMessage bytes: [UInt8]) -> Verdict {
        score(MessageParser.parse(bytes, limits: policy.limits))
    }

    public func score(_ message: ParsedMessage) -> Verdict {
        score(MessageFeatures(message: message, policy: policy))
    }

    public func score(_ features: MessageFeatures) -> Verdict {
        var reasons: [Reason] = []
        // The rule of each reason: a rule fires at most `maxHitsPerRule` times, each with another detail, which a
        // look through the few reasons so far tells.
        var firedRules: [RuleID] = []
        func fire(_ rule: RuleID, _ detail: String) {
            let weight = policy.weight(rule)
            guard weight != 0 else { return }
            var hits = 0
            for (index, fired) in firedRules.enumerated() where fired == rule {
                guard reasons[index].detail != detail else { return }
                hits += 1
            }
            guard hits < Self.maxHitsPerRule else { return }
            // Room for a few at the first (growing one by one from empty reallocated at the second and the fourth).
            if reasons.isEmpty {
                reasons.reserveCapacity(Self.reasonsReserved)
                firedRules.reserveCapacity(Self.reasonsReserved)
            }
            firedRules.append(rule)
            reasons.append(Reason(rule: rule.rawValue, score: weight, detail: detail))
        }

        let matched = matchedProfile(features)
        let profile = matched.map { policy.profiles[$0.index] }
        let platformSent = matched?.platformSent ?? false
        let notificationStyle = isNotificationStyle(features)
        if let profile, !platformSent, features.authenticationFailed {
            fire(.spoofedSender, profile.name)
        } else if profile == nil, features.dmarcFailed || features.compositeAuthFailed {
            fire(.dmarcFail, features.from?.domain ?? "")
        }
        // The template's own subjects are fixed texts; a platform-sent one with another subject was written by
        // whoever filled the template in.
        if let profile, platformSent, !profile.subjects.isEmpty {
            if !profile.subjectPhrases.anyContained(in: Self.lowercased(features.subject)) {
                fire(.subjectMismatch, String(features.subject.prefix(80)))
            }
        }

        var (phrases, lures) = policy.lexicon.phrases(in: features.searchableText, maxHits: Self.maxHitsPerRule)
        // A recognised fixed-text template's wording is the platform's: lure wording it doesn't use itself was
        // written into a field (by the platform's user, or by whoever imitates the template).
        if let profile, !profile.userText {
            let injected = lures.filter { !profile.ownPhrases.contains($0) }
            phrases += injected
            lures.removeAll { injected.contains($0) }
        }
        // A learned skeleton tells the template's constant text from its fields: text it can't place was added,
        // a field far longer than in the samples was stuffed, and lure wording inside the fields was written in.
        if let profile, platformSent, let match = skeletonMatch(features, profile: profile) {
            let findings = skeletonFindings(match, features: features, profile: profile, lures: lures)
            for (rule, detail) in findings.fired { fire(rule, detail) }
            phrases += findings.writtenLures
            lures.removeAll { findings.writtenLures.contains($0) }
        }
        for phrase in phrases { fire(.scamPhrase, phrase) }
        for phrase in lures { fire(.lurePhrase, phrase) }

        let tenant = profile.flatMap { tenantLabel(features, profile: $0) }
        // The matched template's domains, taken out of the policy once (per link that copied the index out).
        let templateDomains = matched.map { policy.profileIndex.templateDomains[$0.index] }
        // Each link's fields are read in place (`links[at].host`): a copy of the link retained its five strings.
        // (Not in a closure over the array's buffer: its captured variables cost an exclusivity check each.)
        let links = features.links
        // A template of fixed links sent by its platform: any other link was written in.
        let foreignLinksCounted = platformSent && profile.map { !$0.userLinks } ?? false
        for at in links.indices {
            let isTemplateLink = templateDomains.map { domains in
                isTemplateDomain(
                    host: links[at].host, registrableDomain: links[at].registrableDomain, flags: links[at].flags,
                    domains: domains, features: features, tenant: tenant)
            } ?? false
            let flags = links[at].flags
            let source = links[at].source
            if foreignLinksCounted, !isTemplateLink, source != .image {
                fire(.foreignLink, links[at].registrableDomain)
            }
            if flags.contains(.userinfo) { fire(.userinfoLink, links[at].host) }
            if flags.contains(.ipLiteral) { fire(.ipLiteralLink, links[at].host) }
            if flags.contains(.defanged) || flags.contains(.spacedDots) { fire(.defangedLink, links[at].host) }
            if flags.contains(.punycode) || flags.contains(.unicodeHost) { fire(.punycodeLink, links[at].host) }
            if policy.shortenerSet.contains(links[at].registrableDomain) {
                fire(.shortenerLink, links[at].registrableDomain)
            }
            if source == .href, let named = domainNamed(by: links[at].anchorText),
                named != links[at].registrableDomain
            {
                fire(.linkTextMismatch, "\(named)->\(links[at].registrableDomain)")
            }
            if source != .image, !isTemplateLink {
                if Self.lastLabel(of: links[at].host, isIn: policy.riskyTLDSet) {
                    fire(.riskyTLD, links[at].registrableDomain)
                }
                if Domain.isWithin(links[at].host, anyOf: policy.freeHostSet), !Self.isFileDownload(links[at].url) {
                    fire(.freeHosting, links[at].host)
                }
            }
        }
        for (domain, brand) in lookalikeDomains(features, profile: profile) { fire(.lookalikeDomain, "\(domain)~\(brand)") }
        for wallet in features.wallets { fire(.walletAddress, wallet.value) }

        // Disguised words in what the reader sees first.
        let displayName = features.from?.displayName ?? ""
        // (Mixing needs a letter of another script: ASCII text has none, and isn't joined to find out.)
        if !(CharsetDecoder.isASCII(displayName) && CharsetDecoder.isASCII(features.subject)) {
            for word in Confusables.mixedScriptWords(in: [displayName, features.subject]) { fire(.mixedScript, word) }
        }
        // A display name is user-controlled in a platform template: an address or domain written into it is injected.
        // Platforms that put their own address there ("service@paypal.com") are not injecting anything.
        if platformSent, let profile {
            var nameScan = LinkExtractor(psl: policy.publicSuffixList, maxLinks: 4)
            nameScan.scan(text: displayName, source: .header("From"))
            let written = nameScan.emails.map(\.value) + nameScan.links.map(\.host)
            let platformDomains = profile.dkimDomains + profile.linkDomains + [features.from?.domain].compactMap { $0 }
            let foreign = written.first { item in
                let domain = Domain.of(item)
                return !platformDomains.contains { Domain.matches(domain, $0) }
            }
            if let foreign { fire(.injectedAddress, foreign) }
        }
        // A brand named by a notification-style or platform sender that doesn't own it; in a recognised
        // template the subject and the opening text are where injected names show up too.
        // The display name's skeleton words, for both questions asked of it below.
        let nameWords = displayName.isEmpty || policy.protectedBrands.isEmpty
            ? nil : Self.wordStrings(skeletonOf: displayName)
        if platformSent || notificationStyle || profile != nil {
            for brand in impersonatedBrands(inWords: nameWords.map { [$0] } ?? [], features: features) {
                fire(.brandImpersonation, brand)
            }
            // In the subject and opening text, a brand the message also links to at the brand's own domain is
            // mentioned, not impersonated: a "Microsoft Teams meeting" with its teams.microsoft.com link, a
            // creator's book on amazon.com. Where users write invitations and posts (`user_links`), companies are
            // named as a matter of course ("review with the Amazon account team"): there only next to lure wording.
            if let profile, !profile.userLinks || !phrases.isEmpty || !lures.isEmpty {
                for brand in impersonatedBrands(in: [features.subject, features.leadingText], features: features)
                where !linksToOwnDomain(of: brand, features) {
                    fire(.brandImpersonation, brand)
                }
            }
        } else if let nameWords, displayNameReadsAsService(displayName, words: nameWords.spaced) {
            // Any other sender: a brand in a display name that reads as a company's service ("Microsoft account
            // team"), not a person's name that happens to contain a brand ("Jonathan Chase"). (Without brands or a
            // display name there is nothing to find.)
            for brand in impersonatedBrands(inWords: [nameWords], features: features) {
                fire(.brandImpersonation, brand)
            }
        }
        // A From address nobody can answer: a domain under no public suffix (`@correios`) or with characters no host
        // name has (`@%pagamentos.com`). (A From equal to the recipient is the recipient's own domain, whatever
        // it looks like.)
        if let from = features.from, from.address != features.to?.address, !Self.isPlausibleMailDomain(from.domain, in: policy.publicSuffixList) {
            fire(.invalidSenderDomain, from.domain.isEmpty ? from.address : from.domain)
        }
        if features.invisibleCharacters > 0 { fire(.invisibleCharacters, "\(features.invisibleCharacters)") }

        // Templates whose users write the content (invitations with dial-in numbers) carry phones as a matter of
        // course; there only callback_phishing weighs them.
        for phone in features.phones where platformSent && !(profile?.userLinks ?? false) { fire(.phoneNumber, phone.value) }
        // Callback phishing: a phone number next to scam wording in a template or an automated-looking mail, or
        // next to lure wording ("automatic renewal") inside a recognised template, which never carries both. (A
        // brand and a phone alone are an ordinary invitation to a Teams call with its dial-in numbers; a shop's
        // "your parcel" mail with its service number is ordinary too.)
        let callbackWording = !phrases.isEmpty || (profile.map { !$0.userText } ?? false) && !lures.isEmpty
        if !features.phones.isEmpty && callbackWording && (profile != nil || notificationStyle) {
            fire(.callbackPhishing, features.phones[0].value)
        }
        if profile == nil, notificationStyle, !features.dkimPassDomains.isEmpty, !phrases.isEmpty,
            !features.links.isEmpty || !features.phones.isEmpty
        {
            fire(.genericNotificationAbuse, features.from?.address ?? "")
        }
        if !features.truncations.isEmpty {
            fire(.partialScan, features.truncations.map(\.rawValue).sorted().joined(separator: "+"))
        }

        let score = reasons.reduce(0) { $0 + $1.score }
        let thresholds = profile?.thresholds ?? policy.thresholds
        return Verdict(
            action: thresholds.action(for: score), score: score, profile: profile?.name, reasons: reasons,
            partial: !features.truncations.isEmpty)
    }

    /// The index in `policy.profiles` of the profile whose senders include the From or Sender address (or, for
    /// platforms that send under their customers' domains, whose DKIM domain signed the message), platform-sent
    /// matches first, and whether the platform sent it (``isPlatformSent(_:dkimDomains:)``).
    func matchedProfile(_ features: MessageFeatures) -> (index: Int, platformSent: Bool)? {
        // Repeats don't matter: only the first of the ordered candidates (platform-sent or not) is taken.
        var candidates: [Int] = []
        func addMatches(of address: String) {
            // An ASCII address without capitals is its own key: looked up in place, its domain what follows its
            // last @ (trailing ones dropped, as `senderKey` splits).
            let done = address.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard CharsetDecoder.isASCII(bytes),
                    !bytes.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
                else { return false }
                let domain = Self.lastPiece(of: bytes, at: UInt8(ascii: "@"))
                policy.profileIndex.addSenderMatches(asciiAddress: bytes, domain: domain, to: &candidates)
                return true
            }
            guard done != true else { return }
            let (lowered, domain) = Self.senderKey(address)
            policy.profileIndex.addSenderMatches(address: lowered, domain: domain, to: &candidates)
        }
        if let address = features.from?.address { addMatches(of: address) }
        if let address = features.sender?.address { addMatches(of: address) }
        for index in policy.profileIndex.dkimMatched
        where isPlatformSent(features, dkimDomains: policy.profiles[index].dkimDomains) {
            candidates.append(index)
        }
        guard !candidates.isEmpty else { return nil }
        let ordered = candidates.sorted()
        if let sent = ordered.first(where: { isPlatformSent(features, dkimDomains: policy.profiles[$0].dkimDomains) }) {
            return (sent, true)
        }
        // None of them was sent by its platform, the first included.
        return ordered.first.map { ($0, false) }
    }

    /// Protected brands named in `texts` (as whole words of the skeleton, or inside a run for long names) when
    /// neither the From domain nor a passing DKIM domain belongs to the brand.
    private func impersonatedBrands(in texts: [String], features: MessageFeatures) -> [String] {
        guard !policy.protectedBrands.isEmpty else { return [] }
        // A brand is named when it is a word of the text, a run of its words joined (brands of 6+ letters:
        // "Pay Pal", "metamask"), or the start of a word a little longer ("Chase-Alert"). The skeleton's words
        // go once into two byte strings, " w1 w2 " and "w1w2", searched for all brands at once.
        let words = texts.filter { !$0.isEmpty }.map(Self.wordStrings(skeletonOf:))
        return impersonatedBrands(inWords: words, features: features)
    }

    /// `impersonatedBrands(in:features:)` of texts given as their `wordStrings(skeletonOf:)`.
    private func impersonatedBrands(inWords texts: [(spaced: [UInt8], compact: [UInt8])], features: MessageFeatures)
        -> [String]
    {
        guard !policy.protectedBrands.isEmpty else { return [] }
        var found: [String] = []
        for (spaced, compact) in texts {
            for index in policy.brandIndex.brandsNamed(spaced: spaced, compact: compact) {
                let brand = policy.protectedBrands[index]
                guard !found.contains(brand.name) else { continue }
                let isOwn = { (domain: String) in brand.domains.contains { Domain.matches(domain, $0) } }
                let owned = (features.from.map { isOwn($0.domain) } ?? false)
                    || features.dkimPassDomains.contains(where: isOwn)
                if !owned { found.append(brand.name) }
            }
        }
        return found
    }

    /// The words of the confusable skeleton of `text` (runs of letters, digits and combining marks) as UTF-8, once
    /// joined by spaces with a space at each end, once run together. One pass: no skeleton string is built.
    static func wordStrings(skeletonOf text: String) -> (spaced: [UInt8], compact: [UInt8]) {
        var text = text
        return text.withUTF8 { bytes in
            // Each ASCII byte gives at most one byte to each string; a scalar of two or more bytes at most four
            // (its skeleton) or a space: twice the input, and the two spaces at the ends, bound both. The 16-byte
            // steps store whole vectors past what they keep: room for those beyond the bound.
            let capacity = 2 * bytes.count + 2 + Self.wordBlockSlack
            var compact = [UInt8]()
            let spaced = [UInt8](unsafeUninitializedCapacity: capacity) { spacedOut, spacedCount in
                compact = [UInt8](unsafeUninitializedCapacity: capacity) { compactOut, compactCount in
                    asciiWordBytes.withUnsafeBufferPointer { table in
                        (spacedCount, compactCount) = writeWords(bytes, spaced: spacedOut, compact: compactOut, table)
                    }
                }
            }
            return (spaced, compact)
        }
    }

    /// The lowercase of each ASCII letter and digit, 0 for every other byte: the word byte an ASCII byte gives a
    /// skeleton (bytes of 0x80 and more start scalars, which have the scalar path).
    private static let asciiWordBytes: [UInt8] = (0..<256).map { byte in
        byte < 0x80 && ASCII.isAlnum(UInt8(byte)) ? ASCII.lower(UInt8(byte)) : 0
    }

    /// A non-ASCII scalar's skeleton and whether that is a word character (letter, digit or nonspacing mark);
    /// `original` 0xFFFF_FFFF (no scalar) marks a free entry.
    private struct SkeletonMemo {
        var original: UInt32 = 0xFFFF_FFFF
        var skeleton: Unicode.Scalar = " "
        var isWord = false
    }

    /// Bytes the words' buffers have beyond their bound, so that the 16-byte steps of `writeWords` can run to the
    /// end: a step keeps at most one byte per lane in each string (its letter, or one space), so its vector stores
    /// start at most 15 bytes on and reach at most 31 bytes past where the step began.
    static let wordBlockSlack = 32

    /// Which lanes of a mask are set, as the low 16 bits (lane k at bit k): each 64-bit half, whose set lanes are
    /// 0xFF bytes, has its bytes' top bits gathered into its top byte by one multiplication (bit 8i + 7 moves to
    /// 56 + i; no two partial products meet, so nothing carries).
    @inline(__always)
    static func laneBits(_ mask: ByteVector.Mask) -> UInt32 {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        let low = ((UInt64(littleEndian: halves[0]) & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) >> 56
        let high = ((UInt64(littleEndian: halves[1]) & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) >> 56
        return UInt32(truncatingIfNeeded: low | high << 8)
    }

    /// `wordStrings(skeletonOf:)`'s one pass: writes the spaced and compact words of `bytes` (valid UTF-8) and
    /// returns how many bytes each got. A function of its own so the loop's values stay in registers.
    private static func writeWords(
        _ bytes: UnsafeBufferPointer<UInt8>, spaced: UnsafeMutableBufferPointer<UInt8>,
        compact: UnsafeMutableBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>
    ) -> (spaced: Int, compact: Int) {
        // The bound the caller allocated by holds by construction; the checks before each write (per run of ASCII
        // letters and digits, per byte elsewhere, per 16-byte step) keep a mistake in it from writing past the
        // buffers.
        guard let spacedBase = spaced.baseAddress, let compactBase = compact.baseAddress, spaced.count >= 1,
            table.count == 256
        else { return (0, 0) }
        var spacedLength = 1
        var compactLength = 0
        spacedBase[0] = 0x20
        var inWord = false
        var index = 0
        var memo: [SkeletonMemo] = []
        // One byte of a word into both strings, room allowing.
        func appendWordByte(_ byte: UInt8) {
            guard spacedLength < spaced.count && compactLength < compact.count else { return }
            spacedBase[spacedLength] = byte
            compactBase[compactLength] = byte
            spacedLength += 1
            compactLength += 1
        }
        // The end of a word: one space after it in the spaced string, room allowing.
        func endWord() {
            guard inWord else { return }
            if spacedLength < spaced.count {
                spacedBase[spacedLength] = 0x20
                spacedLength += 1
            }
            inWord = false
        }
        // Where the 16-byte steps may start: every load (up to 31 bytes on) fits before this.
        let blocksEnd = bytes.count &- 31
        while index < bytes.count {
            // The ASCII bytes of the next 16 at once (up to the first of 0x80 or more), where the loads fit and the
            // stores (up to 31 bytes on, see `wordBlockSlack`) do: their word lanes as bits, each run of them
            // stored lowercased as one vector into both strings (bit 5 set lowercases a letter and leaves a digit
            // as it is), a space written after a word at the first lane that isn't one, as byte by byte below.
            if index < blocksEnd, spacedLength &+ Self.wordBlockSlack <= spaced.count,
                compactLength &+ Self.wordBlockSlack <= compact.count, let base = bytes.baseAddress
            {
                let lanes = ByteVector.load(base, at: index)
                let (lowTop, highTop) = ByteVector.topBitHalves(lanes)
                let ascii = UInt32(
                    lowTop != 0
                        ? lowTop.trailingZeroBitCount >> 3
                        : highTop != 0 ? 8 &+ highTop.trailingZeroBitCount >> 3 : 16)
                if ascii > 0 {
                    var words = Self.laneBits(ByteVector.isAlphanumeric(lanes)) & ((1 << ascii) &- 1)
                    var consumed: UInt32 = 0
                    while words != 0 {
                        let start = UInt32(words.trailingZeroBitCount)
                        if start > consumed && inWord {
                            spacedBase[spacedLength] = 0x20
                            spacedLength &+= 1
                        }
                        // `words >> start` has ones from bit 0 to the run's end (at most `ascii - start` of them).
                        let run = UInt32((~(words >> start)).trailingZeroBitCount)
                        let lowered = ByteVector.load(base, at: index &+ Int(start)) | ByteVector.Lanes(repeating: 0x20)
                        UnsafeMutableRawPointer(spacedBase + spacedLength)
                            .storeBytes(of: lowered, as: ByteVector.Lanes.self)
                        UnsafeMutableRawPointer(compactBase + compactLength)
                            .storeBytes(of: lowered, as: ByteVector.Lanes.self)
                        spacedLength &+= Int(run)
                        compactLength &+= Int(run)
                        inWord = true
                        consumed = start &+ run
                        words = consumed >= 16 ? 0 : (words >> consumed) << consumed
                    }
                    if consumed < ascii && inWord {
                        spacedBase[spacedLength] = 0x20
                        spacedLength &+= 1
                        inWord = false
                    }
                    index &+= Int(ascii)
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                // ASCII: the skeleton is the lowercase letter (no ASCII letter is in the confusables map).
                var word = table[Int(lead)]
                index += 1
                if word != 0 {
                    // A run of ASCII letters and digits is at most the rest of the text: when that fits both
                    // buffers, the run is copied without a check per byte (a byte of 0x80 or more ends it).
                    let rest = bytes.count - index + 1
                    if rest <= spaced.count - spacedLength && rest <= compact.count - compactLength {
                        while true {
                            spacedBase[spacedLength] = word
                            compactBase[compactLength] = word
                            spacedLength &+= 1
                            compactLength &+= 1
                            guard index < bytes.count else { break }
                            word = table[Int(bytes[index])]
                            guard word != 0 else { break }
                            index &+= 1
                        }
                    } else {
                        appendWordByte(word)
                    }
                    inWord = true
                } else {
                    endWord()
                }
                continue
            }
            // A Swift string is valid UTF-8.
            let (value, length) = UTF8Strings.scalar(at: index, in: bytes)
            index += length
            guard let original = Unicode.Scalar(value) else { continue }
            // A text repeats its few non-ASCII characters (accents, quotes, a currency sign): each one's skeleton
            // and whether it is a word character (a map lookup and three property lookups, hundreds of
            // instructions) are remembered for the rest of the pass.
            if memo.isEmpty { memo = [SkeletonMemo](repeating: SkeletonMemo(), count: 128) }
            let slot = Int((value ^ value >> 7) & 127)
            if memo[slot].original != value {
                let skeleton = Confusables.skeleton(original)
                let properties = skeleton.properties
                let isWord = skeleton.isASCII
                    ? ASCII.isAlnum(UInt8(skeleton.value))
                    : properties.isAlphabetic || properties.numericType != nil
                        || properties.generalCategory == .nonspacingMark
                memo[slot] = SkeletonMemo(original: value, skeleton: skeleton, isWord: isWord)
            }
            let scalar = memo[slot].skeleton
            if memo[slot].isWord {
                for byte in scalar.utf8 { appendWordByte(byte) }
                inWord = true
            } else {
                endWord()
            }
        }
        endWord()
        return (spacedLength, compactLength)
    }

    /// What a skeleton match shows: unplaceable text (`template_deviation`), stuffed fields (`field_length`),
    /// foreign addresses in fields (`injected_address`), and which of the message's lure phrases sit in fields.
    private func skeletonFindings(
        _ match: TemplateSkeleton.Match, features: MessageFeatures, profile: Profile, lures: [String]
    ) -> (fired: [(RuleID, String)], writtenLures: [String]) {
        var fired: [(RuleID, String)] = []
        if match.unexplained.count >= Self.minUnexplainedWords {
            fired.append((.templateDeviation, match.unexplained.prefix(12).joined(separator: " ")))
        }
        for slot in match.overlongSlots {
            fired.append((.fieldLength, "field \(slot.slot + 1): \(slot.words) words, samples up to \(slot.learned)"))
        }
        let writtenText = (match.slotText + match.unexplained).joined(separator: " ")
        // An address in a field that is neither the platform's nor the recipient's was written in.
        let ownDomains = (profile.dkimDomains + profile.linkDomains + [features.to?.domain ?? ""]).filter { !$0.isEmpty }
        for email in features.emails {
            let address = Self.lowercased(email.value)
            if writtenText.contains(address), !ownDomains.contains(where: { Domain.matches(Domain.of(address), $0) }) {
                fired.append((.injectedAddress, email.value))
            }
        }
        let writtenLures = policy.lexicon.phrases(in: Array(writtenText.utf8), maxHits: Self.maxHitsPerRule).lure.filter { lures.contains($0) }
        return (fired, writtenLures)
    }

    /// The last non-empty label of a host name.
    static func lastLabel(of host: String) -> String? {
        var end = host.utf8.endIndex
        while end > host.utf8.startIndex, host.utf8[host.utf8.index(before: end)] == UInt8(ascii: ".") {
            end = host.utf8.index(before: end)
        }
        guard end > host.utf8.startIndex else { return nil }
        let start = host.utf8[..<end].lastIndex(of: UInt8(ascii: ".")).map { host.utf8.index(after: $0) } ?? host.utf8.startIndex
        return String(Substring(host.utf8[start..<end]))
    }

    /// Whether `lastLabel(of: host)` is one of `labels`, with the label looked up in place when it is ASCII.
    static func lastLabel(of host: String, isIn labels: ASCIIStringSet) -> Bool {
        guard !labels.members.isEmpty else { return false }
        let found = host.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let label = lastPiece(of: bytes, at: UInt8(ascii: "."))
            guard !label.isEmpty else { return false }
            return CharsetDecoder.isASCII(label) ? labels.contains(ascii: label) : nil
        }
        if let found, let answer = found { return answer }
        return lastLabel(of: host).map { labels.members.contains($0) } ?? false
    }

    /// Whether a link of the message goes to one of the named brand's own domains.
    private func linksToOwnDomain(of brandName: String, _ features: MessageFeatures) -> Bool {
        guard let brand = policy.protectedBrands.first(where: { $0.name == brandName }) else { return false }
        // By index, a field at a time: a copy of each link retained its five strings.
        let links = features.links
        for at in links.indices where links[at].source != .image && brand.owns(links[at].host) { return true }
        return false
    }

    /// Whether a display name is only a brand-like name plus service words, or names a service at all.
    /// `spaced` is the name's `wordStrings(skeletonOf:)`: for an ASCII name its words are the skeleton's words
    /// (runs of ASCII letters and digits, lowercased; CR LF, one Character, separates as its two bytes do), and
    /// the ASCII service words are the only ones they can equal (see `Policy.asciiServiceWords`).
    func displayNameReadsAsService(_ displayName: String, words spaced: [UInt8]) -> Bool {
        if CharsetDecoder.isASCII(displayName) {
            // The words between the spaces, walked in place: how many, and whether one is a service word.
            var words = 0
            var service = false
            var start = 0
            while start < spaced.count {
                guard spaced[start] != 0x20 else {
                    start += 1
                    continue
                }
                var end = start
                while end < spaced.count, spaced[end] != 0x20 { end += 1 }
                words += 1
                if !service {
                    let word = spaced[start..<end]
                    service = policy.asciiServiceWords.contains { $0.count == word.count && $0.elementsEqual(word) }
                }
                start = end
            }
            return words == 1 || (words > 1 && service)
        }
        let words = Confusables.skeleton(displayName).split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        guard !words.isEmpty else { return false }
        if words.count == 1 { return true }
        return words.contains { policy.serviceWordSet.contains(String($0)) }
    }

    /// Domains (of links and of the From, Sender and Reply-To addresses) that imitate a protected brand's
    /// domain, unless the brand itself authenticated the message and wrote all of it (its own mail links to its
    /// other domains; a template carrying its users' links, such as a GitHub issue, is not all its own).
    private func lookalikeDomains(_ features: MessageFeatures, profile: Profile?) -> [(domain: String, brand: String)] {
        guard !policy.protectedBrands.isEmpty else { return [] }
        // Distinct domains in order, at most 64 from links: a message has a few, so a look through them beats
        // hashing each link's domain.
        var domains: [String] = []
        domains.reserveCapacity(min(64, features.links.count + 3))
        var addressDomain: (of: String, registrable: String?)? = nil
        // (The three addresses one by one, and the links' domains read in place: an array of the addresses, or a
        // copy of each link, retained every string they hold.)
        func addDomain(of address: MailAddress?) {
            guard let domain = address?.domain else { return }
            // From and Sender are often one address: its domain is looked up once.
            let registrable: String?
            if let known = addressDomain, known.of == domain {
                registrable = known.registrable
            } else {
                registrable = policy.publicSuffixList.registrableDomain(Self.lowercased(domain))
                addressDomain = (domain, registrable)
            }
            if let registrable, !domains.contains(registrable) { domains.append(registrable) }
        }
        addDomain(of: features.from)
        addDomain(of: features.sender)
        addDomain(of: features.replyTo)
        for index in features.links.indices {
            let domain = features.links[index].registrableDomain
            guard !domain.isEmpty && !domains.contains(domain) else { continue }
            domains.append(domain)
            if domains.count >= 64 { break }
        }
        // Each domain is tested only against the brand labels the index says it could imitate (usually none).
        var imitations: [(domain: String, brands: [Int])] = []
        for domain in domains {
            // The label in place where the domain doesn't start with a dot (it is then what precedes the first
            // dot): no Substring is made and walked for the prefilter, which turns nearly all away.
            let inPlace = domain.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                guard let first = bytes.first, first != UInt8(ascii: ".") else { return nil }
                let end = ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: 0, to: bytes.count) ?? bytes.count
                return policy.brandIndex.mayBeImitated(byLabel: UnsafeBufferPointer(rebasing: bytes[..<end]))
            }
            guard (inPlace ?? nil) != false else { continue }
            let label = Lookalike.registrableLabel(domain)
            guard (inPlace ?? nil) ?? policy.brandIndex.mayBeImitated(byLabel: label),
                let candidate = Lookalike.Candidate(label)
            else { continue }
            let brands = policy.brandIndex.brandsImitated(by: candidate)
            if !brands.isEmpty { imitations.append((domain, brands)) }
        }
        guard !imitations.isEmpty else { return [] }
        let authenticated = features.dkimPassDomains + features.spfPassDomains
        var found: [(domain: String, brand: String)] = []
        var imitated = imitations.flatMap(\.brands)
        imitated.sort()
        let carriesUserContent = profile?.userLinks ?? false
        for (position, index) in imitated.enumerated() where position == 0 || imitated[position - 1] != index {
            let brand = policy.protectedBrands[index]
            guard carriesUserContent || !authenticated.contains(where: brand.owns) else { continue }
            for (domain, brands) in imitations where brands.contains(index) && !brand.owns(domain) {
                found.append((domain, brand.name))
                break
            }
        }
        return found
    }

    /// Trusted proof the platform sent it: a passing DKIM signature of one of its domains, or SPF passing for an
    /// envelope sender in those domains (DKIM breaks when a relay rewrites the body; SPF still names the platform).
    /// Asked with a profile's DKIM domains, not the profile (`policy.profiles[index]` would copy it whole).
    func isPlatformSent(_ features: MessageFeatures, dkimDomains: [String]) -> Bool {
        let isPlatformDomain = { (domain: String) in dkimDomains.contains { Domain.matches(domain, $0) } }
        // DMARC's verdict, a walk over the results comparing strings, is read only where an SPF domain would count.
        return features.dkimPassDomains.contains(where: isPlatformDomain)
            || (features.spfPassDomains.contains(where: isPlatformDomain) && !features.dmarcFailed)
    }

    /// Fewer words than this outside the skeleton are noise (a signature line, a footer the samples lacked).
    static let minUnexplainedWords = 4
    /// Below this share of a skeleton's constant words found, the message is another template of the family.
    static let minSkeletonCoverage = 0.6

    /// The best match among the profile's skeletons, if one covers the message well enough to judge it.
    private func skeletonMatch(_ features: MessageFeatures, profile: Profile) -> TemplateSkeleton.Match? {
        guard !profile.skeletons.isEmpty else { return nil }
        let words = TemplateSkeleton.words(features.bodyText)
        let best = profile.skeletons.map { $0.match(words) }.max { $0.coverage < $1.coverage }
        guard let best, best.coverage >= Self.minSkeletonCoverage else { return nil }
        return best
    }

    /// Whether a link belongs to the template: one of the platform's domains; the recipient's own domain named
    /// as plain text (a registrar's or host's notice about the customer's domain names it); or the site of the
    /// platform's customer whose account sent it (`acme.com` in a help-desk reply from `acme.zendesk.com`).
    /// `domains` are the profile's link and DKIM domains (its `ProfileIndex.templateDomains`); `tenant` is
    /// `tenantLabel(features, profile:)`, found once per message.
    private func isTemplateDomain(
        host: String, registrableDomain: String, flags: LinkFlags, domains: DomainSet,
        features: MessageFeatures, tenant: String?
    ) -> Bool {
        if flags.contains(.bareDomain), let recipient = features.to?.domain, !recipient.isEmpty,
            Domain.matches(Self.lowercased(recipient), registrableDomain)
        {
            return true
        }
        if let tenant, Self.registrableLabel(of: registrableDomain, is: tenant) {
            return true
        }
        return domains.matches(host)
    }

    /// `Lookalike.registrableLabel(domain) == label`, compared on bytes in place where both are ASCII (then
    /// String equality is byte equality) and the domain doesn't start with a dot (its label is then what precedes
    /// its first dot).
    static func registrableLabel(of domain: String, is label: String) -> Bool {
        let inPlace = domain.utf8.withContiguousStorageIfAvailable { domain -> Bool? in
            label.utf8.withContiguousStorageIfAvailable { label -> Bool? in
                guard let first = domain.first, first != UInt8(ascii: "."), CharsetDecoder.isASCII(label) else {
                    return nil
                }
                let end = ByteScan.index(of: UInt8(ascii: "."), in: domain, from: 0, to: domain.count) ?? domain.count
                let head = UnsafeBufferPointer(rebasing: domain[..<end])
                guard CharsetDecoder.isASCII(head) else { return nil }
                return head.count == label.count && ByteScan.equal(head, label, count: label.count)
            } ?? nil
        }
        return (inPlace ?? nil) ?? (Lookalike.registrableLabel(domain) == label)
    }

    /// The account label of a platform that gives each customer a subdomain (`acme` of `support@acme.zendesk.com`),
    /// when From is such a subdomain of one of the profile's sender domains.
    private func tenantLabel(_ features: MessageFeatures, profile: Profile) -> String? {
        guard let domain = features.from?.domain else { return nil }
        return Self.tenantLabel(of: domain, senders: profile.senders)
    }

    /// `tenantLabel(_:profile:)` of a From domain and the profile's senders.
    static func tenantLabel(of domain: String, senders: [String]) -> String? {
        let domain = Self.lowercased(domain)
        let asciiDomain = CharsetDecoder.isASCII(domain) && !domain.utf8.contains(13)
        for sender in senders {
            // In ASCII without CR (whose CR LF is one Character) Characters are bytes: the suffix test and the
            // split below go by bytes in place, with no "." + sender copied per sender.
            if asciiDomain, let (handled, label) = Self.asciiTenantLabel(domain, sender), handled {
                if let label { return label }
                continue
            }
            guard !sender.contains("@") && domain.hasSuffix("." + sender) else { continue }
            let label = domain.dropLast(sender.count + 1).split(separator: ".").last.map(String.init)
            if let label, label.utf8.count >= 3 { return label }
        }
        return nil
    }

    /// One sender's part of `tenantLabel(of:senders:)` on bytes, for an ASCII domain without CR: not handled
    /// (nil, or false) where the sender isn't ASCII without CR as well; else the label of 3 or more bytes it gives.
    private static func asciiTenantLabel(_ domain: String, _ sender: String) -> (handled: Bool, label: String?)? {
        domain.utf8.withContiguousStorageIfAvailable { domain in
            sender.utf8.withContiguousStorageIfAvailable { sender -> (handled: Bool, label: String?) in
                let hasCR = ByteScan.index(of: 13, in: sender, from: 0, to: sender.count) != nil
                guard CharsetDecoder.isASCII(sender), !hasCR else { return (false, nil) }
                // `domain` ends with "." + sender (so is longer), and the sender is a domain, not an address.
                let head = domain.count - sender.count - 1
                guard ByteScan.index(of: UInt8(ascii: "@"), in: sender, from: 0, to: sender.count) == nil, head >= 0,
                    domain[head] == UInt8(ascii: "."),
                    ByteScan.equal(UnsafeBufferPointer(rebasing: domain[(head + 1)...]), sender, count: sender.count)
                else { return (true, nil) }
                let label = lastPiece(of: UnsafeBufferPointer(rebasing: domain[..<head]), at: UInt8(ascii: "."))
                guard label.count >= 3 else { return (true, nil) }
                return (true, String(decoding: label, as: UTF8.self))
            }
        } ?? nil
    }

    private func isNotificationStyle(_ features: MessageFeatures) -> Bool {
        guard let address = features.from?.address else { return false }
        // In ASCII the first "@" Character is the first "@" byte (no Character joins an "@" to another byte): the
        // local part is searched in place.
        let ascii = address.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard CharsetDecoder.isASCII(bytes) else { return nil }
            guard let at = ByteScan.index(of: UInt8(ascii: "@"), in: bytes, from: 0, to: bytes.count) else {
                return false
            }
            return policy.notificationSenderSearch.matches(UnsafeBufferPointer(rebasing: bytes[..<at]))
        }
        if let found = ascii ?? nil { return found }
        guard let at = address.firstIndex(of: "@") else { return false }
        return policy.notificationSenderSearch.matches(Array(address[..<at].utf8))
    }

    /// `text.lowercased()`, byte for byte: that maps every scalar of a text not all ASCII through its Unicode
    /// lowercase mapping (a String made per scalar), where an ASCII scalar's mapping is its ASCII lowercase, written
    /// here as a byte; only the other scalars ask for theirs. All-ASCII text is lowercased on bytes, as there.
    static func lowercased(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes -> String in
            if CharsetDecoder.isASCII(bytes) {
                // The same bytes either way: a text without capitals is its own lowercase (no copy made).
                let capitals = bytes.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
                return capitals ? LinkExtractor.asciiLowercasedString(bytes) : text
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    out.append(ASCII.lower(lead))
                    index += 1
                    continue
                }
                // A Swift string is valid UTF-8.
                let (value, length) = UTF8Strings.scalar(at: index, in: bytes)
                if let scalar = Unicode.Scalar(value) {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                }
                index += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `address.lowercased()` and what follows its last `@` as `split(separator: "@").last` has it (empty pieces
    /// dropped, so `a@b@` gives `b`), on bytes for ASCII: there each Character is a byte (CR LF aside, which holds
    /// no `@`) and lowercasing is ASCII's.
    static func senderKey(_ address: String) -> (address: String, domain: String) {
        // One pass over an ASCII address: whether it has capitals, and where its domain starts and ends.
        let ascii = address.utf8.withContiguousStorageIfAvailable { bytes -> (address: String, domain: String)? in
            guard CharsetDecoder.isASCII(bytes) else { return nil }
            var capitals = false
            for byte in bytes where byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { capitals = true }
            let lowered = capitals ? String(decoding: asciiLowercased(bytes), as: UTF8.self) : address
            let domain = Self.lastPiece(of: bytes, at: UInt8(ascii: "@"))
            return (lowered, String(decoding: capitals ? asciiLowercased(domain) : Array(domain), as: UTF8.self))
        }
        if let found = ascii ?? nil { return found }
        let address = Self.lowercased(address)
        return (address, address.split(separator: "@").last.map(String.init) ?? "")
    }

    /// The last non-empty piece of `bytes` split at `separator` (empty when there is none), in place: what
    /// `split(separator:).last` gives.
    static func lastPiece(of bytes: UnsafeBufferPointer<UInt8>, at separator: UInt8) -> UnsafeBufferPointer<UInt8> {
        var end = bytes.count
        while end > 0, bytes[end - 1] == separator { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != separator { start -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Whether `domain` could be a sending domain on the Internet: letters, digits, hyphens and dots (or non-ASCII
    /// letters of an IDN), no empty label, and a registrable domain under a listed public suffix.
    static func isPlausibleMailDomain(_ domain: String, in publicSuffixes: PublicSuffixList) -> Bool {
        // ASCII on bytes in place: a last byte "." is then the last Character, lowercasing changes none of what
        // the shape test looks at, and the host is the domain itself when it has no dot to drop and no capitals.
        let ascii = domain.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard CharsetDecoder.isASCII(bytes) else { return nil }
            let end = bytes.last == UInt8(ascii: ".") ? bytes.count - 1 : bytes.count
            let trimmed = UnsafeBufferPointer(rebasing: bytes[..<end])
            guard Domain.hostShape(trimmed) != nil else { return false }
            let capitals = trimmed.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
            let host = end == bytes.count && !capitals ? domain : LinkExtractor.asciiLowercasedString(trimmed)
            return publicSuffixes.hasListedRegistrableDomain(host)
        }
        if let answer = ascii ?? nil { return answer }
        let host = Self.lowercased(domain.hasSuffix(".") ? String(domain.dropLast()) : domain)
        guard Domain.hostShape(host.utf8) != nil else { return false }
        return publicSuffixes.hasListedRegistrableDomain(host)
    }

    /// File types people share from storage and file hosts for their own sake (archives, disk images, media, logs),
    /// unlike the web pages phishers host there.
    static let downloadExtensions: Set<String> = ["xz", "gz", "bz2", "zst", "tgz", "tar", "zip", "7z", "iso", "img",
        "raw", "bin", "qcow2", "deb", "rpm", "png", "jpg", "jpeg", "gif", "webp", "mp4", "mp3", "txt", "log", "patch",
        "diff", "csv", "json", "config"]

    /// Whether a URL's path names a file of a type in ``downloadExtensions``.
    static func isFileDownload(_ url: String) -> Bool {
        let path = url.utf8.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        guard let slash = path.lastIndex(of: UInt8(ascii: "/")) else { return false }
        let name = path[path.index(after: slash)...]
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let ext = String(decoding: name[name.index(after: dot)...].map(ASCII.lower), as: UTF8.self)
        return downloadExtensions.contains(ext)
    }

    /// The registrable domain a link's visible text names, if it reads like a URL or domain.
    func domainNamed(by anchorText: String) -> String? {
        // Most anchor texts are words ("Sign in", "View invoice"): those without a dot are turned away before any
        // copy is made, and so are ASCII sentences (a space between the first and last non-blank bytes, which is
        // the trimmed text's space below), all on the bytes in place.
        let turnedAway = anchorText.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: 0, to: bytes.count) != nil else { return true }
            guard CharsetDecoder.isASCII(bytes) else { return false }
            let trimmed = HTMLText.trimmingWhitespace(bytes)
            return ByteScan.index(of: 0x20, in: trimmed, from: 0, to: trimmed.count) != nil
        }
        guard turnedAway != true, turnedAway != nil || anchorText.utf8.contains(UInt8(ascii: ".")) else { return nil }
        var trimmed = anchorText.trimmingASCIIWhitespace()
        // An ASCII text holding a space is a sentence, not a domain (in ASCII a space byte is a space Character, and
        // a dot byte a dot): turned away before the lowercased copy. Lowercasing ASCII is ASCII's.
        if CharsetDecoder.isASCII(trimmed) {
            guard !trimmed.utf8.contains(0x20), trimmed.utf8.contains(UInt8(ascii: ".")) else { return nil }
            if trimmed.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
                trimmed = String(decoding: asciiLowercased(trimmed.utf8), as: UTF8.self)
            }
        } else {
            // A space byte between two ASCII bytes stays a space Character once lowercased (ASCII lowercases to
            // ASCII, and no ASCII character joins a space to its Character): a sentence, whatever else it holds.
            let sentence = trimmed.utf8.withContiguousStorageIfAvailable { bytes in
                (1..<max(1, bytes.count - 1)).contains { at in
                    bytes[at] == 0x20 && bytes[at - 1] < 0x80 && bytes[at + 1] < 0x80
                }
            }
            guard sentence != true else { return nil }
            trimmed = Self.lowercased(trimmed)
            guard !trimmed.isEmpty, !trimmed.contains(" "), trimmed.contains(".") else { return nil }
        }
        var extractor = LinkExtractor(psl: policy.publicSuffixList, maxLinks: 1)
        extractor.scan(text: trimmed, source: .text)
        return extractor.links.first?.registrableDomain
    }
}
