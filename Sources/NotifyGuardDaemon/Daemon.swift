import Logging
import Milter
import NotifyGuardCampaign
import NotifyGuardConfig
import NotifyGuardCore

#if canImport(Glibc)
import Glibc
#endif

/// Runs the milter in the foreground: signals, reload thread, libmilter loop, start and stop log lines.
public enum Daemon {
    /// Blocks SIGUSR1 in the calling thread: call it first thing in `main`, before any thread exists and before the
    /// config is read. SIGUSR1's default action kills the process, and a reload can be asked for (`systemctl reload`)
    /// the moment the process exists; blocked, it waits for the reload thread instead. Every thread inherits the mask.
    public static func blockReloadSignal() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGUSR1)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
    }

    /// Blocks until libmilter stops (SIGTERM, SIGHUP or SIGINT). SIGUSR1 reloads the config.
    /// - Parameter startServices: runs once the signal mask is set, before libmilter's loop: threads it starts (the
    ///   metrics endpoint's) inherit the mask.
    public static func run(
        store: ConfigStore, socketOverride: String?, logger: Logger, startServices: () throws -> Void = {}
    ) throws {
        let settings = store.settings
        var options = MilterOptions(socket: socketOverride ?? settings.listener.socket)
        options.timeoutSeconds = settings.listener.timeoutSeconds
        options.skipReplies = settings.listener.skipReplies
        options.macros = NotifyGuardFilter.macros
        options.socketMode = settings.listener.socketMode.map { mode_t($0) }
        if let groupName = settings.listener.socketGroup {
            guard let group = getgrnam(groupName) else {
                throw MilterError.socketSetup(options.socket, "socket_group \(groupName) is not a group on this system")
            }
            options.socketGroup = group.pointee.gr_gid
        }

        let openFiles = ProcessLimits.raiseOpenFiles()

        // Block the signals before any thread starts, so every thread inherits the mask: libmilter's signal
        // thread waits for HUP/TERM/INT (a clean stop), ours for USR1 (reload). Left unblocked in a thread,
        // SIGTERM would kill the process outright instead.
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGUSR1, SIGHUP, SIGTERM, SIGINT] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        startReloadThread(store: store, logger: logger)
        try startServices()
        let campaign = settings.campaign.enabled ? CampaignMemory(settings: settings.campaign, logger: logger) : nil
        campaign?.start()
        defer { campaign?.stop() }

        try Milter.run(filter: NotifyGuardFilter(store: store, logger: logger, campaign: campaign), options: options) {
            logger.notice(
                "started: socket=\(options.socket) config=\(settings.origin) profiles=\(settings.policy.profiles.count) dry_run=\(settings.actions.dryRun ? "yes" : "no") failure_action=\(settings.actions.failureAction.rawValue) campaign=\(settings.campaign.enabled ? settings.campaign.store.description : "off") open_files=\(openFiles) timeout=\(options.timeoutSeconds)"
            )
        }
        logger.notice("stopped")
    }

    private static func startReloadThread(store: ConfigStore, logger: Logger) {
        let context = ReloadContext(store: store, logger: logger)
        let unmanaged = Unmanaged.passRetained(context)
        var thread = pthread_t()
        let created = pthread_create(&thread, nil, reloadThreadMain, unmanaged.toOpaque())
        if created != 0 {
            unmanaged.release()
            logger.error("cannot start the reload thread (error \(created)); SIGUSR1 reload disabled")
        } else {
            pthread_detach(thread)
        }
    }
}

/// What the reload thread needs; retained for the life of the process.
private final class ReloadContext: Sendable {
    let store: ConfigStore
    let logger: Logger

    init(store: ConfigStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }
}

/// Waits for SIGUSR1 forever and reloads the config on each.
private func reloadThreadMain(_ argument: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let argument else { return nil }
    let context = Unmanaged<ReloadContext>.fromOpaque(argument).takeUnretainedValue()
    var signals = sigset_t()
    sigemptyset(&signals)
    sigaddset(&signals, SIGUSR1)
    while true {
        var received: Int32 = 0
        guard sigwait(&signals, &received) == 0 else { continue }
        context.logger.notice("SIGUSR1: reloading config")
        context.store.reload(logger: context.logger)
    }
}
