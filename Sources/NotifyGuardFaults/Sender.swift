import Foundation
import MailHarness
import Synchronization

/// Concurrent SMTP sessions against the private Postfix until a deadline (or a message count), each session
/// sending up to five messages per connection. Every reply waits at most 30 s (``SMTPClient``).
enum Sender {
    static func run(
        port: Int, sessions: Int, until deadline: Date, maxMessages: Int?, ledger: Ledger,
        message: @escaping @Sendable (Int) -> (token: String, text: String)
    ) {
        let next = Numbering()
        let group = DispatchGroup()
        for _ in 0..<sessions {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                session(port: port, deadline: deadline, maxMessages: maxMessages, next: next, ledger: ledger, message: message)
            }
        }
        // Each session stops at the deadline after its current message; a message takes at most a few 30 s replies.
        _ = group.wait(timeout: .now() + deadline.timeIntervalSinceNow + 150)
    }

    private static func session(
        port: Int, deadline: Date, maxMessages: Int?, next: Numbering, ledger: Ledger,
        message: (Int) -> (token: String, text: String)
    ) {
        while Date() < deadline {
            guard let client = try? SMTPClient(port: port) else {
                // Postfix refused the connection: count the message the session was about to send.
                let number = next.take()
                if let maxMessages, number >= maxMessages { return }
                ledger.record(message(number).token, .unanswered)
                usleep(50_000)
                continue
            }
            defer { client.quit() }
            for _ in 0..<5 where Date() < deadline {
                let number = next.take()
                if let maxMessages, number >= maxMessages { return }
                let (token, text) = message(number)
                let outcome = send(text, with: client)
                ledger.record(token, outcome)
                guard case .accepted = outcome else { break }  // a refused session starts again on a new connection
            }
        }
    }

    private static func send(_ text: String, with client: SMTPClient) -> Ledger.Outcome {
        do {
            for command in ["MAIL FROM:<sender@example.com>", "RCPT TO:<rcpt@example.org>", "DATA"] {
                let reply = try client.command(command)
                let expected = command == "DATA" ? 354 : 250
                if reply.code != expected { return refusal(reply.code) }
            }
            guard let reply = try client.sendRaw(Array(SMTPClient.dataBlock(text).utf8), awaitReply: true) else {
                return .unanswered
            }
            guard reply.code == 250 else { return refusal(reply.code) }
            guard let queueID = SMTPClient.queueID(reply) else { return .unanswered }
            return .accepted(queueID: queueID)
        } catch {
            return .unanswered
        }
    }

    private static func refusal(_ code: Int) -> Ledger.Outcome {
        switch code / 100 {
        case 4: return .tempfailed
        case 5: return .rejected
        default: return .unanswered
        }
    }
}

/// Hands out message numbers to the sessions, each once.
final class Numbering: Sendable {
    private let counter = Atomic<Int>(0)

    func take() -> Int {
        counter.wrappingAdd(1, ordering: .relaxed).oldValue
    }
}
