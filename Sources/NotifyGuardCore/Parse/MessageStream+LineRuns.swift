/// Runs of whole body lines that the MIME parser decodes at once (see ``MessageStream``): where a run ends, and an
/// identity-encoded run copied.
extension MessageStream {
    /// Where the run of whole lines from `start` ends: before the first line that does not end in an LF before
    /// `limit`, is longer than `maxLineBytes`, or, with `stopAtDashes`, starts with `--`.
    ///
    /// For base64, whose lines hold few `-` and are short, the run is found without going line by line: the first
    /// `--` line by memchr for `-`, then the last LF before it; long lines by searching back at most
    /// `maxLineBytes` from a line start (each byte at most twice, so linear).
    static func lineRun(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int, maxLineBytes: Int, stopAtDashes: Bool
    ) -> Int {
        var stop = limit
        if stopAtDashes {
            var from = start
            while let dash = ByteScan.index(of: 45, in: bytes, from: from, to: limit) {
                // dash < limit <= bytes.count; dash - 1 and dash + 1 are read only when they lie in start..<limit.
                if dash == start || bytes[dash - 1] == 10, dash + 1 == limit || bytes[dash + 1] == 45 {
                    stop = dash
                    break
                }
                from = dash + 1
            }
        }
        guard let last = lastLineFeed(bytes, from: start, before: stop) else { return start }
        let runEnd = last + 1
        var lineStart = start
        while runEnd - 1 - lineStart > maxLineBytes {
            // lineStart + maxLineBytes + 1 < runEnd <= bytes.count.
            guard let newline = lastLineFeed(bytes, from: lineStart, before: lineStart + maxLineBytes + 1) else {
                return lineStart
            }
            lineStart = newline + 1
        }
        return runEnd
    }

    /// The last LF in `bytes[start..<end]`, searched back from `end`.
    private static func lastLineFeed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int? {
        var index = end
        while index > start {
            index -= 1
            if bytes[index] == 10 { return index }
        }
        return nil
    }

    /// The run of whole lines from `start` (as ``lineRun(_:from:to:maxLineBytes:stopAtDashes:)`` ends it) copied
    /// without the CR before each LF, in one pass; returns where the run ends.
    static func copyLines(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int, maxLineBytes: Int, stopAtDashes: Bool,
        into output: inout ByteWriter
    ) -> Int {
        guard let source = bytes.baseAddress, start < limit, limit <= bytes.count else { return start }
        var index = start
        output.write(upTo: limit - start) { out in
            var written = 0
            // Each line's bytes lie in bytes[index...newline] with newline < limit; `written <= index - start`, so
            // the copies stay in the room of `limit - start`.
            while index < limit {
                if stopAtDashes, index + 1 < limit, source[index] == 45, source[index + 1] == 45 { break }
                guard let newline = ByteScan.index(of: 10, in: bytes, from: index, to: limit),
                    newline - index <= maxLineBytes
                else { break }
                var end = newline
                if end > index, source[end - 1] == 13 { end -= 1 }
                (out + written).update(from: source + index, count: end - index)
                written += end - index
                out[written] = 10
                written += 1
                index = newline + 1
            }
            return written
        }
        return index
    }
}
