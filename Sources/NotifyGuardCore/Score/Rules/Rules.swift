/// The rules the scorer runs, in this order: the order their reasons are reported in.
///
/// Adding a rule: a file in this folder declaring its ``RuleID`` and implementing ``MessageRule`` (listed in
/// `steps`) or ``LinkRule`` (listed in the `.eachLink` step), and its weight under `rules:` in
/// config/notifyguard.yaml (README, "Adding a rule").
enum Rules {
    static let steps: [RuleStep] = [
        .message(SenderAuthenticationRules.self),
        .message(SubjectMismatchRule.self),
        .message(TemplateSkeletonRules.self),
        .message(PhraseRules.self),
        .eachLink([
            ForeignLinkRule.self, DisguisedLinkRules.self, ShortenedTemplateLinkRule.self, RiskyHostRules.self,
        ]),
        .message(LookalikeDomainRule.self),
        .message(BrandInHostRule.self),
        .message(WalletAddressRule.self),
        .message(MixedScriptRule.self),
        .message(InjectedAddressRule.self),
        .message(BrandImpersonationRule.self),
        .message(BrandAddressInNameRule.self),
        .message(InvalidSenderDomainRule.self),
        .message(MalformedFromRule.self),
        .message(InvisibleCharactersRule.self),
        .message(PhoneRules.self),
        .message(GenericNotificationAbuseRule.self),
        .message(ContactInNameRule.self),
        .message(ContactWithLureRule.self),
        .message(PlatformContactRule.self),
        .message(UnlistedPlatformContactRule.self),
        .message(DisplayNameContactRule.self),
        .message(OffPlatformInvitationRule.self),
        .message(CryptoInFieldRule.self),
        .message(RiskyReplyToRule.self),
        .message(HeaderPaddingRule.self),
        .message(PartialScanRule.self),
    ]

    /// Every rule the steps may fire, each once, in order.
    static let ids: [RuleID] = steps.flatMap(\.ids).reduce(into: []) { ids, id in
        if !ids.contains(id) { ids.append(id) }
    }
}
