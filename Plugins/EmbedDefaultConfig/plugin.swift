import Foundation
import PackagePlugin

/// Generates `DefaultConfig.swift` from `config/notifyguard.yaml`, so the binary carries the shipped defaults
/// and runs from anywhere without a config file. The bytes become a Swift array literal (no escaping pitfalls),
/// written by `od` and `sed` so no extra executable has to be built for the host.
@main
struct EmbedDefaultConfig: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let input = context.package.directoryURL.appending(path: "config/notifyguard.yaml")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultConfig.swift")
        let script = """
            set -e
            {
              echo '// Generated from config/notifyguard.yaml by the EmbedDefaultConfig plugin. Do not edit.'
              echo 'let embeddedDefaultConfigBytes: [UInt8] = ['
              od -An -v -tu1 "$1" | sed -e 's/^ *//' -e 's/  */, /g' -e 's/$/,/' -e '/^,$/d'
              echo ']'
            } > "$2.tmp"
            mv "$2.tmp" "$2"
            """
        return [
            .buildCommand(
                displayName: "Embedding config/notifyguard.yaml",
                executable: URL(filePath: "/bin/sh"),
                arguments: ["-c", script, "embed", input.path(), output.path()],
                inputFiles: [input],
                outputFiles: [output]
            )
        ]
    }
}
