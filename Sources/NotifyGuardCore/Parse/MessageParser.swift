#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text part as a reader would see it.
public struct TextPart: Sendable, Equatable {
    public var contentType: String
    /// Visible text (HTML already rendered to text).
    public var text: String
    /// Links found in HTML attributes (href, src, form action, meta refresh); plain-text links are extracted later.
    public var htmlLinks: [HTMLLink]
    /// Text inside elements styled to be invisible (display:none, font-size:0...).
    public var hiddenText: String
}

/// A non-text part: only its description is kept.
public struct AttachmentInfo: Sendable, Equatable {
    public var contentType: String
    public var filename: String?

    public init(contentType: String, filename: String?) {
        self.contentType = contentType
        self.filename = filename
    }
}

/// Everything the parser extracted from one message; the input to feature extraction.
public struct ParsedMessage: Sendable {
    public var headers: [HeaderField] = []
    public var parts: [TextPart] = []
    public var attachments: [AttachmentInfo] = []
    public var truncations: Set<Truncation> = []
    /// Body bytes seen (including those past the scan limit).
    public var bodyBytes = 0

    public var isPartial: Bool { !truncations.isEmpty }
    public var subject: String { headers.first(named: "Subject")?.decodedValue ?? "" }
}

/// Streaming MIME parser: top-level headers, then body bytes in any chunking, then ``finish()``.
///
/// Memory is bounded by ``ParserLimits``: one line buffer, the decoded bytes of the current text part and the
/// extracted text. Work is linear in the input: each byte is looked at a bounded number of times.
///
/// The class is a thin shell around ``Stream``, a struct that does the work: its mutating methods touch their
/// own fields with static exclusivity, where a class's stored properties would pay a runtime access check on
/// every line.
public final class MessageParser {
    private var stream: Stream

    public init(limits: ParserLimits = ParserLimits()) {
        stream = Stream(limits: limits)
    }

    /// Adds one top-level header as the MTA passed it (value may still contain folding line breaks).
    public func header(name: String, value: String) {
        stream.header(name: name, value: value)
    }

    /// The top-level header block is complete; the body that follows is parsed per its Content-Type.
    public func endOfHeaders() {
        stream.endOfHeaders()
    }

    /// Feeds body bytes (CRLF or bare LF line endings, any chunk boundaries).
    public func body(_ chunk: UnsafeRawBufferPointer) {
        stream.body(chunk)
    }

    public func body(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { stream.body($0) }
    }

    /// Ends the message: flushes the last line and part and returns what was found.
    public func finish() -> ParsedMessage {
        stream.finish()
    }

    /// Parses a whole RFC 5322 message (headers and body), as `scan` reads it from a file.
    public static func parse(_ bytes: [UInt8], limits: ParserLimits = ParserLimits()) -> ParsedMessage {
        var stream = Stream(limits: limits)
        bytes.withUnsafeBufferPointer { buffer in
            // Header lines are read in place: the fields keep ranges of `bytes`, folded ones included.
            var headerParser = HeaderBlockParser(limits: limits, isMessageHeader: true, source: bytes)
            // Header lines are bounded by maxHeaderBytes per field; a header block longer than the scan limit is cut.
            let headerLimit = min(buffer.count, limits.maxScanBytes)
            var bodyStart = buffer.count
            if let start = headerParser.readBlock(upTo: headerLimit) {
                bodyStart = start
            } else if headerLimit < buffer.count {
                stream.message.truncations.insert(.scanBytes)
            }
            stream.message.truncations.formUnion(headerParser.truncations)
            stream.headers(headerParser.fields)
            stream.endOfHeaders()
            if bodyStart < buffer.count {
                stream.body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[bodyStart...])))
            }
        }
        return stream.finish()
    }
}

extension MessageParser {
    /// The parser's state and work; see ``MessageParser``.
    fileprivate struct Stream {
        let limits: ParserLimits
        var message = ParsedMessage()

        // Line assembly: only a line cut by a chunk boundary is copied; whole lines are read where they lie.
        private var line: [UInt8] = []
        private var lineIsContinuation = false
        private var scanned = 0

        // MIME state
        private var boundaries: [[UInt8]] = []
        private var mode = Mode.ignore
        /// The part header block being read (mode `.headers`) and the nesting depth it belongs to.
        private var partHeaders: HeaderBlockParser
        private var partDepth = 0
        /// The text part being decoded (mode `.leaf`).
        private var leaf = LeafPart()
        /// The last finished part's decoded buffer, emptied: the next text part writes into its room.
        private var spareDecoded = ByteWriter()
        private var decodedTotal = 0
        private var partCount = 0
        private var headersEnded = false

        private enum Mode {
            /// Reading a part's header block into `partHeaders`.
            case headers
            /// Decoding a text part into `leaf`.
            case leaf
            /// Preamble, epilogue, attachments and anything past a limit.
            case ignore
        }

        private struct LeafPart {
            var contentType = "text/plain"
            var charset: String?
            var encoding = TransferEncoding.identity
            var base64 = Base64Decoder()
            var decoded = ByteWriter()
            var truncated = false
        }

        init(limits: ParserLimits) {
            self.limits = limits
            partHeaders = HeaderBlockParser(limits: limits)
            line.reserveCapacity(256)
        }

        mutating func header(name: String, value: String) {
            guard message.headers.count < limits.maxHeaders else {
                message.truncations.insert(.headers)
                return
            }
            let unfolded = HeaderBlockParser.messageHeaderValue(
                value, limits: limits, truncations: &message.truncations)
            message.headers.append(HeaderField(name: name, value: unfolded))
        }

        /// Adds fields parsed from the message's header block (``HeaderBlockParser`` with `isMessageHeader`), which
        /// are what ``header(name:value:)`` makes of a field already: only the count limit is left to apply.
        mutating func headers(_ fields: [HeaderField]) {
            let room = max(0, limits.maxHeaders - message.headers.count)
            if fields.count > room { message.truncations.insert(.headers) }
            if message.headers.isEmpty, fields.count <= room {
                message.headers = fields
            } else {
                message.headers.append(contentsOf: fields.prefix(room))
            }
        }

        mutating func endOfHeaders() {
            guard !headersEnded else { return }
            headersEnded = true
            beginPart(headers: message.headers, depth: 0)
        }

        mutating func body(_ chunk: UnsafeRawBufferPointer) {
            if !headersEnded { endOfHeaders() }
            message.bodyBytes += chunk.count
            guard scanned < limits.maxScanBytes else {
                if !chunk.isEmpty { message.truncations.insert(.scanBytes) }
                return
            }
            let take = min(chunk.count, limits.maxScanBytes - scanned)
            if take < chunk.count { message.truncations.insert(.scanBytes) }
            scanned += take
            guard take > 0 else { return }
            // Body bytes are plain octets: viewing them as UInt8 (the type the MTA's char buffer is layout-compatible
            // with) is what every byte-level parser here expects.
            chunk.withMemoryRebound(to: UInt8.self) { all in
                let bytes = UnsafeBufferPointer(rebasing: all[0..<take])
                var start = 0
                while start < take {
                    if line.isEmpty, !lineIsContinuation {
                        start = passWholeLines(bytes, from: start)
                        guard start < take else { break }
                    }
                    if let newline = ByteScan.index(of: 10, in: bytes, from: start, to: take) {
                        segment(UnsafeBufferPointer(rebasing: bytes[start..<newline]), terminated: true)
                        start = newline + 1
                    } else {
                        segment(UnsafeBufferPointer(rebasing: bytes[start..<take]), terminated: false)
                        start = take
                    }
                }
            }
        }

        mutating func finish() -> ParsedMessage {
            if !headersEnded { endOfHeaders() }
            if !line.isEmpty { flushLine(complete: false) }
            finishCurrentPart()
            return message
        }

        // MARK: Lines

        /// Handles at once a run of whole lines that the per-line path (``segment(_:terminated:)``) would only pass
        /// on, and returns where that path takes over: at a line that may be a boundary, a line too long to be one
        /// piece, a part's header block, or an unterminated line. In a part being skipped such lines are skipped; in
        /// a text part they are decoded straight into it, as ``appendLeaf(_:hasBreak:)`` decodes each line, as long
        /// as no limit can be reached on the way. Called only between lines (nothing buffered, no piece pending).
        private mutating func passWholeLines(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            switch mode {
            case .headers:
                return start
            case .ignore:
                return skipLines(bytes, from: start)
            case .leaf:
                return leaf.truncated ? skipLines(bytes, from: start) : decodeLines(bytes, from: start)
            }
        }

        /// Whether the line `bytes[start..<end]` could be a boundary: the per-line path decides those that start
        /// with `--`.
        @inline(__always)
        private func mayBeBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
            !boundaries.isEmpty && end - start >= 2 && bytes[start] == 45 && bytes[start + 1] == 45
        }

        /// Skips lines that can't be boundaries. Without boundaries nothing further can change what is found
        /// (skipping is all that is left to do until the end), so the whole chunk is skipped.
        private func skipLines(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            guard !boundaries.isEmpty else { return bytes.count }
            var index = start
            while let newline = ByteScan.index(of: 10, in: bytes, from: index, to: bytes.count) {
                if mayBeBoundary(bytes, index, newline) { return index }
                index = newline + 1
            }
            return index
        }

        /// Decodes whole lines into the text part. A line decodes to at most its own bytes with its line break, so
        /// a run no longer than the room left under both size limits can't reach one: the per-line path's checks
        /// after each line would find nothing. The run is the lines from `start` up to the first that is longer than
        /// maxLineBytes, may be a boundary, or does not end before the room is used up (or at all). The decoders
        /// handle its line breaks as the per-line path hands each line on (one CR before each LF dropped):
        /// quoted-printable and identity lines are decoded as the run is found, in the same pass; for base64 the run
        /// is found first, then decoded in one call.
        private mutating func decodeLines(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            let room = min(limits.maxPartBytes - leaf.decoded.count, limits.maxDecodedBytes - decodedTotal)
            // A line is in the run only if its LF lies before `limit`: newline + 1 - start <= room.
            let limit = start + max(0, min(room, bytes.count - start))
            let before = leaf.decoded.count
            let end: Int
            switch leaf.encoding {
            case .base64:
                let runEnd = Self.lineRun(
                    bytes, from: start, to: limit, maxLineBytes: limits.maxLineBytes, stopAtDashes: !boundaries.isEmpty)
                // The decoder skips line breaks (outside its alphabet) and carries a group across them, as it does
                // across calls.
                if runEnd > start {
                    leaf.base64.decode(UnsafeBufferPointer(rebasing: bytes[start..<runEnd]), into: &leaf.decoded)
                }
                end = runEnd
            case .identity:
                end = Self.copyLines(
                    bytes, from: start, to: limit, maxLineBytes: limits.maxLineBytes, stopAtDashes: !boundaries.isEmpty,
                    into: &leaf.decoded)
            case .quotedPrintable:
                end = QuotedPrintable.decodeLines(
                    bytes, from: start, to: limit, maxLineBytes: limits.maxLineBytes, stopAtDashes: !boundaries.isEmpty,
                    into: &leaf.decoded)
            }
            decodedTotal += leaf.decoded.count - before
            return end
        }

        /// Where the run of whole lines from `start` ends: before the first line that does not end in an LF before
        /// `limit`, is longer than `maxLineBytes`, or, with `stopAtDashes`, starts with `--`. Found without going
        /// from line to line, for base64, whose lines hold no `-` (but in the URL-safe alphabet) and are short:
        ///
        /// - The first line starting with `--` is found by memchr for `-`, each one looked at only to see whether it
        ///   starts a line and a `-` follows (or nothing before `limit`: a line that can't end before it either).
        /// - The run ends at the last LF before that line, or before `limit`.
        /// - Every line in it is at most `maxLineBytes` long if the rest from a line start is; else the last LF
        ///   within `maxLineBytes` of that start (searched back from the window's end, which lies past it) ends the
        ///   lines that are, and the next line start is taken; none ends the run there. Each byte is searched back
        ///   over at most twice, so the whole is linear.
        private static func lineRun(
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

        /// Whole lines of `bytes` from `start` copied without the CR before each LF, into room reserved once, up to
        /// the first line that does not end in an LF before `limit`, is longer than `maxLineBytes`, or, with
        /// `stopAtDashes`, starts with `--` (as ``QuotedPrintable/decodeLines(_:from:to:maxLineBytes:stopAtDashes:into:)``
        /// takes them); returns where that line starts.
        private static func copyLines(
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

        /// Bytes up to a line break (`terminated`) or to the end of a chunk. A line longer than maxLineBytes is handed
        /// on in pieces of maxLineBytes (pieces after the first can't be boundaries); a piece is cut only once more
        /// bytes follow it, so the pieces don't depend on how the input was chunked.
        private mutating func segment(_ bytes: UnsafeBufferPointer<UInt8>, terminated: Bool) {
            var from = 0
            if !line.isEmpty {
                while from < bytes.count {
                    let room = limits.maxLineBytes - line.count
                    if room <= 0 {
                        flushLine(complete: false)
                        break
                    }
                    let count = min(room, bytes.count - from)
                    line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<(from + count)]))
                    from += count
                }
                if !line.isEmpty {
                    if terminated { flushLine(complete: true) }
                    return
                }
            }
            while bytes.count - from > limits.maxLineBytes {
                endLine(UnsafeBufferPointer(rebasing: bytes[from..<(from + limits.maxLineBytes)]), complete: false)
                from += limits.maxLineBytes
            }
            if terminated {
                endLine(UnsafeBufferPointer(rebasing: bytes[from...]), complete: true)
            } else if from < bytes.count {
                line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
            }
        }

        /// Hands on the buffered line; the buffer is moved out meanwhile, so handling the line can't touch it.
        private mutating func flushLine(complete: Bool) {
            var buffered: [UInt8] = []
            swap(&buffered, &line)
            buffered.withUnsafeBufferPointer { endLine($0, complete: complete) }
            buffered.removeAll(keepingCapacity: true)
            swap(&buffered, &line)
        }

        private mutating func endLine(_ piece: UnsafeBufferPointer<UInt8>, complete: Bool) {
            var count = piece.count
            if complete, count > 0, piece[count - 1] == 13 { count -= 1 }
            handleLine(UnsafeBufferPointer(rebasing: piece[0..<count]), continuation: lineIsContinuation, hasBreak: complete)
            lineIsContinuation = !complete
        }

        private mutating func handleLine(_ line: UnsafeBufferPointer<UInt8>, continuation: Bool, hasBreak: Bool) {
            if !continuation, !boundaries.isEmpty, line.count >= 3, line[0] == 45, line[1] == 45,
                let (level, closing) = matchBoundary(line)
            {
                finishCurrentPart()
                if closing {
                    boundaries.removeSubrange(level...)
                    mode = .ignore
                } else {
                    boundaries.removeSubrange((level + 1)...)
                    if partCount >= limits.maxParts {
                        message.truncations.insert(.parts)
                        mode = .ignore
                    } else {
                        partCount += 1
                        partHeaders = HeaderBlockParser(limits: limits)
                        partDepth = level + 1
                        mode = .headers
                    }
                }
                return
            }
            switch mode {
            case .ignore:
                return
            case .headers:
                if partHeaders.feed(line: line) {
                    message.truncations.formUnion(partHeaders.truncations)
                    var finished = HeaderBlockParser(limits: limits)
                    swap(&finished, &partHeaders)
                    mode = .ignore
                    beginPart(headers: finished.fields, depth: partDepth)
                }
            case .leaf:
                appendLeaf(line, hasBreak: hasBreak)
            }
        }

        /// Innermost-first boundary match: the level it belongs to and whether it closes that multipart.
        private func matchBoundary(_ line: UnsafeBufferPointer<UInt8>) -> (Int, Bool)? {
            let body = UnsafeBufferPointer(rebasing: line[2...])
            for level in stride(from: boundaries.count - 1, through: 0, by: -1) {
                let boundary = boundaries[level]
                guard body.count >= boundary.count,
                    boundary.withUnsafeBufferPointer({ ByteScan.equal(body, $0, count: $0.count) })
                else { continue }
                let rest = UnsafeBufferPointer(rebasing: body[boundary.count...])
                if rest.count >= 2, rest[0] == 45, rest[1] == 45 {
                    return (level, true)
                }
                if rest.allSatisfy({ ASCII.isSpace($0) }) { return (level, false) }
            }
            return nil
        }

        // MARK: Parts

        private mutating func beginPart(headers: [HeaderField], depth: Int) {
            // The values are parsed from their bytes in place (no string of the whole value).
            let fields = headers.firstMIMEFields()
            let contentType = fields.type?.withValueBytes(MIMEParameters.init(utf8:)) ?? MIMEParameters(token: "text/plain")
            let type = contentType.token.isEmpty ? "text/plain" : contentType.token
            let disposition = fields.disposition?.withValueBytes(MIMEParameters.init(utf8:)) ?? MIMEParameters(token: "")
            if type.hasPrefix("multipart/") {
                guard let boundary = contentType.boundary, !boundary.isEmpty else {
                    startLeaf(LeafPart(contentType: "text/plain", charset: nil, encoding: .identity))
                    return
                }
                guard boundaries.count < limits.maxMimeDepth else {
                    message.truncations.insert(.mimeDepth)
                    mode = .ignore
                    return
                }
                boundaries.append(Array(boundary.utf8.prefix(200)))
                mode = .ignore  // preamble
                return
            }
            if type == "message/rfc822" || type == "message/global" {
                guard depth < limits.maxMimeDepth else {
                    message.truncations.insert(.mimeDepth)
                    mode = .ignore
                    return
                }
                partHeaders = HeaderBlockParser(limits: limits)
                partDepth = depth + 1
                mode = .headers
                return
            }
            let isAttachment = disposition.token == "attachment"
            if (type == "text/plain" || type == "text/html") && !isAttachment {
                let encoding = fields.encoding?.withValueBytes(TransferEncoding.init(utf8:))
                startLeaf(LeafPart(contentType: type, charset: contentType.charset, encoding: encoding ?? .identity))
                return
            }
            let filename = disposition.filename ?? contentType.name
            if message.attachments.count < limits.maxParts {
                message.attachments.append(
                    AttachmentInfo(contentType: type, filename: filename.map { EncodedWords.decode($0) }))
            }
            mode = .ignore
        }

        /// Makes `part` the text part being decoded, writing into the spare buffer's room.
        private mutating func startLeaf(_ part: LeafPart) {
            leaf = part
            swap(&leaf.decoded, &spareDecoded)
            mode = .leaf
        }

        private mutating func appendLeaf(_ line: UnsafeBufferPointer<UInt8>, hasBreak: Bool) {
            guard !leaf.truncated else { return }
            let before = leaf.decoded.count
            switch leaf.encoding {
            case .identity:
                leaf.decoded.append(line)
                if hasBreak { leaf.decoded.append(10) }
            case .quotedPrintable:
                QuotedPrintable.decodeLine(line, into: &leaf.decoded)
                if !hasBreak, leaf.decoded.last == 10 { leaf.decoded.truncate(to: leaf.decoded.count - 1) }
            case .base64:
                leaf.base64.decode(line, into: &leaf.decoded)
            }
            let added = leaf.decoded.count - before
            decodedTotal += added
            if leaf.decoded.count > limits.maxPartBytes {
                leaf.decoded.truncate(to: limits.maxPartBytes)
                leaf.truncated = true
                message.truncations.insert(.partBytes)
            }
            if decodedTotal > limits.maxDecodedBytes {
                leaf.truncated = true
                message.truncations.insert(.decodedBytes)
            }
        }

        private mutating func finishCurrentPart() {
            guard case .leaf = mode else { return }
            mode = .ignore
            // Moved out, so the next part starts empty.
            var finished = LeafPart()
            swap(&finished, &leaf)
            if finished.encoding == .base64 { finished.base64.finish(into: &finished.decoded) }
            let part = finished
            // The decoded bytes are read where they lie. Well-formed UTF-8 HTML is rendered from them; anything else
            // is decoded (and repaired) into a string first, so the rendered text, and the offsets in it, are the
            // same either way.
            let textPart = part.decoded.withBytes { decoded -> TextPart in
                guard part.contentType == "text/html" else {
                    let text = CharsetDecoder.decode(decoded, charset: part.charset)
                    return TextPart(contentType: part.contentType, text: text, htmlLinks: [], hiddenText: "")
                }
                let html = CharsetDecoder.decodesToItself(decoded, charset: part.charset)
                    ? HTMLText.render(utf8: decoded, maxLinks: limits.maxLinks)
                    : HTMLText.render(CharsetDecoder.decode(decoded, charset: part.charset), maxLinks: limits.maxLinks)
                if html.linksTruncated { message.truncations.insert(.links) }
                return TextPart(
                    contentType: part.contentType, text: html.text, htmlLinks: html.links, hiddenText: html.hiddenText)
            }
            message.parts.append(textPart)
            spareDecoded = finished.decoded
            spareDecoded.removeAll()
        }
    }
}
