import Logging
import NotifyGuardConfig
import NotifyGuardCore
import Synchronization

/// The running configuration, swapped whole on reload; readers take a snapshot per message.
public final class ConfigStore: Sendable {
    private let current: Mutex<Settings>
    /// The file reloads read; nil means the built-in defaults (reload then re-reads those).
    public let path: String?

    public init(settings: Settings, path: String?) {
        current = Mutex(settings)
        self.path = path
    }

    public var settings: Settings { current.withLock { $0 } }

    /// Re-reads the file; a file that fails validation is refused and the running config stays.
    @discardableResult
    public func reload(logger: Logger) -> Bool {
        do {
            let fresh = try ConfigLoader.load(path: path)
            current.withLock { $0 = fresh }
            logger.notice("config reloaded from \(fresh.origin): \(fresh.policy.profiles.count) profiles")
            DaemonMetrics.recordReload(applied: true)
            return true
        } catch {
            logger.error("config reload refused, keeping the running config: \(error.description)")
            DaemonMetrics.recordReload(applied: false)
            return false
        }
    }
}
