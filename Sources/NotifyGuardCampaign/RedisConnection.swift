#if canImport(Glibc)
import Glibc
#endif

/// One connection to a Redis server: RESP commands sent as one pipeline, replies read until a deadline. The
/// socket is non-blocking and every wait is a `poll` bounded by the deadline, so a slow or dead server costs at
/// most the caller's budget.
///
/// `@unchecked Sendable`: a connection is used by one thread at a time; the store's pool hands it out and takes it
/// back under its lock, and nothing else keeps a reference.
final class RedisConnection: @unchecked Sendable {
    private var fd: Int32
    private var buffer: [UInt8] = []
    /// Replies to commands sent without waiting (verdict marks), read and dropped before the next pipeline's.
    private var pendingReplies = 0
    /// Set once anything went wrong: the stream may be out of step, so the connection is not reused.
    private(set) var broken = false

    /// Connects (and selects `database`) before `deadline`.
    init(host: String, port: Int, database: Int, deadline: ContinuousClock.Instant) throws(CampaignStoreError) {
        fd = try Self.connect(host: host, port: port, deadline: deadline)
        if database != 0 {
            let reply = try pipeline([["SELECT", String(database)]], deadline: deadline)
            // (A throw here, after every property is set, runs deinit, which closes the socket.)
            guard reply.first == .simple("OK") else {
                throw CampaignStoreError("SELECT \(database) refused: \(reply)")
            }
        }
    }

    deinit { close(fd) }

    /// Sends `commands` in one write and returns their replies in order; throws (and marks the connection broken)
    /// when the deadline passes or the server closes.
    func pipeline(_ commands: [[String]], deadline: ContinuousClock.Instant) throws(CampaignStoreError) -> [RESPValue] {
        var out: [UInt8] = []
        for command in commands { RESPValue.encode(command, into: &out) }
        do throws(CampaignStoreError) {
            try send(out, deadline: deadline)
            let replies = try receive(pendingReplies + commands.count, deadline: deadline)
            let ours = Array(replies.dropFirst(pendingReplies))
            pendingReplies = 0
            return ours
        } catch {
            broken = true
            throw error
        }
    }

    /// Sends `commands` without waiting for their replies (read before the next pipeline's).
    func send(_ commands: [[String]], deadline: ContinuousClock.Instant) throws(CampaignStoreError) {
        var out: [UInt8] = []
        for command in commands { RESPValue.encode(command, into: &out) }
        do throws(CampaignStoreError) {
            try send(out, deadline: deadline)
            pendingReplies += commands.count
        } catch {
            broken = true
            throw error
        }
    }

    private func send(_ bytes: [UInt8], deadline: ContinuousClock.Instant) throws(CampaignStoreError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EAGAIN || errno == EINTR {
                try wait(for: Int16(POLLOUT), deadline: deadline)
            } else {
                throw CampaignStoreError("send: \(String(cString: strerror(errno)))")
            }
        }
    }

    private func receive(_ count: Int, deadline: ContinuousClock.Instant) throws(CampaignStoreError) -> [RESPValue] {
        var replies: [RESPValue] = []
        var offset = 0
        while replies.count < count {
            let parsed: (RESPValue, Int)?
            do {
                parsed = try RESPValue.parse(buffer, at: offset)
            } catch {
                throw CampaignStoreError("protocol: \(error.description)")
            }
            if let (reply, next) = parsed {
                replies.append(reply)
                offset = next
                continue
            }
            try wait(for: Int16(POLLIN), deadline: deadline)
            var chunk = [UInt8](repeating: 0, count: 16_384)
            let received = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if received > 0 {
                buffer.append(contentsOf: chunk[0..<received])
            } else if received == 0 {
                throw CampaignStoreError("connection closed by the server")
            } else if errno != EAGAIN && errno != EINTR {
                throw CampaignStoreError("recv: \(String(cString: strerror(errno)))")
            }
        }
        buffer.removeFirst(offset)
        return replies
    }

    /// Waits until the socket is ready for `events` or the deadline passes.
    private func wait(for events: Int16, deadline: ContinuousClock.Instant) throws(CampaignStoreError) {
        let left = deadline - .now
        guard left > .zero else { throw CampaignStoreError("timed out") }
        let milliseconds = Int32(clamping: max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
        var descriptor = pollfd(fd: fd, events: events, revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        if ready == 0 { throw CampaignStoreError("timed out") }
        if ready < 0, errno != EINTR { throw CampaignStoreError("poll: \(String(cString: strerror(errno)))") }
    }

    /// A non-blocking TCP connection to `host:port` (resolved with getaddrinfo), established before `deadline`.
    private static func connect(host: String, port: Int, deadline: ContinuousClock.Instant) throws(CampaignStoreError) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw CampaignStoreError("cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        let fd = socket(first.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw CampaignStoreError("socket: \(String(cString: strerror(errno)))") }
        var noDelay: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        if Glibc.connect(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 {
            guard errno == EINPROGRESS else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw CampaignStoreError("connect \(host):\(port): \(reason)")
            }
            let left = deadline - .now
            let milliseconds = Int32(clamping: max(0, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
            var descriptor = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            var problem: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            guard poll(&descriptor, 1, milliseconds) == 1,
                getsockopt(fd, SOL_SOCKET, SO_ERROR, &problem, &length) == 0, problem == 0
            else {
                let reason = problem != 0 ? String(cString: strerror(problem)) : "timed out"
                close(fd)
                throw CampaignStoreError("connect \(host):\(port): \(reason)")
            }
        }
        return fd
    }
}
