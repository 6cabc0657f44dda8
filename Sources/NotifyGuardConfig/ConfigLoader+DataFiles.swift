import Foundation
import NotifyGuardCore
import Yams

/// Where the files named in the `data_files:` section are read from.
public enum DataFileSource: Sendable {
    /// The copies built into the binary, whatever the section names: for the built-in config, and for config text
    /// that is not read from a file (nothing to be relative to).
    case builtIn
    /// The files the section names, relative to the config file's directory; a section left out keeps the built-in
    /// copies.
    case disk
}

/// The built-in copies of the data files.
extension ConfigLoader {
    /// The shipped `config/platforms.yaml`, built into the binary.
    public static var defaultPlatformsText: String { String(decoding: embeddedDefaultPlatformsBytes, as: UTF8.self) }
    /// The shipped `config/lure-topics.yaml`, built into the binary.
    public static var defaultLureTopicsText: String { String(decoding: embeddedDefaultLureTopicsBytes, as: UTF8.self) }

    /// The shipped skeleton files, built into the binary, by the name a profile's `skeletons:` gives
    /// (`skeletons/NAME.yaml`).
    public static var defaultSkeletonFiles: [String: String] {
        embeddedDefaultSkeletonFiles.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes the files the shipped config names beside it (data files and skeletons) into `directory`, as an
    /// install puts them beside `/etc/notifyguard/notifyguard.yaml`: for a copy of the shipped config elsewhere.
    public static func writeDefaultFiles(into directory: String) throws {
        var files = defaultSkeletonFiles
        files["platforms.yaml"] = defaultPlatformsText
        files["lure-topics.yaml"] = defaultLureTopicsText
        for (name, text) in files {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Both built-in data files parsed, once per process (each config load would otherwise parse them again).
    static let builtInDataFiles = Result { () throws(ConfigError) -> (platforms: PlatformRegistry, lureTopics: LureTopics) in
        (
            try PlatformsFile.parse(defaultPlatformsText, path: "config/platforms.yaml (built in)"),
            try LureTopicsFile.parse(defaultLureTopicsText, path: "config/lure-topics.yaml (built in)")
        )
    }
}

/// The skeleton files a profile includes.
extension NodeReader {
    /// The skeletons of `file` as a profile's `skeletons:` names it: for the built-in config, the copy built into
    /// the binary (`config/skeletons/*.yaml`); otherwise, or for a name not built in, the file relative to the
    /// config's directory.
    func readSkeletons(_ file: String, from include: Node) throws(ConfigError) -> [TemplateSkeleton] {
        if dataFiles == .builtIn, let bytes = embeddedDefaultSkeletonFiles[file] {
            return try SkeletonFile.parse(String(decoding: bytes, as: UTF8.self), path: "config/\(file) (built in)")
        }
        return try SkeletonFile.read(path: SkeletonFile.resolve(file, relativeTo: path), from: include)
    }
}

/// The `data_files:` section: `platforms` and `lure_topics`, each a file name relative to the config's directory.
extension NodeReader {
    func readDataFiles(_ node: Node, into policy: inout Policy) throws(ConfigError) {
        for (key, keyNode, value) in try mapping(node, "data_files") {
            let name = "data_files.\(key)"
            let file = try string(value, name)
            guard !file.isEmpty else { throw fail(value, "\(name) must name a file") }
            let resolved = ConfigFile.resolve(file, relativeTo: path)
            let reference = "\(name) at \(path):\(value.mark?.line ?? 0)"
            switch key {
            case "platforms":
                guard dataFiles == .disk else { continue }
                policy.platforms = try PlatformsFile.parse(
                    ConfigFile.read(path: resolved, reference: reference), path: resolved)
            case "lure_topics":
                guard dataFiles == .disk else { continue }
                policy.lureTopics = try LureTopicsFile.parse(
                    ConfigFile.read(path: resolved, reference: reference), path: resolved)
            default: throw fail(keyNode, "unknown key data_files.\(key)")
            }
        }
    }
}
