import Foundation
@testable import Milter
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The socket file's mode and group are set without following a link, and a socket's state is read without
/// taking it over.
@Suite(.serialized) struct SocketFileTests {
    private let directory: String

    init() throws {
        var template = Array("/tmp/ng-socketfile-XXXXXX".utf8CString)
        let made = try #require(mkdtemp(&template))
        directory = String(cString: made)
    }

    private func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// A listening (or merely bound) unix socket at `path`; returns its descriptor.
    private func bound(_ path: String, listening: Bool) throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        let result = SocketFile.withAddress(path) { bind(fd, $0, $1) }
        try #require(result == 0)
        if listening { try #require(listen(fd, 4) == 0) }
        return fd
    }

    @Test func stateTellsALiveSocketFromAStaleOne() throws {
        defer { remove() }
        let live = directory + "/live.sock"
        let stale = directory + "/stale.sock"
        let listener = try bound(live, listening: true)
        defer { close(listener) }
        close(try bound(stale, listening: false))
        #expect(FileManager.default.createFile(atPath: directory + "/plain", contents: Data("x".utf8)))
        #expect(SocketFile.state(of: live) == .answering)
        #expect(SocketFile.state(of: stale) == .stale)
        #expect(SocketFile.state(of: directory + "/none.sock") == .absent)
        #expect(SocketFile.state(of: directory + "/plain") == .notASocket)
    }

    /// The umask in force at bind gives the new socket exactly the configured mode; the umask is restored after.
    @Test(arguments: [0o600, 0o660, 0o666] as [mode_t])
    func theModeComesFromTheUmaskAtBind(mode: mode_t) throws {
        defer { remove() }
        let before = umask(0o022)
        defer { umask(before) }
        let path = directory + "/s.sock"
        let fd = try SocketFile.withUmask(for: mode) { try bound(path, listening: true) }
        defer { close(fd) }
        var info = stat()
        #expect(lstat(path, &info) == 0)
        #expect(info.st_mode & 0o777 == mode)
        #expect(umask(0o022) == 0o022)
    }

    /// The group is set on the socket itself; a symlink in its place (swapped in by whoever can write the socket
    /// directory) is refused and what it points to keeps its group. chown(2) by path followed the link.
    @Test(.enabled(if: geteuid() == 0, "needs root to give files another group"))
    func theGroupIsSetWithoutFollowingALink() throws {
        defer { remove() }
        let nogroup: gid_t = 65534
        let path = directory + "/s.sock"
        let fd = try bound(path, listening: true)
        defer { close(fd) }
        try SocketFile.setGroup(path, group: nogroup)
        var info = stat()
        #expect(lstat(path, &info) == 0 && info.st_gid == nogroup)

        let target = directory + "/target"
        #expect(FileManager.default.createFile(atPath: target, contents: Data("secret".utf8)))
        let link = directory + "/link.sock"
        #expect(symlink(target, link) == 0)
        #expect(throws: MilterError.self) { try SocketFile.setGroup(link, group: nogroup) }
        #expect(stat(target, &info) == 0 && info.st_gid == 0)

        // A plain file in the socket's place is refused too.
        #expect(throws: MilterError.self) { try SocketFile.setGroup(target, group: nogroup) }
        #expect(stat(target, &info) == 0 && info.st_gid == 0)
    }

    /// A failed start removes the socket it created, and only that one.
    @Test func removeTouchesOnlyTheSocketItCreated() throws {
        defer { remove() }
        let path = directory + "/s.sock"
        close(try bound(path, listening: false))
        let identity = try #require(SocketFile.identity(path))
        unlink(path)
        usleep(20_000)  // the kernel's file times tick coarsely; a new socket made at once may reuse inode and time
        close(try bound(path, listening: false))  // another socket now lives at the path
        SocketFile.remove(path, ifStill: identity)
        #expect(FileManager.default.fileExists(atPath: path))
        let current = try #require(SocketFile.identity(path))
        SocketFile.remove(path, ifStill: current)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFailedListenSaysWhy() throws {
        defer { remove() }
        #expect(ListenFailure.reason(for: "unix:/nonexistent-dir-for-ng/s.sock") == "bind: No such file or directory")
        #expect(FileManager.default.createFile(atPath: directory + "/plain", contents: nil))
        #expect(ListenFailure.reason(for: "unix:\(directory)/plain") == "\(directory)/plain exists and is not a socket")
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 && listen(fd, 1) == 0
            }
        }
        try #require(listening)
        let port = UInt16(bigEndian: address.sin_port)
        #expect(ListenFailure.reason(for: "inet:\(port)@127.0.0.1") == "bind: Address already in use")
    }
}
