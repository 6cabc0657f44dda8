import NotifyGuardConfig
import NotifyGuardCore

// One fuzz input: any byte string is a message. The parser and feature extraction must neither crash nor
// run away; libFuzzer's own -timeout and -rss_limit_mb catch the latter.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // The matcher on its own, on the raw bytes as words.
    _ = fuzzSkeleton.match(TemplateSkeleton.words(String(decoding: bytes.prefix(1 << 16), as: UTF8.self)))
    let features = MessageFeatures(message: MessageParser.parse(bytes, limits: fuzzPolicy.limits), policy: fuzzPolicy)
    let verdict = Scorer(policy: fuzzPolicy).score(features)
    // The same bytes under the shipped rules: their lexicons, lure topics, platform registry and skeletons give the
    // slot-aware rules real data to run on (seeds in Tests/FuzzCorpus claim the profiled platforms).
    _ = Scorer(policy: shippedPolicy).score(rawMessage: bytes)
    // Campaign fingerprints of the same message (platform-sent inputs reach them) and the rule over made-up counts.
    let prints = CampaignFingerprinter(policy: fuzzPolicy).fingerprints(features)
    let counts = prints.indices.map { CampaignCounts(recipientDomains: $0, recipients: 2 * $0, verdictMarks: $0 % 2) }
    _ = CampaignRule().reason(fingerprints: prints, counts: counts, verdict: verdict)
    return 0
}

/// The built-in configuration as `notifyguard` runs it with no config file, believing the topmost
/// Authentication-Results field as `evaluate` does, so that inputs can pass as platform mail. A shipped config that doesn't load is a bug the fuzz run
/// stops on at once.
private let shippedPolicy: Policy = {
    do {
        var settings = try ConfigLoader.load(path: nil)
        settings.policy.trustTopmostAuthenticationResults = true
        return settings.policy
    } catch {
        fatalError("the built-in configuration does not load: \(error)")
    }
}()

/// A skeleton for the profile, so that template matching (attacker text against learned constant runs) is fuzzed
/// too; inputs claiming example.com and authenticating reach it.
private let fuzzSkeleton = TemplateSkeleton(name: "t", segments: [
    .text(["welcome", "to"]), .slot(maxWords: 3, maxBytes: 30), .text(["your", "trial", "starts", "today."]),
    .slot(maxWords: 1, maxBytes: 10), .text(["a", "a", "a"]),
], samples: 2)

/// Built once: the lexicons, brands and profile give every search of the scorer (phrases, brand names in words
/// and run together, lookalike domains, profile senders) attacker text to work on.
private let fuzzPolicy: Policy = {
    var policy = Policy()
    policy.limits.maxScanBytes = 1 << 20
    policy.scamPhrases = ["private message", "refund"]
    policy.lurePhrases = ["your parcel", "usdt", "ab"]
    policy.protectedBrands = [
        Brand(name: "PayPal", domains: ["paypal.com"]), Brand(name: "DHL", domains: ["dhl.com"]),
        Brand(name: "Chase", domains: ["chase.com"]), Brand(name: "Microsoft", domains: ["microsoft.com", "live.com"]),
    ]
    policy.trustMissingAuthservID = true
    // Debian's list, as the shipped config names it, so suffix lookups see the real list's rules; an empty one
    // where it isn't installed.
    let suffixList = readWholeFile("/usr/share/publicsuffix/public_suffix_list.dat") ?? []
    policy.publicSuffixList = PublicSuffixList(text: String(decoding: suffixList, as: UTF8.self))
    policy.profiles = [
        Profile(name: "p", senders: ["example.com", "a@example.org"], dkimDomains: ["example.com"],
            linkDomains: ["example.com"], skeletons: [fuzzSkeleton])
    ]
    return policy
}()
