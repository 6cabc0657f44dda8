#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed set of byte patterns searched for together: one pass over the text finds every occurrence of every
/// pattern, where searching pattern by pattern costs a pass each.
///
/// The pass looks at every `step`-th position only (q-gram sampling). With `minLength` the shortest pattern's
/// length and `gramLength` (2 to 4) at most that, `step` is `minLength - gramLength + 1`: every occurrence of a
/// pattern of that length or more covers `step` consecutive gram positions, so exactly one sampled position falls
/// on one of them. Each pattern contributes the grams at `step` consecutive offsets of its own (where its bytes look
/// least common, so that ordinary text rarely hits them); a bit table of their hashes turns nearly all sampled
/// positions away, and a hit compares only the patterns whose gram it is, at the start that gram implies. Found
/// occurrences wait (a few, briefly) until no earlier one can still be found, so they are reported in order. Work
/// is linear in the text times the patterns sharing a gram. Patterns must be at least two bytes long; shorter ones
/// are left out (and never match).
///
/// One short pattern would hold the step down for all (a four-byte `usdt` among phrases of ten and more), so up to
/// eight of the shortest may be searched apart instead, where that is estimated to cost less: each by `memchr` for
/// its least common byte or, where that byte is a letter (which stops `memchr` every few dozen bytes of text), by a
/// 16-byte scan for its least common pair of bytes; each such search's occurrences merged in order with the
/// sampled ones.
///
/// A class (immutable, so shareable): a search and every closure over it retain one object, not each of its seven
/// tables.
final class PatternSet: Sendable {
    /// The patterns' bytes, one after the other (each entry knows where its pattern's are).
    private let bytes: [UInt8]
    private let patternCount: Int
    /// Bytes per gram (2 to 4), kept of a little-endian 32-bit load by `gramMask`.
    private let gramLength: Int
    private let gramMask: UInt32
    /// Distance between sampled positions (at least 1).
    private let step: Int
    /// Entry `hash >> gramShift` non-zero for every contributed gram: one byte per entry, so that a sampled position
    /// costs one load and compare where a bit table needed a word index, a bit index and a bit test. 2^8 to 2^16
    /// entries, about 64 per gram (under 2% of them set).
    private let gramTable: [UInt8]
    private let gramShift: UInt32
    /// Open addressing on the top `slotBits` bits of the hash: each used slot holds a gram and its run of `entries`.
    private let slots: [Slot]
    private let slotBits: Int
    private let entries: [Entry]
    /// The largest pattern offset of a contributed gram: an occurrence is found at most this far past its start.
    private let maxOffset: Int

    /// A gram and where its entries are in `entries`.
    private struct Slot {
        var gram: UInt32
        var first: Int
        /// 0: the slot is free.
        var count: Int
    }

    /// A pattern, the offset in it of the gram that finds it, and what comparing it needs: its length, where its
    /// bytes start in `bytes`, and its first (up to) eight bytes as a little-endian word with the mask of them.
    private struct Entry {
        var pattern: Int
        var offset: Int
        var length: Int
        var bytesStart: Int
        var head: UInt64
        var headMask: UInt64
    }

    /// Patterns searched apart from the sampled ones, in pattern order: by `memchr` for one byte of theirs (`anchor`,
    /// at `anchorOffset`), or where `byPair` by a vector scan for the two bytes at `anchorOffset`, `anchor` and
    /// `second`.
    private let shortPatterns: [ShortPattern]

    /// A pattern searched apart: where its bytes are, and the byte (or pair of bytes) the search looks for.
    private struct ShortPattern {
        var pattern: Int
        var bytesStart: Int
        var length: Int
        var anchor: UInt8
        var anchorOffset: Int
        var byPair: Bool
        var second: UInt8
    }

    /// How far into a pattern its grams may be chosen (bounds how long found occurrences wait).
    static let maxGramStart = 12
    /// The most patterns searched apart.
    static let maxShortPatterns = 8

    init(_ patterns: [[UInt8]]) {
        patternCount = patterns.count
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for pattern in patterns {
            starts.append(bytes.count)
            bytes += pattern
        }
        self.bytes = bytes
        // The k shortest patterns (k from 0 to 8) go apart where the estimated instructions per text byte are least:
        // the sampled pass costs about 14 per sampled position, a search apart about 0.15 (memchr) plus 20 per
        // occurrence of its anchor byte, or 0.6 (the pair scan) where that byte is a letter. Estimates only: either
        // way every occurrence is found.
        let byLength = patterns.indices.filter { patterns[$0].count >= 2 }.sorted {
            (patterns[$0].count, $0) < (patterns[$1].count, $1)
        }
        func anchor(of pattern: [UInt8]) -> Int {
            pattern.indices.min { Self.letterFrequency(pattern[$0]) < Self.letterFrequency(pattern[$1]) } ?? 0
        }
        /// The offset of the pattern's adjacent two bytes ordinary text holds least often.
        func pair(of pattern: [UInt8]) -> Int {
            func commonness(_ offset: Int) -> Double {
                let bigram = UInt16(pattern[offset]) | UInt16(pattern[offset + 1]) << 8
                return Self.letterFrequency(pattern[offset]) * Self.letterFrequency(pattern[offset + 1])
                    * (Self.commonBigrams.contains(bigram) ? 20 : 1)
            }
            return (0..<(pattern.count - 1)).min { commonness($0) < commonness($1) } ?? 0
        }
        /// Whether a pattern's least common byte is too common for memchr: a letter or a space.
        func byPair(_ pattern: [UInt8]) -> Bool { Self.letterFrequency(pattern[anchor(of: pattern)]) > 1 }
        func sampledCost(shortest: Int) -> Double {
            let gramLength = shortest >= 6 ? 4 : min(shortest, 3)
            return 14 / Double(min(8, shortest - gramLength + 1))
        }
        var apart = 0
        var best = byLength.isEmpty ? 0 : sampledCost(shortest: patterns[byLength[0]].count)
        var apartCost = 0.0
        for k in stride(from: 1, through: min(Self.maxShortPatterns, byLength.count), by: 1) {
            let pattern = patterns[byLength[k - 1]]
            apartCost += byPair(pattern) ? 0.6 : 0.15 + 20 * Self.letterFrequency(pattern[anchor(of: pattern)]) / 100
            let cost = apartCost + (k < byLength.count ? sampledCost(shortest: patterns[byLength[k]].count) : 0)
            if cost < best {
                best = cost
                apart = k
            }
        }
        shortPatterns = byLength.prefix(apart).sorted().map { index in
            let pattern = patterns[index]
            let paired = byPair(pattern)
            let offset = paired ? pair(of: pattern) : anchor(of: pattern)
            return ShortPattern(
                pattern: index, bytesStart: starts[index], length: pattern.count, anchor: pattern[offset],
                anchorOffset: offset, byPair: paired, second: paired ? pattern[offset + 1] : 0)
        }
        let usable = byLength.dropFirst(apart).sorted()
        let minLength = usable.map { patterns[$0].count }.min() ?? 2
        // Four-byte grams are the sharpest filter; three or two where short patterns would leave a step of 1 or 2.
        let gramLength = minLength >= 6 ? 4 : min(minLength, 3)
        let step = min(8, minLength - gramLength + 1)
        self.gramLength = gramLength
        gramMask = gramLength == 4 ? 0xFFFF_FFFF : (1 << UInt32(8 * gramLength)) - 1
        self.step = step

        var byGram: [UInt32: [Entry]] = [:]
        var grams: [UInt32] = []
        var maxOffset = 0
        for index in usable {
            let pattern = patterns[index]
            func gram(at offset: Int) -> UInt32 {
                (0..<gramLength).reduce(0) { $0 | UInt32(pattern[offset + $1]) << UInt32(8 * $1) }
            }
            // The run of `step` grams that ordinary text holds least often, going by how common their letters are
            // and shunning the commonest English three-letter sequences.
            func trigram(at offset: Int) -> UInt32 {
                offset + 3 <= pattern.count
                    ? UInt32(pattern[offset]) | UInt32(pattern[offset + 1]) << 8 | UInt32(pattern[offset + 2]) << 16 : 0
            }
            func commonness(at offset: Int) -> Double {
                let letters = pattern[offset..<(offset + gramLength)].reduce(1) { $0 * Self.letterFrequency($1) }
                // A gram of three or four bytes starting with one, or of four ending with one.
                let common = (gramLength >= 3 && Self.commonTrigrams.contains(trigram(at: offset)))
                    || (gramLength == 4 && Self.commonTrigrams.contains(trigram(at: offset + 1)))
                return common ? letters * 100 : letters
            }
            let lastStart = min(pattern.count - gramLength - step + 1, Self.maxGramStart)
            let gramCosts = (0..<(lastStart + step)).map(commonness(at:))
            let costs = (0...lastStart).map { first in gramCosts[first..<(first + step)].reduce(0, +) }
            let first = costs.indices.min { costs[$0] < costs[$1] } ?? 0
            var head: UInt64 = 0
            for (offset, byte) in pattern.prefix(8).enumerated() { head |= UInt64(byte) << UInt64(8 * offset) }
            let headMask: UInt64 = pattern.count >= 8 ? .max : (1 << UInt64(8 * pattern.count)) - 1
            for offset in first..<(first + step) {
                let value = gram(at: offset)
                if byGram[value] == nil { grams.append(value) }
                byGram[value, default: []].append(Entry(
                    pattern: index, offset: offset, length: pattern.count, bytesStart: starts[index], head: head,
                    headMask: headMask))
                maxOffset = max(maxOffset, offset)
            }
        }
        self.maxOffset = maxOffset

        var tableBits = 8
        while tableBits < 16 && 1 << tableBits < 64 * grams.count { tableBits += 1 }
        var gramTable = [UInt8](repeating: 0, count: grams.isEmpty ? 0 : 1 << tableBits)
        gramShift = UInt32(32 - tableBits)
        var slotBits = 4
        while 1 << slotBits < 2 * grams.count { slotBits += 1 }
        var slots = [Slot](repeating: Slot(gram: 0, first: 0, count: 0), count: grams.isEmpty ? 0 : 1 << slotBits)
        var entries: [Entry] = []
        for value in grams {
            let hash = Self.hash(value)
            gramTable[Int(hash >> gramShift)] = 1
            var slot = Int(hash >> UInt32(32 - slotBits))
            while slots[slot].count != 0 { slot = (slot + 1) & (slots.count - 1) }
            let run = byGram[value] ?? []
            slots[slot] = Slot(gram: value, first: entries.count, count: run.count)
            entries += run
        }
        self.gramTable = gramTable
        self.slots = slots
        self.slotBits = slotBits
        self.entries = entries
    }

    var isEmpty: Bool { patternCount == 0 }

    @inline(__always)
    private static func hash(_ gram: UInt32) -> UInt32 { gram &* 2_654_435_761 }

    /// Three-letter sequences ordinary (English) text is full of; only the choice of grams depends on them.
    private static let commonTrigrams = Set(("the and ing ion tio ent ati for her ter hat tha ere ate his con res ver "
        + "all ons nce men ith ted ers pro thi wit are ess not ive was ect rea com eve per int est sta cti ica ist ear "
        + "ain one our iti rat you").split(separator: " ").map { trigram in
            trigram.utf8.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << UInt32(8 * $1.offset) }
        })

    /// Two-letter sequences ordinary (English) text is full of (first byte in the low half); only the choice of the
    /// pair a pattern searched apart is found by depends on them.
    private static let commonBigrams = Set(("th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng "
        + "se ha as ou io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur us").split(separator: " ")
        .map { bigram in bigram.utf8.enumerated().reduce(UInt16(0)) { $0 | UInt16($1.element) << UInt16(8 * $1.offset) } })

    /// Roughly how often a byte occurs in (English) text, per cent; only the choice of grams depends on it.
    private static func letterFrequency(_ byte: UInt8) -> Double {
        switch byte {
        case 0x20: return 18
        case 0x0A: return 5
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            return [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.8, 4.0, 2.4, 6.7, 7.5, 1.9, 0.1, 6.0, 6.3,
                9.1, 2.8, 1.0, 2.4, 0.15, 2.0, 0.07][Int(byte - UInt8(ascii: "a"))]
        default: return 1
        }
    }

    /// The first sampled position at or after `position` whose gram's entry is set, or a position past `count - 4`
    /// (the last positions, where no four-byte load fits, are the caller's). A function of its own, not inlined, so
    /// that its few values stay in registers: this is where nearly all the time goes. Four positions per round while
    /// all loads fit. For grams shorter than four bytes (`mask` keeps theirs of the load).
    @inline(never)
    private static func nextMaskedHit(
        _ base: UnsafePointer<UInt8>, count: Int, from position: Int, step: Int, mask: UInt32,
        table: UnsafeBufferPointer<UInt8>, shift: UInt32
    ) -> Int {
        nextHit(base, count: count, from: position, step: step, mask: mask, table: table, shift: shift)
    }

    /// `nextMaskedHit` for four-byte grams (the usual ones), with no mask to apply.
    @inline(never)
    private static func nextWordHit(
        _ base: UnsafePointer<UInt8>, count: Int, from position: Int, step: Int, table: UnsafeBufferPointer<UInt8>,
        shift: UInt32
    ) -> Int {
        nextHit(base, count: count, from: position, step: step, mask: 0xFFFF_FFFF, table: table, shift: shift)
    }

    @inline(__always)
    private static func nextHit(
        _ base: UnsafePointer<UInt8>, count: Int, from position: Int, step: Int, mask: UInt32,
        table: UnsafeBufferPointer<UInt8>, shift: UInt32
    ) -> Int {
        // Invariant: `table` holds 2^(32 - shift) entries (built so, and checked here), and a 32-bit hash shifted
        // right by `shift` is below that.
        guard let entries = table.baseAddress, shift < 32, table.count == 1 << (32 - shift) else { return count }
        @inline(__always) func isSet(_ position: Int) -> Bool {
            let hash = Self.hash(UnsafeRawPointer(base + position).loadUnaligned(as: UInt32.self).littleEndian & mask)
            return entries[Int(hash >> shift)] != 0
        }
        // Invariant: every load is at a position with position + 4 <= count. Positions stay below count + 4 * step,
        // far from overflowing.
        let last = count - 4
        let stride = 4 &* step
        var position = position
        while position &+ 3 &* step <= last {
            if isSet(position) { return position }
            if isSet(position &+ step) { return position &+ step }
            if isSet(position &+ 2 &* step) { return position &+ 2 &* step }
            if isSet(position &+ 3 &* step) { return position &+ 3 &* step }
            position &+= stride
        }
        while position <= last {
            if isSet(position) { return position }
            position = position &+ step
        }
        return position
    }

    /// Calls `body(pattern, offset)` for every occurrence of every pattern in `text`, in order of offset (patterns
    /// at one offset in the order they were given). `body` returns false to stop the search.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (_ pattern: Int, _ offset: Int) -> Bool) {
        guard !entries.isEmpty || !shortPatterns.isEmpty else { return }
        // The searches apart keep two numbers per pattern, on the stack (a text is often a few bytes, where two
        // arrays would cost more than the search).
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * shortPatterns.count) { state in
            bytes.withUnsafeBufferPointer { patternBytes in
                let apart = ApartSearch(text: text, patterns: shortPatterns, patternBytes: patternBytes, state: state)
                // The sampled occurrences, each after the searched-apart ones before it; then the rest of those.
                let finished = entries.isEmpty || text.count < gramLength || gramTable.withUnsafeBufferPointer { table in
                    slots.withUnsafeBufferPointer { slots in
                        entries.withUnsafeBufferPointer { entries in
                            scan(text, table: table, slots: slots, entries: entries, patternBytes: patternBytes) {
                                apart.report(before: ($1, $0), body) && body($0, $1)
                            }
                        }
                    }
                }
                if finished { _ = apart.report(before: (Int.max, Int.max), body) }
            }
        }
    }

    /// How many patterns are searched apart (for tests).
    var searchedApart: Int { shortPatterns.count }

    /// The searches apart over one text: per short pattern its next occurrence, found when first asked for.
    private struct ApartSearch {
        let text: UnsafeBufferPointer<UInt8>
        let patterns: [ShortPattern]
        let patternBytes: UnsafeBufferPointer<UInt8>
        /// Per pattern, the start of its next occurrence not yet reported (-1: not looked for yet, `Int.max`: none
        /// left), and after it where the look for that begins: `state[2 * index]` and `state[2 * index + 1]`.
        let state: UnsafeMutableBufferPointer<Int>

        init(
            text: UnsafeBufferPointer<UInt8>, patterns: [ShortPattern], patternBytes: UnsafeBufferPointer<UInt8>,
            state: UnsafeMutableBufferPointer<Int>
        ) {
            self.text = text
            self.patterns = patterns
            self.patternBytes = patternBytes
            // Invariant: state.count >= 2 * patterns.count (the caller allocates so); else nothing is searched apart.
            self.state = state
            for index in patterns.indices where 2 * index + 1 < state.count {
                state[2 * index] = -1
                state[2 * index + 1] = 0
            }
        }

        private func next(_ index: Int) -> Int { state[2 * index] }
        private func from(_ index: Int) -> Int { state[2 * index + 1] }

        /// The first occurrence of pattern `index` starting at or after `from[index]`, or `Int.max`.
        private func find(_ index: Int) -> Int {
            let pattern = patterns[index]
            guard let base = text.baseAddress, let patternBase = patternBytes.baseAddress, pattern.length <= text.count,
                pattern.bytesStart >= 0, pattern.bytesStart + pattern.length <= patternBytes.count
            else { return Int.max }
            /// Whether the pattern starts at `start`, for `start >= 0` with `start + length <= text.count` (both
            /// reads inside their buffers). Byte by byte: these are the shortest patterns, and most candidates
            /// differ within a byte or two of the anchor.
            func matches(at start: Int) -> Bool {
                let anchor = pattern.anchorOffset
                guard base[start + anchor] == patternBase[pattern.bytesStart + anchor] else { return false }
                for offset in 0..<pattern.length where base[start + offset] != patternBase[pattern.bytesStart + offset] {
                    return false
                }
                return true
            }
            // Anchors at a + anchorOffset for starts a in from...text.count - length.
            var at = from(index) + pattern.anchorOffset
            let end = text.count - pattern.length + pattern.anchorOffset + 1
            if pattern.byPair {
                // The pair ends at most at end - 1 + 1 <= text.count - 1 (anchorOffset <= length - 2).
                while let hit = PatternSet.pairIndex(pattern.anchor, pattern.second, in: text, from: at, to: end) {
                    let start = hit - pattern.anchorOffset
                    if matches(at: start) { return start }
                    at = hit + 1
                }
                return Int.max
            }
            while let hit = ByteScan.index(of: pattern.anchor, in: text, from: at, to: end) {
                let start = hit - pattern.anchorOffset
                // start >= from(index) >= 0 and start + length <= text.count: the comparison stays inside both.
                if matches(at: start) { return start }
                at = hit + 1
            }
            return Int.max
        }

        /// Reports, in order, the occurrences before `limit` (offset, then pattern); false when `body` said stop.
        func report(before limit: (offset: Int, pattern: Int), _ body: (Int, Int) -> Bool) -> Bool {
            guard !patterns.isEmpty, state.count >= 2 * patterns.count else { return true }
            while true {
                var first = -1
                for index in patterns.indices {
                    if next(index) == -1 { state[2 * index] = find(index) }
                    if next(index) != Int.max,
                        first == -1 || (next(index), patterns[index].pattern) < (next(first), patterns[first].pattern)
                    {
                        first = index
                    }
                }
                guard first >= 0, (next(first), patterns[first].pattern) < limit else { return true }
                guard body(patterns[first].pattern, next(first)) else { return false }
                state[2 * first + 1] = next(first) + 1
                state[2 * first] = -1
            }
        }
    }

    /// The first position in `from..<end` where `first` is followed by `second` (`end <= text.count - 1`, so the
    /// second byte is inside the text), or nil: 32 bytes per step with two pairs of 16-byte loads at one byte apart.
    static func pairIndex(_ first: UInt8, _ second: UInt8, in text: UnsafeBufferPointer<UInt8>, from: Int, to end: Int)
        -> Int?
    {
        guard let base = text.baseAddress, from >= 0, end <= text.count - 1 else { return nil }
        let firsts = ByteVector.Lanes(repeating: first)
        let seconds = ByteVector.Lanes(repeating: second)
        @inline(__always) func pairs(at offset: Int) -> ByteVector.Mask {
            (ByteVector.load(base, at: offset) .== firsts) .& (ByteVector.load(base, at: offset + 1) .== seconds)
        }
        @inline(__always) func anySet(_ mask: ByteVector.Mask) -> Bool {
            let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
            return halves[0] | halves[1] != 0
        }
        var position = from
        // Invariant: position + 33 <= text.count (below 17), so every load, the second one a byte on, is inside;
        // position stays below text.count, far from overflowing.
        let pairsEnd = min(end, text.count - 2 * ByteVector.width)
        while position < pairsEnd {
            let low = pairs(at: position)
            let high = pairs(at: position &+ ByteVector.width)
            if anySet(low .| high) {
                let hit = ByteVector.firstSet(low).map { position + $0 }
                    ?? position + ByteVector.width + (ByteVector.firstSet(high) ?? 0)
                return hit < end ? hit : nil
            }
            position &+= 2 * ByteVector.width
        }
        if position < end, position + ByteVector.width + 1 <= text.count {
            if let lane = ByteVector.firstSet(pairs(at: position)) { return position + lane < end ? position + lane : nil }
            position += ByteVector.width
        }
        // Invariant: position < end <= text.count - 1, so position + 1 is inside.
        while position < end {
            if base[position] == first && base[position + 1] == second { return position }
            position += 1
        }
        return nil
    }

    /// The sampled search of `forEachMatch(in:_:)`, with the tables in hand; false when `body` said stop.
    @inline(__always)
    private func scan(
        _ text: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>, slots: UnsafeBufferPointer<Slot>,
        entries: UnsafeBufferPointer<Entry>, patternBytes: UnsafeBufferPointer<UInt8>,
        _ body: (_ pattern: Int, _ offset: Int) -> Bool
    ) -> Bool {
        // Non-empty: some pattern contributed a gram (the caller checked the entries).
        guard let base = text.baseAddress, let patternBase = patternBytes.baseAddress
        else { return true }
        let count = text.count
        // Found occurrences not yet reported, ascending by (offset, pattern).
        var pending: [(offset: Int, pattern: Int)] = []
        var position = 0
        while true {
            position = gramMask == 0xFFFF_FFFF
                ? Self.nextWordHit(base, count: count, from: position, step: step, table: table, shift: gramShift)
                : Self.nextMaskedHit(
                    base, count: count, from: position, step: step, mask: gramMask, table: table, shift: gramShift)
            guard position <= count - gramLength else { break }
            // Nothing found from here on starts before `position - maxOffset`: those are final.
            var reported = 0
            while reported < pending.count, pending[reported].offset < position - maxOffset {
                guard body(pending[reported].pattern, pending[reported].offset) else { return false }
                reported += 1
            }
            if reported > 0 { pending.removeFirst(reported) }
            // Invariant: position + gramLength <= count (and + 4 for the word load).
            var gram: UInt32 = 0
            if position <= count - 4 {
                gram = UnsafeRawPointer(base + position).loadUnaligned(as: UInt32.self).littleEndian & gramMask
            } else {
                for offset in 0..<gramLength { gram |= UInt32(base[position + offset]) << UInt32(8 * offset) }
            }
            // Invariant: slots.count is 2^slotBits, so the shifted hash and the masked successors are valid slots.
            var slot = Int(Self.hash(gram) >> UInt32(32 - slotBits))
            while slots[slot].count != 0 && slots[slot].gram != gram { slot = (slot + 1) & (slots.count - 1) }
            // Invariant: a used slot's run lies inside `entries` (built so); a free slot's is empty.
            for index in slots[slot].first..<(slots[slot].first + slots[slot].count) {
                let entry = entries[index]
                let start = position - entry.offset
                guard start >= 0, entry.length <= count - start else { continue }
                // From here text[start..<start + length] is inside the text, and the pattern's bytes inside
                // `bytes`. The first eight (or all, where fewer remain) go as one word against the pattern's,
                // which rejects nearly every candidate.
                let head = count - start >= 8
                    ? UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).littleEndian
                    : (0..<(count - start)).reduce(UInt64(0)) { $0 | UInt64(base[start + $1]) << UInt64(8 * $1) }
                guard head & entry.headMask == entry.head,
                    entry.length <= 8
                        || memcmp(base + start + 8, patternBase + entry.bytesStart + 8, entry.length - 8) == 0
                else { continue }
                var at = pending.count
                while at > 0, (pending[at - 1].offset, pending[at - 1].pattern) > (start, entry.pattern) { at -= 1 }
                pending.insert((start, entry.pattern), at: at)
            }
            position += step
        }
        for match in pending where !body(match.pattern, match.offset) { return false }
        return true
    }

    /// `forEachMatch(in:_:)` over an array's bytes.
    func forEachMatch(in text: [UInt8], _ body: (_ pattern: Int, _ offset: Int) -> Bool) {
        text.withUnsafeBufferPointer { forEachMatch(in: $0, body) }
    }
}
