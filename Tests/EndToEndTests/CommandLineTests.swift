import Foundation
import MailHarness
import Testing

/// The `notifyguard` binary's offline commands.
@Suite struct CommandLineTests {
    private var binary: String { Environment.notifyguardBinary }

    @Test func scanJSONIsOneObjectPerInput() throws {
        let directory = try ScratchDirectory(prefix: "ng-cli")
        defer { directory.remove() }
        try directory.write("test.yaml", try MailStack.testConfig())
        let files = ["quarantine.eml", "accept.eml", "tag.eml"].map { Environment.mailDirectory.appendingPathComponent($0).path }
        let (status, output) = try Environment.run(binary, ["scan", "--json", "--config", directory.path + "/test.yaml"] + files)
        #expect(status == 0)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 3)
        var actions: [String] = []
        for (line, file) in zip(lines, files) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["file", "action", "score", "profile", "reasons"])
            #expect(object["file"] as? String == file)
            #expect(object["score"] is NSNumber)
            actions.append(try #require(object["action"] as? String))
            for reason in try #require(object["reasons"] as? [[String: Any]]) {
                #expect(Set(reason.keys) == ["rule", "score", "detail"])
            }
        }
        #expect(actions == ["quarantine", "accept", "tag"])
        #expect(lines[1].contains("\"profile\":null"))
        #expect(lines[0].contains("\"profile\":\"microsoft-tenant\""))
    }

    @Test func scanReadsStandardInputAndExplains() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["scan", "-"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("Subject: x\n\nsee https://login.example.com@pay-update.ru/\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.hasPrefix("-: tag (score 4.0, profile none)"))
        #expect(text.contains("+4.0 userinfo_link: pay-update.ru"))
    }

    @Test func checkConfigReportsPathAndLine() throws {
        let directory = try ScratchDirectory(prefix: "ng-cli")
        defer { directory.remove() }
        try directory.write("bad.yaml", "actions:\n  dry_run: maybe\n")
        let (status, output) = try Environment.run(binary, ["check-config", directory.path + "/bad.yaml"])
        #expect(status != 0)
        #expect(output == "\(directory.path)/bad.yaml:2: actions.dry_run must be true or false\n")

        let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("config/notifyguard.yaml").path
        let (okStatus, okOutput) = try Environment.run(binary, ["check-config", shipped])
        #expect(okStatus == 0, "\(okOutput)")
    }

    @Test func runRefusesABadConfigWithTheSameMessage() throws {
        let directory = try ScratchDirectory(prefix: "ng-cli")
        defer { directory.remove() }
        try directory.write("bad.yaml", "milter:\n  socket: tcp:1234\n")
        let (status, output) = try Environment.run(binary, ["run", "--config", directory.path + "/bad.yaml", "--log", "stderr"])
        #expect(status == 78)
        #expect(output.contains("bad.yaml:2: milter.socket must be unix:/path or inet:PORT@HOST"))
    }
}

/// `notifyguard learn`: samples in, a skeleton file a profile includes out, and the scorer using it.
@Suite struct LearnCommandTests {
    private var binary: String { Environment.notifyguardBinary }

    @Test func learnsASkeletonThatScanThenUses() throws {
        let directory = try ScratchDirectory(prefix: "ng-learn")
        defer { directory.remove() }
        // The profile's skeletons become the one learned here, instead of the shipped ones.
        let config = try MailStack.testConfig().split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("/skeletons/microsoft-tenant.yaml]") ? "    skeletons: [skeletons/microsoft-tenant.yaml]" : line
        }.joined(separator: "\n")
        #expect(config.contains("skeletons: [skeletons/microsoft-tenant.yaml]"))
        // learn reads the profiles of a config that doesn't include the file yet.
        try directory.write("learn.yaml", try MailStack.testConfig())
        try directory.write("test.yaml", config)
        let template = """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=microsoftonline.com; spf=pass smtp.mailfrom=microsoftonline.com
            From: Microsoft <msonlineservicesteam@microsoftonline.com>
            To: admin@example.org
            Subject: Welcome to your Microsoft 365 Business trial

            Welcome to Microsoft 365. Your organization, ORG, now has a Microsoft 365 Business trial.
            Sign in at https://portal.office.com to get started. Microsoft Corporation, One Microsoft Way, Redmond.

            """
        var samples: [String] = []
        for (index, org) in ["Contoso Ltd", "Fabrikam", "Northwind Traders Inc"].enumerated() {
            try directory.write("s\(index).eml", template.replacingOccurrences(of: "ORG", with: org))
            samples.append(directory.path + "/s\(index).eml")
        }
        let (status, output) = try Environment.run(binary, [
            "learn", "--profile", "microsoft-tenant", "--template", "welcome", "--config", directory.path + "/learn.yaml",
            "--output", directory.path + "/skeletons/microsoft-tenant.yaml",
        ] + samples)
        #expect(status == 0, "\(output)")
        #expect(output.contains("skeleton welcome from 3 samples"), "\(output)")

        try directory.write("added.eml", template.replacingOccurrences(of: "ORG", with: "Adventure Works")
            .replacingOccurrences(of: "to get started.", with: "to get started. Kindly settle the attached invoice today."))
        let (scanStatus, scan) = try Environment.run(binary, [
            "scan", "--json", "--config", directory.path + "/test.yaml", directory.path + "/added.eml",
        ])
        #expect(scanStatus == 0)
        #expect(scan.contains("\"rule\":\"template_deviation\""), "\(scan)")

        // One sample is not enough to tell constant text from fields.
        let (oneStatus, oneOutput) = try Environment.run(binary, [
            "learn", "--profile", "microsoft-tenant", "--config", directory.path + "/learn.yaml", samples[0],
        ])
        #expect(oneStatus != 0)
        #expect(oneOutput.contains("at least 2 samples"), "\(oneOutput)")
    }
}
