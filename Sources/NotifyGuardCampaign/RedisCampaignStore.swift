import NotifyGuardCore
import Synchronization

/// Campaign counts in a Redis shared by several MX hosts. Per fingerprint and time bucket (a quarter of the
/// window), HyperLogLogs of recipient domains and recipients (`PFADD`, counted over the window's buckets with
/// `PFCOUNT`), expiring a window after their bucket; a verdict-mark counter and a judgement, each with its own
/// expiry. One message is one pipelined round trip; a verdict mark is sent without waiting.
///
/// Keys: `ng:c:DIGEST:d:BUCKET`, `ng:c:DIGEST:r:BUCKET`, `ng:c:DIGEST:m`, `ng:c:DIGEST:j`.
public final class RedisCampaignStore: CampaignStore {
    public let host: String
    public let port: Int
    public let database: Int
    let windowSeconds: Int
    let reportSeconds: Int
    /// How long one call may take (the message path's budget; reports pass a longer one).
    let timeout: Duration
    let connectTimeout: Duration
    /// Idle connections; a call takes one (or connects) and gives it back unless it broke.
    private let idle = Mutex<[RedisConnection]>([])
    /// Most idle connections kept (libmilter runs a thread per SMTP connection; more than this connect anew).
    static let maxIdle = 16
    /// Buckets a window is counted over.
    static let buckets = 4

    public init(
        host: String, port: Int, database: Int, windowSeconds: Int, reportSeconds: Int, timeout: Duration,
        connectTimeout: Duration
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.windowSeconds = max(1, windowSeconds)
        self.reportSeconds = max(1, reportSeconds)
        self.timeout = timeout
        self.connectTimeout = connectTimeout
    }

    var bucketSeconds: Int { max(1, windowSeconds / Self.buckets) }

    public func record(_ digests: [FingerprintDigest], recipients: [CampaignRecipient], now: UInt32) throws
        -> [CampaignCounts]
    {
        guard !digests.isEmpty else { return [] }
        let bucket = Int(now) / bucketSeconds
        let ttl = String(windowSeconds + bucketSeconds)
        let domains = Array(Set(recipients.map(\.domain)))
        let addresses = Array(Set(recipients.map(\.address)))
        var commands: [[String]] = []
        for digest in digests {
            let base = "ng:c:\(digest):"
            commands.append(["PFADD", base + "d:\(bucket)"] + domains)
            commands.append(["PFADD", base + "r:\(bucket)"] + addresses)
            commands.append(["EXPIRE", base + "d:\(bucket)", ttl])
            commands.append(["EXPIRE", base + "r:\(bucket)", ttl])
            let window = (0..<Self.buckets).map { bucket - $0 }
            commands.append(["PFCOUNT"] + window.map { base + "d:\($0)" })
            commands.append(["PFCOUNT"] + window.map { base + "r:\($0)" })
        }
        commands.append(["MGET"] + digests.flatMap { ["ng:c:\($0):m", "ng:c:\($0):j"] })
        let replies = try run(commands, wait: true)
        guard replies.count == commands.count, case .array(let marks?) = replies[replies.count - 1],
            marks.count == digests.count * 2
        else { throw CampaignStoreError("unexpected reply: \(replies.first { if case .error = $0 { true } else { false } } ?? .simple("?"))") }
        var result: [CampaignCounts] = []
        for index in digests.indices {
            guard case .integer(let domainCount) = replies[index * 6 + 4],
                case .integer(let recipientCount) = replies[index * 6 + 5]
            else { throw CampaignStoreError("unexpected PFCOUNT reply: \(replies[index * 6 + 4])") }
            let verdictMarks = Self.text(marks[index * 2]).flatMap { Int($0) } ?? 0
            let judgement = Self.text(marks[index * 2 + 1]).flatMap(CampaignJudgement.init(rawValue:))
            result.append(judgement == .genuine
                ? CampaignCounts(judgement: .genuine)
                : CampaignCounts(
                    recipientDomains: domainCount, recipients: recipientCount, verdictMarks: verdictMarks,
                    judgement: judgement))
        }
        return result
    }

    public func markVerdict(_ digests: [FingerprintDigest], now: UInt32) throws {
        let ttl = String(windowSeconds)
        let commands = digests.flatMap { digest in
            [["INCR", "ng:c:\(digest):m"], ["EXPIRE", "ng:c:\(digest):m", ttl]]
        }
        _ = try run(commands, wait: false)
    }

    public func judge(_ digests: [FingerprintDigest], as judgement: CampaignJudgement, now: UInt32) throws {
        var commands: [[String]] = []
        for digest in digests {
            commands.append(["SET", "ng:c:\(digest):j", judgement.rawValue, "EX", String(reportSeconds)])
            if judgement == .genuine { commands.append(["DEL", "ng:c:\(digest):m"]) }
        }
        let replies = try run(commands, wait: true)
        if let problem = replies.first(where: { if case .error = $0 { true } else { false } }) {
            throw CampaignStoreError("Redis refused the report: \(problem)")
        }
    }

    /// Answers PING within the timeout (for `check`-style probes and tests).
    public func ping() throws -> Bool {
        try run([["PING"]], wait: true) == [.simple("PONG")]
    }

    private static func text(_ value: RESPValue) -> String? {
        guard case .bulk(let bytes?) = value else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Runs `commands` on an idle connection, or a new one connected within the same deadline. An idle connection
    /// that fails before the deadline is likely stale (the server restarted): the idle ones are dropped and the
    /// commands tried once more on a new connection.
    private func run(_ commands: [[String]], wait: Bool) throws(CampaignStoreError) -> [RESPValue] {
        let deadline = ContinuousClock.now + timeout
        if let reused = idle.withLock({ $0.popLast() }) {
            do {
                return try run(commands, wait: wait, on: reused, deadline: deadline)
            } catch {
                guard ContinuousClock.now < deadline else { throw error }
                disconnect()
            }
        }
        let fresh = try RedisConnection(
            host: host, port: port, database: database, deadline: min(deadline, .now + connectTimeout))
        return try run(commands, wait: wait, on: fresh, deadline: deadline)
    }

    private func run(_ commands: [[String]], wait: Bool, on connection: RedisConnection, deadline: ContinuousClock.Instant)
        throws(CampaignStoreError) -> [RESPValue]
    {
        let replies: [RESPValue]
        if wait {
            replies = try connection.pipeline(commands, deadline: deadline)
        } else {
            try connection.send(commands, deadline: deadline)
            replies = []
        }
        if !connection.broken {
            idle.withLock { if $0.count < Self.maxIdle { $0.append(connection) } }
        }
        return replies
    }

    /// Drops the idle connections (a restarted server or a reload).
    public func disconnect() {
        idle.withLock { $0.removeAll() }
    }
}
