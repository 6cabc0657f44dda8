extension RuleID {
    /// More header fields than the limits keep: padding that pushes the identity fields out of reach.
    public static let headerPadding = RuleID("header_padding", defaultWeight: 2)
}

/// Padding pushes the identity fields past `limits.headers` or `limits.header_block_bytes` (they are read anyway):
/// no mail needs that many fields, so the padding itself counts.
enum HeaderPaddingRule: MessageRule {
    static let ids: [RuleID] = [.headerPadding]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard message.features.truncations.contains(.headers) else { return }
        let limits = message.policy.limits
        reasons.fire(.headerPadding, ">\(limits.maxHeaders) fields or >\(limits.maxHeaderBlockBytes) bytes")
    }
}
