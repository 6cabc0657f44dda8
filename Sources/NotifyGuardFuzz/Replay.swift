#if !NOTIFYGUARD_FUZZING
import NotifyGuardCore

#if canImport(Glibc)
import Glibc
#endif

/// Without libFuzzer (a plain `swift build`), the fuzz target replays the files it is given through the same entry,
/// so the regression corpus runs as an ordinary program too.
@main
struct Replay {
    static func main() {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let file = fopen(path, "rb") else { continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = fread(&buffer, 1, buffer.count, file)
                if n <= 0 { break }
                bytes += buffer[0..<n]
            }
            fclose(file)
            _ = bytes.withUnsafeBufferPointer { fuzzOneInput($0.baseAddress, $0.count) }
            count += 1
        }
        print("replayed \(count) inputs")
    }
}
#endif
