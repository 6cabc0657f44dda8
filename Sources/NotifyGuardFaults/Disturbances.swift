import Foundation
import MailHarness
import Synchronization

/// What a scenario does to notifyguard while the load runs, on its own thread until the deadline.
enum Disturbance: Sendable {
    case none
    /// kill -9, a pause of `downSeconds`, a restart; every `everySeconds`.
    case killAndRestart(everySeconds: Double, downSeconds: Double)
    /// SIGUSR1 every `everySeconds`, the config file switching between valid variants and an invalid one.
    case reloadStorm(everySeconds: Double)

    /// Runs until `deadline`; returns a line describing what it did.
    func run(on daemon: NotifyGuardProcess, config: String, until deadline: Date) -> String {
        switch self {
        case .none:
            return ""
        case .killAndRestart(let every, let down):
            var kills = 0
            var failedRestarts = 0
            while Date().addingTimeInterval(every) < deadline {
                Thread.sleep(forTimeInterval: every)
                daemon.kill9()
                kills += 1
                Thread.sleep(forTimeInterval: down)
                if (try? daemon.start()) == nil { failedRestarts += 1 }
            }
            return "kill -9 and restart \(kills) times (restart failures: \(failedRestarts))"
        case .reloadStorm(let every):
            var signals = 0
            var invalid = 0
            let variants = [
                config,
                config.replacingOccurrences(of: "quarantine: 8\n", with: "quarantine: 9\n"),
                "thresholds:\n  tag: nonsense\n",
            ]
            while Date() < deadline {
                let variant = variants[signals % variants.count]
                if variant == variants[2] { invalid += 1 }
                try? variant.write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
                daemon.reload()
                signals += 1
                Thread.sleep(forTimeInterval: every)
            }
            // Leave the valid config in force for what follows.
            try? config.write(toFile: daemon.configPath, atomically: true, encoding: .utf8)
            daemon.reload()
            return "SIGUSR1 \(signals) times, \(invalid) of them with an invalid file"
        }
    }
}
