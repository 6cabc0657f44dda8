import ArgumentParser
import Foundation
import NotifyGuardConfig
import NotifyGuardCore

/// `notifyguard learn`: derives a template skeleton from samples of one template (genuine, or abused with differing
/// injected texts) and writes it to a skeleton file a profile includes with `skeletons: [PATH]`.
struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Learn a template skeleton (constant text and fields) from samples of one template of a profile.")

    @Option(help: "The profile the samples belong to.")
    var profile: String

    @Option(help: "Name of the template within the profile's family (default: the profile's name).")
    var template: String?

    @Option(help: "Config file that defines the profile (default: the built-in config).")
    var config: String?

    @Option(help: "Skeleton file to write (default: skeletons/PROFILE.yaml beside the config). Skeletons of other templates already in it are kept.")
    var output: String?

    @Option(help: "Share of the samples a word must be in, in order, to be constant text (0-1).")
    var quorum: Double = TemplateSkeleton.defaultQuorum

    @Argument(help: "Two or more messages (.eml) of the template: genuine ones, or abused ones whose injected texts differ.")
    var files: [String]

    func validate() throws {
        guard quorum > 0, quorum <= 1 else { throw ValidationError("--quorum must be above 0 and at most 1") }
    }

    func run() throws {
        let settings = try loadSettings(config)
        guard settings.policy.profiles.contains(where: { $0.name == profile }) else {
            throw ValidationError("no profile named \(profile) in \(config ?? "the built-in config")")
        }
        let scorer = Scorer(policy: settings.policy)
        var samples: [[String]] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            let features = MessageFeatures(
                message: MessageParser.parse([UInt8](data), limits: settings.policy.limits), policy: settings.policy)
            let matched = scorer.score(features).profile
            guard matched == profile else {
                throw ValidationError("\(file) is not a \(profile) message (it matches \(matched ?? "no profile"))")
            }
            samples.append(TemplateSkeleton.words(features.bodyText))
        }
        let skeleton: TemplateSkeleton
        do {
            skeleton = try TemplateSkeleton.learn(name: template ?? profile, samples: samples, quorum: quorum)
        } catch {
            throw ValidationError("cannot learn: \(error)")
        }
        let path = output ?? SkeletonFile.resolve("skeletons/\(profile).yaml", relativeTo: config ?? "")
        var skeletons: [TemplateSkeleton] = []
        if let existing = FileManager.default.contents(atPath: path) {
            skeletons = try SkeletonFile.parse(String(decoding: existing, as: UTF8.self), path: path)
                .filter { $0.name != skeleton.name }
        }
        skeletons.append(skeleton)
        let text = try SkeletonFile.render(skeletons, comment: [
            "Template skeletons of profile \(profile), written by notifyguard learn.",
            "Include with `skeletons: [\(path)]` in the profile (a relative path is relative to the config file).",
        ])
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory.isEmpty ? "." : directory, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        let constant = skeleton.segments.reduce(0) { count, segment in
            if case .text(let words) = segment { count + words.count } else { count }
        }
        let fields = skeleton.segments.filter { if case .slot = $0 { true } else { false } }.count
        print("\(path): skeleton \(skeleton.name) from \(samples.count) samples: \(constant) constant words, \(fields) fields")
    }
}
