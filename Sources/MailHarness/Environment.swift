import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Errors the harness raises; each says what it waited for.
public struct HarnessError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Facts about this machine that the end-to-end tests and the end-to-end benchmark need.
public enum Environment {
    public static var isRoot: Bool { geteuid() == 0 }

    public static func which(_ program: String) -> String? {
        for dir in ["/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin"] {
            let path = "\(dir)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// A real Postfix can be started here: root (Postfix's master must start as root) and the binaries present.
    public static var canRunPostfix: Bool {
        isRoot && which("postfix") != nil && getpwnam("postfix") != nil && getpwnam("nobody") != nil
    }

    /// The directory of the running binary (test bundle or benchmark), where SwiftPM also puts the `notifyguard`
    /// executable of the same build configuration.
    public static var productsDirectory: URL {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent()
    }

    public static var notifyguardBinary: String { productsDirectory.appendingPathComponent("notifyguard").path }

    /// A free TCP port on 127.0.0.1 (bind to 0, read it back, release it).
    public static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw HarnessError("bind() failed") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs a program to completion (bounded), returning its exit status and combined output.
    @discardableResult
    public static func run(_ program: String, _ arguments: [String], timeout: TimeInterval = 60) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            throw HarnessError("\(program) \(arguments) timed out")
        }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Polls `condition` every 50 ms until it holds or `timeout` passes.
    public static func waitUntil(timeout: TimeInterval = 15, _ what: String, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            usleep(50_000)
        }
        throw HarnessError("timed out after \(Int(timeout)) s waiting for \(what)")
    }
}

/// A scratch directory that the Postfix user can traverse, removed on `remove()`.
public struct ScratchDirectory: Sendable {
    public let url: URL
    public var path: String { url.path }

    /// - Parameter parent: where to make it; Sendmail refuses sockets and files below a world-writable `/tmp`.
    public init(prefix: String, parent: String = "/tmp") throws {
        var template = Array("\(parent)/\(prefix)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw HarnessError("mkdtemp failed") }
        url = URL(fileURLWithPath: String(cString: made))
        chmod(url.path, 0o755)
    }

    public func write(_ name: String, _ text: String, mode: Int = 0o644) throws {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        chmod(file.path, mode_t(mode))
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
