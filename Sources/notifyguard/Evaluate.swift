import ArgumentParser
import Foundation
import NotifyGuardConfig
import NotifyGuardCore

/// Accuracy on a labelled corpus laid out as `abuse/ phish/` (should be flagged) and `ham/ legit-notify/`
/// (should be accepted), as in shared/corpus.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure accuracy on a labelled corpus (abuse/, phish/ flagged; ham/, legit-notify/ accepted).")

    @Option(help: "Config file (default: the built-in config).")
    var config: String?

    @Flag(help: "List every misjudged file with its reasons.")
    var verbose = false

    @Argument(help: "Corpus directory.")
    var corpus: String = "../shared/corpus"

    func run() throws {
        var settings = try loadSettings(config)
        // Each saved message is judged as the host that received it judged it: its topmost Authentication-Results
        // field is believed, whatever its authserv-id (the corpus was received by Microsoft's MX, which writes none,
        // and by others), and no field below it (written before that host, possibly by the sender).
        settings.policy.trustTopmostAuthenticationResults = true
        let scorer = Scorer(policy: settings.policy)
        print("corpus: \(corpus); config: \(settings.origin); each file's topmost Authentication-Results trusted")
        print("")
        print("| folder | files | flagged | quarantine+reject | target |")
        print("|---|---:|---:|---:|---|")
        var kinds: [String: (total: Int, flagged: Int, held: Int)] = [:]
        var misjudged: [String] = []
        for (folder, shouldFlag, target) in [
            ("abuse", true, ">= 97% flagged, >= 90% quarantine+reject"), ("phish", true, ">= 70% flagged"),
            ("ham", false, "<= 0.25% flagged (with legit-notify)"), ("legit-notify", false, "<= 0.25% flagged (with ham)"),
        ] {
            let directory = URL(fileURLWithPath: corpus).appendingPathComponent(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
                print("| \(folder) | missing | | | |")
                continue
            }
            var total = 0, flagged = 0, held = 0
            for name in names.sorted() where name.hasSuffix(".eml") {
                guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { continue }
                let verdict = scorer.score(rawMessage: [UInt8](data))
                total += 1
                let isFlagged = verdict.action >= .tag
                if isFlagged { flagged += 1 }
                if verdict.action >= .quarantine { held += 1 }
                if folder == "abuse" {
                    let kind = name.components(separatedBy: "__").first ?? name
                    var entry = kinds[kind, default: (0, 0, 0)]
                    entry.total += 1
                    entry.flagged += isFlagged ? 1 : 0
                    entry.held += verdict.action >= .quarantine ? 1 : 0
                    kinds[kind] = entry
                }
                if isFlagged != shouldFlag {
                    let reasons = verdict.reasons.map { "\($0.rule)(\($0.detail))" }.joined(separator: ",")
                    misjudged.append("\(folder)/\(name): \(verdict.action.rawValue) \(verdict.score) profile=\(verdict.profile ?? "none") \(reasons)")
                }
            }
            print("| \(folder) | \(total) | \(percent(flagged, total)) | \(percent(held, total)) | \(target) |")
        }
        print("")
        print("| abuse kind | files | flagged | quarantine+reject |")
        print("|---|---:|---:|---:|")
        for (kind, entry) in kinds.sorted(by: { $0.value.total > $1.value.total }) {
            print("| \(kind) | \(entry.total) | \(percent(entry.flagged, entry.total)) | \(percent(entry.held, entry.total)) |")
        }
        if verbose {
            print("")
            misjudged.forEach { print(UnsafeScalars.escaped($0)) }  // reasons quote message text
        }
    }

    private func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%d (%.1f%%)", part, 100 * Double(part) / Double(whole))
    }
}
