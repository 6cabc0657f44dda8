import NotifyGuardCore

/// Settings for mail to one recipient domain (and its subdomains), each replacing the global one where set.
public struct RecipientDomainPolicy: Sendable, Equatable {
    /// Lowercased; matches the domain and its subdomains (the most specific entry wins).
    public var domain: String
    /// Replaces the global and the profile thresholds; keys left out come from the global `thresholds` section.
    public var thresholds: Thresholds?
    public var dryRun: Bool?
    public var subjectPrefix: String?
    public var rejectText: String?
    public var failureAction: FailureAction?
    /// Where the entry is in the config file.
    public var line: Int

    public init(
        domain: String, thresholds: Thresholds? = nil, dryRun: Bool? = nil, subjectPrefix: String? = nil,
        rejectText: String? = nil, failureAction: FailureAction? = nil, line: Int = 0
    ) {
        self.domain = domain
        self.thresholds = thresholds
        self.dryRun = dryRun
        self.subjectPrefix = subjectPrefix
        self.rejectText = rejectText
        self.failureAction = failureAction
        self.line = line
    }
}
