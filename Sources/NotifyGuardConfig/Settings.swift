import NotifyGuardCore

/// What to do with a message when notifyguard itself fails (a scoring error, a limit it can't handle).
public enum FailureAction: String, Sendable {
    case accept, tempfail
}

/// The SMTP reply for rejected mail.
public struct RejectReply: Sendable, Equatable {
    public init() {}

    public var code = "550"
    public var enhancedCode = "5.7.1"
    public var text = "Message rejected as notification abuse (notifyguard)"
}

/// Listener settings: where libmilter listens and how the socket is set up.
public struct ListenerSettings: Sendable, Equatable {
    public init() {}

    public var socket = "unix:/run/notifyguard/notifyguard.sock"
    /// Unix socket mode (octal in the file), nil to keep libmilter's.
    public var socketMode: UInt32? = 0o660
    /// Group given the unix socket (e.g. `postfix`), nil to keep the daemon's.
    public var socketGroup: String? = nil
    public var timeoutSeconds = 60
    public var skipReplies = true
}

/// What each action does beyond the verdict itself.
public struct ActionSettings: Sendable, Equatable {
    public init() {}

    public var dryRun = false
    public var failureAction: FailureAction = .accept
    public var reject = RejectReply()
    public var quarantineReason = "notifyguard: suspected notification abuse"
    /// Prepended to Subject on tagged mail; empty for none.
    public var subjectPrefix = ""
    /// Add X-NotifyGuard-Result/Reasons to every message that is delivered, accepted ones included.
    public var tagAcceptedMail = false
}

/// Where log lines go.
public struct LogSettings: Sendable, Equatable {
    public init() {}

    public var facility = "mail"
    public var destination = "syslog"
}

/// The whole configuration: the scoring policy plus the daemon's settings.
public struct Settings: Sendable {
    public var policy = Policy()
    public var listener = ListenerSettings()
    public var actions = ActionSettings()
    public var log = LogSettings()
    /// The Public Suffix List file the policy's list was read from (`public_suffix_list`).
    public var publicSuffixListFile = PublicSuffixFile.defaultPath
    /// Allow and block entries applied after scoring (`overrides` section).
    public var overrides = Overrides()
    /// Per recipient domain settings (`recipient_domains` section).
    public var recipientDomains: [RecipientDomainPolicy] = []
    /// The Prometheus endpoint (`metrics` section).
    public var metrics = MetricsSettings()
    public var campaign = CampaignSettings()
    /// Where the settings came from (a path, or "built-in defaults").
    public var origin = "built-in defaults"

    public init() {}
}
