import Foundation
import PackagePlugin

/// Generates `BuildInfo.swift` with the git commit the package is built from, for `notifyguard --version`, by
/// running `scripts/build-commit` (see there: "unknown" outside the package's own git checkout).
///
/// A prebuild command runs before every build, so the commit is current after each checkout; the script rewrites
/// the file only when the commit changes.
@main
struct EmbedBuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let package = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "generated")
        return [
            .prebuildCommand(
                displayName: "Recording the git commit for --version",
                executable: URL(filePath: "/bin/sh"),
                arguments: [package.appending(path: "scripts/build-commit").path(), package.path(), output.path()],
                outputFilesDirectory: output
            )
        ]
    }
}
