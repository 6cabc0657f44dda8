/// A notification template's skeleton: the constant text every genuine message of the template carries, in order,
/// and the slots between where the platform fills in variable fields (a name, an organisation, a code), with how
/// long each slot ran in the samples it was learned from.
///
/// Learned offline from samples of the template, genuine or abused (see `learn`); matched against every message of its
/// profile, where the input is the attacker's: matching is in-order, greedy and bounded (see `match`).
public struct TemplateSkeleton: Sendable, Equatable {
    public enum Segment: Sendable, Equatable {
        /// Constant words, compared case-insensitively.
        case text([String])
        /// A variable field: the most words and UTF-8 bytes it held in the samples, and whether a sample held an
        /// e-mail address there (an organizer's, a sharer's, a seller's: such a field holds addresses by kind).
        case slot(maxWords: Int, maxBytes: Int, addresses: Bool = false)
    }

    public var name: String
    public var segments: [Segment]
    /// How many samples the skeleton was learned from.
    public var samples: Int

    public init(name: String, segments: [Segment], samples: Int) {
        self.name = name
        self.segments = segments
        self.samples = samples
    }

    /// Most words of a message (or of a sample) considered; the rest is ignored.
    public static let maxWords = 4_000
    /// Bytes of a text split into words at most.
    public static let maxTextBytes = 32_768
    /// Candidate positions tried per constant run when matching, which bounds matching time on hostile text.
    static let maxCandidates = 64
    /// Fewest words of a constant run that count as found where the run comes in pieces: single common words
    /// ("to", "the") would be found anywhere.
    static let minPiece = 3
    /// Most words compared per candidate; a longer run is found piece by piece, each adjacent to the last.
    static let maxPieceWords = 64

    /// The words of a text as skeletons compare them: split at white space, lowercased, at most `maxWords`.
    public static func words(_ text: String) -> [String] {
        // A template's text is short: what follows its first `maxTextBytes` is no part of it.
        WhitespaceWords.lowercased(UTF8Strings.prefix(text, maxBytes: maxTextBytes), maxWords: maxWords)
    }

    /// ``words(_:)`` as written: the same words, place for place, in their own case.
    static func wordsAsWritten(_ text: String) -> [String] {
        WhitespaceWords.asWritten(UTF8Strings.prefix(text, maxBytes: maxTextBytes), maxWords: maxWords)
    }

    // MARK: Matching

    /// How a message's words line up with the skeleton.
    public struct Match: Sendable, Equatable {
        /// Share of the skeleton's constant words found in order (0...1).
        public var coverage: Double
        /// Words the skeleton does not explain: between two constant runs where the template has no slot.
        public var unexplained: [String]
        /// Fields that ran far longer than in any sample.
        public var overlongSlots: [OverlongSlot]
        /// The words that filled the template's slots (where its users' text sits).
        public var slotText: [String]
        /// Where the name fields' words are among the message's words (name fields: slots that held neither an
        /// address nor free text in the samples), one range per field (slots with no constant text between them
        /// make one field).
        public var nameSlots: [Range<Int>] = []
        /// Those of `slotText` in free-text fields (a message, a description) that held no address in the samples.
        public var freeSlotText: [String] = []
    }

    /// A field that ran far longer than in any sample: its index among the skeleton's slots, the words it held,
    /// and the most the samples held.
    public struct OverlongSlot: Sendable, Equatable {
        public var slot: Int
        public var words: Int
        public var learned: Int
    }

    /// A field that held this many words in a sample is free text (a description, a message), not a name.
    static let freeTextWords = 12

    /// The most words a slot may hold before it counts as overlong, given the most the samples held: generous,
    /// since samples are few (twice the learned size plus eight words for a name; free text, whose length varies
    /// with what is said, four times plus forty).
    static func allowance(learned: Int) -> Int {
        learned >= freeTextWords ? learned * 4 + 40 : learned * 2 + 8
    }

    /// Lines `words` up with the skeleton: each constant run is looked for, in order, from where the previous one
    /// ended, piece by piece; words of a run that are not found are skipped. Time is bounded: per constant word at
    /// most `maxCandidates` tries of at most `maxPieceWords` comparisons.
    public func match(_ words: [String]) -> Match {
        match(IndexedWords(words, vocabulary: WordSet(Self.constantWords(of: [self]))))
    }

    /// The words of the skeletons' constant text.
    static func constantWords(of skeletons: [TemplateSkeleton]) -> Set<String> {
        var words: Set<String> = []
        for skeleton in skeletons {
            for case .text(let run) in skeleton.segments { words.formUnion(run) }
        }
        return words
    }

    /// A message's words (at most `maxWords`) and where each of `vocabulary` (the skeletons' constant words, all
    /// that matching looks up) occurs: built once per message, matched against each of its profile's skeletons.
    /// The places sit in one array, grouped by word and ascending within a group (a few arrays per message, not
    /// one per word).
    public struct IndexedWords {
        let words: [String]
        /// Each vocabulary word of the message: its group's number.
        private let groupOf: [String: Int]
        /// Group `g`'s places are `places[groupStarts[g]..<groupStarts[g + 1]]`.
        private let groupStarts: [Int]
        private let places: [Int]

        init(_ words: [String], vocabulary: WordSet) {
            let words = Array(words.prefix(TemplateSkeleton.maxWords))
            var groupOf: [String: Int] = [:]
            var groupSizes: [Int] = []
            var members: [(place: Int, group: Int)] = []
            members.reserveCapacity(words.count)
            for (place, word) in words.enumerated() where vocabulary.contains(word) {
                let group: Int
                if let known = groupOf[word] {
                    group = known
                } else {
                    group = groupSizes.count
                    groupOf[word] = group
                    groupSizes.append(0)
                }
                groupSizes[group] += 1
                members.append((place, group))
            }
            var groupStarts = [0]
            groupStarts.reserveCapacity(groupSizes.count + 1)
            for size in groupSizes { groupStarts.append(groupStarts[groupStarts.count - 1] + size) }
            var next = groupStarts
            var places = [Int](repeating: 0, count: members.count)
            for member in members {  // in text order: each group's places ascend
                places[next[member.group]] = member.place
                next[member.group] += 1
            }
            self.words = words
            self.groupOf = groupOf
            self.groupStarts = groupStarts
            self.places = places
        }

        /// The places of `word`, ascending (empty for a word not in the vocabulary or not in the message).
        func places(of word: String) -> ArraySlice<Int> {
            guard let group = groupOf[word] else { return [] }
            return places[groupStarts[group]..<groupStarts[group + 1]]
        }
    }

    public func match(_ indexed: IndexedWords) -> Match {
        let words = indexed.words

        var cursor = 0
        var constantWords = 0
        var foundWords = 0
        var unexplained: [String] = []
        var overlong: [OverlongSlot] = []
        var slotText: [String] = []
        var nameSlots: [Range<Int>] = []
        var freeSlotText: [String] = []
        // Slots passed since the last run that was found, their learned sizes and whether they hold addresses.
        var pendingSlots: [(index: Int, learned: Int, addresses: Bool)] = []
        var slotIndex = 0

        func settleGap(upTo end: Int) {
            let gap = words[cursor..<max(cursor, end)]
            if pendingSlots.isEmpty {
                unexplained += gap
            } else {
                slotText += gap
                if pendingSlots.contains(where: \.addresses) {
                    // A field that holds addresses by kind: an address there is the platform user's own.
                } else if pendingSlots.contains(where: { $0.learned >= Self.freeTextWords }) {
                    freeSlotText += gap
                } else {
                    if !gap.isEmpty { nameSlots.append(gap.indices) }
                }
                let learned = pendingSlots.reduce(0) { $0 + $1.learned }
                if gap.count > Self.allowance(learned: learned), let first = pendingSlots.first {
                    overlong.append(OverlongSlot(slot: first.index, words: gap.count, learned: learned))
                }
            }
        }

        for segment in segments {
            switch segment {
            case .slot(let maxWords, _, let addresses):
                pendingSlots.append((slotIndex, maxWords, addresses))
                slotIndex += 1
            case .text(let run):
                constantWords += run.count
                // The run may come in pieces (text was inserted inside it) or lose words (text was replaced).
                var offset = 0
                while offset < run.count {
                    guard let (start, length) = findPiece(run[offset...], in: indexed, from: cursor)
                    else {
                        offset += 1
                        continue
                    }
                    settleGap(upTo: start)
                    foundWords += length
                    cursor = start + length
                    offset += length
                    pendingSlots.removeAll(keepingCapacity: true)
                }
            }
        }
        settleGap(upTo: words.count)
        let coverage = constantWords == 0 ? 0 : Double(foundWords) / Double(constantWords)
        return Match(
            coverage: coverage, unexplained: unexplained, overlongSlots: overlong, slotText: slotText,
            nameSlots: nameSlots, freeSlotText: freeSlotText)
    }

    /// The earliest place at or after `cursor` where `piece` starts with at least `minPiece` words (or all of a
    /// shorter piece): its start and how many words of `piece` match there, at most `maxPieceWords`.
    private func findPiece(_ piece: ArraySlice<String>, in indexed: IndexedWords, from cursor: Int)
        -> (start: Int, length: Int)?
    {
        let words = indexed.words
        guard let first = piece.first else { return nil }
        let starts = indexed.places(of: first)
        guard !starts.isEmpty else { return nil }
        let needed = min(Self.minPiece, piece.count)
        // First candidate at or after the cursor (binary search: positions ascend).
        var low = starts.startIndex
        var high = starts.endIndex
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < cursor { low = middle + 1 } else { high = middle }
        }
        for start in starts[low...].prefix(Self.maxCandidates) {
            var length = 0
            let limit = min(piece.count, Self.maxPieceWords, words.count - start)
            while length < limit, words[start + length] == piece[piece.startIndex + length] { length += 1 }
            if length >= needed { return (start, length) }
        }
        return nil
    }
}
