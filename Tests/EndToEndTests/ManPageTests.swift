import Foundation
import MailHarness
import NotifyGuardConfig
import NotifyGuardDaemon
import Testing

/// notifyguard(8) and notifyguard.yaml(5): lint-clean for mandoc, covering what the program and its config have,
/// installed by the README's steps.
@Suite struct ManPageTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    private func read(_ path: String) throws -> String {
        try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: ["man/notifyguard.8", "man/notifyguard.yaml.5"])
    func mandocFindsNothingToWarnAbout(page: String) throws {
        let mandoc = try #require(Environment.which("mandoc"), "mandoc is missing: run scripts/install-deps")
        let (status, output) = try Environment.run(
            mandoc, ["-T", "lint", "-W", "warning", Self.repository.appendingPathComponent(page).path])
        #expect(status == 0, "\(output)")
        #expect(output.isEmpty, "\(output)")
    }

    @Test func theCommandPageNamesEverySubcommand() throws {
        let page = try read("man/notifyguard.8")
        let (_, help) = try Environment.run(Environment.notifyguardBinary, ["--help"])
        // Entries are indented two spaces; wrapped descriptions further; the closing hint starts with "See".
        let subcommands = (help.components(separatedBy: "SUBCOMMANDS:").last ?? "").split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && !$0.hasPrefix("  See ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(Set(subcommands).isSuperset(of: ["run", "scan", "check-config", "evaluate", "learn"]))
        for name in subcommands {
            #expect(page.contains(".It Cm \(name)\n"), "notifyguard.8 lacks \(name)")
        }
        #expect(page.contains(".It Fl -version"))
    }

    @Test func theConfigPageCoversEverySectionOverrideKeyAndMetric() throws {
        let page = try read("man/notifyguard.yaml.5")
        let shipped = try read("config/notifyguard.yaml")
        // Top-level sections and keys of the shipped file (`public_suffix_list: PATH`), the commented-out examples
        // included.
        let sections = shipped.split(separator: "\n").compactMap { line -> String? in
            let text = line.hasPrefix("# ") ? line.dropFirst(2) : line[...]
            guard let colon = text.firstIndex(of: ":"), colon != text.startIndex,
                text[..<colon].allSatisfy({ $0.isLetter || $0 == "_" }),
                text.index(after: colon) == text.endIndex || text[text.index(after: colon)] == " "
            else { return nil }
            return String(text[..<colon])
        }
        #expect(
            Set(sections).isSuperset(of: [
                "milter", "overrides", "recipient_domains", "metrics", "profiles", "public_suffix_list",
            ]))
        for section in Set(sections) {
            #expect(page.contains(".Ss \(section)\n"), "notifyguard.yaml.5 lacks section \(section)")
        }
        for key in OverrideKey.allCases {
            #expect(page.contains(".It Ic \(key.rawValue)\n"), "notifyguard.yaml.5 lacks override key \(key.rawValue)")
        }
        for metric in DaemonMetrics.help.keys {
            #expect(page.contains(".It Li \(metric)"), "notifyguard.yaml.5 lacks metric \(metric)")
        }
    }

    @Test func theReadmeInstallsAndPointsToThePages() throws {
        let readme = try read("README.md")
        #expect(readme.contains("install -D -m 0644 man/notifyguard.8 /usr/local/share/man/man8/notifyguard.8"))
        #expect(
            readme.contains("install -D -m 0644 man/notifyguard.yaml.5 /usr/local/share/man/man5/notifyguard.yaml.5"))
        #expect(readme.contains("notifyguard(8)") && readme.contains("notifyguard.yaml(5)"))
    }
}
