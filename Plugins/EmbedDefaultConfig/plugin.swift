import Foundation
import PackagePlugin

/// Generates `DefaultConfig.swift` from `config/notifyguard.yaml`, so the binary carries the shipped defaults
/// and runs from anywhere without a config file.
@main
struct EmbedDefaultConfig: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let input = context.package.directoryURL.appending(path: "config/notifyguard.yaml")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultConfig.swift")
        return [
            .buildCommand(
                displayName: "Embedding config/notifyguard.yaml",
                executable: try context.tool(named: "EmbedConfigTool").url,
                arguments: [input.path(), output.path()],
                inputFiles: [input],
                outputFiles: [output]
            )
        ]
    }
}
