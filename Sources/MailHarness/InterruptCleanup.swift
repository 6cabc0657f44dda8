import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// What a harness program must stop and remove if it is interrupted (Ctrl-C, SIGTERM): Postfix's master daemonizes,
/// so the signal never reaches it. The normal path cleans up itself and may then `forget` these.
public final class InterruptCleanup: Sendable {
    private struct State {
        var postfixConfigurations: [String] = []
        var pids: [Int32] = []
        var paths: [String] = []
    }

    private let state = Mutex(State())

    public init() {}

    public func add(postfix: PostfixInstance) {
        let (configuration, root) = (postfix.configDirectory, postfix.root.path)
        state.withLock {
            $0.postfixConfigurations.append(configuration)
            $0.paths.append(root)
        }
    }

    public func add(pid: Int32) { state.withLock { $0.pids.append(pid) } }
    public func add(path: String) { state.withLock { $0.paths.append(path) } }
    public func forget() { state.withLock { $0 = State() } }

    /// `postfix abort` for each instance, SIGKILL for each process, then the scratch directories.
    public func cleanUp() {
        let current = state.withLock { $0 }
        for configuration in current.postfixConfigurations {
            _ = try? Environment.run("/usr/sbin/postfix", ["-c", configuration, "abort"], timeout: 20)
        }
        for pid in current.pids { kill(pid, SIGKILL) }
        // Postfix's processes leave at their earliest convenience and may still be writing: retry for up to 5 s.
        for _ in 0..<10 {
            for path in current.paths { try? FileManager.default.removeItem(atPath: path) }
            guard current.paths.contains(where: { FileManager.default.fileExists(atPath: $0) }) else { break }
            usleep(500_000)
        }
    }

    /// Blocks SIGINT and SIGTERM (call it before any thread starts: threads inherit the mask) and takes them on a
    /// thread that prints `message`, cleans up and exits with 130.
    public func cleanUpOnInterrupt(saying message: String) {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let mask = signals
        Thread.detachNewThread {
            var waitFor = mask
            var received: Int32 = 0
            guard sigwait(&waitFor, &received) == 0 else { return }
            print(message)
            self.cleanUp()
            exit(130)
        }
    }
}
