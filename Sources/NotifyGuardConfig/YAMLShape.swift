// CYaml is the copy of libyaml that Yams builds; its event parser is the one place where aliases can be seen before
// they are expanded. Yams composes a document by copying each alias's node and hashing every mapping key, so a
// nest of aliases used as a key ("a billion laughs") costs time exponential in the nesting.
import CYaml

/// Bounds a YAML text's shape before Yams composes it: the nodes it stands for once its aliases are expanded,
/// and how deeply collections nest. One pass over libyaml's events, aliases counted by the size of what they name.
enum YAMLShape {
    static func check(
        _ text: String, path: String, maxNodes: Int = ConfigBounds.yamlNodes, maxDepth: Int = ConfigBounds.yamlDepth
    ) throws(ConfigError) {
        var bytes = Array(text.utf8)
        // Syntax errors are left to Yams, which reports them with its own wording; this pass only measures.
        let problem: ConfigError? = bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var counter = Counter(maxNodes: maxNodes, maxDepth: maxDepth)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    counter.add(1, anchor: name(event.data.scalar.anchor))
                case YAML_ALIAS_EVENT:
                    counter.addAlias(name(event.data.alias.anchor))
                case YAML_SEQUENCE_START_EVENT:
                    counter.open(anchor: name(event.data.sequence_start.anchor))
                case YAML_MAPPING_START_EVENT:
                    counter.open(anchor: name(event.data.mapping_start.anchor))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    counter.close()
                default:
                    break
                }
                if counter.tooDeep {
                    return ConfigError(path: path, line: line, message: "YAML nested more than \(maxDepth) levels deep")
                }
                if counter.tooLarge {
                    return ConfigError(
                        path: path, line: line, message: "YAML stands for more than \(maxNodes) nodes once its aliases are expanded")
                }
            }
        }
        if let problem { throw problem }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Expanded node counts: one per open collection, the total of the closed ones, and what each anchor names.
    /// Sums saturate just above the limit, so a bomb's counts stay small numbers.
    private struct Counter {
        let maxNodes: Int
        let maxDepth: Int
        var open: [(count: Int, anchor: String?)] = []
        var total = 0
        var anchors: [String: Int] = [:]

        init(maxNodes: Int, maxDepth: Int) {
            self.maxNodes = maxNodes
            self.maxDepth = maxDepth
        }

        var tooDeep: Bool { open.count > maxDepth }
        var tooLarge: Bool { total > maxNodes || (open.last?.count ?? 0) > maxNodes }

        mutating func add(_ count: Int, anchor: String? = nil) {
            if let anchor { anchors[anchor] = count }
            if open.isEmpty {
                total = min(total + count, maxNodes + 1)
            } else {
                open[open.count - 1].count = min(open[open.count - 1].count + count, maxNodes + 1)
            }
        }

        /// An alias stands for its anchor's nodes; an unknown one counts one (Yams reports it).
        mutating func addAlias(_ anchor: String?) {
            add(anchor.flatMap { anchors[$0] } ?? 1)
        }

        mutating func open(anchor: String?) {
            open.append((1, anchor))
        }

        mutating func close() {
            guard let closed = open.popLast() else { return }
            add(closed.count, anchor: closed.anchor)
        }
    }
}
