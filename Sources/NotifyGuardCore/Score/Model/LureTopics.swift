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
    /// What ``mayMention(_:in:maxBytes:)`` looks for of a topic: its stems that fold to ASCII, and the other
    /// scalars its folded stems hold.
    private struct Gate: Sendable {
        var asciiStems: ByteNeedles
        var otherScalars: Set<UInt32>
    }

    /// Each topic's gate, by topic name.
    private let gates: [String: Gate]

    public init(_ topics: [Topic] = []) {
        self.topics = topics
        gates = Dictionary(topics.map { topic in
            let folded = topic.stems.flatMap(\.stems).map { FoldedText($0).bytes }.filter { $0.count >= 2 }
            let ascii = folded.filter { $0.allSatisfy { $0 < 0x80 } }
            let others = folded.flatMap { String(decoding: $0, as: UTF8.self).unicodeScalars.map(\.value) }
            return (topic.name, Gate(asciiStems: ByteNeedles(ascii), otherScalars: Set(others.filter { $0 >= 0x80 })))
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

    /// Whether `FoldedText(text, maxBytes: maxBytes)` may mention `topic`, without folding the text: false only where
    /// the text can be shown to hold none of the topic's stems once folded.
    ///
    /// ASCII text folds to itself lowercased. In other text whose every scalar NFKC leaves as it is (or maps to
    /// ASCII: spaces, dots, `TM`), the folded text's ASCII runs are those of the text with its ASCII lowered and the
    /// letters that fold to ASCII (`İ`, `ı`, `ß`, `ẞ`) folded; its other scalars are the lowercase of the text's
    /// (final `ς` as `σ`). So ASCII stems are looked for in that projection, and a stem with another scalar needs one
    /// of its scalars among those lowercase forms. Text with any other scalar takes the full fold.
    public func mayMention(_ topic: String, in text: String, maxBytes: Int) -> Bool {
        guard let gate = gates[topic] else { return false }
        if UTF8Bytes.isASCII(text) { return gate.asciiStems.occurFoldingASCII(in: text, maxBytes: maxBytes) }
        guard let projection = FoldProjection.asciiRuns(of: text, maxBytes: maxBytes, stoppingAt: { lowered in
            !gate.otherScalars.isEmpty && gate.otherScalars.contains(lowered == 0x03C2 ? 0x03C3 : lowered)
        }) else { return true }
        return gate.asciiStems.occur(in: projection)
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
