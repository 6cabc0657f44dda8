/// The protected brands arranged for the scorer's two per-message questions, built once per policy: which
/// brands a text names, and which brands a domain might imitate.
///
/// Both answers come from lookups instead of a test per brand: with tens of brands and tens of domains per
/// message, testing every pair was a fifth of the scorer's time.
struct BrandIndex: Sendable {
    /// Brands of 6 or more letters, searched in the text's words run together ("Pay Pal", "metamask").
    private let compactNames: PatternSet
    private let compactOwners: [Int]
    /// Shorter brands, searched as words of the spaced text: " name " for 1 to 3 letters, " name" (a word start
    /// with at most `shortWordExtra` more characters, "Chase-Alert") for 4 and 5.
    private let wordNames: PatternSet
    private let wordOwners: [Int]
    private let wordIsPrefix: [Bool]
    private let wordLengths: [Int]
    /// Brand indices by the bytes of each of their registrable labels.
    private let labelOwners: [[UInt8]: [Int]]
    /// Per first byte, the labels long enough for the one-edit test: their brand and length.
    private let editLabels: [[(brand: Int, length: Int)]]

    /// How many characters a word may have beyond a 4- or 5-letter brand it starts with.
    static let shortWordExtra = 6

    init(_ brands: [Brand]) {
        var compactPatterns: [[UInt8]] = []
        var compactOwners: [Int] = []
        var wordPatterns: [[UInt8]] = []
        var wordOwners: [Int] = []
        var wordIsPrefix: [Bool] = []
        var labelOwners: [[UInt8]: [Int]] = [:]
        var editLabels = [[(brand: Int, length: Int)]](repeating: [], count: 256)
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
            for label in brand.labelBytes {
                if labelOwners[label]?.last != index { labelOwners[label, default: []].append(index) }
                if label.count >= Lookalike.minimumEditLength, let first = label.first {
                    editLabels[Int(first)].append((index, label.count))
                }
            }
        }
        compactNames = PatternSet(compactPatterns)
        self.compactOwners = compactOwners
        wordLengths = wordPatterns.map(\.count)
        wordNames = PatternSet(wordPatterns)
        self.wordOwners = wordOwners
        self.wordIsPrefix = wordIsPrefix
        self.labelOwners = labelOwners
        self.editLabels = editLabels
    }

    /// Which brands a text names, by index: `spaced` and `compact` are `Scorer.wordStrings(skeletonOf:)` of it.
    func brandsNamed(spaced: [UInt8], compact: [UInt8], brandCount: Int) -> [Bool] {
        var named = [Bool](repeating: false, count: brandCount)
        compactNames.forEachMatch(in: compact) { pattern, _ in
            named[compactOwners[pattern]] = true
            return true
        }
        spaced.withUnsafeBufferPointer { text in
            wordNames.forEachMatch(in: text) { pattern, offset in
                let brand = wordOwners[pattern]
                if !named[brand],
                    !wordIsPrefix[pattern] || Self.wordRest(text, from: offset + wordLengths[pattern]) <= Self.shortWordExtra
                {
                    named[brand] = true
                }
                return true
            }
        }
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

    /// Brands `candidate` could imitate: a superset of those for which `Lookalike.imitation(of:by:)` is non-nil
    /// for one of their labels. That test succeeds only when the folded label equals a brand label, one of its
    /// tokens does, or it has a long brand label's first letter and a length within one of it; each of those is
    /// a lookup here.
    func brandsPossiblyImitated(by candidate: Lookalike.Candidate) -> Set<Int> {
        var brands = Set<Int>()
        if let owners = labelOwners[candidate.folded] { brands.formUnion(owners) }
        for token in candidate.tokens where token.count >= Lookalike.minimumTokenLength {
            if let owners = labelOwners[token] { brands.formUnion(owners) }
        }
        if let first = candidate.folded.first {
            for label in editLabels[Int(first)] where abs(label.length - candidate.folded.count) <= 1 {
                brands.insert(label.brand)
            }
        }
        return brands
    }
}
