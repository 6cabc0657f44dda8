/// The protected brands arranged for the scorer's two per-message questions, built once per policy: which
/// brands a text names, and which brands a domain might imitate.
///
/// Both answers come from lookups instead of a test per brand and domain. A class (immutable, so shareable), so
/// reading it from the policy copies none of its tables.
final class BrandIndex: Sendable {
    /// Brands of 6 or more letters, searched in the text's words run together ("Pay Pal", "metamask").
    private let compactNames: PatternSet
    private let compactOwners: [Int]
    /// Shorter brands, searched as words of the spaced text: " name " for 1 to 3 letters, " name" (a word start
    /// with at most `shortWordExtra` more characters, "Chase-Alert") for 4 and 5.
    private let wordNames: PatternSet
    private let wordOwners: [Int]
    private let wordIsPrefix: [Bool]
    private let wordLengths: [Int]
    /// The brands' distinct registrable labels, and the brands (ascending) that have each.
    private let labels: [[UInt8]]
    private let labelOwners: [[Int]]
    /// Label indices by their bytes (the table's keys are `labels`, in order).
    private let labelTable: ByteStringTable
    /// Per first byte, the labels long enough for the one-edit test: their index and length.
    private let editLabels: [[(label: Int, length: Int)]]
    /// The words a host may carry a brand by: its registrable labels and its name's letters (`wellsfargo`), and the
    /// brands (ascending) that have each.
    private let hostWords: ByteStringTable
    private let hostWordOwners: [[Int]]

    /// How many characters a word may have beyond a 4- or 5-letter brand it starts with.
    static let shortWordExtra = 6

    /// The index of `brands`, whose registrable labels `publicSuffixes` tells.
    init(_ brands: [Brand], publicSuffixes: PublicSuffixList) {
        var compactPatterns: [[UInt8]] = []
        var compactOwners: [Int] = []
        var wordPatterns: [[UInt8]] = []
        var wordOwners: [Int] = []
        var wordIsPrefix: [Bool] = []
        var labels: [[UInt8]] = []
        var labelOwners: [[Int]] = []
        var labelIndices: [[UInt8]: Int] = [:]
        var editLabels = [[(label: Int, length: Int)]](repeating: [], count: 256)
        for (index, brand) in brands.enumerated() {
            // A whole-word match implies the others (the run-together text contains every word; a word starts
            // with itself), so each brand needs only the test its length calls for.
            switch brand.compactLength {
            case 6...:
                compactPatterns.append(brand.compactBytes)
                compactOwners.append(index)
            case 4, 5:
                wordPatterns.append(brand.wordStartBytes)
                wordOwners.append(index)
                wordIsPrefix.append(true)
            default:
                wordPatterns.append(brand.wordBytes)
                wordOwners.append(index)
                wordIsPrefix.append(false)
            }
            for label in brand.labels(in: publicSuffixes).map({ Array($0.utf8) }) {
                if let known = labelIndices[label] {
                    if labelOwners[known].last != index { labelOwners[known].append(index) }
                    continue
                }
                labelIndices[label] = labels.count
                if label.count >= Lookalike.minimumEditLength, let first = label.first {
                    editLabels[Int(first)].append((labels.count, label.count))
                }
                labels.append(label)
                labelOwners.append([index])
            }
        }
        compactNames = PatternSet(compactPatterns)
        self.compactOwners = compactOwners
        wordLengths = wordPatterns.map(\.count)
        wordNames = PatternSet(wordPatterns)
        self.wordOwners = wordOwners
        self.wordIsPrefix = wordIsPrefix
        self.labels = labels
        self.labelOwners = labelOwners
        labelTable = ByteStringTable(labels)
        self.editLabels = editLabels
        var hostWords = labels
        var hostWordOwners = labelOwners
        for (index, brand) in brands.enumerated() where brand.compactBytes.count >= 2 {
            if let known = hostWords.firstIndex(of: brand.compactBytes) {
                if !hostWordOwners[known].contains(index) { hostWordOwners[known].append(index) }
                hostWordOwners[known].sort()
            } else {
                hostWords.append(brand.compactBytes)
                hostWordOwners.append([index])
            }
        }
        self.hostWords = ByteStringTable(hostWords)
        self.hostWordOwners = hostWordOwners
    }

    /// Brands (ascending) one of whose words (``hostWords``) is a whole word of `host`, between its dots and
    /// hyphens: the only brands ``BrandEmbedding`` or a hyphenated service label can find there. One table lookup
    /// per word of at most 63 bytes.
    func brandsWorded(inHost host: String) -> [Int] {
        var found: [Int] = []
        var host = host
        host.withUTF8 { bytes in
            var start = 0
            for end in 0...bytes.count
            where end == bytes.count || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "-") {
                defer { start = end + 1 }
                guard end - start >= 2, end - start <= 63,
                    let word = hostWords.index(of: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                else { continue }
                for owner in hostWordOwners[word] where !found.contains(owner) { found.append(owner) }
            }
        }
        found.sort()
        return found
    }

    /// Which brands a text names, by index, ascending: `spaced` and `compact` are its ``SkeletonWords``. (A text
    /// names a brand or two at most: a short list, not a flag per brand.)
    func brandsNamed(spaced: [UInt8], compact: [UInt8]) -> [Int] {
        var named: [Int] = []
        compactNames.forEachMatch(in: compact) { pattern, _ in
            let brand = compactOwners[pattern]
            if !named.contains(brand) { named.append(brand) }
            return true
        }
        spaced.withUnsafeBufferPointer { text in
            wordNames.forEachMatch(in: text) { pattern, offset in
                let brand = wordOwners[pattern]
                if !named.contains(brand),
                    !wordIsPrefix[pattern] || Self.wordRest(text, from: offset + wordLengths[pattern]) <= Self.shortWordExtra
                {
                    named.append(brand)
                }
                return true
            }
        }
        if named.count > 1 { named.sort() }
        return named
    }

    /// How many characters (UTF-8 lead bytes) the word of a spaced text has from `start` to its end.
    private static func wordRest(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var characters = 0
        var index = start
        while index < text.count, text[index] != 0x20 {
            if text[index] & 0xC0 != 0x80 { characters += 1 }
            index += 1
        }
        return characters
    }

    /// Labels `candidate` could imitate: a superset of those for which `Lookalike.imitation(of:by:)` is non-nil.
    /// That test succeeds only when the folded label equals the brand label, one of its tokens does, or it has a
    /// long brand label's first letter and a length within one of it; each of those is a lookup here.
    private func labelsPossiblyImitated(by candidate: Lookalike.Candidate) -> [Int] {
        var found: [Int] = []
        if let label = labelTable.index(of: candidate.folded) { found.append(label) }
        for token in candidate.tokens where token.count >= Lookalike.minimumTokenLength {
            if let label = labelTable.index(of: token), !found.contains(label) { found.append(label) }
        }
        if let first = candidate.folded.first {
            for entry in editLabels[Int(first)] where abs(entry.length - candidate.folded.count) <= 1 {
                if !found.contains(entry.label) { found.append(entry.label) }
            }
        }
        return found
    }

    /// Whether a registrable label could imitate a brand label, answered without building its
    /// ``Lookalike/Candidate``: false only where the candidate would be nil (over 63 bytes) or
    /// ``brandsImitated(by:)`` empty. ASCII labels (nearly all) are folded into a stack buffer and tested as
    /// `Lookalike.imitation(of:by:)` tests each brand label, in place: the folded label is a brand label of four
    /// or more bytes but not the label as written (a brand's own domain is no imitation), one of its tokens is a
    /// brand label other than the whole folded label (lure words, which short labels need besides, are left to
    /// the full test), or it is one edit from a long brand label. Other labels answer true (the full test folds
    /// their skeleton).
    func mayBeImitated(byLabel label: Substring) -> Bool {
        label.utf8.withContiguousStorageIfAvailable { mayBeImitated(byLabel: $0) } ?? (label.utf8.count <= 63)
    }

    /// ``mayBeImitated(byLabel:)-(Substring)`` of a registrable domain's label (`Lookalike.registrableLabel`).
    func mayBeImitated(byLabelOf registrableDomain: String) -> Bool {
        // A domain not starting with a dot has as its label what precedes its first dot: asked in place.
        let inPlace = registrableDomain.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard let first = bytes.first, first != UInt8(ascii: ".") else { return nil }
            let end = ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: 0, to: bytes.count) ?? bytes.count
            return mayBeImitated(byLabel: UnsafeBufferPointer(rebasing: bytes[..<end]))
        }
        return (inPlace ?? nil) ?? mayBeImitated(byLabel: Lookalike.registrableLabel(registrableDomain))
    }

    /// ``mayBeImitated(byLabel:)-(Substring)`` of a label's UTF-8 bytes, in place.
    func mayBeImitated(byLabel original: UnsafeBufferPointer<UInt8>) -> Bool {
        guard original.count <= 63 else { return false }
        guard UTF8Bytes.isASCII(original) else { return true }
        let labels = self.labels
        let labelTable = self.labelTable
        let editLabels = self.editLabels
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer -> Bool in
            // fold writes at most original.count (<= 63) bytes.
            let folded = UnsafeBufferPointer(rebasing: buffer[0..<Lookalike.fold(original, into: buffer)])
            let unchanged = folded.count == original.count && ByteScan.equal(folded, original, count: folded.count)
            if let index = labelTable.index(of: folded), labels[index].count >= 4, !unchanged { return true }
            if let first = folded.first {
                for entry in editLabels[Int(first)] where abs(entry.length - folded.count) <= 1 {
                    let isOneEdit = labels[entry.label].withUnsafeBufferPointer {
                        Lookalike.editDistanceIsOne(folded, $0)
                    }
                    if isOneEdit { return true }
                }
            }
            /// Whether a run of ASCII letters of `bytes` of `minimumTokenLength` or more, folded first if
            /// `fold`, is a brand label other than the whole folded label.
            func hasLabelToken(_ bytes: UnsafeBufferPointer<UInt8>, fold: Bool) -> Bool {
                var start = 0
                while start < bytes.count {
                    var end = start
                    while end < bytes.count, ASCII.isAlpha(bytes[end]) { end += 1 }
                    if end - start >= Lookalike.minimumTokenLength {
                        let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
                        // A run of at most 63 bytes folds into at most 63, in a buffer of its own.
                        let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { runBuffer in
                            let token = fold
                                ? UnsafeBufferPointer(rebasing: runBuffer[0..<Lookalike.fold(run, into: runBuffer)])
                                : run
                            let whole = token.count == folded.count
                                && ByteScan.equal(token, folded, count: token.count)
                            return token.count >= Lookalike.minimumTokenLength && !whole
                                && labelTable.index(of: token) != nil
                        }
                        if found { return true }
                    }
                    start = end + 1
                }
                return false
            }
            if hasLabelToken(folded, fold: false) { return true }
            // Labels of other than lowercase letters and hyphens add the original's tokens, folded one by one.
            let plain = original.allSatisfy {
                ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: "-")
            }
            return !plain && hasLabelToken(original, fold: true)
        }
    }

    /// Brands `candidate` could imitate (see ``labelsPossiblyImitated(by:)``).
    func brandsPossiblyImitated(by candidate: Lookalike.Candidate) -> Set<Int> {
        Set(labelsPossiblyImitated(by: candidate).flatMap { labelOwners[$0] })
    }

    /// Brands (ascending) one of whose labels `candidate` imitates: those for which
    /// `brand.labels(in:).contains { Lookalike.imitation(of: $0, by: candidate) != nil }`, tested only on the labels
    /// it could imitate.
    func brandsImitated(by candidate: Lookalike.Candidate) -> [Int] {
        var brands: [Int] = []
        for label in labelsPossiblyImitated(by: candidate)
        where Lookalike.imitation(of: labels[label], by: candidate) != nil {
            brands += labelOwners[label]
        }
        guard brands.count > 1 else { return brands }
        brands.sort()
        var unique: [Int] = []
        for brand in brands where unique.last != brand { unique.append(brand) }
        return unique
    }
}
