import Foundation
import MailHarness
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The admin features through the `notifyguard` binary: config errors, scan output, a metrics port in use.
@Suite struct AdminCommandLineTests {
    private var binary: String { Environment.notifyguardBinary }

    @Test func checkConfigReportsAMalformedOverrideWithPathAndLine() throws {
        let directory = try ScratchDirectory(prefix: "ng-admin-cli")
        defer { directory.remove() }
        try directory.write(
            "bad.yaml", try MailStack.testConfig(extra: "\noverrides:\n  block:\n    - client: 203.0.113.9/24\n"))
        let line = try MailStack.testConfig().split(separator: "\n", omittingEmptySubsequences: false).count + 3
        let (status, output) = try Environment.run(binary, ["check-config", directory.path + "/bad.yaml"])
        #expect(status == 78)
        #expect(
            output.hasPrefix("\(directory.path)/bad.yaml:\(line): overrides.block.client must be an IP address"),
            "\(output)")
    }

    @Test func scanJSONNamesTheOverridesThatApplied() throws {
        let directory = try ScratchDirectory(prefix: "ng-admin-cli")
        defer { directory.remove() }
        try directory.write(
            "test.yaml", try MailStack.testConfig(extra: "\noverrides:\n  allow:\n    - dkim: partnerpay.example.com\n")
        )
        let file = Environment.mailDirectory.appendingPathComponent("partner-fraud-alert.eml").path
        let (status, output) = try Environment.run(
            binary, ["scan", "--json", "--config", directory.path + "/test.yaml", file])
        #expect(status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["action"] as? String == "accept")
        #expect(object["overrides"] as? [String] == ["allow(dkim:partnerpay.example.com)"])
    }

    @Test func runStopsWhenTheMetricsPortIsTaken() throws {
        // Hold a listening socket on a loopback port for the length of the test.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0 && listen(fd, 1) == 0
            }
        }
        try #require(listening)
        let port = Int(UInt16(bigEndian: address.sin_port))

        let directory = try ScratchDirectory(prefix: "ng-admin-cli")
        defer { directory.remove() }
        let config = try MailStack.testConfig().replacingOccurrences(
            of: "  listen: \"\"", with: "  listen: 127.0.0.1:\(port)")
        try directory.write("taken.yaml", config)
        let (status, output) = try Environment.run(
            binary,
            [
                "run", "--config", directory.path + "/taken.yaml", "--socket", "unix:" + directory.path + "/ng.sock",
                "--log", "stderr",
            ],
            timeout: 30)
        #expect(status == 75)
        #expect(output.contains("cannot start: metrics endpoint 127.0.0.1:\(port):"), "\(output)")
    }
}
