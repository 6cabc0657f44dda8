import Foundation
import PackagePlugin

/// Generates Swift sources from `config/notifyguard.yaml`, the data files it names (`platforms.yaml`,
/// `lure-topics.yaml`) and the skeleton files its profiles include (`config/skeletons/*.yaml`), so the binary carries
/// the shipped defaults and runs from anywhere without a config file.
/// The bytes become a Swift array literal (no escaping pitfalls), written by `od` and `sed` so no extra executable
/// has to be built for the host.
@main
struct EmbedDefaultConfig: BuildToolPlugin {
    /// Each embedded file: its name under `config/`, the generated source and the array's name.
    static let files = [
        ("notifyguard.yaml", "DefaultConfig.swift", "embeddedDefaultConfigBytes"),
        ("platforms.yaml", "DefaultPlatforms.swift", "embeddedDefaultPlatformsBytes"),
        ("lure-topics.yaml", "DefaultLureTopics.swift", "embeddedDefaultLureTopicsBytes"),
    ]

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let script = """
            set -e
            {
              echo "// Generated from config/$3 by the EmbedDefaultConfig plugin. Do not edit."
              echo "let $4: [UInt8] = ["
              od -An -v -tu1 "$1" | sed -e 's/^ *//' -e 's/  */, /g' -e 's/$/,/' -e '/^,$/d'
              echo ']'
            } > "$2.tmp"
            mv "$2.tmp" "$2"
            """
        let commands: [Command] = Self.files.map { name, source, variable in
            let input = context.package.directoryURL.appending(path: "config/\(name)")
            let output = context.pluginWorkDirectoryURL.appending(path: source)
            return .buildCommand(
                displayName: "Embedding config/\(name)",
                executable: URL(filePath: "/bin/sh"),
                arguments: ["-c", script, "embed", input.path(), output.path(), name, variable],
                inputFiles: [input],
                outputFiles: [output]
            )
        }
        return commands + [try skeletonsCommand(context: context)]
    }

    /// One source holding every `config/skeletons/*.yaml` as `"skeletons/NAME.yaml": [bytes]`, the name a profile's
    /// `skeletons:` gives (the list is taken when the build is planned: a new file needs a new plan, as any new file).
    func skeletonsCommand(context: PluginContext) throws -> Command {
        let directory = context.package.directoryURL.appending(path: "config/skeletons")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path())) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let inputs = names.map { directory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultSkeletons.swift")
        // One array per file (a dictionary literal of large array literals is too slow to type-check), then the
        // dictionary of them.
        let script = """
            set -e
            out="$1"
            shift
            {
              echo "// Generated from config/skeletons by the EmbedDefaultConfig plugin. Do not edit."
              n=0
              for file in "$@"; do
                echo "private let skeletonFile$n: [UInt8] = ["
                od -An -v -tu1 "$file" | sed -e 's/^ *//' -e 's/  */, /g' -e 's/$/,/' -e '/^,$/d'
                echo "]"
                n=$((n + 1))
              done
              echo "let embeddedDefaultSkeletonFiles: [String: [UInt8]] = ["
              n=0
              for file in "$@"; do
                printf '    "skeletons/%s": skeletonFile%d,\\n' "$(basename "$file")" "$n"
                n=$((n + 1))
              done
              [ $# -gt 0 ] || echo ":"
              echo "]"
            } > "$out.tmp"
            mv "$out.tmp" "$out"
            """
        return .buildCommand(
            displayName: "Embedding config/skeletons",
            executable: URL(filePath: "/bin/sh"),
            arguments: ["-c", script, "embed", output.path()] + inputs.map { $0.path() },
            inputFiles: inputs,
            outputFiles: [output]
        )
    }
}
