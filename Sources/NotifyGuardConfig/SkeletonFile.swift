import Foundation
import NotifyGuardCore
import Yams

/// Files of learned template skeletons, which profiles include with `skeletons: [PATH]`:
///
/// ```yaml
/// skeletons:
///   - name: microsoft-tenant-welcome
///     samples: 3
///     segments:
///       - text: welcome to microsoft 365
///       - slot: {max_words: 3, max_bytes: 22}
/// ```
public enum SkeletonFile {
    /// `file` as named in a config at `configPath`: absolute, or relative to the config's directory.
    public static func resolve(_ file: String, relativeTo configPath: String) -> String {
        ConfigFile.resolve(file, relativeTo: configPath)
    }

    /// Reads the skeletons of the file at `path`; errors name that file and line (or the including config's line,
    /// `from`, when the file can't be read).
    static func read(path: String, from include: Node) throws(ConfigError) -> [TemplateSkeleton] {
        let text = try ConfigFile.read(path: path, reference: "skeleton file included at line \(include.mark?.line ?? 0)")
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws(ConfigError) -> [TemplateSkeleton] {
        let root = try ConfigLoader.compose(text, path: path)
        let reader = NodeReader(path: path)
        var skeletons: [TemplateSkeleton] = []
        for (key, keyNode, value) in try reader.mapping(root, "a skeleton file") {
            guard key == "skeletons" else { throw reader.fail(keyNode, "unknown key: \(key)") }
            guard case .sequence(let items) = value else { throw reader.fail(value, "skeletons must be a list") }
            for item in items { skeletons.append(try readSkeleton(item, reader)) }
        }
        return skeletons
    }

    private static func readSkeleton(_ node: Node, _ reader: NodeReader) throws(ConfigError) -> TemplateSkeleton {
        var name = ""
        var samples = 0
        var segments: [TemplateSkeleton.Segment] = []
        for (key, keyNode, value) in try reader.mapping(node, "a skeleton") {
            switch key {
            case "name": name = try reader.string(value, "name")
            case "samples": samples = try reader.integer(value, "samples", min: 0)
            case "segments":
                guard case .sequence(let items) = value else { throw reader.fail(value, "segments must be a list") }
                for item in items {
                    let entries = try reader.mapping(item, "a segment")
                    guard entries.count == 1, let (kind, kindNode, body) = entries.first else {
                        throw reader.fail(item, "a segment is either text: WORDS or slot: {max_words: N, max_bytes: N, addresses: BOOL}")
                    }
                    switch kind {
                    case "text":
                        let words = TemplateSkeleton.words(try reader.string(body, "text"))
                        guard !words.isEmpty else { throw reader.fail(body, "empty text segment") }
                        segments.append(.text(words))
                    case "slot":
                        var maxWords = 0
                        var maxBytes = 0
                        var addresses = false
                        for (k, kn, v) in try reader.mapping(body, "a slot") {
                            switch k {
                            case "max_words": maxWords = try reader.integer(v, "max_words", min: 0)
                            case "max_bytes": maxBytes = try reader.integer(v, "max_bytes", min: 0)
                            case "addresses": addresses = try reader.bool(v, "addresses")
                            default: throw reader.fail(kn, "unknown key in slot: \(k)")
                            }
                        }
                        segments.append(.slot(maxWords: maxWords, maxBytes: maxBytes, addresses: addresses))
                    default:
                        throw reader.fail(kindNode, "unknown segment kind: \(kind)")
                    }
                }
            default:
                throw reader.fail(keyNode, "unknown key in skeleton: \(key)")
            }
        }
        guard !name.isEmpty else { throw reader.fail(node, "skeleton without a name") }
        guard segments.contains(where: { if case .text = $0 { true } else { false } }) else {
            throw reader.fail(node, "skeleton \(name) has no constant text")
        }
        return TemplateSkeleton(name: name, segments: segments, samples: samples)
    }

    /// The YAML text of a skeleton file, `comment` lines first.
    public static func render(_ skeletons: [TemplateSkeleton], comment: [String]) throws -> String {
        let list: [[String: Any]] = skeletons.map { skeleton in
            [
                "name": skeleton.name,
                "samples": skeleton.samples,
                "segments": skeleton.segments.map { segment -> [String: Any] in
                    switch segment {
                    case .text(let words): return ["text": words.joined(separator: " ")]
                    case .slot(let maxWords, let maxBytes, let addresses):
                        var slot: [String: Any] = ["max_words": maxWords, "max_bytes": maxBytes]
                        if addresses { slot["addresses"] = true }
                        return ["slot": slot]
                    }
                },
            ]
        }
        let body = try Yams.dump(object: ["skeletons": list], width: -1, allowUnicode: true, sortKeys: true)
        return comment.map { "# \($0)\n" }.joined() + body
    }
}
