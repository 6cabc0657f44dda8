#if canImport(Glibc)
import Glibc
#endif

/// Resource limits the daemon sets for itself at start.
enum ProcessLimits {
    /// Raises the soft limit on open files to the hard one and returns the limit in force.
    ///
    /// libmilter keeps one descriptor per MTA connection and, when accept() fails with EMFILE, retries at once
    /// without sleeping: with the table full it spins at 100% CPU and accepts nothing. The soft limit is often 1024
    /// while the hard one (systemd's `LimitNOFILE=`) is far higher, so held connections would reach it first.
    @discardableResult
    static func raiseOpenFiles() -> UInt64 {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 0 }
        // An unlimited hard limit (RLIM_INFINITY) is no file count the kernel takes; its nr_open default is 2^20.
        let target = limit.rlim_max == rlim_t.max ? max(limit.rlim_cur, 1 << 20) : limit.rlim_max
        if limit.rlim_cur < target {
            var raised = limit
            raised.rlim_cur = target
            if setrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &raised) == 0 { return UInt64(target) }
        }
        return UInt64(limit.rlim_cur)
    }
}
