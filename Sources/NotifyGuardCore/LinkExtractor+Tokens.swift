/// Finding the tokens of a text that ``LinkExtractor`` classifies, without looking at every word.
///
/// A token is a maximal run of token bytes (letters, digits, every non-ASCII byte and `-._~:/?#@!$&+,;=%[]`) less
/// its trailing punctuation. Most tokens are words, and `classify` acts on only two kinds: those with a dot, `@` or
/// `:` (a *mark*: URLs, addresses, domains), and wallet addresses, which have no mark but 26 or more letters and
/// digits. Each kind is found by a pass that reads the text eight bytes per step and stops only near one: at a
/// mark, or where two aligned eight-byte blocks of letters and digits meet. Every such run is then read byte by
/// byte, once.
extension LinkExtractor {
    /// Bit of ``byteClasses``: a byte that can be part of a URL, address or wallet token (every non-ASCII byte too).
    static let tokenClass: UInt8 = 1
    /// Bit of ``byteClasses``: a dot, `@` or `:`, without which a short token is a word.
    static let markClass: UInt8 = 2
    static let byteClasses: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        var classes: UInt8 = 0
        if byte >= 0x80 || ASCII.isAlnum(byte) || Array("-._~:/?#@!$&+,;=%[]".utf8).contains(byte) { classes |= tokenClass }
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: ":") { classes |= markClass }
        return classes
    }

    /// Calls `body(start, end)` in text order for every token `classify` must see that comes from a run holding a
    /// mark: the token when it still has a mark, or when it is 26 bytes or longer (a wallet followed by a dot).
    static func forEachMarkedToken(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        guard let base = text.baseAddress else { return }
        let count = text.count
        byteClasses.withUnsafeBufferPointer { classes in
            @inline(__always) func isToken(_ offset: Int) -> Bool { classes[Int(text[offset])] & tokenClass != 0 }
            @inline(__always) func isMark(_ offset: Int) -> Bool { classes[Int(text[offset])] & markClass != 0 }
            var index = 0
            while index < count {
                // The next mark: eight bytes per step (each load inside `text`: index + 8 <= count), the tail by byte.
                var mark = count
                while index + 8 <= count {
                    let marks = markMask(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                    if marks != 0 {
                        mark = index + marks.trailingZeroBitCount >> 3
                        break
                    }
                    index += 8
                }
                if mark == count {
                    while index < count, !isMark(index) { index += 1 }
                    mark = index
                }
                guard mark < count else { return }
                // Its run. The run before it, if any, ended at a byte that is no token byte, after which this one
                // starts: no byte is read twice.
                var start = mark
                while start > 0, isToken(start - 1) { start -= 1 }
                var runEnd = mark + 1
                while runEnd < count, isToken(runEnd) { runEnd += 1 }
                index = runEnd
                // Trailing punctuation belongs to the sentence, not the link.
                var end = runEnd
                while end > start, isTrailingPunctuation(text[end - 1]) { end -= 1 }
                guard end > start else { continue }
                if end - start < 26 {
                    var marked = false
                    for offset in start..<end where isMark(offset) {
                        marked = true
                        break
                    }
                    guard marked else { continue }
                }
                body(start, end)
            }
        }
    }

    /// Calls `body(start, end)` in text order for every token of a run without a mark that is 26 bytes or longer and
    /// made of letters and digits only: the only mark-free tokens that can be wallets.
    ///
    /// Such a token holds two consecutive eight-byte blocks of letters and digits at offsets that are multiples of
    /// eight (23 bytes in a row always do): only where two such blocks meet is a run read.
    static func forEachWalletCandidate(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        guard let base = text.baseAddress else { return }
        let count = text.count
        let allSet: UInt64 = 0x8080_8080_8080_8080
        byteClasses.withUnsafeBufferPointer { classes in
            @inline(__always) func isToken(_ offset: Int) -> Bool { classes[Int(text[offset])] & tokenClass != 0 }
            var block = 0
            var previousFull = false
            // Each load inside `text`: block + 8 <= count.
            while block + 8 <= count {
                let full = alphanumericMask(UInt64(littleEndian: UnsafeRawPointer(base + block).loadUnaligned(as: UInt64.self))) == allSet
                guard full, previousFull else {
                    previousFull = full
                    block += 8
                    continue
                }
                var start = block - 8
                while start > 0, isToken(start - 1) { start -= 1 }
                var runEnd = block + 8
                while runEnd < count, isToken(runEnd) { runEnd += 1 }
                // The next block that can start a pair lies past this run (its end is no token byte).
                block = (runEnd + 7) & ~7
                previousFull = false
                guard !(start..<runEnd).contains(where: { classes[Int(text[$0])] & markClass != 0 }) else { continue }
                var end = runEnd
                while end > start, isTrailingPunctuation(text[end - 1]) { end -= 1 }
                guard end - start >= 26, (start..<end).allSatisfy({ ASCII.isAlnum(text[$0]) }) else { continue }
                body(start, end)
            }
        }
    }

    /// Bit 7 set in each of eight bytes (little-endian: the first byte lowest) that is a dot, `@` or `:`, every
    /// other bit clear. Exact per byte: bit 7 of ((v & 0x7F) + 0x7F) | v is clear exactly when byte v of
    /// `word` XOR the mark is zero, and no addition carries out of its byte.
    @inline(__always)
    static func markMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7 = ones &* 0x7F
        @inline(__always) func equal(_ byte: UInt8) -> UInt64 {
            let v = word ^ (ones &* UInt64(byte))
            return ~(((v & low7) &+ low7) | v)
        }
        return (equal(UInt8(ascii: ".")) | equal(UInt8(ascii: "@")) | equal(UInt8(ascii: ":"))) & (ones &* 0x80)
    }

    /// Bit 7 set in each of eight bytes (little-endian) that is an ASCII letter or digit, every other bit clear.
    /// Exact per byte, by the "byte between m and n" trick (see ``runStartMask(_:)``): digits lie between 0x2F and
    /// 0x3A, letters with bit 5 set (lowercased) between 0x60 and 0x7B; bytes with bit 7 set are masked out.
    @inline(__always)
    static func alphanumericMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7 = ones &* 0x7F
        let low = word & low7
        let digits = ((ones &* (0x7F + 0x3A)) &- low) & (low &+ (ones &* (0x7F - 0x2F)))
        let folded = (word | (ones &* 0x20)) & low7
        let letters = ((ones &* (0x7F + 0x7B)) &- folded) & (folded &+ (ones &* (0x7F - 0x60)))
        return (digits | letters) & ~word & (ones &* 0x80)
    }
}
