#if canImport(Glibc)
import Glibc
#endif

/// Why libmilter could not listen on a socket spec. libmilter writes the reason only to syslog, so the same bind is
/// tried once more here to get the system's error: `Address already in use`, `No such file or directory`, ...
enum ListenFailure {
    static func reason(for spec: String) -> String {
        if let path = Milter.unixSocketPath(spec) { return unixReason(path) }
        return inetReason(spec)
    }

    private static func unixReason(_ path: String) -> String {
        switch SocketFile.state(of: path) {
        case .notASocket: return "\(path) exists and is not a socket"
        case .answering: return "another process answers on \(path)"
        case .unknown(let problem): return problem
        case .absent, .stale: break
        }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return "socket: \(SocketFile.describe(errno))" }
        defer { close(fd) }
        if SocketFile.state(of: path) == .stale { unlink(path) }
        guard let bound = SocketFile.withAddress(path, { bind(fd, $0, $1) }) else {
            return "path longer than a unix socket address holds"
        }
        guard bound != 0 else {
            unlink(path)  // our probe's own socket file
            return "libmilter could not listen there (its reason went to syslog)"
        }
        return "bind: \(SocketFile.describe(errno))"
    }

    /// `inet:PORT@HOST` or `inet6:PORT@HOST` (HOST optional: any address).
    private static func inetReason(_ spec: String) -> String {
        let family: Int32 = spec.hasPrefix("inet6:") ? AF_INET6 : AF_INET
        let body = spec.drop { $0 != ":" }.dropFirst()
        let parts = body.split(separator: "@", maxSplits: 1).map(String.init)
        guard let port = parts.first, !port.isEmpty else { return "no port in \(spec)" }
        var host = parts.count > 1 ? parts[1] : nil
        if let bracketed = host, bracketed.hasPrefix("["), bracketed.hasSuffix("]") {
            host = String(bracketed.dropFirst().dropLast())
        }
        var hints = addrinfo()
        hints.ai_family = family
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var list: UnsafeMutablePointer<addrinfo>?
        let found = getaddrinfo(host, port, &hints, &list)
        guard found == 0, let first = list else { return "cannot resolve \(spec): \(String(cString: gai_strerror(found)))" }
        defer { freeaddrinfo(list) }
        let fd = socket(first.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return "socket: \(SocketFile.describe(errno))" }
        defer { close(fd) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 else {
            return "libmilter could not listen there (its reason went to syslog)"
        }
        return "bind: \(SocketFile.describe(errno))"
    }
}
