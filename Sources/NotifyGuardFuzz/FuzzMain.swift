import NotifyGuardCore

#if canImport(Glibc)
import Glibc
#endif

#if NOTIFYGUARD_FUZZING
import CFuzzerDriver
#endif

/// The parser's fuzz target. Built with `-sanitize=fuzzer -DNOTIFYGUARD_FUZZING` (see scripts/fuzz) it hands
/// control to libFuzzer; built plainly, it replays the files it is given, so the regression corpus also runs
/// as an ordinary program.
@main
struct FuzzMain {
    static func main() {
        #if NOTIFYGUARD_FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let bytes = readWholeFile(path) else { continue }
            _ = bytes.withUnsafeBufferPointer { fuzzOneInput($0.baseAddress, $0.count) }
            count += 1
        }
        print("replayed \(count) inputs")
        #endif
    }
}

/// The bytes of the file at `path`, or nil when it can't be opened.
func readWholeFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes += buffer[0..<n]
    }
    return bytes
}
