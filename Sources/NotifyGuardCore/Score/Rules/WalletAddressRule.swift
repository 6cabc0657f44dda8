extension RuleID {
    /// A crypto wallet address.
    public static let walletAddress = RuleID("wallet_address", defaultWeight: 4)
}

/// Crypto wallet addresses: where scams ask to be paid.
enum WalletAddressRule: MessageRule {
    static let ids: [RuleID] = [.walletAddress]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        for wallet in message.features.wallets { reasons.fire(.walletAddress, wallet.value) }
    }
}
