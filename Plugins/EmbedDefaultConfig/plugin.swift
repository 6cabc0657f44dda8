import Foundation
import PackagePlugin

/// Generates Swift sources from `config/notifyguard.yaml` and the data files it names (`platforms.yaml`,
/// `lure-topics.yaml`), so the binary carries the shipped defaults and runs from anywhere without a config file.
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
        return Self.files.map { name, source, variable in
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
    }
}
