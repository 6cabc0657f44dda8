extension RuleID {
    /// A platform template's display name names a protected brand and gives an address outside the brand's domains.
    public static let brandAddressInName = RuleID("brand_address_in_name", defaultWeight: 2)
}

/// The display name of a platform template is where a name belongs. One that names a protected brand and also
/// carries an address or domain the brand doesn't own ("help@brand-mailuser.example via Surveys") claims to be the
/// brand while sending the reader elsewhere: both halves of an impersonation in one field. A brand's own address
/// there ("research@brand.com via Surveys") doesn't count, nor an address without a brand (a survey owner's own).
/// On top of `injected_address` and `brand_impersonation`, which each fire on one half.
enum BrandAddressInNameRule: MessageRule {
    static let ids: [RuleID] = [.brandAddressInName]

    static func check(_ message: MessageContext, into reasons: inout Reasons) {
        let policy = message.policy
        guard message.platformSent, message.profile != nil, !message.displayName.isEmpty,
            !policy.protectedBrands.isEmpty
        else { return }
        let written = InjectedAddressRule.foreignItems(in: message)
        guard !written.isEmpty else { return }
        let named = BrandImpersonationRule.impersonatedBrands(in: [SkeletonWords.of(message.displayName)], message)
        for name in named {
            guard let brand = policy.protectedBrands.first(where: { $0.name == name }),
                let elsewhere = written.first(where: { !brand.owns(Domain.of($0)) })
            else { continue }
            reasons.fire(.brandAddressInName, "\(name):\(elsewhere)")
        }
    }
}
