/// Finding where tags, comments and script or style elements end, on the document's bytes.
extension HTMLText {
    static let scriptClose = Array("</script".utf8)
    static let styleClose = Array("</style".utf8)

    /// Where reading goes on after a tag whose body ends at `tagEnd` (``findTagEnd(_:from:)``): past its `>`; at the
    /// `<` that cut it short, which opens the next tag; or at the end of input.
    @inline(__always)
    static func afterTag(_ bytes: UnsafeBufferPointer<UInt8>, endingAt tagEnd: Int) -> Int {
        tagEnd < bytes.count && bytes[tagEnd] == UInt8(ascii: ">") ? tagEnd + 1 : tagEnd
    }

    /// End of a tag's body: the `>` outside quotes, a `<` that cuts the tag short (a tag missing its `>` doesn't
    /// swallow the next one), or the end of input. Only a quote right after `=` opens a value, which is skipped to its
    /// closing quote; a stray quote elsewhere does not swallow the page. The bytes that matter are found 16 at a time.
    static func findTagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        var index = start
        // Found indices lie in index..<count, and `found > start` is checked before `found - 1` is read.
        while let found = nextTagSyntax(base, from: index, count: count) {
            let byte = base[found]
            if byte == UInt8(ascii: ">") { return found }
            if byte == UInt8(ascii: "<") {
                if found > start { return found }
            } else if found > start, base[found - 1] == UInt8(ascii: "=") {
                guard let close = ByteVector.firstIndex(of: byte, in: base, from: found + 1, to: count, readable: count)
                else { return count }
                index = close + 1
                continue
            }
            index = found + 1
        }
        return count
    }

    /// The first `"`, `'`, `<` or `>` in `base[start..<count]`: 16 bytes per step (a load at `index` only when
    /// `index + 16 <= count`), the last few one by one.
    @inline(__always)
    private static func nextTagSyntax(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
        var index = start
        while index + 16 <= count {
            if let lane = ByteVector.firstSet(ByteClass.isTagSyntax(ByteVector.load(base, at: index))) {
                return index + lane
            }
            index += 16
        }
        while index < count {
            if ByteClass.isTagSyntax(base[index]) { return index }
            index += 1
        }
        return nil
    }

    /// Where the next `-->` starts.
    static func findCommentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var from = start
        let last = bytes.count - 3
        while from <= last, let dash = ByteScan.index(of: 45, in: bytes, from: from, to: last + 1) {
            if bytes[dash + 1] == 45, bytes[dash + 2] == UInt8(ascii: ">") { return dash }
            from = dash + 1
        }
        return nil
    }

    static func findCaseInsensitive(_ bytes: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { findCaseInsensitive($0, needle, from: start) }
    }

    static func findCaseInsensitive(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        // A needle that starts with a non-letter ("-->", "</script", "://") has one spelling of its first byte:
        // memchr finds the candidates.
        let memchrable = !ASCII.isAlpha(first)
        while index <= last {
            if memchrable {
                guard let next = ByteScan.index(of: first, in: bytes, from: index, to: last + 1) else { return nil }
                index = next
            }
            if ASCII.lower(bytes[index]) == first {
                var matched = true
                for offset in 1..<needle.count where ASCII.lower(bytes[index + offset]) != ASCII.lower(needle[offset]) {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
