import NotifyGuardCore
import Yams

/// Lure topics by language (`lure-topics.yaml`, named by `data_files.lure_topics`):
///
/// ```yaml
/// topics:
///   refund:
///     en: [refund, reimburse]
///     ru: [возврат]
/// ```
public enum LureTopicsFile {
    public static func parse(_ text: String, path: String) throws(ConfigError) -> LureTopics {
        let root = try ConfigLoader.compose(text, path: path)
        let reader = NodeReader(path: path)
        var topics: [LureTopics.Topic] = []
        for (key, keyNode, value) in try reader.mapping(root, "a lure topics file") {
            guard key == "topics" else { throw reader.fail(keyNode, "unknown key: \(key)") }
            for (name, nameNode, languages) in try reader.mapping(value, "topics") {
                guard !name.isEmpty else { throw reader.fail(nameNode, "topics has an empty name") }
                var stems: [(language: String, stems: [String])] = []
                for (language, languageNode, list) in try reader.mapping(languages, "topics.\(name)") {
                    guard !language.isEmpty else { throw reader.fail(languageNode, "topics.\(name) has an empty language") }
                    let key = "topics.\(name).\(language)"
                    guard case .sequence(let items) = list else { throw reader.fail(list, "\(key) must be a list") }
                    var entries: [String] = []
                    for item in items {
                        let stem = try reader.string(item, key)
                        // The search finds patterns of two bytes and more; a shorter stem would silently never match.
                        guard FoldedText(stem).bytes.count >= 2 else {
                            throw reader.fail(item, "\(key): \"\(stem)\" is too short (two bytes or more)")
                        }
                        entries.append(stem)
                    }
                    stems.append((language, entries))
                }
                topics.append(LureTopics.Topic(name: name, stems: stems))
            }
        }
        return LureTopics(topics)
    }
}
