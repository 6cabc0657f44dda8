import Foundation
import NotifyGuardCore
import Synchronization
import Yams

/// The Public Suffix List file the config names (`public_suffix_list`), read into the value the core is handed.
public enum PublicSuffixFile {
    /// Where Debian's `publicsuffix` package installs the list: the default when the config names none.
    public static let defaultPath = "/usr/share/publicsuffix/public_suffix_list.dat"

    /// Why a file is not a usable list.
    public enum Failure: Error, Equatable {
        case unreadable
        case noRules
    }

    /// The list in the file at `path`; fails when the file can't be read or holds no rule.
    public static func load(path: String) throws(Failure) -> PublicSuffixList {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable }
        let bytes = [UInt8](data)
        // Reloads and test setups read the same file again: its list is built again only when the bytes changed.
        if let known = lastRead.withLock({ $0 }), known.bytes == bytes { return known.list }
        let list = PublicSuffixList(text: String(decoding: bytes, as: UTF8.self))
        guard list.ruleCount > 0 else { throw .noRules }
        lastRead.withLock { $0 = (bytes, list) }
        return list
    }

    /// The last file read and its list.
    private static let lastRead = Mutex<(bytes: [UInt8], list: PublicSuffixList)?>(nil)
}

extension NodeReader {
    /// `public_suffix_list: PATH`, relative to the config's directory unless absolute.
    func publicSuffixListPath(_ node: Node) throws(ConfigError) -> String {
        let file = try string(node, "public_suffix_list")
        guard !file.isEmpty else { throw fail(node, "public_suffix_list must name a file") }
        return SkeletonFile.resolve(file, relativeTo: path)
    }

    /// The list at `file` (named at `node`, or the default when the config names none), or the error saying why
    /// it can't be used.
    func loadPublicSuffixList(_ file: String, namedAt node: Node?) throws(ConfigError) -> PublicSuffixList {
        do throws(PublicSuffixFile.Failure) {
            return try PublicSuffixFile.load(path: file)
        } catch {
            let named = node == nil ? "public_suffix_list (default \(file))" : "public_suffix_list \(file)"
            switch error {
            case .unreadable:
                throw fail(node, "\(named): cannot read the file (install Debian's publicsuffix package or name the list's file)")
            case .noRules:
                throw fail(node, "\(named): no suffix rules in the file (not a Public Suffix List?)")
            }
        }
    }
}
