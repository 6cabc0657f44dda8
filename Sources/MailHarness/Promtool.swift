import Foundation

/// Debian's `promtool` (package `prometheus`), the reference check of the Prometheus text format.
public enum Promtool {
    /// Runs `promtool check metrics` on `text`; throws with promtool's complaints unless it exits 0.
    public static func check(_ text: String) throws {
        guard let promtool = Environment.which("promtool") else {
            throw HarnessError("promtool not found: install Debian's prometheus package (scripts/install-deps)")
        }
        let directory = try ScratchDirectory(prefix: "ng-metrics")
        defer { directory.remove() }
        try directory.write("metrics.txt", text)
        let (status, output) = try Environment.run(
            "/bin/sh", ["-c", "exec \"$0\" check metrics < \"$1\"", promtool, directory.path + "/metrics.txt"],
            timeout: 30)
        guard status == 0 else { throw HarnessError("promtool check metrics failed (\(status)): \(output)") }
    }
}
