#if canImport(Glibc)
import Glibc
#endif

/// Reads a config or skeleton file, refusing one larger than ``ConfigBounds/fileBytes`` before holding it all.
///
/// A plain read loop rather than a size check: a FIFO or a file that grows while read reports no honest size.
enum ConfigFile {
    static func read(path: String, limit: Int = ConfigBounds.fileBytes) throws(ConfigError) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ConfigError(path: path, line: 0, message: "cannot read file: \(reason(errno))") }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ConfigError(path: path, line: 0, message: "cannot read file: \(reason(errno))")
            }
            if count == 0 { break }
            guard bytes.count + count <= limit else {
                throw ConfigError(path: path, line: 0, message: "file is larger than \(limit) bytes")
            }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
