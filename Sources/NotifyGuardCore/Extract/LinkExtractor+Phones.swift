/// Phone numbers in text.
extension LinkExtractor {
    /// Phone numbers: 10 to 15 digits in a run of digits and separators, with a leading `+` or at least two groups.
    /// Letters that stand for digits inside the run (`8OO`, `O199`) count as digits.
    /// The phone numbers of `text` alone, found with the 16-byte skip or (`skipping: false`) byte by byte, the
    /// definition the skip must agree with. For tests.
    mutating func phones(in text: [UInt8], skipping: Bool) -> [ExtractedItem] {
        phones = []
        text.withUnsafeBufferPointer { scanPhones($0, source: .text, skipping: skipping) }
        return phones
    }

    mutating func scanPhones(_ bytes: UnsafeBufferPointer<UInt8>, source: ItemSource, skipping: Bool = true) {
        // One buffer, on the stack, for every run's digits: a run stops after 17.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            scanPhones(bytes, source: source, digits: digits, skipping: skipping)
        }
    }

    private mutating func scanPhones(
        _ bytes: UnsafeBufferPointer<UInt8>, source: ItemSource, digits: UnsafeMutableBufferPointer<UInt8>, skipping: Bool
    ) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        /// The digit `bytes[offset]` stands for in a run, if any.
        @inline(__always) func digit(at offset: Int, previous: UInt8) -> UInt8? {
            let c = bytes[offset]
            if ASCII.isDigit(c) { return c }
            return Self.phoneDigit(c, previous: previous, next: offset + 1 < count ? bytes[offset + 1] : 0)
        }
        var index = 0
        while index < count {
            let byte = bytes[index]
            let startsRun = byte == UInt8(ascii: "+") || ASCII.isDigit(byte) || byte == UInt8(ascii: "(")
            guard startsRun, index == 0 || !ASCII.isAlnum(bytes[index - 1]) else {
                index += 1
                if skipping { index = Self.nextPossibleRunStart(base, from: index, count: count) }
                continue
            }
            var digitCount = 0
            var groups = 0
            var inGroup = false
            var end = index
            var afterLastDigit = index
            let plus = byte == UInt8(ascii: "+")
            if plus { end += 1 }
            // At most 17 digits are written: the loop stops once there are more than 16.
            while end < count, digitCount <= 16 {
                let c = bytes[end]
                if let value = digit(at: end, previous: end > 0 ? bytes[end - 1] : 0) {
                    digits[digitCount] = value
                    digitCount += 1
                    afterLastDigit = end + 1
                    if !inGroup { groups += 1 }
                    inGroup = true
                } else if c == 32 || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "(")
                    || c == UInt8(ascii: ")")
                {
                    inGroup = false
                    // Two separators in a row end the number, except ") " and " (".
                    if end + 1 < count, !(digit(at: end + 1, previous: c) != nil
                        || bytes[end + 1] == UInt8(ascii: "(") || (c == UInt8(ascii: ")") && bytes[end + 1] == 32))
                    {
                        end += 1
                        break
                    }
                } else {
                    break
                }
                end += 1
            }
            // A letter glued to the digits ("12345678901abc") marks an identifier, unless the run was already
            // written like a phone number: "(839) 268-8812Norton" is one with its separator lost.
            let trailingLetter = afterLastDigit < count && ASCII.isAlpha(bytes[afterLastDigit])
            let formatted = plus || groups >= 3
            // Dates and timestamps ("2025-04-09 10:12") have the shape of grouped digits too: a run that opens
            // with a 4-digit year is not a phone number.
            let yearFirst = !plus && digitCount >= 4
                && (digits[0] == UInt8(ascii: "1") && digits[1] == UInt8(ascii: "9")
                    || digits[0] == UInt8(ascii: "2") && digits[1] == UInt8(ascii: "0"))
            let yearShaped = yearFirst && index + 4 < count && !ASCII.isDigit(bytes[index + 4]) && ASCII.isDigit(bytes[index + 3])
            if (10...15).contains(digitCount), formatted, !yearShaped, !(trailingLetter && groups < 3), phones.count < maxLinks {
                let number = String(decoding: UnsafeBufferPointer(rebasing: digits[0..<digitCount]), as: UTF8.self)
                phones.append(ExtractedItem(value: (plus ? "+" : "") + number, source: source, position: index))
            }
            index = max(end, index + 1)
        }
    }

    /// Where a run could start, at or after `start` (at least 1): a digit, `+` or `(` after a byte that is no letter
    /// or digit, found 16 bytes at a time, since text is mostly words and numbers; where fewer than 16 bytes remain,
    /// the offset reached, from which the scan goes on byte by byte.
    @inline(__always)
    private static func nextPossibleRunStart(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        // Loads stay inside the buffer: 1 <= index, index + 16 <= count.
        while index + ByteVector.width <= count {
            let lanes = ByteVector.load(base, at: index)
            let startsRun = ByteVector.isDigit(lanes) .| ByteVector.equal(lanes, UInt8(ascii: "+"))
                .| ByteVector.equal(lanes, UInt8(ascii: "("))
            let afterWord = ByteVector.isAlphanumeric(ByteVector.load(base, at: index - 1))
            if let lane = ByteVector.firstSet(startsRun .& .!afterWord) { return index + lane }
            index += ByteVector.width
        }
        return index
    }

    private static func phoneDigit(_ c: UInt8, previous: UInt8, next: UInt8) -> UInt8? {
        if ASCII.isDigit(c) { return c }
        let nearDigit = ASCII.isDigit(previous) || ASCII.isDigit(next) || previous == c || next == c
        guard nearDigit else { return nil }
        switch c {
        case UInt8(ascii: "O"), UInt8(ascii: "o"): return UInt8(ascii: "0")
        case UInt8(ascii: "l"), UInt8(ascii: "I"): return UInt8(ascii: "1")
        default: return nil
        }
    }
}
