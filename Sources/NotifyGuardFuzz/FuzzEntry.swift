import NotifyGuardCore

// One fuzz input: any byte string is a message. The parser and feature extraction must neither crash nor
// run away; libFuzzer's own -timeout and -rss_limit_mb catch the latter.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    var policy = Policy()
    policy.limits.maxScanBytes = 1 << 20
    policy.scamPhrases = ["private message", "refund"]
    policy.profiles = [
        Profile(name: "p", senders: ["example.com"], dkimDomains: ["example.com"], linkDomains: ["example.com"])
    ]
    _ = Scorer(policy: policy).score(rawMessage: bytes)
    return 0
}
