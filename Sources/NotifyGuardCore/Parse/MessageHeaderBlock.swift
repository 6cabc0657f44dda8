/// Splits the header block at the start of a whole message into fields, as an MTA hands them to a milter: a name,
/// and its value from the first byte after the colon and the blanks after it to the end of its last line (the line
/// breaks of its continuation lines included, the last line's own not).
///
/// A line ends at LF, a CR before it dropped; an empty line ends the block. A line that starts with a blank and has no
/// field to continue, or has no colon, or nothing before it, is ignored.
enum MessageHeaderBlock {
    /// Calls `field` with each field's name and value, in order; returns where the body starts (past the empty
    /// line), or nil for a block that runs to the end of `bytes`.
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>,
        field: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void
    ) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let limit = bytes.count
        var lineStart = 0
        // Every read below is at an index checked to be below `limit` first.
        while lineStart < limit {
            let first = base[lineStart]
            if first == 10 { return lineStart + 1 }
            if first == 13, lineStart + 1 < limit, base[lineStart + 1] == 10 { return lineStart + 2 }
            guard !ASCII.isSpace(first), let colon = ByteScan.index(of: 58, or: 10, in: base, from: lineStart, to: limit),
                base[colon] == 58
            else {
                lineStart = nextLine(bytes, from: lineStart)
                continue
            }
            var nameEnd = colon
            while nameEnd > lineStart, ASCII.isSpace(base[nameEnd - 1]) { nameEnd -= 1 }
            guard nameEnd > lineStart else {
                lineStart = nextLine(bytes, from: lineStart)
                continue
            }
            // Blanks are neither CR nor LF: the skip stays on the first line.
            var valueStart = colon + 1
            while valueStart < limit, ASCII.isSpace(base[valueStart]) { valueStart += 1 }
            // The last line ends at its LF (CR dropped) or at `limit`; `last` > colon >= lineStart.
            var valueEnd = limit
            var next = limit
            if let last = fieldEnd(bytes, from: valueStart) {
                valueEnd = base[last - 1] == 13 && last - 1 >= valueStart ? last - 1 : last
                next = last + 1
            }
            field(
                UnsafeBufferPointer(rebasing: bytes[lineStart..<nameEnd]),
                UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]))
            lineStart = next
        }
        return nil
    }

    /// Where the line from `start` ends: past its LF, or at the end.
    private static func nextLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteScan.index(of: 10, in: bytes, from: start, to: bytes.count).map { $0 + 1 } ?? bytes.count
    }

    /// The LF that ends a field's last line: the first from `start` not followed by a blank (which would start a
    /// continuation line), or followed by nothing; nil for none.
    @inline(__always)
    private static func fieldEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let newline = ByteScan.index(of: 10, in: bytes, from: index, to: bytes.count) {
            if newline + 1 == bytes.count || !ASCII.isSpace(bytes[newline + 1]) { return newline }
            index = newline + 1
        }
        return nil
    }
}
