import CMilter

#if canImport(Glibc)
import Glibc
#endif

/// The unix socket file libmilter listens on: who answers on it, and its mode and group set without following links.
///
/// libmilter binds by path and offers no descriptor of the socket file, so the mode comes from the umask at bind
/// (``withUmask(for:_:)``) and the group from a descriptor opened with `O_PATH | O_NOFOLLOW` on the new file: a
/// symlink swapped into the socket directory is never followed.
enum SocketFile {
    /// What is at a socket path before we bind it.
    enum State: Equatable {
        case absent
        /// A socket nobody accepts on: left by a process that died. Safe to remove.
        case stale
        /// A running milter (or anything else) accepts connections on it.
        case answering
        case notASocket
        case unknown(String)
    }

    static func state(of path: String) -> State {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT ? .absent : .unknown("stat: \(describe(errno))")
        }
        guard info.st_mode & S_IFMT == S_IFSOCK else { return .notASocket }
        // Non-blocking: a listener whose backlog is full makes a blocking connect wait; EAGAIN still means "alive".
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return .unknown("socket: \(describe(errno))") }
        defer { close(fd) }
        guard let result = withAddress(path, { address, length in connect(fd, address, length) }) else {
            return .unknown("path longer than a unix socket address holds")
        }
        if result == 0 { return .answering }
        switch errno {
        case EAGAIN, EINPROGRESS: return .answering
        case ECONNREFUSED: return .stale
        case ENOENT: return .absent
        default: return .unknown("connect: \(describe(errno))")
        }
    }

    /// Runs `body` (the bind) with the umask that makes a new socket file get exactly `mode`, then restores it.
    /// The umask is process-wide: no other thread creates files while the daemon starts.
    static func withUmask<T>(for mode: mode_t?, _ body: () throws -> T) rethrows -> T {
        guard let mode else { return try body() }
        let previous = umask(~mode & 0o777)
        defer { umask(previous) }
        return try body()
    }

    /// Gives the socket at `path` to `group`, refusing anything that is not a socket owned by this process's user.
    static func setGroup(_ path: String, group: gid_t) throws(MilterError) {
        let fd = cmilter_open_nofollow_path(path)
        guard fd >= 0 else { throw MilterError.socketSetup(path, "open: \(describe(errno))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw MilterError.socketSetup(path, "fstat: \(describe(errno))") }
        guard info.st_mode & S_IFMT == S_IFSOCK, info.st_uid == geteuid() else {
            throw MilterError.socketSetup(path, "not the socket this process created")
        }
        guard cmilter_fchown_fd_group(fd, group) == 0 else {
            throw MilterError.socketSetup(path, "cannot give it group \(group): \(describe(errno))")
        }
    }

    /// Which file a path names: device and inode, and the change time, since a freed inode number is soon reused.
    struct Identity: Equatable {
        var device: UInt
        var inode: UInt
        var changed: timespec

        static func == (a: Identity, b: Identity) -> Bool {
            a.device == b.device && a.inode == b.inode && a.changed.tv_sec == b.changed.tv_sec
                && a.changed.tv_nsec == b.changed.tv_nsec
        }
    }

    /// The socket's identity, to remove it later only if it is still the one we created.
    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFSOCK else { return nil }
        return Identity(device: UInt(info.st_dev), inode: UInt(info.st_ino), changed: info.st_ctim)
    }

    /// Removes the socket at `path` if it is still the file `identity` describes.
    static func remove(_ path: String, ifStill identity: Identity) {
        guard let current = Self.identity(path), current == identity else { return }
        unlink(path)
    }

    /// `body` with `path` as a `sockaddr_un`; nil when the path does not fit.
    static func withAddress<T>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
