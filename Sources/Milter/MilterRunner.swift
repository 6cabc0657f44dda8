import CMilter
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// How the milter presents itself to the MTA and where it listens.
public struct MilterOptions: Sendable {
    /// Name registered with libmilter (shows in MTA logs).
    public var name: String = "notifyguard"
    /// libmilter socket spec: `unix:/path` or `inet:PORT@127.0.0.1`.
    public var socket: String
    /// Seconds libmilter waits on the MTA before giving up a connection.
    public var timeoutSeconds: Int = 60
    /// Ask the MTA not to wait for replies in stages where we always continue (`SMFIP_NR_*`).
    public var skipReplies: Bool = true
    /// Macros requested per stage; see ``MilterStage``.
    public var macros: [MilterStage: [String]] = [:]
    /// Unix socket permissions, set through the umask at bind (nil keeps the process's umask).
    public var socketMode: mode_t? = nil
    public var socketGroup: gid_t? = nil

    public init(socket: String) {
        self.socket = socket
    }
}

/// Protocol stages whose macros can be requested with `smfi_setsymlist`.
public enum MilterStage: Int32, Sendable, Hashable, CaseIterable {
    case connect = 0, helo = 1, envelopeFrom = 2, envelopeRecipient = 3, data = 4, endOfMessage = 5, endOfHeaders = 6
}

/// Errors from starting libmilter; each names what failed and, where the system says, why.
public enum MilterError: Error, CustomStringConvertible {
    case call(String)
    /// libmilter could not listen on the socket spec; the reason is the system's error for the same bind.
    case listen(spec: String, reason: String)
    /// The unix socket already answers: another instance (or another program) is running on it.
    case socketInUse(String)
    /// The socket file could not be given its group, or is not the socket we created.
    case socketSetup(String, String)

    public var description: String {
        switch self {
        case .call(let name): return "libmilter: \(name) failed"
        case .listen(let spec, let reason): return "cannot listen on \(spec): \(reason)"
        case .socketInUse(let path):
            return "\(path) answers: another milter is running on it; stop it first (the socket is left alone)"
        case .socketSetup(let path, let reason): return "socket \(path): \(reason)"
        }
    }
}

/// Process-wide registration: libmilter has a single filter per process, so the filter and options live here,
/// written once by ``Milter/run(filter:options:)`` before `smfi_main` starts any worker thread.
private let registration = Mutex<(filter: any MilterFilter, options: MilterOptions)?>(nil)

/// Entry points to libmilter.
public enum Milter {
    /// Registers `filter`, opens the socket and runs libmilter's loop. A unix socket that still answers is left
    /// alone and the start refused; one nobody answers on (left by a crash) is replaced. If the start fails after the
    /// socket was created, the socket is removed again.
    /// Returns when libmilter stops (SIGHUP, SIGTERM, SIGINT or ``stop()``).
    public static func run(filter: any MilterFilter, options: MilterOptions, afterOpen: () -> Void = {}) throws {
        registration.withLock { $0 = (filter, options) }
        var description = smfiDesc()
        let name = strdup(options.name)
        defer { free(name) }
        description.xxfi_name = name
        description.xxfi_version = cmilter_version()
        description.xxfi_flags = UInt(SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE | SMFIF_SETSYMLIST)
        description.xxfi_connect = milterConnect
        description.xxfi_helo = milterHelo
        description.xxfi_envfrom = milterEnvelopeFrom
        description.xxfi_envrcpt = milterEnvelopeRecipient
        description.xxfi_header = milterHeader
        description.xxfi_eoh = milterEndOfHeaders
        description.xxfi_body = milterBody
        description.xxfi_eom = milterEndOfMessage
        description.xxfi_abort = milterAbort
        description.xxfi_close = milterClose
        description.xxfi_negotiate = milterNegotiate

        let connection = strdup(options.socket)
        defer { free(connection) }
        guard smfi_setconn(connection) == MI_SUCCESS else { throw MilterError.call("smfi_setconn(\(options.socket))") }
        guard smfi_settimeout(Int32(clamping: options.timeoutSeconds)) == MI_SUCCESS else {
            throw MilterError.call("smfi_settimeout")
        }
        guard smfi_register(description) == MI_SUCCESS else { throw MilterError.call("smfi_register") }
        let path = unixSocketPath(options.socket)
        if let path {
            switch SocketFile.state(of: path) {
            case .answering: throw MilterError.socketInUse(path)
            case .notASocket: throw MilterError.listen(spec: options.socket, reason: "\(path) exists and is not a socket")
            case .absent, .stale, .unknown: break  // libmilter removes a stale socket; other problems show at bind
            }
        }
        // rmsocket = 1: libmilter unlinks the (stale) socket file, only if it is a socket, before binding.
        let opened = SocketFile.withUmask(for: path == nil ? nil : options.socketMode) { smfi_opensocket(1) }
        guard opened == MI_SUCCESS else {
            throw MilterError.listen(spec: options.socket, reason: ListenFailure.reason(for: options.socket))
        }
        let created = path.flatMap(SocketFile.identity)
        do {
            if let path, let group = options.socketGroup { try SocketFile.setGroup(path, group: group) }
            afterOpen()
            guard smfi_main() == MI_SUCCESS else { throw MilterError.call("smfi_main") }
        } catch {
            if let path, let created { SocketFile.remove(path, ifStill: created) }
            throw error
        }
    }

    /// Asks libmilter's loop to end; running connections finish first.
    public static func stop() {
        _ = smfi_stop()
    }

    /// The file path of a `unix:` / `local:` socket spec, or nil for `inet:` specs.
    public static func unixSocketPath(_ spec: String) -> String? {
        for prefix in ["unix:", "local:"] where spec.hasPrefix(prefix) {
            return String(spec.dropFirst(prefix.count))
        }
        return spec.hasPrefix("/") ? spec : nil
    }

    fileprivate static var current: (filter: any MilterFilter, options: MilterOptions)? {
        registration.withLock { $0 }
    }
}

// MARK: - Per-connection state

/// What libmilter keeps in `smfi_setpriv` for a connection: the handler and what negotiation agreed.
///
/// Invariant: libmilter calls the callbacks of one context sequentially (one worker thread at a time),
/// so the box is never touched concurrently; it is retained from creation until `xxfi_close`.
private final class SessionBox {
    let handler: any MilterSessionHandler
    var noReply: UInt = 0
    var canSkip = false

    init(handler: any MilterSessionHandler) {
        self.handler = handler
    }
}

private func existingBox(_ ctx: OpaquePointer) -> SessionBox? {
    guard let raw = smfi_getpriv(ctx) else { return nil }
    return Unmanaged<SessionBox>.fromOpaque(raw).takeUnretainedValue()
}

/// The connection's box, created on the first callback that sees the context (negotiate, or connect with old MTAs).
private func box(_ ctx: OpaquePointer) -> SessionBox? {
    if let box = existingBox(ctx) { return box }
    guard let current = Milter.current else { return nil }
    let box = SessionBox(handler: current.filter.makeSession())
    let unmanaged = Unmanaged.passRetained(box)
    guard smfi_setpriv(ctx, unmanaged.toOpaque()) == MI_SUCCESS else {
        unmanaged.release()
        return nil
    }
    return box
}

private func status(_ response: MilterResponse, box: SessionBox, noReplyFlag: UInt) -> sfsistat {
    switch response {
    case .continue: return (box.noReply & noReplyFlag) != 0 ? SMFIS_NOREPLY : SMFIS_CONTINUE
    case .reject: return SMFIS_REJECT
    case .discard: return SMFIS_DISCARD
    case .accept: return SMFIS_ACCEPT
    case .tempfail: return SMFIS_TEMPFAIL
    case .skip: return box.canSkip ? SMFIS_SKIP : SMFIS_CONTINUE
    }
}

private func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
}

private func arguments(_ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String] {
    guard let argv else { return [] }
    var result: [String] = []
    var index = 0
    // libmilter terminates the array with NULL; the cap guards against a malformed one.
    while index < 64, let item = argv[index] {
        result.append(String(cString: item))
        index += 1
    }
    return result
}

private func cString(_ buffer: [CChar]) -> String {
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
}

private func addressText(_ address: UnsafeMutablePointer<sockaddr>?) -> String? {
    guard let address else { return nil }
    var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
    switch Int32(address.pointee.sa_family) {
    case AF_INET:
        return address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin in
            var addr = sin.pointee.sin_addr
            guard inet_ntop(AF_INET, &addr, &buffer, socklen_t(buffer.count)) != nil else { return nil }
            return cString(buffer)
        }
    case AF_INET6:
        return address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { sin6 in
            var addr = sin6.pointee.sin6_addr
            guard inet_ntop(AF_INET6, &addr, &buffer, socklen_t(buffer.count)) != nil else { return nil }
            return cString(buffer)
        }
    default:
        return nil
    }
}

// MARK: - Callbacks (named C-convention functions: libmilter calls them from its worker threads)

private func milterNegotiate(
    _ ctx: OpaquePointer?, _ f0: UInt, _ f1: UInt, _ f2: UInt, _ f3: UInt,
    _ pf0: UnsafeMutablePointer<UInt>?, _ pf1: UnsafeMutablePointer<UInt>?,
    _ pf2: UnsafeMutablePointer<UInt>?, _ pf3: UnsafeMutablePointer<UInt>?
) -> sfsistat {
    guard let ctx, let current = Milter.current, let box = box(ctx) else { return SMFIS_ALL_OPTS }
    let wantedActions = UInt(SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE | SMFIF_SETSYMLIST)
    pf0?.pointee = f0 & wantedActions
    var protocolFlags = f1 & UInt(SMFIP_NOUNKNOWN | SMFIP_NODATA | SMFIP_SKIP)
    if current.options.skipReplies {
        // Stages whose answer is always "continue": the MTA need not wait for it.
        let noReply = UInt(SMFIP_NR_CONN | SMFIP_NR_HELO | SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_HDR | SMFIP_NR_EOH)
        protocolFlags |= f1 & noReply
        box.noReply = f1 & noReply
    }
    box.canSkip = (f1 & UInt(SMFIP_SKIP)) != 0
    pf1?.pointee = protocolFlags
    pf2?.pointee = 0
    pf3?.pointee = 0
    if (f0 & UInt(SMFIF_SETSYMLIST)) != 0 {
        for (stage, names) in current.options.macros where !names.isEmpty {
            let list = strdup(names.joined(separator: " "))
            _ = smfi_setsymlist(ctx, stage.rawValue, list)
            free(list)
        }
    }
    return SMFIS_CONTINUE
}

private func milterConnect(
    _ ctx: OpaquePointer?, _ hostname: UnsafeMutablePointer<CChar>?, _ address: UnsafeMutablePointer<sockaddr>?
) -> sfsistat {
    guard let ctx, let box = box(ctx) else { return SMFIS_CONTINUE }
    let response = box.handler.connect(
        hostname: string(hostname), address: addressText(address), context: MilterContext(ctx))
    return status(response, box: box, noReplyFlag: UInt(SMFIP_NR_CONN))
}

private func milterHelo(_ ctx: OpaquePointer?, _ name: UnsafeMutablePointer<CChar>?) -> sfsistat {
    guard let ctx, let box = box(ctx) else { return SMFIS_CONTINUE }
    let response = box.handler.helo(string(name), context: MilterContext(ctx))
    return status(response, box: box, noReplyFlag: UInt(SMFIP_NR_HELO))
}

private func milterEnvelopeFrom(
    _ ctx: OpaquePointer?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> sfsistat {
    guard let ctx, let box = box(ctx) else { return SMFIS_CONTINUE }
    let response = box.handler.envelopeFrom(arguments(argv), context: MilterContext(ctx))
    return status(response, box: box, noReplyFlag: UInt(SMFIP_NR_MAIL))
}

private func milterEnvelopeRecipient(
    _ ctx: OpaquePointer?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> sfsistat {
    guard let ctx, let box = box(ctx) else { return SMFIS_CONTINUE }
    let response = box.handler.envelopeRecipient(arguments(argv), context: MilterContext(ctx))
    return status(response, box: box, noReplyFlag: UInt(SMFIP_NR_RCPT))
}

private func milterHeader(
    _ ctx: OpaquePointer?, _ name: UnsafeMutablePointer<CChar>?, _ value: UnsafeMutablePointer<CChar>?
) -> sfsistat {
    guard let ctx, let box = box(ctx) else { return SMFIS_CONTINUE }
    let response = box.handler.header(name: string(name), value: string(value), context: MilterContext(ctx))
    return status(response, box: box, noReplyFlag: UInt(SMFIP_NR_HDR))
}

private func milterEndOfHeaders(_ ctx: OpaquePointer?) -> sfsistat {
    guard let ctx, let box = box(ctx) else { return SMFIS_CONTINUE }
    let response = box.handler.endOfHeaders(context: MilterContext(ctx))
    return status(response, box: box, noReplyFlag: UInt(SMFIP_NR_EOH))
}

private func milterBody(_ ctx: OpaquePointer?, _ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int) -> sfsistat {
    guard let ctx, let box = box(ctx) else { return SMFIS_CONTINUE }
    // The chunk is valid only during this call: the handler copies what it keeps.
    let chunk = UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : max(0, length))
    let response = box.handler.body(chunk, context: MilterContext(ctx))
    return status(response, box: box, noReplyFlag: 0)
}

private func milterEndOfMessage(_ ctx: OpaquePointer?) -> sfsistat {
    guard let ctx, let box = box(ctx) else { return SMFIS_CONTINUE }
    let response = box.handler.endOfMessage(context: MilterContext(ctx), actions: MilterActions(ctx))
    return status(response, box: box, noReplyFlag: 0)
}

private func milterAbort(_ ctx: OpaquePointer?) -> sfsistat {
    guard let ctx, let box = existingBox(ctx) else { return SMFIS_CONTINUE }
    box.handler.abort(context: MilterContext(ctx))
    return SMFIS_CONTINUE
}

private func milterClose(_ ctx: OpaquePointer?) -> sfsistat {
    // Close can arrive without any earlier callback (e.g. negotiation failed): a nil slot is normal.
    guard let ctx, let raw = smfi_getpriv(ctx) else { return SMFIS_CONTINUE }
    let unmanaged = Unmanaged<SessionBox>.fromOpaque(raw)
    unmanaged.takeUnretainedValue().handler.close(context: MilterContext(ctx))
    _ = smfi_setpriv(ctx, nil)
    unmanaged.release()
    return SMFIS_CONTINUE
}
