/// Finding the tokens of a text that ``LinkExtractor`` classifies, without looking at every word.
///
/// A token is a maximal run of token bytes (letters, digits, every non-ASCII byte and `-._~:/?#@!$&+,;=%[]`) less
/// its trailing punctuation. Most tokens are words, and `classify` acts on only two kinds: those with a dot, `@` or
/// `:` (a *mark*: URLs, addresses, domains), and wallet addresses, which have no mark but 26 or more letters and
/// digits. Each kind is found by a pass that reads the text 16 bytes per step (``ByteVector``) and stops only near
/// one: at a mark, or at 16 letters and digits in a row. Every such run is then read byte by byte, once.
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

    @inline(__always)
    static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: ":"),
            UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
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
                // The next mark: 16 bytes per step (each load inside `text`: index + 16 <= count), the tail by byte.
                var mark = count
                while index + ByteVector.width <= count {
                    let lanes = ByteVector.load(base, at: index)
                    let marks = ByteVector.equal(lanes, UInt8(ascii: ".")) .| ByteVector.equal(lanes, UInt8(ascii: "@"))
                        .| ByteVector.equal(lanes, UInt8(ascii: ":"))
                    if let lane = ByteVector.firstSet(marks) {
                        mark = index + lane
                        break
                    }
                    index += ByteVector.width
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
                // Punctuation around it belongs to the sentence, not the link: trailing ASCII, and other scripts'
                // quotes, brackets and stops at either end.
                var end = runEnd
                while true {
                    while end > start, isTrailingPunctuation(text[end - 1]) { end -= 1 }
                    guard end > start, text[end - 1] >= 0x80 || text[start] >= 0x80 else { break }
                    let trimmed = trimmingPunctuationScalars(text, start, end)
                    guard trimmed != (start, end) else { break }
                    (start, end) = trimmed
                }
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
    /// eight (23 bytes in a row always do). Blocks are classified 16 bytes at a time, and only where two such blocks
    /// meet (inside one vector, or across two in a row) is a run read.
    static func forEachWalletCandidate(in text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        guard let base = text.baseAddress else { return }
        let count = text.count
        byteClasses.withUnsafeBufferPointer { classes in
            @inline(__always) func isToken(_ offset: Int) -> Bool { classes[Int(text[offset])] & tokenClass != 0 }
            /// Reads the run holding the full blocks at `pair` and `pair + 8`; returns where to go on: the first
            /// block after the run (which ends at a byte that is no token byte).
            func visit(pair: Int) -> Int {
                var start = pair
                while start > 0, isToken(start - 1) { start -= 1 }
                var runEnd = pair + 16
                while runEnd < count, isToken(runEnd) { runEnd += 1 }
                let next = (runEnd + 7) & ~7
                guard !(start..<runEnd).contains(where: { classes[Int(text[$0])] & markClass != 0 }) else { return next }
                var end = runEnd
                while end > start, isTrailingPunctuation(text[end - 1]) { end -= 1 }
                guard end - start >= 26, (start..<end).allSatisfy({ ASCII.isAlnum(text[$0]) }) else { return next }
                body(start, end)
                return next
            }
            // `block` is a multiple of eight; the vector at it holds blocks `block` and `block + 8`.
            var block = 0
            var previousFull = false
            // Each load inside `text`: block + 16 <= count.
            while block + ByteVector.width <= count {
                let (low, high) = ByteVector.halvesSet(ByteVector.isAlphanumeric(ByteVector.load(base, at: block)))
                if previousFull && low {
                    block = visit(pair: block - 8)
                    previousFull = false
                } else if low && high {
                    block = visit(pair: block)
                    previousFull = false
                } else {
                    previousFull = high
                    block += ByteVector.width
                }
            }
            // A last block of eight that no vector covered.
            if previousFull, block + 8 <= count, (block..<(block + 8)).allSatisfy({ ASCII.isAlnum(text[$0]) }) {
                _ = visit(pair: block - 8)
            }
        }
    }
}
