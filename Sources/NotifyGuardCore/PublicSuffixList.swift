#if canImport(Glibc)
import Glibc
#endif

/// The Public Suffix List, loaded from Debian's `publicsuffix` package, answering "what is the registrable domain".
public struct PublicSuffixList: Sendable {
    private var rules: Set<String> = []
    private var wildcards: Set<String> = []
    private var exceptions: Set<String> = []

    /// The system list (`/usr/share/publicsuffix/public_suffix_list.dat`), or a small built-in fallback if absent.
    public static let shared: PublicSuffixList = {
        if let text = readFile("/usr/share/publicsuffix/public_suffix_list.dat") {
            return PublicSuffixList(text: text)
        }
        return PublicSuffixList(text: "com\nnet\norg\nedu\ngov\nio\nco\nru\nde\nuk\nco.uk\nfr\njp\ncn\nbr\ncom.br\nxyz\ninfo\napp")
    }()

    /// True when the list came from the system file (tests of PSL-specific behaviour check this).
    public var isComplete: Bool { rules.count > 1000 }

    public init(text: String) {
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            if line.isEmpty || line.hasPrefix("//") { continue }
            let rule = line.lowercased()
            if rule.hasPrefix("!") {
                exceptions.insert(String(rule.dropFirst()))
            } else if rule.hasPrefix("*.") {
                wildcards.insert(String(rule.dropFirst(2)))
            } else {
                rules.insert(rule)
            }
        }
    }

    /// Whether `suffix` (e.g. `com`, `co.uk`) is a listed public suffix.
    public func isPublicSuffix(_ suffix: String) -> Bool {
        rules.contains(suffix) || wildcards.contains(String(suffix.drop(while: { $0 != "." }).dropFirst()))
    }

    /// The public suffix of `host` and whether a listed rule (not the implicit `*`) matched.
    public func publicSuffix(of host: String) -> (suffix: String, listed: Bool) {
        var bytes = host
        if let answer = bytes.withUTF8({ asciiPublicSuffix($0) }) { return answer }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count > 0 else { return (host, false) }
        // Longest match wins: walk from the longest candidate down.
        for start in 0..<labels.count {
            let candidate = labels[start...].joined(separator: ".")
            if exceptions.contains(candidate) {
                return (labels[(start + 1)...].joined(separator: "."), true)
            }
            if rules.contains(candidate) { return (candidate, true) }
            if start + 1 < labels.count, wildcards.contains(labels[(start + 1)...].joined(separator: ".")) {
                return (candidate, true)
            }
        }
        return (String(labels[labels.count - 1]), false)
    }

    /// ``publicSuffix(of:)`` for an ASCII host (nil otherwise), on bytes: the candidates are the host's own tails
    /// after each dot, so no labels are split off and joined again. For ASCII a Character is a byte, so the labels
    /// are the same as the String split's.
    private func asciiPublicSuffix(_ host: UnsafeBufferPointer<UInt8>) -> (suffix: String, listed: Bool)? {
        guard host.allSatisfy({ $0 < 0x80 }) else { return nil }
        func tail(_ start: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: host[start...]), as: UTF8.self) }
        var start = 0
        while true {
            let candidate = tail(start)
            let dot = ByteScan.index(of: UInt8(ascii: "."), in: host, from: start, to: host.count)
            if exceptions.contains(candidate) { return (dot.map { tail($0 + 1) } ?? "", true) }
            if rules.contains(candidate) { return (candidate, true) }
            guard let dot else { return (candidate, false) }
            if wildcards.contains(tail(dot + 1)) { return (candidate, true) }
            start = dot + 1
        }
    }

    /// The registrable domain (public suffix plus one label), or nil when `host` is itself a suffix.
    public func registrableDomain(_ host: String) -> String? {
        let (suffix, _) = publicSuffix(of: host)
        guard host.utf8.count > suffix.utf8.count else { return nil }
        let prefix = host.dropLast(suffix.count + 1)
        let label = prefix.split(separator: ".").last ?? prefix
        return "\(label).\(suffix)"
    }
}

/// Reads a whole small file; nil when it can't be opened.
func readFile(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64 << 10)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
}
