import Foundation

/// Reads the files the config consists of (the config itself, the data files and skeleton files it names), each
/// bounded in size: a path pointed at something huge fails with a line, not with the daemon's memory.
enum ConfigFile {
    /// The most bytes a config or data file may have: the shipped ones are under 64 KiB.
    static let maxBytes = 4 << 20

    /// `file` as named in a config at `configPath`: absolute, or relative to the config's directory.
    static func resolve(_ file: String, relativeTo configPath: String) -> String {
        guard !file.hasPrefix("/") else { return file }
        let directory = (configPath as NSString).deletingLastPathComponent
        return directory.isEmpty ? file : directory + "/" + file
    }

    /// The text of the file at `path`; errors name the file, line 0, and `reference` (where it was named) if any.
    static func read(path: String, reference: String = "") throws(ConfigError) -> String {
        let suffix = reference.isEmpty ? "" : " (\(reference))"
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ConfigError(path: path, line: 0, message: "cannot read file\(suffix)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw ConfigError(path: path, line: 0, message: "cannot read file\(suffix)")
        }
        guard data.count <= maxBytes else {
            throw ConfigError(path: path, line: 0, message: "file larger than \(maxBytes >> 20) MiB\(suffix)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
