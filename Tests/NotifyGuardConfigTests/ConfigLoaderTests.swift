import Foundation
import NotifyGuardConfig
import NotifyGuardCore
import Testing

@Suite struct ConfigLoaderTests {
    @Test func builtInDefaultsAreTheShippedFile() throws {
        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("config/notifyguard.yaml")
        let text = try String(contentsOf: shipped, encoding: .utf8)
        #expect(text == ConfigLoader.defaultConfigText)
        let settings = try ConfigLoader.load(path: nil, hostname: "mx.example.org")
        #expect(settings.policy.trustedAuthservIDs == ["mx.example.org"])
        #expect(settings.policy.profiles.contains { $0.name == "microsoft-tenant" })
        #expect(settings.policy.thresholds == Thresholds(tag: 4, quarantine: 8, reject: 15))
        #expect(settings.actions.failureAction == .accept)
    }

    @Test func valuesAreRead() throws {
        let settings = try ConfigLoader.parse(
            """
            milter:
              socket: inet:9999@127.0.0.1
              socket_mode: "0600"
            actions:
              dry_run: true
              failure_action: tempfail
              reject_text: "Go away"
              subject_prefix: "[SPAM] "
            thresholds: {tag: 1, quarantine: 2, reject: 3}
            trust:
              authserv_ids: [MX.Example.ORG]
            rules:
              foreign_link: 7.5
            limits:
              headers: 50
            profiles:
              - name: p
                senders: [a@b.c]
                thresholds: {reject: 100}
            """, path: "t.yaml")
        #expect(settings.listener.socket == "inet:9999@127.0.0.1")
        #expect(settings.listener.socketMode == 0o600)
        #expect(settings.actions.dryRun)
        #expect(settings.actions.failureAction == .tempfail)
        #expect(settings.actions.reject.text == "Go away")
        #expect(settings.policy.trustedAuthservIDs == ["mx.example.org"])
        #expect(settings.policy.weight(.foreignLink) == 7.5)
        #expect(settings.policy.limits.maxHeaders == 50)
        #expect(settings.policy.profiles.first?.thresholds == Thresholds(tag: 1, quarantine: 2, reject: 100))
    }

    @Test(arguments: [
        ("milter:\n  sockett: unix:/x\n", 2, "unknown key milter.sockett"),
        ("thresholds:\n  tag: 4\n  quarantine: lots\n", 3, "thresholds.quarantine must be a number"),
        ("actions:\n  failure_action: explode\n", 2, "actions.failure_action must be accept or tempfail"),
        ("rules:\n\n  no_such_rule: 1\n", 3, "unknown rule no_such_rule"),
        ("thresholds:\n  tag: 9\n  quarantine: 8\n", 2, "thresholds must satisfy tag <= quarantine <= reject"),
        ("milter:\n  socket: [unclosed\n", 3, "YAML syntax"),
        ("actions:\n  dry_run: true\n  dry_run: false\n", 2, "duplicate key dry_run"),
        ("profiles:\n  - name: x\n    senders: []\n", 2, "profile x has no senders"),
        ("actions:\n  reject_code: \"450\"\n", 2, "actions.reject_code must be a 5xx code"),
    ])
    func errorsCarryLineNumbers(text: String, line: Int, message: String) {
        #expect {
            try ConfigLoader.parse(text, path: "bad.yaml")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.path == "bad.yaml" && error.line == line && error.message.hasPrefix(message)
                && error.description.hasPrefix("bad.yaml:\(line): ")
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: ConfigError.self) { try ConfigLoader.load(path: "/nonexistent/notifyguard.yaml") }
    }
}

/// Skeleton files: written by `learn`, included by profiles, errors with file and line.
@Suite struct SkeletonFileTests {
    @Test func renderedFileReadsBackTheSame() throws {
        let skeleton = TemplateSkeleton(name: "welcome", segments: [
            .text(["welcome", "to", "«microsoft»", "365:"]), .slot(maxWords: 4, maxBytes: 30), .text(["sign", "in"]),
        ], samples: 3)
        let text = try SkeletonFile.render([skeleton], comment: ["learned"])
        #expect(text.hasPrefix("# learned\n"))
        #expect(try SkeletonFile.parse(text, path: "s.yaml") == [skeleton])
    }

    @Test(arguments: [
        ("skeletons:\n  - name: x\n    segments:\n      - slot: {max_words: 2}\n", 2, "has no constant text"),
        ("skeletons:\n  - name: x\n    segments:\n      - text: a b\n      - gap: 3\n", 5, "unknown segment kind: gap"),
        ("skeletons:\n  - name: x\n    segments:\n      - slot: {max_words: -1}\n", 4, "max_words must be at least 0"),
    ])
    func errorsCarryLineNumbers(text: String, line: Int, message: String) {
        do {
            _ = try SkeletonFile.parse(text, path: "s.yaml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func profilesIncludeSkeletonFilesRelativeToTheConfig() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ng-skeleton-\(getpid())")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("skeletons"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let skeleton = TemplateSkeleton(name: "welcome", segments: [.text(["hello"]), .slot(maxWords: 1, maxBytes: 6)], samples: 2)
        try SkeletonFile.render([skeleton], comment: []).write(
            to: directory.appendingPathComponent("skeletons/p.yaml"), atomically: true, encoding: .utf8)
        let config = "profiles:\n  - name: p\n    senders: [example.com]\n    skeletons: [skeletons/p.yaml]\n"
        try config.write(to: directory.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let settings = try ConfigLoader.load(path: directory.appendingPathComponent("c.yaml").path)
        #expect(settings.policy.profiles.first?.skeletons == [skeleton])

        let missing = config.replacingOccurrences(of: "skeletons/p.yaml", with: "skeletons/none.yaml")
        try missing.write(to: directory.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: ConfigError.self) { try ConfigLoader.load(path: directory.appendingPathComponent("c.yaml").path) }
    }
}
