import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A program started with posix_spawn in a clean signal state: nothing blocked, every disposition the default,
/// as init or systemd would start it. Foundation's Process passes on the calling thread's signal mask, and the
/// threads Swift Testing and Dispatch run code on block nearly every signal: a daemon started from a test ran with
/// SIGUSR1 and SIGTERM blocked from its first instruction, which hid exactly the bugs tests must find.
public final class ChildProcess: Sendable {
    public let pid: pid_t
    /// The raw wait status once the child has been reaped.
    private let reaped = Mutex<Int32?>(nil)

    /// Starts `executable` with `arguments`; standard output and error append to `outputPath` (or /dev/null),
    /// standard input reads /dev/null. `environment` nil passes this process's environment on.
    public init(executable: String, arguments: [String], outputPath: String?, environment: [String: String]? = nil) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_APPEND | O_CREAT, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environmentStrings = environment.map { $0.map { "\($0.key)=\($0.value)" } } ?? ProcessInfo.processInfo
            .environment.map { "\($0.key)=\($0.value)" }
        let envp = environmentStrings.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }

        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw HarnessError("posix_spawn \(executable): \(String(cString: strerror(result)))") }
        pid = child
    }

    /// Reaps the child if it has ended (never blocks).
    private func poll() -> Int32? {
        reaped.withLock { status in
            if let status { return status }
            var raw: Int32 = 0
            if waitpid(pid, &raw, WNOHANG) == pid { status = raw }
            return status
        }
    }

    public var isRunning: Bool { poll() == nil }

    /// The exit code, or 128 + the signal that ended it (as a shell reports it); nil while it runs.
    public var exitStatus: Int32? {
        guard let raw = poll() else { return nil }
        let signal = raw & 0x7F
        return signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
    }

    public func signal(_ number: Int32) {
        guard isRunning else { return }
        kill(pid, number)
    }

    /// Waits at most `timeout` for the child to end; true if it has.
    @discardableResult
    public func wait(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while isRunning {
            guard Date() < deadline else { return false }
            usleep(10_000)
        }
        return true
    }

    /// SIGTERM, a bounded wait, then SIGKILL and another.
    public func stop(grace: TimeInterval = 10) {
        signal(SIGTERM)
        if !wait(timeout: grace) {
            signal(SIGKILL)
            wait(timeout: 10)
        }
    }
}
