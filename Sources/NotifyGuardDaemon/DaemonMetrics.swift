import CoreMetrics

/// The daemon's counters and scoring-time histogram, recorded through swift-metrics.
///
/// Without a backend (metrics off, the default) swift-metrics records into its no-op handlers. Labels take only
/// values from bounded sets: actions, rule ids, configured profile names, limit and override kinds.
public struct DaemonMetrics: Sendable {
    /// nil records into whatever `MetricsSystem` was bootstrapped with, read at each record.
    private let factory: (any MetricsFactory)?

    public init(factory: (any MetricsFactory)? = nil) {
        self.factory = factory
    }

    public static let messages = "notifyguard_messages_total"
    public static let ruleHits = "notifyguard_rule_hits_total"
    public static let scoringDuration = "notifyguard_scoring_duration_seconds"
    public static let limitHits = "notifyguard_limit_hits_total"
    public static let internalErrors = "notifyguard_internal_errors_total"
    public static let reloads = "notifyguard_config_reloads_total"
    public static let overrides = "notifyguard_overrides_total"

    /// The `# HELP` text of each metric.
    public static let help: [String: String] = [
        messages: "Messages judged, by the action carried out (accept, tag, quarantine, reject, tempfail) and profile.",
        ruleHits: "Rules that fired, by rule (a rule counts once per distinct detail, at most three per message).",
        scoringDuration: "Time from end of message to the verdict: finishing the parse, extracting features, scoring.",
        limitHits: "Messages whose scan a limit cut short, by limit.",
        internalErrors: "Messages the daemon could not judge or act on, by cause.",
        reloads: "Config reloads, by result (applied or refused).",
        overrides: "Overrides that applied, by list and key (allow:dkim, block:client, ...).",
    ]

    /// Scoring takes tens to hundreds of microseconds; the buckets reach up to a second for pathological mail.
    public static let durationBuckets: [String: [Duration]] = [
        scoringDuration: [
            .microseconds(50), .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1),
            .microseconds(2500), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .seconds(1),
        ]
    ]

    /// One judged message: the action carried out, its profile (nil: none), the rules that fired, the limits hit,
    /// the overrides applied (`allow:dkim`) and the time scoring took.
    public func recordMessage(
        action: String, profile: String?, rules: [String], limits: [String], overrides: [String], scoring: Duration
    ) {
        counter(Self.messages, [("action", action), ("profile", profile ?? "none")]).increment()
        for rule in rules { counter(Self.ruleHits, [("rule", rule)]).increment() }
        for limit in limits { counter(Self.limitHits, [("limit", limit)]).increment() }
        for override in overrides { counter(Self.overrides, [("override", override)]).increment() }
        timer(Self.scoringDuration).recordNanoseconds(Self.nanoseconds(scoring))
    }

    /// A message the daemon could not judge or act on (`kind`: no_message_state, milter_edit_refused).
    public func recordInternalError(_ kind: String) {
        counter(Self.internalErrors, [("kind", kind)]).increment()
    }

    public func recordReload(applied: Bool) {
        counter(Self.reloads, [("result", applied ? "applied" : "refused")]).increment()
    }

    private func counter(_ label: String, _ dimensions: [(String, String)]) -> Counter {
        if let factory { return Counter(label: label, dimensions: dimensions, factory: factory) }
        return Counter(label: label, dimensions: dimensions)
    }

    private func timer(_ label: String) -> CoreMetrics.Timer {
        if let factory { return CoreMetrics.Timer(label: label, dimensions: [], factory: factory) }
        return CoreMetrics.Timer(label: label)
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds.multipliedReportingOverflow(by: 1_000_000_000).overflow
            ? Int64.max : seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
