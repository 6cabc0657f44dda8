/// The words of a text's confusable skeleton (runs of letters, digits and combining marks, homoglyphs folded to
/// the Latin letters they imitate, ASCII lowercased) as UTF-8, in the two forms brand names are searched in: joined
/// by spaces with a space at each end (`spaced`: " pay pal team "), and run together (`compact`: "paypalteam").
struct SkeletonWords {
    var spaced: [UInt8]
    var compact: [UInt8]

    /// The skeleton words of `text`, written in one pass over its UTF-8 (no skeleton string is built).
    static func of(_ text: String) -> SkeletonWords {
        var text = text
        return text.withUTF8 { bytes in
            // Each ASCII byte gives at most one byte to each string; a scalar of two or more bytes at most four
            // (its skeleton) or a space: twice the input, and the two spaces at the ends, bound both. The 16-byte
            // steps store whole vectors past what they keep: room for those beyond the bound.
            let capacity = 2 * bytes.count + 2 + blockSlack
            var compact = [UInt8]()
            let spaced = [UInt8](unsafeUninitializedCapacity: capacity) { spacedOut, spacedCount in
                compact = [UInt8](unsafeUninitializedCapacity: capacity) { compactOut, compactCount in
                    asciiWordBytes.withUnsafeBufferPointer { table in
                        (spacedCount, compactCount) = write(bytes, spaced: spacedOut, compact: compactOut, table)
                    }
                }
            }
            return SkeletonWords(spaced: spaced, compact: compact)
        }
    }

    /// Calls `body` with each word of `spaced`, in order.
    func forEachWord(_ body: (ArraySlice<UInt8>) -> Void) {
        var start = 0
        while start < spaced.count {
            guard spaced[start] != 0x20 else {
                start += 1
                continue
            }
            var end = start
            while end < spaced.count, spaced[end] != 0x20 { end += 1 }
            body(spaced[start..<end])
            start = end
        }
    }

    /// The lowercase of each ASCII letter and digit, 0 for every other byte: the word byte an ASCII byte gives a
    /// skeleton (bytes of 0x80 and more start scalars, which have the scalar path).
    private static let asciiWordBytes: [UInt8] = (0..<256).map { byte in
        byte < 0x80 && ASCII.isAlnum(UInt8(byte)) ? ASCII.lower(UInt8(byte)) : 0
    }

    /// A non-ASCII scalar's skeleton and whether that is a word character (letter, digit or nonspacing mark);
    /// `original` 0xFFFF_FFFF (no scalar) marks a free entry.
    private struct Memo {
        var original: UInt32 = 0xFFFF_FFFF
        var skeleton: Unicode.Scalar = " "
        var isWord = false
    }

    /// Bytes the buffers have beyond their bound, so that the 16-byte steps of `write` can run to the end: a step
    /// keeps at most one byte per lane in each string (its letter, or one space), so its vector stores start at
    /// most 15 bytes on and reach at most 31 bytes past where the step began.
    static let blockSlack = 32

    /// The one pass of `of(_:)`: writes the spaced and compact words of `bytes` (valid UTF-8) and returns how many
    /// bytes each got. A function of its own so the loop's values stay in registers.
    private static func write(
        _ bytes: UnsafeBufferPointer<UInt8>, spaced: UnsafeMutableBufferPointer<UInt8>,
        compact: UnsafeMutableBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>
    ) -> (spaced: Int, compact: Int) {
        // The bound the caller allocated by holds by construction; the checks before each write (per run of ASCII
        // letters and digits, per byte elsewhere, per 16-byte step) keep a mistake in it from writing past the
        // buffers.
        guard let spacedBase = spaced.baseAddress, let compactBase = compact.baseAddress, spaced.count >= 1,
            table.count == 256
        else { return (0, 0) }
        var spacedLength = 1
        var compactLength = 0
        spacedBase[0] = 0x20
        var inWord = false
        var index = 0
        var memo: [Memo] = []
        // One byte of a word into both strings, room allowing.
        func appendWordByte(_ byte: UInt8) {
            guard spacedLength < spaced.count && compactLength < compact.count else { return }
            spacedBase[spacedLength] = byte
            compactBase[compactLength] = byte
            spacedLength += 1
            compactLength += 1
        }
        // The end of a word: one space after it in the spaced string, room allowing.
        func endWord() {
            guard inWord else { return }
            if spacedLength < spaced.count {
                spacedBase[spacedLength] = 0x20
                spacedLength += 1
            }
            inWord = false
        }
        // Where the 16-byte steps may start: every load (up to 31 bytes on) fits before this.
        let blocksEnd = bytes.count &- 31
        while index < bytes.count {
            // The ASCII bytes of the next 16 at once (up to the first of 0x80 or more), where the loads fit and the
            // stores (up to 31 bytes on, see `blockSlack`) do: their word lanes as bits, each run of them stored
            // lowercased as one vector into both strings (bit 5 set lowercases a letter and leaves a digit as it
            // is), a space written after a word at the first lane that isn't one, as byte by byte below.
            if index < blocksEnd, spacedLength &+ blockSlack <= spaced.count,
                compactLength &+ blockSlack <= compact.count, let base = bytes.baseAddress
            {
                let lanes = ByteVector.load(base, at: index)
                let (lowTop, highTop) = ByteVector.topBitHalves(lanes)
                let ascii = UInt32(
                    lowTop != 0
                        ? lowTop.trailingZeroBitCount >> 3
                        : highTop != 0 ? 8 &+ highTop.trailingZeroBitCount >> 3 : 16)
                if ascii > 0 {
                    var words = ByteVector.laneBits(ByteVector.isAlphanumeric(lanes)) & ((1 << ascii) &- 1)
                    var consumed: UInt32 = 0
                    while words != 0 {
                        let start = UInt32(words.trailingZeroBitCount)
                        if start > consumed && inWord {
                            spacedBase[spacedLength] = 0x20
                            spacedLength &+= 1
                        }
                        // `words >> start` has ones from bit 0 to the run's end (at most `ascii - start` of them).
                        let run = UInt32((~(words >> start)).trailingZeroBitCount)
                        let lowered = ByteVector.load(base, at: index &+ Int(start)) | ByteVector.Lanes(repeating: 0x20)
                        UnsafeMutableRawPointer(spacedBase + spacedLength)
                            .storeBytes(of: lowered, as: ByteVector.Lanes.self)
                        UnsafeMutableRawPointer(compactBase + compactLength)
                            .storeBytes(of: lowered, as: ByteVector.Lanes.self)
                        spacedLength &+= Int(run)
                        compactLength &+= Int(run)
                        inWord = true
                        consumed = start &+ run
                        words = consumed >= 16 ? 0 : (words >> consumed) << consumed
                    }
                    if consumed < ascii && inWord {
                        spacedBase[spacedLength] = 0x20
                        spacedLength &+= 1
                        inWord = false
                    }
                    index &+= Int(ascii)
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                // ASCII: the skeleton is the lowercase letter (no ASCII letter is in the confusables map).
                var word = table[Int(lead)]
                index += 1
                if word != 0 {
                    // A run of ASCII letters and digits is at most the rest of the text: when that fits both
                    // buffers, the run is copied without a check per byte (a byte of 0x80 or more ends it).
                    let rest = bytes.count - index + 1
                    if rest <= spaced.count - spacedLength && rest <= compact.count - compactLength {
                        while true {
                            spacedBase[spacedLength] = word
                            compactBase[compactLength] = word
                            spacedLength &+= 1
                            compactLength &+= 1
                            guard index < bytes.count else { break }
                            word = table[Int(bytes[index])]
                            guard word != 0 else { break }
                            index &+= 1
                        }
                    } else {
                        appendWordByte(word)
                    }
                    inWord = true
                } else {
                    endWord()
                }
                continue
            }
            // A Swift string is valid UTF-8.
            let (value, length) = UTF8Strings.scalar(at: index, in: bytes)
            index += length
            guard let original = Unicode.Scalar(value) else { continue }
            // A text repeats its few non-ASCII characters (accents, quotes, a currency sign): each one's skeleton
            // and whether it is a word character are remembered for the rest of the pass.
            if memo.isEmpty { memo = [Memo](repeating: Memo(), count: 128) }
            let slot = Int((value ^ value >> 7) & 127)
            if memo[slot].original != value {
                let skeleton = Confusables.skeleton(original)
                let properties = skeleton.properties
                let isWord = skeleton.isASCII
                    ? ASCII.isAlnum(UInt8(skeleton.value))
                    : properties.isAlphabetic || properties.numericType != nil
                        || properties.generalCategory == .nonspacingMark
                memo[slot] = Memo(original: value, skeleton: skeleton, isWord: isWord)
            }
            let scalar = memo[slot].skeleton
            if memo[slot].isWord {
                for byte in scalar.utf8 { appendWordByte(byte) }
                inWord = true
            } else {
                endWord()
            }
        }
        endWord()
        return (spacedLength, compactLength)
    }
}
