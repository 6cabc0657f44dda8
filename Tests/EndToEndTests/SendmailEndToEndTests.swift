import Foundation
import MailHarness
import Testing

/// notifyguard in front of a real Sendmail 8.17 the harness starts on 127.0.0.1, attached with the README's mc
/// lines; each action as Sendmail carries it out.
@Suite(
    .serialized,
    .enabled(
        if: SendmailInstallation.isAvailable,
        "needs root and the Sendmail that scripts/install-deps unpacks (run `sudo scripts/test`)")
)
struct SendmailEndToEndTests {
    /// Everything after the first empty line, byte for byte.
    private func body(_ message: [UInt8]) -> [UInt8] {
        let separator: [UInt8] = [10, 10]
        guard let start = (0..<max(0, message.count - 1)).first(where: { Array(message[$0..<$0 + 2]) == separator })
        else { return [] }
        return Array(message[(start + 2)...])
    }

    private func headers(_ message: [UInt8]) -> String {
        let text = String(decoding: message, as: UTF8.self)
        return String(text[..<(text.range(of: "\n\n")?.lowerBound ?? text.endIndex)])
    }

    /// MAIL, RCPT, DATA and the message, stopping at the first refusal; the replies.
    private func attempt(_ client: SMTPClient, _ message: String) throws -> [SMTPClient.Reply] {
        var replies = [try client.command("MAIL FROM:<sender@example.com>")]
        if replies[0].code == 250 { replies.append(try client.command("RCPT TO:<rcpt@example.org>")) }
        if replies.last?.code == 250 { replies.append(try client.command("DATA")) }
        if replies.last?.code == 354 {
            let block = Array(SMTPClient.dataBlock(message).utf8)
            replies.append(try #require(try client.sendRaw(block, awaitReply: true)))
        }
        return replies
    }

    @Test func theREADMEsLinesAreTheOnesSendmailRuns() throws {
        let lines = try SendmailStack.readmeMilterLines().split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        let filter = "INPUT_MAIL_FILTER(`notifyguard', `S=\(SendmailStack.readmeSocket), F=T, "
        #expect(lines.first?.hasPrefix(filter) == true)
        #expect(lines.last?.hasPrefix("define(`confMILTER_MACROS_ENVFROM', ") == true)

        let socket = "unix:\(SendmailInstallation.scratchParent)/readme-check.sock"
        let sendmail = try SendmailInstance(milterConfiguration: try SendmailStack.milterConfiguration(socket: socket))
        defer { sendmail.remove() }
        let cf = try String(contentsOfFile: sendmail.configFile, encoding: .utf8).split(separator: "\n")
        #expect(cf.first { $0.hasPrefix("O InputMailFilters=") } == "O InputMailFilters=notifyguard")
        #expect(cf.first { $0.hasPrefix("Xnotifyguard,") } == "Xnotifyguard, S=\(socket), F=T, T=S:30s;R:60s;E:5m")
        // The README's define appends its two macros to sendmail-cf's default list for MAIL FROM.
        let envfrom = try #require(cf.first { $0.hasPrefix("O Milter.macros.envfrom=") })
        let macros = envfrom.dropFirst("O Milter.macros.envfrom=".count).components(separatedBy: ", ")
        #expect(macros.first == "i")
        #expect(macros.suffix(2) == ["{auth_authen}", "i"])
    }

    @Test func sendmailRefusesASocketBelowTmp() throws {
        let directory = try ScratchDirectory(prefix: "ng-unsafe")
        defer { directory.remove() }
        let socket = "unix:\(directory.path)/notifyguard.sock"
        let sendmail = try SendmailInstance(milterConfiguration: try SendmailStack.milterConfiguration(socket: socket))
        defer { sendmail.remove() }
        #expect(throws: HarnessError.self) { try sendmail.start() }
        let complaint = "Xnotifyguard: local socket name \(directory.path)/notifyguard.sock unsafe: "
            + "World writable directory"
        #expect(sendmail.output().contains(complaint))
    }

    @Test func rejectIsSeenByTheSMTPClient() throws {
        try SendmailStack.with { stack in
            let reply = try stack.submit(try Environment.mail("reject.eml"))
            #expect(reply.code == 550)
            #expect(reply.text == "550 5.7.1 Message rejected as notification abuse (notifyguard)")
            let log = stack.notifyguard.log()
            #expect(log.contains("action=reject"))
            #expect(log.contains("profile=microsoft-tenant"))
            #expect(log.contains("foreign_link(secure-refund-center.com)"))
            try stack.sendmail.waitUntilQueueIsEmpty()
            #expect(try stack.sendmail.mailq().contains("is empty"))
            #expect(try stack.sendmail.mailq(["-qQ"]).contains("is empty"))
            #expect(stack.sendmail.deliveredIDs().isEmpty)
        }
    }

    @Test func quarantineIsListedByMailqQQ() throws {
        try SendmailStack.with { stack in
            let id = try stack.submitQueued(try Environment.mail("quarantine.eml"))
            let line = try stack.notifyguard.verdictLine(id)
            #expect(
                line.contains(
                    "\(id): action=quarantine score=8.0 profile=microsoft-tenant from=<sender@example.com> "
                        + "rcpt=<rcpt@example.org> client=[127.0.0.1] "
                        + "reasons=scam_phrase(private message),foreign_link(secure-refund-center.com) ms="))
            let quarantine = try stack.sendmail.mailq(["-qQ"])
            let position = try #require(quarantine.range(of: id), "\(quarantine)")
            let entry = quarantine[position.lowerBound...]
            #expect(entry.contains("<sender@example.com>"))
            #expect(entry.contains("QUARANTINE: notifyguard: suspected notification abuse (score 8.0)"))
            #expect(entry.contains("<rcpt@example.org>"))
            // Held, not delivered, and not in the normal queue either.
            #expect(!(try stack.sendmail.mailq()).contains(id))
            #expect(!stack.sendmail.deliveredIDs().contains(id))

            // Released as the README says: back in the queue proper, then delivered by a queue run.
            _ = try stack.sendmail.sendmailCommand(["-qQ", "-Q", "-qI\(id)"])
            #expect(!(try stack.sendmail.mailq(["-qQ"])).contains(id))
            #expect(try stack.sendmail.mailq().contains(id))
            _ = try stack.sendmail.sendmailCommand(["-q", "-qI\(id)"])
            let released = headers(try stack.sendmail.delivered(id))
            #expect(released.contains("Subject: Welcome to your Microsoft 365 Business trial"))
        }
    }

    @Test func tagAddsOurHeadersRemovesForgedOnesAndPrefixesTheSubject() throws {
        let config = try MailStack.testConfig()
            .replacingOccurrences(of: "subject_prefix: \"\"", with: "subject_prefix: \"[SUSPICIOUS] \"")
        try #require(config.contains("subject_prefix: \"[SUSPICIOUS] \""))
        try SendmailStack.with(config: config) { stack in
            let original = try Environment.mail("tag.eml")
            let id = try stack.submitQueued(original)
            let delivered = try stack.sendmail.delivered(id)
            let head = headers(delivered)
            #expect(head.contains("\nX-NotifyGuard-Result: tag score=4.0\n"))
            #expect(head.contains("\nX-NotifyGuard-Reasons: userinfo_link(pay-update.ru)=4.0\n"))
            #expect(head.contains("\nSubject: [SUSPICIOUS] Your statement\n"))
            #expect(!head.contains("forged by the sender"))
            #expect(!head.contains("X-NotifyGuard-Reasons: none"))
            #expect(head.components(separatedBy: "X-NotifyGuard-Result").count == 2)
            #expect(head.components(separatedBy: "X-NotifyGuard-Reasons").count == 2)
            #expect(head.components(separatedBy: "\nSubject:").count == 2)
            #expect(head.hasPrefix("Received: from "))
            #expect(body(delivered) == body(Array(original.utf8)))
        }
    }

    @Test func acceptDeliversTheBodyByteForByte() throws {
        try SendmailStack.with { stack in
            let original = try Environment.mail("accept.eml")
            let id = try stack.submitQueued(original)
            let delivered = try stack.sendmail.delivered(id)
            #expect(!body(Array(original.utf8)).isEmpty)
            #expect(body(delivered) == body(Array(original.utf8)))
            #expect(!headers(delivered).contains("X-NotifyGuard"))
            #expect(try stack.notifyguard.verdictLine(id).contains("action=accept score=0.0 profile=none"))
        }
    }

    @Test func twoMessagesInOneSessionShareNothing() throws {
        try SendmailStack.with { stack in
            let client = try stack.client()
            defer { client.quit() }
            let first = try client.send(
                from: "a@example.com", to: ["rcpt@example.org"], message: try Environment.mail("tag.eml"))
            let second = try client.send(
                from: "b@example.com", to: ["other@example.org"], message: try Environment.mail("accept.eml"))
            let firstID = try #require(SendmailInstance.queueID(first))
            let secondID = try #require(SendmailInstance.queueID(second))
            #expect(firstID != secondID)
            #expect(try stack.notifyguard.verdictLine(firstID).contains("action=tag"))
            let secondLine = try stack.notifyguard.verdictLine(secondID)
            #expect(secondLine.contains("action=accept score=0.0 profile=none from=<b@example.com> "))
            #expect(secondLine.contains(" rcpt=<other@example.org> "))
            #expect(!headers(try stack.sendmail.delivered(secondID)).contains("X-NotifyGuard"))
            #expect(headers(try stack.sendmail.delivered(firstID)).contains("X-NotifyGuard-Result: tag"))
        }
    }

    @Test func abortedTransactionsLeaveNoState() throws {
        try SendmailStack.with { stack in
            // RSET after RCPT: libmilter's abort callback; then a full message on the same connection.
            let client = try stack.client()
            #expect(try client.command("MAIL FROM:<aborted@example.com>").code == 250)
            #expect(try client.command("RCPT TO:<ghost@example.org>").code == 250)
            #expect(try client.command("RSET").code == 250)
            let reply = try client.send(
                from: "real@example.com", to: ["rcpt@example.org"], message: try Environment.mail("accept.eml"))
            client.quit()
            let id = try #require(SendmailInstance.queueID(reply))
            let line = try stack.notifyguard.verdictLine(id)
            #expect(line.contains("from=<real@example.com> rcpt=<rcpt@example.org>"))
            #expect(!line.contains("ghost"))

            // A client that dies in the middle of DATA, then a new session with a scam message.
            let dying = try stack.client()
            try dying.abandonDuringData(
                from: "dying@example.com", to: "rcpt@example.org", prefix: "Subject: half\n\nhalf a mess")
            let nextID = try stack.submitQueued(try Environment.mail("quarantine.eml"))
            #expect(try stack.notifyguard.verdictLine(nextID).contains("action=quarantine"))
            #expect(stack.notifyguard.isRunning)
            #expect(!stack.notifyguard.log().contains("aborted@example.com"))
            #expect(!stack.notifyguard.log().contains("dying@example.com"))
            // Sendmail kept nothing of the aborted transactions.
            _ = try stack.sendmail.delivered(id)
            #expect(stack.sendmail.deliveredIDs() == [id])
            try stack.sendmail.waitUntilQueueIsEmpty()
            #expect(try stack.sendmail.mailq().contains("is empty"))
        }
    }

    @Test func killedNotifyguardTempfailsWithFTAndLosesNoMail() throws {
        try SendmailStack.with { stack in
            let tag = try Environment.mail("tag.eml")
            let beforeID = try stack.submitQueued(tag)
            _ = try stack.sendmail.delivered(beforeID)
            // A session that starts while notifyguard is up and goes on after it crashed.
            let open = try stack.client()
            defer { open.quit() }
            stack.notifyguard.kill9()

            let midSession = try attempt(open, tag)
            let fresh = try stack.client()
            defer { fresh.quit() }
            let newSession = try attempt(fresh, tag)
            for replies in [midSession, newSession] {
                // Refused with a 4xx before the message was taken: the sending MTA keeps it and retries later.
                let refusal = try #require(replies.first { $0.code >= 400 }, "\(replies)")
                #expect((400..<500).contains(refusal.code), "\(replies)")
                #expect(!replies.contains { $0.code == 250 && $0.text.contains("accepted for delivery") })
            }
            #expect(newSession.first?.text == "451 4.3.2 Please try again later")

            // After a restart the retried message goes through notifyguard; nothing waits in a queue, nothing is lost.
            try stack.notifyguard.start()
            let afterID = try stack.submitQueued(tag)
            #expect(try stack.notifyguard.verdictLine(afterID).contains("action=tag"))
            #expect(headers(try stack.sendmail.delivered(afterID)).contains("X-NotifyGuard-Result: tag score=4.0"))
            #expect(stack.sendmail.deliveredIDs() == [beforeID, afterID].sorted())
            try stack.sendmail.waitUntilQueueIsEmpty()
            #expect(try stack.sendmail.mailq().contains("is empty"))
            #expect(try stack.sendmail.mailq(["-qQ"]).contains("is empty"))
        }
    }

    /// The other failure flags the README names: `F=R` rejects while notifyguard is down, an empty `F=` lets mail
    /// through unfiltered.
    @Test(arguments: ["R", ""])
    func failureFlagWhileNotifyguardIsDown(flag: String) throws {
        try SendmailStack.with(edit: { $0.replacingOccurrences(of: ", F=T, ", with: ", F=\(flag), ") }) { stack in
            let cf = try String(contentsOfFile: stack.sendmail.configFile, encoding: .utf8).split(separator: "\n")
            #expect(cf.first { $0.hasPrefix("Xnotifyguard,") }?.contains(", F=\(flag), T=S:30s") == true)
            stack.notifyguard.kill9()
            if flag == "R" {
                // Sendmail turns the client away at once: its greeting is a 554.
                let refusal = #expect(throws: HarnessError.self) { try stack.client() }
                #expect(refusal?.description.hasPrefix("greeting: 554 ") == true, "\(String(describing: refusal))")
                #expect(stack.sendmail.deliveredIDs().isEmpty)
            } else {
                let client = try stack.client()
                defer { client.quit() }
                let replies = try attempt(client, try Environment.mail("tag.eml"))
                let id = try #require(replies.last.flatMap(SendmailInstance.queueID), "\(replies)")
                // Unfiltered: the sender's own X-NotifyGuard header arrives untouched.
                #expect(headers(try stack.sendmail.delivered(id)).contains("forged by the sender"))
            }
        }
    }

    @Test func macrosReachNotifyguardAndItsVerdictLine() throws {
        try SendmailStack.with { stack in
            let client = try stack.client()
            defer { client.quit() }
            try SendmailStack.authenticate(client)
            let reply = try client.send(
                from: "sender@example.com", to: ["rcpt@example.org"], message: try Environment.mail("accept.eml"))
            // i: the line carries the queue id Sendmail gave the client; {auth_authen}: the SASL login.
            let id = try #require(SendmailInstance.queueID(reply))
            let line = try stack.notifyguard.verdictLine(id)
            #expect(
                line.contains(
                    "\(id): action=accept score=0.0 profile=none from=<sender@example.com> rcpt=<rcpt@example.org> "
                        + "client=[127.0.0.1] sasl_username=\(SendmailInstance.authUser) reasons=none ms="))

            let anonymous = try stack.submitQueued(try Environment.mail("accept.eml"))
            #expect(!(try stack.notifyguard.verdictLine(anonymous)).contains("sasl_username"))
        }
    }

    /// notifyguard asks for its macros itself (smfi_setsymlist), which Sendmail honours over `confMILTER_MACROS_*`:
    /// lists without them still bring the queue id and the SASL login.
    @Test func notifyguardGetsItsMacrosWhateverTheMCLists() throws {
        let narrow = "define(`confMILTER_MACROS_CONNECT', `j')\ndefine(`confMILTER_MACROS_ENVFROM', `{mail_addr}')\n"
        try SendmailStack.with(edit: { $0 + narrow }) { stack in
            let cf = try String(contentsOfFile: stack.sendmail.configFile, encoding: .utf8).split(separator: "\n")
            #expect(cf.first { $0.hasPrefix("O Milter.macros.envfrom=") } == "O Milter.macros.envfrom={mail_addr}")
            #expect(cf.first { $0.hasPrefix("O Milter.macros.connect=") } == "O Milter.macros.connect=j")
            let client = try stack.client()
            defer { client.quit() }
            try SendmailStack.authenticate(client)
            let reply = try client.send(
                from: "sender@example.com", to: ["rcpt@example.org"], message: try Environment.mail("accept.eml"))
            let id = try #require(SendmailInstance.queueID(reply))
            let line = try stack.notifyguard.verdictLine(id)
            #expect(line.contains("client=[127.0.0.1] sasl_username=\(SendmailInstance.authUser) "))
        }
    }
}
