import CoreMetrics
import NotifyGuardConfig
import NotifyGuardCore
import Synchronization

/// The daemon's counters and scoring-time histogram, recorded through swift-metrics.
///
/// Without a backend (metrics off, the default) swift-metrics records into its no-op handlers. Labels take only
/// values from bounded sets: actions, rule ids, configured profile names, limit and override kinds. The handles of
/// per-message metrics are made once (a registry lookup per record cost more than scoring the message); one instance
/// serves every session, created after the backend is bootstrapped.
public final class DaemonMetrics: Sendable {
    private let factory: any MetricsFactory
    private let ruleHits: [String: Counter]
    private let limitHits: [String: Counter]
    private let overrideCounts: [String: Counter]
    private let scoring: CoreMetrics.Timer
    /// Messages by "action profile": profiles come and go with reloads, so these are made on first use.
    private let messageCounts = Mutex<[String: Counter]>([:])

    public static let messages = "notifyguard_messages_total"
    public static let ruleHitsName = "notifyguard_rule_hits_total"
    public static let scoringDuration = "notifyguard_scoring_duration_seconds"
    public static let limitHitsName = "notifyguard_limit_hits_total"
    public static let internalErrors = "notifyguard_internal_errors_total"
    public static let reloads = "notifyguard_config_reloads_total"
    public static let overrides = "notifyguard_overrides_total"

    /// The `# HELP` text of each metric.
    public static let help: [String: String] = [
        messages: "Messages judged, by the action carried out (accept, tag, quarantine, reject, tempfail) and profile.",
        ruleHitsName: "Rules that fired, by rule (a rule counts once per distinct detail, at most three per message).",
        scoringDuration: "Time from end of message to the verdict: finishing the parse, extracting features, scoring.",
        limitHitsName: "Messages whose scan a limit cut short, by limit.",
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

    /// - Parameter factory: the backend; by default the one `MetricsSystem` was bootstrapped with by now.
    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        self.factory = factory
        func counters(_ label: String, _ dimension: String, _ values: [String]) -> [String: Counter] {
            Dictionary(
                uniqueKeysWithValues: values.map {
                    ($0, Counter(label: label, dimensions: [(dimension, $0)], factory: factory))
                })
        }
        ruleHits = counters(Self.ruleHitsName, "rule", RuleID.allCases.map(\.rawValue))
        limitHits = counters(Self.limitHitsName, "limit", Truncation.allCases.map(\.rawValue))
        overrideCounts = counters(
            Self.overrides, "override",
            OverrideList.allCases.flatMap { list in OverrideKey.allCases.map { "\(list.rawValue):\($0.rawValue)" } })
        scoring = CoreMetrics.Timer(label: Self.scoringDuration, dimensions: [], factory: factory)
    }

    /// One judged message: the action carried out, its profile (nil: none), the rules that fired, the limits hit,
    /// the overrides applied (`allow:dkim`) and the time scoring took.
    public func recordMessage(
        action: String, profile: String?, rules: [String], limits: [String], overrides: [String],
        scoring duration: Duration
    ) {
        let profile = profile ?? "none"
        let key = action + " " + profile
        let counter = messageCounts.withLock { counts in
            if let counter = counts[key] { return counter }
            let counter = Counter(
                label: Self.messages, dimensions: [("action", action), ("profile", profile)], factory: factory)
            counts[key] = counter
            return counter
        }
        counter.increment()
        for rule in rules {
            (ruleHits[rule] ?? Counter(label: Self.ruleHitsName, dimensions: [("rule", rule)], factory: factory))
                .increment()
        }
        for limit in limits {
            (limitHits[limit] ?? Counter(label: Self.limitHitsName, dimensions: [("limit", limit)], factory: factory))
                .increment()
        }
        for override in overrides {
            (overrideCounts[override]
                ?? Counter(label: Self.overrides, dimensions: [("override", override)], factory: factory)).increment()
        }
        scoring.recordNanoseconds(Self.nanoseconds(duration))
    }

    /// A message the daemon could not judge or act on (`kind`: no_message_state, milter_edit_refused). Rare.
    public func recordInternalError(_ kind: String) {
        Counter(label: Self.internalErrors, dimensions: [("kind", kind)], factory: factory).increment()
    }

    /// A config reload, applied or refused, into the process-wide backend. Rare.
    public static func recordReload(applied: Bool, factory: any MetricsFactory = MetricsSystem.factory) {
        Counter(label: reloads, dimensions: [("result", applied ? "applied" : "refused")], factory: factory).increment()
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        guard seconds < Int64.max / 1_000_000_000 else { return .max }
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
