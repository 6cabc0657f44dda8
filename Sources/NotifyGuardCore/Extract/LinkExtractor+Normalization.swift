/// Normalisation before the token pass: compatibility characters mapped, invisible ones dropped, defanged dots undone.
extension LinkExtractor {
    /// The character pass of normalisation, on a string's UTF-8: fullwidth forms and other compatibility characters
    /// become what they imitate, zero-width and bidi controls are dropped (and counted). Nil when nothing changes,
    /// as in most texts, which are then scanned where they lie. ASCII runs are passed over; each other scalar is
    /// decoded from its bytes (a Swift string is valid UTF-8) and looked up. Once something changes, the bytes
    /// before it are copied, and from there every run up to the next change.
    mutating func mapCharacters(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = input.baseAddress else { return nil }
        let count = input.count
        var out: [UInt8] = []
        var changed = false
        /// `input[copied..<]` is not in `out` yet.
        var copied = 0
        var index = 0
        while true {
            index = ByteScan.asciiRunEnd(base, from: index, count: count)
            guard index < count else { break }
            let scalarStart = index
            let (value, length) = UTF8Strings.scalar(at: index, in: input)
            index += length
            let replacement: [UInt8]?
            switch value {
            case _ where InvisibleScalars.contains(value):
                invisibleCharacters += 1
                replacement = []
            case 0xFF01...0xFF5E:
                fullwidthCharacters += 1
                replacement = [UInt8(value - 0xFEE0)]
            case 0x3002, 0xFF61:  // ideographic full stops used as dots
                replacement = Self.dot
            case 0x2000...0x2BFF, 0xFF5F...0xFFEF, 0x1D400...0x1D7FF, 0x1F100...0x1F1FF:
                // Compatibility characters (circled, mathematical, enclosed letters...): NFKC maps them to
                // what they imitate. Only these ranges are normalised, so CJK text pays nothing.
                replacement = CompatibilityMapping.shared.mapping(of: value)
                if replacement != nil { fullwidthCharacters += 1 }
            default:
                replacement = nil
            }
            guard let replacement else { continue }
            if !changed {
                changed = true
                out.reserveCapacity(count)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<scalarStart]))
            out.append(contentsOf: replacement)
            copied = index
        }
        guard changed else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<count]))
        return out
    }

    private static let dot = [UInt8(ascii: ".")]
    private static let defangPatterns: [[UInt8]] = ["[.]", "(.)", "{.}", "[dot]", "(dot)", "[d0t]"].map { Array($0.utf8) }

    /// The defanging pass of normalisation: `[.]`, `(dot)` and the like, and ` . ` between a label and a public
    /// suffix, become a dot. Returns the bytes and the offsets (in them) where a defang or a spaced dot was undone;
    /// nil when there is none, as in most texts. The result is never longer than the input.
    ///
    /// Only a `[`, `(` or `{` and the start of a run of spaces followed by a dot can begin a disguise: those places
    /// are visited (found with memchr) without copying anything until the first disguise; from there the bytes
    /// between such places are copied in one go.
    func undoDefanging(_ input: UnsafeBufferPointer<UInt8>) -> ([UInt8], [Int], [Int])? {
        guard let base = input.baseAddress else { return nil }
        let count = input.count
        var candidates = DisguiseCandidates()
        var first = candidates.next(in: input, from: 0)
        // Up to the first disguise, what would be written is the input itself: the byte before is the input's.
        while first < count, disguise(in: input, at: first, previous: first > 0 ? input[first - 1] : nil) == nil {
            first = candidates.next(in: input, from: first + 1)
        }
        guard first < count else { return nil }
        var defanged: [Int] = []
        var spaced: [Int] = []
        let result = [UInt8](unsafeUninitializedCapacity: count) { destination, initialized in
            guard let target = destination.baseAddress else { return }
            target.update(from: base, count: first)
            var written = first
            var index = first
            // `written <= index` throughout (a disguise writes one byte for two or more), so every write is inside
            // the `count` bytes of room.
            while index < count {
                if let (length, isSpacedDot) = disguise(in: input, at: index, previous: written > 0 ? destination[written - 1] : nil) {
                    if isSpacedDot { spaced.append(written) } else { defanged.append(written) }
                    destination[written] = UInt8(ascii: ".")
                    written += 1
                    index += length
                    continue
                }
                destination[written] = input[index]
                written += 1
                index += 1
                // Nothing between here and the next candidate can change: copy it whole.
                let next = candidates.next(in: input, from: index)
                if next > index {
                    (target + written).update(from: base + index, count: next - index)
                    written += next - index
                    index = next
                }
            }
            initialized = written
        }
        return (result, defanged, spaced)
    }

    /// The disguise starting at `index`, if any: how many bytes it spans and whether it is a spaced dot (else a
    /// defang pattern). `previous` is the byte written just before it (nil at the start of the text).
    private func disguise(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, previous: UInt8?) -> (Int, Bool)? {
        let count = bytes.count
        let byte = bytes[index]
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "{") {
            for pattern in Self.defangPatterns where index + pattern.count <= count {
                var matched = true
                for offset in 0..<pattern.count where ASCII.lower(bytes[index + offset]) != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return (pattern.count, false) }
            }
        }
        // "word . com": a dot with spaces on both sides between a label and a letter run that is a public suffix.
        guard byte == 32, let previous, ASCII.isAlnum(previous) else { return nil }
        var probe = index
        while probe < count, bytes[probe] == 32 { probe += 1 }
        guard probe < count, bytes[probe] == UInt8(ascii: "."), probe + 1 < count else { return nil }
        var after = probe + 1
        while after < count, bytes[after] == 32 { after += 1 }
        guard after > probe + 1, after < count, ASCII.isAlpha(bytes[after]) else { return nil }
        var tldEnd = after
        while tldEnd < count, ASCII.isAlpha(bytes[tldEnd]) { tldEnd += 1 }
        let tld = UTF8Strings.asciiLowercased(UnsafeBufferPointer(rebasing: bytes[after..<tldEnd]))
        return psl.isPublicSuffix(tld) ? (after - index, true) : nil
    }

    /// The next place at or after an offset where a disguise could start, found with memchr; each kind of place is
    /// searched for again only once the scan has passed its last hit, so a pass costs linear time.
    private struct DisguiseCandidates {
        private var opener: (square: Int, round: Int, curly: Int) = (-1, -1, -1)
        private var spacedDot = -1

        mutating func next(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
            let count = bytes.count
            if opener.square < index { opener.square = ByteScan.index(of: UInt8(ascii: "["), in: bytes, from: index, to: count) ?? count }
            if opener.round < index { opener.round = ByteScan.index(of: UInt8(ascii: "("), in: bytes, from: index, to: count) ?? count }
            if opener.curly < index { opener.curly = ByteScan.index(of: UInt8(ascii: "{"), in: bytes, from: index, to: count) ?? count }
            if spacedDot < index { spacedDot = Self.spaceRunBeforeDot(in: bytes, from: index) }
            return min(opener.square, opener.round, opener.curly, spacedDot)
        }

        /// The first run of spaces starting at or after `index` that a dot follows (its first space), or the end.
        private static func spaceRunBeforeDot(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
            var from = max(index + 1, 1)
            while let dot = ByteScan.index(of: UInt8(ascii: "."), in: bytes, from: from, to: bytes.count) {
                if bytes[dot - 1] == 32 {
                    var start = dot - 1
                    while start > 0, bytes[start - 1] == 32 { start -= 1 }
                    if start >= index { return start }
                }
                from = dot + 1
            }
            return bytes.count
        }
    }
}
