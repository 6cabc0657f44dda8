import Foundation
import MailHarness
import Synchronization

/// What the SMTP client was told about each message, and what became of the accepted ones.
final class Ledger: Sendable {
    enum Outcome: Sendable {
        /// 250 after the final dot: Postfix took responsibility for it.
        case accepted(queueID: String)
        /// A 4xx at any step: the sender keeps the message and retries.
        case tempfailed
        /// A 5xx at any step: the sender bounces it.
        case rejected
        /// The connection failed or a reply never came: the sender retries.
        case unanswered
    }

    struct Entry: Sendable {
        var token: String
        var outcome: Outcome
    }

    private let entries = Mutex<[Entry]>([])

    func record(_ token: String, _ outcome: Outcome) {
        entries.withLock { $0.append(Entry(token: token, outcome: outcome)) }
    }

    var all: [Entry] { entries.withLock { $0 } }

    /// The counts of one scenario once Postfix's queue has drained.
    struct Counts {
        var sent = 0, accepted = 0, delivered = 0, held = 0, tempfailed = 0, rejected = 0, unanswered = 0
        /// Accepted, and neither delivered nor on hold.
        var lost = 0
        /// Delivered although the client was given a 4xx or 5xx.
        var refusedDelivered = 0
        /// Delivered more than once.
        var duplicated = 0
        /// Delivered still carrying the sender's forged X-NotifyGuard-Result.
        var forgedKept = 0
    }

    /// Classifies every entry against Postfix's output directory and hold queue. `delivered` maps each token found
    /// in a delivered file to how many files carried it; `forged` is the tokens delivered with a forged header.
    func counts(postfix: PostfixInstance, delivered: [String: Int], forged: Set<String>) -> Counts {
        var counts = Counts()
        let held = Set(postfix.heldMessages())
        for entry in all {
            counts.sent += 1
            let copies = delivered[entry.token] ?? 0
            if copies > 1 { counts.duplicated += 1 }
            if forged.contains(entry.token) { counts.forgedKept += 1 }
            switch entry.outcome {
            case .accepted(let queueID):
                counts.accepted += 1
                if FileManager.default.fileExists(atPath: "\(postfix.outDirectory)/\(queueID).eml") {
                    counts.delivered += 1
                } else if held.contains(queueID) {
                    counts.held += 1
                } else {
                    counts.lost += 1
                }
            case .tempfailed:
                counts.tempfailed += 1
                if copies > 0 { counts.refusedDelivered += 1 }
            case .rejected:
                counts.rejected += 1
                if copies > 0 { counts.refusedDelivered += 1 }
            case .unanswered:
                counts.unanswered += 1
            }
        }
        return counts
    }
}
