/// The state and work of ``MessageParser``: a struct, so its mutating methods touch their own fields without the
/// runtime exclusivity checks a class's stored properties would need.
struct MessageStream {
    let limits: ParserLimits
    var message = ParsedMessage()
    /// The top-level header fields, until the header block ends.
    private var headerFields: MessageHeaders

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

    init(limits: ParserLimits, expectedHeaderBytes: Int) {
        self.limits = limits
        headerFields = MessageHeaders(limits: limits, expectedBytes: expectedHeaderBytes)
        partHeaders = HeaderBlockParser(limits: limits)
        line.reserveCapacity(256)
    }

    /// Adds a top-level header field; ignored once the header block has ended.
    mutating func header(name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>) {
        guard !headersEnded else { return }
        headerFields.add(name: name, value: value)
    }

    mutating func endOfHeaders() {
        guard !headersEnded else { return }
        headersEnded = true
        message.headers = headerFields.finish()
        message.headerCount = headerFields.count
        message.truncations.formUnion(headerFields.truncations)
        // The fields share the collector's buffer; the rest of it goes.
        headerFields = MessageHeaders(limits: limits)
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
        // Body bytes are plain octets; the MTA's char buffer is layout-compatible with UInt8.
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

    /// Skips or decodes at once a run of whole lines the per-line path (``segment(_:terminated:)``) would treat
    /// the same; returns where that path takes over (a possible boundary, a part's headers, a long or unterminated
    /// line). Called only between lines.
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

    /// Whether the line `bytes[start..<end]` could be a boundary (starts with `--`): the per-line path decides.
    @inline(__always)
    private func mayBeBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        !boundaries.isEmpty && end - start >= 2 && bytes[start] == 45 && bytes[start + 1] == 45
    }

    /// Skips lines that can't be boundaries; without boundaries, the whole chunk (nothing after it can matter).
    private func skipLines(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard !boundaries.isEmpty else { return bytes.count }
        var index = start
        while let newline = ByteScan.index(of: 10, in: bytes, from: index, to: bytes.count) {
            if mayBeBoundary(bytes, index, newline) { return index }
            index = newline + 1
        }
        return index
    }

    /// Decodes into the text part the run of whole lines from `start` that fits the room left under both size
    /// limits (a line never decodes to more than its bytes), as ``appendLeaf(_:hasBreak:)`` would line by line.
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
            // Line breaks are outside the alphabet: the decoder skips them and carries a group across.
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

    /// Bytes up to a line break (`terminated`) or to the end of a chunk. A line longer than maxLineBytes goes on in
    /// pieces of that size, cut only once more bytes follow, so the pieces don't depend on the chunking.
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
        // HTML that is well-formed UTF-8 is rendered from the decoded bytes in place; other HTML from its repaired
        // string, which renders to the same text.
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
