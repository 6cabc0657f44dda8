/// Learning a skeleton from samples of one template: genuine ones, abused ones, or both.
///
/// The constant text is what (nearly) every sample carries in the same order; whatever varies between samples is a
/// field. Abused samples teach the template as well as genuine ones, provided their injected texts differ (several
/// campaigns): each campaign's text is in one sample or a few, so it falls out as a field.
extension TemplateSkeleton {
    public enum LearnError: Error, Equatable, CustomStringConvertible {
        case tooFewSamples(Int)
        case nothingInCommon

        public var description: String {
            switch self {
            case .tooFewSamples(let count): "need at least 2 samples to tell constant text from fields, got \(count)"
            case .nothingInCommon: "the samples share no text: are they the same template?"
            }
        }
    }

    /// Share of the samples a word must be found in, in order, to be constant text. Below 1 so that a sample of
    /// another template or language, or one whose injected text replaced part of the template, doesn't wipe out
    /// the constant text of the rest.
    public static let defaultQuorum = 0.8

    /// Learns the skeleton of `samples` (each a message's words). One sample is the reference: the one whose words
    /// the most others share in order (a word-level longest common subsequence with each). Its words found in at
    /// least `quorum` of the samples (and in two at least) are the constant text; every place where a sample had
    /// other words becomes a slot sized by the largest fill seen, marked as holding addresses when one held one.
    public static func learn(name: String, samples: [[String]], quorum: Double = defaultQuorum)
        throws(LearnError) -> TemplateSkeleton
    {
        guard samples.count >= 2 else { throw .tooFewSamples(samples.count) }
        let samples = samples.map { Array($0.prefix(Self.maxWords)) }
        let needed = max(2, Int((min(max(quorum, 0), 1) * Double(samples.count)).rounded(.up)))

        // found[r][s][i]: where sample s has reference r's word i (nil: not in the common subsequence).
        var found = samples.map { _ in [[Int?]](repeating: [], count: samples.count) }
        for r in samples.indices {
            found[r][r] = samples[r].indices.map { Optional($0) }
            for s in samples.indices where s > r {
                let pairs = commonSubsequence(samples[r], samples[s])
                var forward = [Int?](repeating: nil, count: samples[r].count)
                var backward = [Int?](repeating: nil, count: samples[s].count)
                for (i, j) in pairs {
                    forward[i] = j
                    backward[j] = i
                }
                found[r][s] = forward
                found[s][r] = backward
            }
        }
        func constantIndices(of r: Int) -> [Int] {
            samples[r].indices.filter { i in found[r].count { $0[i] != nil } >= needed }
        }
        var best: (reference: Int, constant: [Int]) = (0, [])
        for r in samples.indices {
            let constant = constantIndices(of: r)
            if constant.count > best.constant.count { best = (r, constant) }
        }
        guard !best.constant.isEmpty else { throw .nothingInCommon }
        let reference = best.reference
        let constant = best.constant.map { samples[reference][$0] }

        // Gap g: the words before constant word g (g == constant.count: after the last). A sample that lacks some
        // constant words puts what it has instead into the gap before the first one it lacks, as matching does.
        var gapWords = [Int](repeating: 0, count: constant.count + 1)
        var gapBytes = [Int](repeating: 0, count: constant.count + 1)
        var gapAddresses = [Bool](repeating: false, count: constant.count + 1)
        for (s, sample) in samples.enumerated() {
            func record(_ gap: ArraySlice<String>, at index: Int) {
                gapWords[index] = max(gapWords[index], gap.count)
                gapBytes[index] = max(gapBytes[index], gap.reduce(0) { $0 + $1.utf8.count + 1 })
                if gap.contains(where: Self.looksLikeAddress) { gapAddresses[index] = true }
            }
            var gapStart = 0
            var gapIndex = 0
            for (g, i) in best.constant.enumerated() {
                guard let position = found[reference][s][i], position >= gapStart else { continue }
                record(sample[gapStart..<position], at: gapIndex)
                gapStart = position + 1
                gapIndex = g + 1
            }
            record(sample[min(gapStart, sample.count)...], at: gapIndex)
        }
        var segments: [Segment] = []
        var run: [String] = []
        for index in 0...constant.count {
            if gapWords[index] > 0 {
                if !run.isEmpty { segments.append(.text(run)) }
                run = []
                segments.append(
                    .slot(maxWords: gapWords[index], maxBytes: gapBytes[index], addresses: gapAddresses[index]))
            }
            if index < constant.count { run.append(constant[index]) }
        }
        if !run.isEmpty { segments.append(.text(run)) }
        return TemplateSkeleton(name: name, segments: segments, samples: samples.count)
    }

    /// A word that reads as an e-mail address: something, `@`, then a dotted domain.
    static func looksLikeAddress(_ word: String) -> Bool {
        guard let at = word.firstIndex(of: "@"), at != word.startIndex else { return false }
        return word[word.index(after: at)...].contains(".")
    }

    /// The pairs (i, j) of a longest common subsequence of `a` and `b` (classic dynamic programming over words;
    /// `learn` bounds both inputs to `maxWords`).
    static func commonSubsequence(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        guard !a.isEmpty, !b.isEmpty else { return [] }
        let width = b.count + 1
        var table = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] = a[i] == b[j]
                    ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }
}
