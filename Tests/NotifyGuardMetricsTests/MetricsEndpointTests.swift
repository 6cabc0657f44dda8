import CoreMetrics
import Foundation
import MailHarness
import NotifyGuardDaemon
import NotifyGuardMetrics
import Testing

/// The Prometheus endpoint on 127.0.0.1: what the daemon records comes out in the text format, and promtool accepts it.
@Suite struct MetricsEndpointTests {
    @Test func scrapeShowsTheDaemonsMetricsAndPassesPromtool() async throws {
        let endpoint = try MetricsEndpoint(
            host: "127.0.0.1", port: 0, help: DaemonMetrics.help, durationBuckets: DaemonMetrics.durationBuckets)
        try await endpoint.start()
        let metrics = DaemonMetrics(factory: endpoint.factory)
        metrics.recordMessage(
            action: "quarantine", profile: "microsoft-tenant", rules: ["scam_phrase", "foreign_link"],
            limits: ["headers"], overrides: [], scoring: .microseconds(300))
        metrics.recordMessage(action: "accept", profile: nil, rules: [], limits: [], overrides: ["allow:dkim"], scoring: .microseconds(80))
        metrics.recordInternalError("milter_edit_refused")
        metrics.recordReload(applied: true)
        metrics.recordReload(applied: false)

        let port = try #require(await endpoint.listeningPort())
        let text = try await MetricsScrape.get("http://127.0.0.1:\(port)/metrics")
        #expect(text.contains("# HELP notifyguard_messages_total "))
        #expect(text.contains(#"notifyguard_messages_total{action="quarantine",profile="microsoft-tenant"} 1"#))
        #expect(text.contains(#"notifyguard_messages_total{action="accept",profile="none"} 1"#))
        #expect(text.contains(#"notifyguard_rule_hits_total{rule="foreign_link"} 1"#))
        #expect(text.contains(#"notifyguard_limit_hits_total{limit="headers"} 1"#))
        #expect(text.contains(#"notifyguard_internal_errors_total{kind="milter_edit_refused"} 1"#))
        #expect(text.contains(#"notifyguard_config_reloads_total{result="refused"} 1"#))
        #expect(text.contains(#"notifyguard_overrides_total{override="allow:dkim"} 1"#))
        #expect(text.contains("notifyguard_scoring_duration_seconds_count 2"))
        #expect(text.contains(#"notifyguard_scoring_duration_seconds_bucket{le="0.0001"} 1"#))
        try MetricsScrape.promtoolAccepts(text)

        let missing = try await MetricsScrape.status("http://127.0.0.1:\(port)/other")
        #expect(missing == 404)
        await endpoint.stop()
    }

    @Test func aPortInUseFailsTheStart() async throws {
        let first = try MetricsEndpoint(host: "127.0.0.1", port: 0, help: [:], durationBuckets: [:])
        try await first.start()
        let port = try #require(await first.listeningPort())
        let second = try MetricsEndpoint(host: "127.0.0.1", port: port, help: [:], durationBuckets: [:])
        await #expect(throws: MetricsEndpointError.self) { try await second.start(timeout: 2) }
        await first.stop()
    }
}
