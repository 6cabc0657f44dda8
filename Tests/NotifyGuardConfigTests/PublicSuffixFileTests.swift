import Foundation
import NotifyGuardConfig
import NotifyGuardCore
import Testing

/// `public_suffix_list`: the config layer reads the list and hands the policy its value.
@Suite struct PublicSuffixFileTests {
    /// A private directory with a config and the files it names, removed at the end.
    struct Directory: ~Copyable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ng-psl-\(getpid())-\(UUID().uuidString)")

        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ text: String, to name: String) throws -> String {
            let path = url.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: PublicSuffixFile.defaultPath), "needs Debian's publicsuffix package"))
    func shippedConfigReadsDebiansList() throws {
        let settings = try ConfigLoader.load(path: nil, hostname: "mx.example.org")
        #expect(settings.publicSuffixListFile == "/usr/share/publicsuffix/public_suffix_list.dat")
        #expect(settings.policy.publicSuffixList.isComplete)
        #expect(settings.policy.publicSuffixList.registrableDomain("a.b.example.co.uk") == "example.co.uk")
    }

    /// A relative path is read beside the config, and its rules are the ones the policy (and so the scorer) uses.
    @Test func aListNamedByTheConfigIsThePolicys() throws {
        let directory = try Directory()
        _ = try directory.write("// a list of our own\ncorp\n*.lab\n!www.lab\n", to: "suffixes.dat")
        let config = try directory.write("public_suffix_list: suffixes.dat\n", to: "c.yaml")
        let settings = try ConfigLoader.load(path: config)
        #expect(settings.publicSuffixListFile == directory.url.appendingPathComponent("suffixes.dat").path)
        let list = settings.policy.publicSuffixList
        #expect(list.ruleCount == 1 && !list.isComplete)
        #expect(list.registrableDomain("mail.shop.corp") == "shop.corp")
        #expect(list.registrableDomain("a.b.lab") == "a.b.lab")
        #expect(list.registrableDomain("co.uk") == "co.uk")

        // The scorer asks the policy's list: `shop.corp` is a registrable domain under it, `shop.example` isn't.
        let scorer = Scorer(policy: settings.policy)
        let fromCorp = scorer.score(rawMessage: Array("From: <a@shop.corp>\nTo: <b@c.corp>\nSubject: hi\n\nhello\n".utf8))
        let fromExample = scorer.score(rawMessage: Array("From: <a@shop.example>\nTo: <b@c.corp>\nSubject: hi\n\nhi\n".utf8))
        #expect(!fromCorp.reasons.contains { $0.rule == "invalid_sender_domain" })
        #expect(fromExample.reasons.contains { $0.rule == "invalid_sender_domain" })
    }

    @Test(arguments: [
        ("public_suffix_list: none.dat\n", "none.dat", 1, "cannot read the file"),
        ("trust:\n  authserv_ids: [mx]\npublic_suffix_list: empty.dat\n", "empty.dat", 3, "no suffix rules"),
        ("public_suffix_list: \"\"\n", "", 1, "public_suffix_list must name a file"),
        ("public_suffix_list: [a, b]\n", "", 1, "public_suffix_list must be a string"),
    ])
    func unusableListsAreConfigErrors(config: String, file: String, line: Int, message: String) throws {
        let directory = try Directory()
        _ = try directory.write("// comments only\n\n", to: "empty.dat")
        let path = try directory.write(config, to: "c.yaml")
        do {
            _ = try ConfigLoader.load(path: path)
            Issue.record("accepted: \(config)")
        } catch {
            #expect(error.path == path && error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error.message)")
            #expect(file.isEmpty || error.message.contains(file), "\(error.message)")
        }
    }

    @Test func loadingFailsWithoutAFileOrRules() throws {
        let directory = try Directory()
        let empty = try directory.write("// no rules\n", to: "empty.dat")
        #expect(throws: PublicSuffixFile.Failure.unreadable) {
            try PublicSuffixFile.load(path: directory.url.appendingPathComponent("none.dat").path)
        }
        #expect(throws: PublicSuffixFile.Failure.noRules) { try PublicSuffixFile.load(path: empty) }
    }
}
