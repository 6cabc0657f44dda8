extension RuleID {
    /// A crypto wallet address.
    public static let walletAddress = RuleID("wallet_address", defaultWeight: 4)
}

/// Crypto wallet addresses: where scams ask to be paid. Not in a protected brand's own mail that no template of a
/// platform's users describes: an exchange's withdrawal receipt names the address its customer sent to, and the
/// brand wrote all of it (as ``LookalikeDomainRule`` lets a brand's own mail link to its other domains).
enum WalletAddressRule: MessageRule {
    static let ids: [RuleID] = [.walletAddress]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        guard !message.features.wallets.isEmpty, !isBrandsOwnMail(message) else { return }
        for wallet in message.features.wallets { reasons.fire(.walletAddress, wallet.value) }
    }

    /// From's domain belongs to a protected brand, a DKIM signature of the brand passed, and no profile or registry
    /// entry says the mail carries a platform user's text.
    static func isBrandsOwnMail(_ message: MessageContext) -> Bool {
        guard message.profile == nil, message.registryNotification == nil, let from = message.features.from,
            let brand = message.policy.protectedBrands.first(where: { $0.owns(from.domain) })
        else { return false }
        return message.features.dkimPassDomains.contains(where: brand.owns)
    }
}
