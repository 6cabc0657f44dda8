extension RuleID {
    /// A limit cut the scan (weight 0 by default: reported, not scored).
    public static let partialScan = RuleID("partial_scan", defaultWeight: 0)
}

/// Which limits cut the scan short, so a verdict on part of a message says so.
enum PartialScanRule: MessageRule {
    static let ids: [RuleID] = [.partialScan]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let truncations = message.features.truncations
        if !truncations.isEmpty { reasons.fire(.partialScan, truncations.map(\.rawValue).sorted().joined(separator: "+")) }
    }
}
