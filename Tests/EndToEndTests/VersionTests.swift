import Foundation
import MailHarness
import Testing

/// `notifyguard --version` and the script that records the commit at build time.
@Suite struct VersionTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func versionNamesReleaseCommitAndLibmilter() throws {
        let (status, output) = try Environment.run(Environment.notifyguardBinary, ["--version"])
        #expect(status == 0)
        let match = try #require(
            output.wholeMatch(
                of:
                    /notifyguard (\d+\.\d+\.\d+) \(commit ([0-9a-f]{12}(-dirty)?|unknown)\), libmilter (\d+\.\d+\.\d+)\n/
            ),
            "\(output)")
        // Built from this checkout: the commit is its HEAD (the test binary and notifyguard come from one build).
        if let git = Environment.which("git") {
            let (gitStatus, head) = try Environment.run(
                git, ["-c", "safe.directory=*", "-C", Self.repository, "rev-parse", "--short=12", "HEAD"])
            if gitStatus == 0 {
                #expect(match.output.2.hasPrefix(head.trimmingCharacters(in: .whitespacesAndNewlines)))
            }
        }
        #expect(match.output.4.hasPrefix("1."))
    }

    /// Runs scripts/build-commit on `directory` and returns the commit it recorded.
    private func recordedCommit(_ directory: String, scratch: ScratchDirectory) throws -> String {
        let out = scratch.path + "/generated-\(UUID().uuidString)"
        let (status, output) = try Environment.run(
            "/bin/sh", [Self.repository + "/scripts/build-commit", directory, out])
        #expect(status == 0, "\(output)")
        let text = try String(contentsOfFile: out + "/BuildInfo.swift", encoding: .utf8)
        let match = try #require(text.firstMatch(of: /let buildCommit = "([^"]*)"/))
        return String(match.output.1)
    }

    @Test func aFreshCloneRecordsItsHeadAndATarballSaysUnknown() throws {
        let git = try #require(Environment.which("git"), "git is needed to clone")
        let scratch = try ScratchDirectory(prefix: "ng-version")
        defer { scratch.remove() }
        let clone = scratch.path + "/clone"
        let (cloned, cloneOutput) = try Environment.run(
            git, ["-c", "safe.directory=*", "clone", "-q", "--no-hardlinks", Self.repository, clone], timeout: 120)
        try #require(cloned == 0, "\(cloneOutput)")
        let (_, head) = try Environment.run(git, ["-C", clone, "rev-parse", "--short=12", "HEAD"])
        #expect(try recordedCommit(clone, scratch: scratch) == head.trimmingCharacters(in: .whitespacesAndNewlines))
        // A changed tracked file marks the build dirty.
        try "changed\n".write(toFile: clone + "/README.md", atomically: true, encoding: .utf8)
        #expect(try recordedCommit(clone, scratch: scratch).hasSuffix("-dirty"))

        // The same files without .git, as a release tarball unpacks: unknown.
        let tarball = scratch.path + "/notifyguard-tarball"
        try FileManager.default.createDirectory(atPath: tarball, withIntermediateDirectories: true)
        let (archived, archiveOutput) = try Environment.run(
            "/bin/sh", ["-c", "git -C \"$0\" archive HEAD | tar -x -C \"$1\"", clone, tarball], timeout: 120)
        try #require(archived == 0, "\(archiveOutput)")
        #expect(try recordedCommit(tarball, scratch: scratch) == "unknown")
        // Unpacked inside some other repository (here the clone): still unknown, not that repository's commit.
        let nested = clone + "/vendor/notifyguard"
        try FileManager.default.createDirectory(atPath: clone + "/vendor", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: tarball, toPath: nested)
        #expect(try recordedCommit(nested, scratch: scratch) == "unknown")
    }
}
