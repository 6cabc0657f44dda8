import Foundation
import NotifyGuardConfig
import NotifyGuardCore
import Testing

/// The `data_files:` section: the platform registry and lure topics read beside the config, the built-in copies
/// without one, and errors that name the data file and its line.
@Suite struct DataFilesConfigTests {
    static let configDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("config")

    /// A private directory holding `files`, removed after `body`.
    static func withFiles<T>(_ files: [String: String], _ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ng-data-\(getpid())-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try body(directory.path)
    }

    static let config = "data_files:\n  platforms: p.yaml\n  lure_topics: t.yaml\n"
    static let platforms = """
        platforms:
          - name: Acme Forms
            category: forms-surveys
            senders: ["forms@acme.example"]
            dkim_domains: [acme.example]
            user_fields: {name: [form title]}

        """
    static let topics = "topics:\n  refund:\n    en: [refund]\n"

    @Test func builtInDefaultsLoad() throws {
        let policy = try ConfigLoader.load(path: nil).policy
        #expect(policy.platforms.platforms.count == 97)
        #expect(policy.lureTopics.topics.map(\.name) == [
            "refund", "order", "charge", "renewal", "prize", "crypto", "account_problem", "investment", "task_job", "loan",
        ])
        // Stems are kept per language: 41 languages.
        #expect(policy.lureTopics.topics.allSatisfy { $0.stems.count == 41 })
    }

    @Test func theShippedConfigReadsTheFilesBesideIt() throws {
        let settings = try ConfigLoader.load(path: Self.configDirectory.appendingPathComponent("notifyguard.yaml").path)
        #expect(settings.policy.platforms.platforms.count == 97)
        #expect(settings.policy.lureTopics.topics.count == 10)
    }

    @Test func namedFilesReplaceTheBuiltInCopies() throws {
        let policy = try Self.withFiles(["c.yaml": Self.config, "p.yaml": Self.platforms, "t.yaml": Self.topics]) {
            try ConfigLoader.load(path: $0 + "/c.yaml").policy
        }
        #expect(policy.platforms.platforms.map(\.name) == ["Acme Forms"])
        #expect(policy.platforms.platforms(signedBy: "mail.acme.example").first?.fieldKinds == [.name])
        #expect(policy.lureTopics.topics(in: "REFUND and order") == ["refund"])
    }

    @Test func textNotFromAFileTakesTheBuiltInCopies() throws {
        let text = "data_files:\n  platforms: /nonexistent/p.yaml\n"
        #expect(try ConfigLoader.parse(text, path: "t.yaml").policy.platforms.platforms.count == 97)
        #expect(throws: ConfigError.self) { try ConfigLoader.parse(text, path: "t.yaml", dataFiles: .disk) }
    }

    @Test func aMissingDataFileNamesTheConfigLine() throws {
        let error = try Self.withFiles(["c.yaml": "logging:\n  facility: mail\n" + Self.config]) { directory in
            try #require(throws: ConfigError.self) { try ConfigLoader.load(path: directory + "/c.yaml") }
        }
        #expect(error.path.hasSuffix("/p.yaml") && error.line == 0)
        #expect(error.message.hasPrefix("cannot read file: ") && error.message.contains(" (data_files.platforms at "))
        #expect(error.message.hasSuffix("/c.yaml:4)"))
    }

    @Test func anOversizedDataFileIsRefused() throws {
        let huge = "# " + String(repeating: "x", count: 4 << 20) + "\n"
        let error = try Self.withFiles(["c.yaml": Self.config, "p.yaml": huge, "t.yaml": Self.topics]) { directory in
            try #require(throws: ConfigError.self) { try ConfigLoader.load(path: directory + "/c.yaml") }
        }
        #expect(error.path.hasSuffix("/p.yaml") && error.message.hasPrefix("file is larger than \(ConfigBounds.fileBytes) bytes"))
    }

    @Test(arguments: [
        ("p.yaml", Self.platforms.replacingOccurrences(of: "forms-surveys", with: "social"), 3, "unknown category social"),
        ("p.yaml", Self.platforms.replacingOccurrences(of: "\"forms@acme.example\"", with: "\"*.com\""), 4,
         "sender *.com is not an address or a domain"),
        ("p.yaml", Self.platforms.replacingOccurrences(of: "[acme.example]", with: "[localhost]"), 5,
         "dkim_domains: localhost is not a domain"),
        ("p.yaml", Self.platforms.replacingOccurrences(of: "{name:", with: "{title:"), 6, "unknown field kind title"),
        ("p.yaml", Self.platforms.replacingOccurrences(of: "    user_fields: {name: [form title]}\n", with: ""), 2,
         "platform Acme Forms has no user_fields"),
        ("p.yaml", Self.platforms + "    evidence: maybe\n", 7, "evidence must be seen or recalled"),
        ("p.yaml", Self.platforms + Self.platforms.replacingOccurrences(of: "platforms:\n", with: ""), 7,
         "duplicate platform Acme Forms"),
        ("p.yaml", "platform:\n  - name: x\n", 1, "unknown key: platform"),
        ("t.yaml", "topics:\n  refund:\n    en: [refund]\n    xx: [r]\n", 4, "topics.refund.xx: \"r\" is too short"),
        ("t.yaml", "topics:\n  refund:\n    en: refund\n", 3, "topics.refund.en must be a list"),
        ("t.yaml", "topics:\n  refund:\n    en: [refund\n", 4, "YAML syntax"),
    ])
    func dataFileErrorsCarryTheirFileAndLine(file: String, text: String, line: Int, message: String) throws {
        var files = ["c.yaml": Self.config, "p.yaml": Self.platforms, "t.yaml": Self.topics]
        files[file] = text
        let error = try Self.withFiles(files) { directory in
            try #require(throws: ConfigError.self) { try ConfigLoader.load(path: directory + "/c.yaml") }
        }
        #expect(error.path.hasSuffix("/" + file), "\(error)")
        #expect(error.line == line, "\(error)")
        #expect(error.message.hasPrefix(message), "\(error)")
    }

    @Test(arguments: [
        ("data_files:\n  platform: p.yaml\n", 2, "unknown key data_files.platform"),
        ("data_files:\n  platforms: \"\"\n", 2, "data_files.platforms must name a file"),
        ("data_files: p.yaml\n", 1, "data_files must be a mapping"),
    ])
    func sectionErrorsCarryTheConfigLine(text: String, line: Int, message: String) {
        #expect {
            try ConfigLoader.parse(text, path: "bad.yaml")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.path == "bad.yaml" && error.line == line && error.message.hasPrefix(message)
        }
    }
}
