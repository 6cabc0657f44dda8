import Foundation
import NotifyGuardConfig
import NotifyGuardCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Every number, every line of text and the file itself are bounded: a config `check-config` accepts is one the
/// daemon can run, and a hostile or mistaken file costs bounded time and memory.
@Suite struct ConfigBoundsTests {
    private func refusal(_ text: String) -> ConfigError? {
        do {
            _ = try ConfigLoader.parse(text, path: "bad.yaml")
            return nil
        } catch {
            return error
        }
    }

    /// A weight of 1e19 passed, and the first tagged message trapped in the conversion of its score to Int.
    @Test(arguments: [
        ("rules:\n  userinfo_link: 1e19\n", 2, "rules.userinfo_link must be at most 100.0"),
        ("rules:\n  userinfo_link: 10000000000000000000.0\n", 2, "rules.userinfo_link must be at most 100.0"),
        ("rules:\n  userinfo_link: -101\n", 2, "rules.userinfo_link must be at least -100.0"),
        ("thresholds:\n  reject: 1e300\n", 2, "thresholds.reject must be at most 1000000.0"),
        ("limits:\n  headers: 1099511627776\n", 2, "limits.headers must be at most 1073741824"),
        ("milter:\n  timeout: 86400\n", 2, "milter.timeout must be at most 3600"),
        ("campaign:\n  weight: 1e19\n", 2, "campaign.weight must be at most 100.0"),
        ("campaign:\n  mark_weight: -1e19\n", 2, "campaign.mark_weight must be at least -100.0"),
    ])
    func numbersAreBounded(text: String, line: Int, message: String) throws {
        let error = try #require(refusal(text))
        #expect(error.line == line)
        #expect(error.message == message)
    }

    @Test func theLargestAcceptedWeightScoresWithoutTrapping() throws {
        let settings = try ConfigLoader.parse("rules:\n  userinfo_link: 100\n", path: "max.yaml")
        let verdict = Scorer(policy: settings.policy).score(
            rawMessage: Array("Subject: x\n\nsee https://login.example.com@pay-update.ru/\n".utf8))
        #expect(verdict.score == 100)
        #expect(verdict.action == .reject)
    }

    /// `subject_prefix` went into the Subject header as it was: a CR LF in it added headers.
    @Test(arguments: [
        ("actions:\n  subject_prefix: \"[X]\\r\\nBcc: victim@example.org \"\n", "actions.subject_prefix"),
        ("actions:\n  subject_prefix: \"[X]\\n\"\n", "actions.subject_prefix"),
        ("actions:\n  subject_prefix: \"\\u202E[X] \"\n", "actions.subject_prefix"),
        ("actions:\n  quarantine_reason: \"held\\r\\nX: y\"\n", "actions.quarantine_reason"),
        ("actions:\n  reject_text: \"no\\u0085more\"\n", "actions.reject_text"),
        ("recipient_domains:\n  example.org:\n    subject_prefix: \"[X]\\r\\nBcc: v@example.org \"\n",
         "recipient_domains.example.org.subject_prefix"),
        ("recipient_domains:\n  example.org:\n    reject_text: \"no\\u2028more\"\n",
         "recipient_domains.example.org.reject_text"),
    ])
    func headerTextIsOneLine(text: String, key: String) throws {
        let error = try #require(refusal(text))
        #expect(error.line == text.split(separator: "\n").count)
        #expect(error.message.hasPrefix("\(key) must be one"), "\(error)")
    }

    @Test func anOrdinarySubjectPrefixIsKept() throws {
        let settings = try ConfigLoader.parse("actions:\n  subject_prefix: \"[SUSPICIOUS] \"\n", path: "ok.yaml")
        #expect(settings.actions.subjectPrefix == "[SUSPICIOUS] ")
    }

    /// Nine levels of nine aliases, the last used as a mapping key: 351 bytes that took 42 s to load. Refused
    /// before Yams expands anything, in milliseconds.
    @Test func anAliasBombIsRefusedAtOnce() throws {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
            previous = name
        }
        lines.append("? *i\n: x")
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count == 351)
        let started = ContinuousClock.now
        let error = try #require(refusal(text))
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(error.message == "YAML stands for more than 500000 nodes once its aliases are expanded")
        #expect(error.line == 6)
    }

    @Test func ordinaryAliasesStillWork() throws {
        let settings = try ConfigLoader.parse(
            """
            thresholds: &strict {tag: 1, quarantine: 2, reject: 3}
            profiles:
              - name: p
                senders: [a@b.c]
                thresholds: *strict
            """, path: "aliases.yaml")
        #expect(settings.policy.profiles.first?.thresholds == Thresholds(tag: 1, quarantine: 2, reject: 3))
    }

    @Test func collectionsNestAtMost64Deep() throws {
        let deep = "rules: " + String(repeating: "[", count: 65) + String(repeating: "]", count: 65) + "\n"
        let error = try #require(refusal(deep))
        #expect(error.message == "YAML nested more than 64 levels deep")
    }

    /// A 50 MB config took 12 s and 2.3 GB to load; past 4 MiB a file is refused while it is read.
    @Test func aFileLargerThanTheBoundIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ng-big-\(getpid()).yaml").path
        defer { unlink(path) }
        let line = "# " + String(repeating: "x", count: 1021) + "\n"
        let text = String(repeating: line, count: ConfigBounds.fileBytes / 1024) + "x: 1\n"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect {
            try ConfigLoader.load(path: path)
        } throws: { error in
            (error as? ConfigError)?.message == "file is larger than \(ConfigBounds.fileBytes) bytes"
        }
    }

    @Test func aMissingFileSaysWhy() {
        #expect {
            try ConfigLoader.load(path: "/nonexistent/notifyguard.yaml")
        } throws: { error in
            (error as? ConfigError)?.message == "cannot read file: No such file or directory"
        }
    }
}
