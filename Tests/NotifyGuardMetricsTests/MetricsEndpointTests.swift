import CoreMetrics
import MailHarness
import NotifyGuardDaemon
import NotifyGuardMetrics
import Testing

/// What the daemon records, as the endpoint's registry writes it: the Prometheus text format, accepted by promtool.
///
/// The HTTP side is tested against the real daemon (AdminWorkflowTests): an in-process server would need Swift's
/// cooperative threads, which the blocking end-to-end suites running alongside hold for seconds at a time.
@Suite struct MetricsEndpointTests {
    @Test func theDaemonsMetricsAreValidPrometheusText() throws {
        let endpoint = try MetricsEndpoint(
            host: "127.0.0.1", port: 0, help: DaemonMetrics.help, durationBuckets: DaemonMetrics.durationBuckets)
        let metrics = DaemonMetrics(factory: endpoint.factory)
        metrics.recordMessage(
            action: "quarantine", profile: "microsoft-tenant", rules: ["scam_phrase", "foreign_link"],
            limits: ["headers"], overrides: [], scoring: .microseconds(300))
        metrics.recordMessage(
            action: "accept", profile: nil, rules: [], limits: [], overrides: ["allow:dkim"], scoring: .microseconds(80)
        )
        metrics.recordMessage(
            action: "quarantine", profile: "microsoft-tenant", rules: ["foreign_link"], limits: [], overrides: [],
            scoring: .milliseconds(2))
        metrics.recordInternalError("milter_edit_refused")
        DaemonMetrics.recordReload(applied: true, factory: endpoint.factory)
        DaemonMetrics.recordReload(applied: false, factory: endpoint.factory)

        let text = endpoint.text()
        #expect(text.contains("# HELP notifyguard_messages_total Messages judged"))
        #expect(text.contains("# TYPE notifyguard_messages_total counter"))
        #expect(text.contains(#"notifyguard_messages_total{action="quarantine",profile="microsoft-tenant"} 2"#))
        #expect(text.contains(#"notifyguard_messages_total{action="accept",profile="none"} 1"#))
        #expect(text.contains(#"notifyguard_rule_hits_total{rule="foreign_link"} 2"#))
        #expect(text.contains(#"notifyguard_rule_hits_total{rule="scam_phrase"} 1"#))
        #expect(text.contains(#"notifyguard_limit_hits_total{limit="headers"} 1"#))
        #expect(text.contains(#"notifyguard_internal_errors_total{kind="milter_edit_refused"} 1"#))
        #expect(text.contains(#"notifyguard_config_reloads_total{result="refused"} 1"#))
        #expect(text.contains(#"notifyguard_overrides_total{override="allow:dkim"} 1"#))
        #expect(text.contains("# TYPE notifyguard_scoring_duration_seconds histogram"))
        #expect(text.contains("notifyguard_scoring_duration_seconds_count 3"))
        #expect(text.contains(#"notifyguard_scoring_duration_seconds_bucket{le="0.0001"} 1"#))
        #expect(text.contains(#"notifyguard_scoring_duration_seconds_bucket{le="0.001"} 2"#))
        #expect(text.contains(#"notifyguard_scoring_duration_seconds_bucket{le="+Inf"} 3"#))
        try Promtool.check(text)
    }

    @Test func everyMetricHasHelpTextWhateverItsName() throws {
        let endpoint = try MetricsEndpoint(host: "::1", port: 0, help: [:], durationBuckets: [:])
        Counter(label: "notifyguard_other_total", dimensions: [("kind", "x")], factory: endpoint.factory).increment()
        CoreMetrics.Timer(label: "notifyguard_other_seconds", dimensions: [], factory: endpoint.factory)
            .recordNanoseconds(5_000)
        let text = endpoint.text()
        #expect(text.contains("# HELP notifyguard_other_total notifyguard_other_total"))
        try Promtool.check(text)
    }
}
