import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads the files the config consists of (the config itself, the data files and skeleton files it names), each
/// refused when larger than ``ConfigBounds/fileBytes`` before it is held whole.
///
/// A plain read loop rather than a size check: a FIFO or a file that grows while read reports no honest size.
enum ConfigFile {
    /// `file` as named in a config at `configPath`: absolute, or relative to the config's directory.
    static func resolve(_ file: String, relativeTo configPath: String) -> String {
        guard !file.hasPrefix("/") else { return file }
        let directory = (configPath as NSString).deletingLastPathComponent
        return directory.isEmpty ? file : directory + "/" + file
    }

    /// The text of the file at `path`; errors name the file, line 0, and `reference` (where it was named) if any.
    static func read(path: String, reference: String = "", limit: Int = ConfigBounds.fileBytes) throws(ConfigError)
        -> String
    {
        let suffix = reference.isEmpty ? "" : " (\(reference))"
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ConfigError(path: path, line: 0, message: "cannot read file: \(reason(errno))\(suffix)")
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ConfigError(path: path, line: 0, message: "cannot read file: \(reason(errno))\(suffix)")
            }
            if count == 0 { break }
            guard bytes.count + count <= limit else {
                throw ConfigError(path: path, line: 0, message: "file is larger than \(limit) bytes\(suffix)")
            }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
