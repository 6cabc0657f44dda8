/// What a scam in a free-text field is about (`lure-topics.yaml`): refund, order, charge, renewal, prize, crypto, an
/// account problem, each by stems in many languages. A topic is broad on purpose and counts only beside a contact
/// channel in a field, never alone.
///
/// Stems match as substrings (no word boundaries) of ``FoldedText``, folded like the text, so capitals in any script
/// match; all stems of all topics are searched in one linear pass (``PatternSet``).
public struct LureTopics: Sendable {
    /// A topic and its stems by language code, as written in the file.
    public struct Topic: Sendable, Equatable {
        public var name: String
        public var stems: [(language: String, stems: [String])]

        public init(name: String, stems: [(language: String, stems: [String])]) {
            self.name = name
            self.stems = stems
        }

        public static func == (lhs: Topic, rhs: Topic) -> Bool {
            lhs.name == rhs.name && lhs.stems.elementsEqual(rhs.stems) { $0.language == $1.language && $0.stems == $1.stems }
        }
    }

    /// A topic found in a text, and one stem of it that was there (as written in the file).
    public struct Match: Sendable, Equatable {
        public var topic: String
        public var stem: String

        public init(topic: String, stem: String) {
            self.topic = topic
            self.stem = stem
        }
    }

    /// The topics in file order.
    public let topics: [Topic]
    /// Distinct folded stems (two bytes or more: the search's minimum), each with its first spelling and its topics.
    private let patterns: [(stem: String, topics: [Int])]
    private let search: PatternSet
    /// Each topic's stems that fold to ASCII, by topic name, for ``mayMention(_:in:maxBytes:)``.
    private let asciiStems: [String: ByteNeedles]

    public init(_ topics: [Topic] = []) {
        self.topics = topics
        asciiStems = Dictionary(topics.map { topic in
            let folded = topic.stems.flatMap(\.stems).map { FoldedText($0).bytes }
            return (topic.name, ByteNeedles(folded.filter { $0.count >= 2 && $0.allSatisfy { $0 < 0x80 } }))
        }, uniquingKeysWith: { first, _ in first })
        var patterns: [(stem: String, topics: [Int])] = []
        var bytes: [[UInt8]] = []
        var indexByBytes: [[UInt8]: Int] = [:]
        for (topicIndex, topic) in topics.enumerated() {
            for (_, stems) in topic.stems {
                for stem in stems {
                    let folded = FoldedText(stem).bytes
                    guard folded.count >= 2 else { continue }
                    if let index = indexByBytes[folded] {
                        if !patterns[index].topics.contains(topicIndex) { patterns[index].topics.append(topicIndex) }
                    } else {
                        indexByBytes[folded] = patterns.count
                        patterns.append((stem, [topicIndex]))
                        bytes.append(folded)
                    }
                }
            }
        }
        self.patterns = patterns
        search = PatternSet(bytes)
    }

    public var isEmpty: Bool { patterns.isEmpty }

    /// Whether `FoldedText(text, maxBytes: maxBytes)` may mention `topic`, without folding it: false only for ASCII
    /// text that holds none of the topic's stems, capitals lowered (folding changes nothing else in ASCII text, and
    /// a stem with other bytes can't occur in it). A topic that isn't in the file is never mentioned.
    public func mayMention(_ topic: String, in text: String, maxBytes: Int) -> Bool {
        guard let stems = asciiStems[topic] else { return false }
        guard UTF8Bytes.isASCII(text) else { return true }
        return stems.occurFoldingASCII(in: text, maxBytes: maxBytes)
    }

    /// The names of the topics `text` mentions, in file order (its first ``FoldedText/defaultMaxBytes`` bytes).
    public func topics(in text: String) -> [String] {
        topics(in: FoldedText(text))
    }

    /// The names of the topics `text` mentions, in file order.
    public func topics(in text: FoldedText) -> [String] {
        matches(in: text).map(\.topic)
    }

    /// Each topic `text` mentions, in file order, with the first of its stems found (in text order).
    public func matches(in text: FoldedText) -> [Match] {
        guard !patterns.isEmpty else { return [] }
        var stemOfTopic = [String?](repeating: nil, count: topics.count)
        var remaining = topics.count
        search.forEachMatch(in: text.bytes) { pattern, _ in
            // Invariant: pattern < patterns.count (the search's patterns are these), topic indices < topics.count.
            for topic in patterns[pattern].topics where stemOfTopic[topic] == nil {
                stemOfTopic[topic] = patterns[pattern].stem
                remaining -= 1
            }
            return remaining > 0
        }
        return stemOfTopic.enumerated().compactMap { index, stem in
            stem.map { Match(topic: topics[index].name, stem: $0) }
        }
    }
}
