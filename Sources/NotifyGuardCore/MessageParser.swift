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
public final class MessageParser {
    private let limits: ParserLimits
    private var message = ParsedMessage()
    private var headerCount = 0

    // Line assembly
    private var line: [UInt8] = []
    private var lineIsContinuation = false
    private var scanned = 0

    // MIME state
    private var boundaries: [[UInt8]] = []
    private var state: PartState = .ignore
    private var decodedTotal = 0
    private var partCount = 0
    private var headersEnded = false

    private enum PartState {
        /// Reading a part's header block at nesting `depth`.
        case headers(HeaderBlockParser, depth: Int)
        case leaf(LeafPart)
        /// Preamble, epilogue, attachments and anything past a limit.
        case ignore
    }

    private struct LeafPart {
        var contentType: String
        var charset: String?
        var encoding: TransferEncoding
        var base64 = Base64Decoder()
        var decoded: [UInt8] = []
        var truncated = false
    }

    public init(limits: ParserLimits = ParserLimits()) {
        self.limits = limits
        line.reserveCapacity(256)
    }

    /// Adds one top-level header as the MTA passed it (value may still contain folding line breaks).
    public func header(name: String, value: String) {
        headerCount += 1
        guard message.headers.count < limits.maxHeaders else {
            message.truncations.insert(.headers)
            return
        }
        var unfolded = value.utf8.count > limits.maxHeaderBytes
            ? String(decoding: value.utf8.prefix(limits.maxHeaderBytes), as: UTF8.self) : value
        if unfolded.utf8.count != value.utf8.count { message.truncations.insert(.headerBytes) }
        if unfolded.utf8.contains(where: { $0 == 10 || $0 == 13 }) {
            unfolded = String(decoding: unfolded.utf8.filter { $0 != 10 && $0 != 13 }, as: UTF8.self)
        }
        message.headers.append(HeaderField(name: name, value: unfolded))
    }

    /// The top-level header block is complete; the body that follows is parsed per its Content-Type.
    public func endOfHeaders() {
        guard !headersEnded else { return }
        headersEnded = true
        beginPart(headers: message.headers, depth: 0)
    }

    /// Feeds body bytes (CRLF or bare LF line endings, any chunk boundaries).
    public func body(_ chunk: UnsafeRawBufferPointer) {
        if !headersEnded { endOfHeaders() }
        message.bodyBytes += chunk.count
        guard scanned < limits.maxScanBytes else {
            if !chunk.isEmpty { message.truncations.insert(.scanBytes) }
            return
        }
        let take = min(chunk.count, limits.maxScanBytes - scanned)
        if take < chunk.count { message.truncations.insert(.scanBytes) }
        scanned += take
        var start = 0
        var index = 0
        while index < take {
            if chunk[index] == 10 {
                appendToLine(chunk, from: start, to: index)
                endLine(complete: true)
                start = index + 1
            }
            index += 1
        }
        appendToLine(chunk, from: start, to: take)
    }

    public func body(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { body($0) }
    }

    /// Ends the message: flushes the last line and part and returns what was found.
    public func finish() -> ParsedMessage {
        if !headersEnded { endOfHeaders() }
        if !line.isEmpty { endLine(complete: false) }
        finishCurrentPart()
        return message
    }

    /// Parses a whole RFC 5322 message (headers and body), as `scan` reads it from a file.
    public static func parse(_ bytes: [UInt8], limits: ParserLimits = ParserLimits()) -> ParsedMessage {
        let parser = MessageParser(limits: limits)
        var headerParser = HeaderBlockParser(limits: limits)
        var index = 0
        var lineStart = 0
        // Header lines are bounded by maxHeaderBytes per field; a header block longer than the scan limit is cut.
        let headerLimit = min(bytes.count, limits.maxScanBytes)
        var bodyStart = bytes.count
        while index < headerLimit {
            if bytes[index] == 10 {
                var end = index
                if end > lineStart, bytes[end - 1] == 13 { end -= 1 }
                if headerParser.feed(line: bytes[lineStart..<end]) {
                    bodyStart = index + 1
                    break
                }
                lineStart = index + 1
            }
            index += 1
        }
        if !headerParser.isComplete {
            if lineStart < headerLimit {
                _ = headerParser.feed(line: bytes[lineStart..<headerLimit])
            }
            headerParser.finish()
            if headerLimit < bytes.count { parser.message.truncations.insert(.scanBytes) }
        }
        parser.message.truncations.formUnion(headerParser.truncations)
        for field in headerParser.fields {
            parser.header(name: field.name, value: field.value)
        }
        parser.endOfHeaders()
        if bodyStart < bytes.count {
            bytes[bodyStart...].withUnsafeBytes { parser.body($0) }
        }
        return parser.finish()
    }

    // MARK: Lines

    private func appendToLine(_ chunk: UnsafeRawBufferPointer, from start: Int, to end: Int) {
        guard end > start else { return }
        var from = start
        while from < end {
            let room = limits.maxLineBytes - line.count
            if room <= 0 {
                // An overlong line is handed on in pieces; pieces after the first can't be boundaries.
                endLine(complete: false)
                continue
            }
            let count = min(room, end - from)
            line.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[from..<(from + count)]))
            from += count
        }
    }

    private func endLine(complete: Bool) {
        if complete, line.last == 13 { line.removeLast() }
        handleLine(line[...], continuation: lineIsContinuation, hasBreak: complete)
        lineIsContinuation = !complete
        line.removeAll(keepingCapacity: true)
    }

    private func handleLine(_ line: ArraySlice<UInt8>, continuation: Bool, hasBreak: Bool) {
        if !continuation, !boundaries.isEmpty, line.count >= 3, line[line.startIndex] == 45,
            line[line.startIndex + 1] == 45, let (level, closing) = matchBoundary(line)
        {
            finishCurrentPart()
            if closing {
                boundaries.removeSubrange(level...)
                state = .ignore
            } else {
                boundaries.removeSubrange((level + 1)...)
                if partCount >= limits.maxParts {
                    message.truncations.insert(.parts)
                    state = .ignore
                } else {
                    partCount += 1
                    state = .headers(HeaderBlockParser(limits: limits), depth: level + 1)
                }
            }
            return
        }
        switch state {
        case .ignore:
            return
        case .headers(var parser, let depth):
            state = .ignore  // keeps the parser uniquely referenced while it is mutated
            if parser.feed(line: line) {
                message.truncations.formUnion(parser.truncations)
                beginPart(headers: parser.fields, depth: depth)
            } else {
                state = .headers(parser, depth: depth)
            }
        case .leaf(var leaf):
            state = .ignore
            appendLeaf(&leaf, line: line, hasBreak: hasBreak)
            state = .leaf(leaf)
        }
    }

    /// Innermost-first boundary match: the level it belongs to and whether it closes that multipart.
    private func matchBoundary(_ line: ArraySlice<UInt8>) -> (Int, Bool)? {
        let body = line.dropFirst(2)
        for level in stride(from: boundaries.count - 1, through: 0, by: -1) {
            let boundary = boundaries[level]
            guard body.count >= boundary.count, body.prefix(boundary.count).elementsEqual(boundary) else { continue }
            let rest = body.dropFirst(boundary.count)
            if rest.count >= 2, rest[rest.startIndex] == 45, rest[rest.startIndex + 1] == 45 {
                return (level, true)
            }
            if rest.allSatisfy({ ASCII.isSpace($0) }) { return (level, false) }
        }
        return nil
    }

    // MARK: Parts

    private func beginPart(headers: [HeaderField], depth: Int) {
        let contentType = HeaderParameters(headers.first(named: "Content-Type")?.value ?? "text/plain")
        let type = contentType.token.isEmpty ? "text/plain" : contentType.token
        let disposition = HeaderParameters(headers.first(named: "Content-Disposition")?.value ?? "")
        if type.hasPrefix("multipart/") {
            guard let boundary = contentType.parameters["boundary"], !boundary.isEmpty else {
                state = .leaf(LeafPart(contentType: "text/plain", charset: nil, encoding: .identity))
                return
            }
            guard boundaries.count < limits.maxMimeDepth else {
                message.truncations.insert(.mimeDepth)
                state = .ignore
                return
            }
            boundaries.append(Array(boundary.utf8.prefix(200)))
            state = .ignore  // preamble
            return
        }
        if type == "message/rfc822" || type == "message/global" {
            guard depth < limits.maxMimeDepth else {
                message.truncations.insert(.mimeDepth)
                state = .ignore
                return
            }
            state = .headers(HeaderBlockParser(limits: limits), depth: depth + 1)
            return
        }
        let isAttachment = disposition.token == "attachment"
        if (type == "text/plain" || type == "text/html") && !isAttachment {
            state = .leaf(
                LeafPart(
                    contentType: type, charset: contentType.parameters["charset"],
                    encoding: TransferEncoding(headerValue: headers.first(named: "Content-Transfer-Encoding")?.value)))
            return
        }
        let filename = disposition.parameters["filename"] ?? contentType.parameters["name"]
        if message.attachments.count < limits.maxParts {
            message.attachments.append(
                AttachmentInfo(contentType: type, filename: filename.map { EncodedWords.decode($0) }))
        }
        state = .ignore
    }

    private func appendLeaf(_ leaf: inout LeafPart, line: ArraySlice<UInt8>, hasBreak: Bool) {
        guard !leaf.truncated else { return }
        let before = leaf.decoded.count
        switch leaf.encoding {
        case .identity:
            leaf.decoded.append(contentsOf: line)
            if hasBreak { leaf.decoded.append(10) }
        case .quotedPrintable:
            QuotedPrintable.decodeLine(line, into: &leaf.decoded)
            if !hasBreak, leaf.decoded.last == 10 { leaf.decoded.removeLast() }
        case .base64:
            leaf.base64.decode(line, into: &leaf.decoded)
        }
        let added = leaf.decoded.count - before
        decodedTotal += added
        if leaf.decoded.count > limits.maxPartBytes {
            leaf.decoded.removeSubrange(limits.maxPartBytes...)
            leaf.truncated = true
            message.truncations.insert(.partBytes)
        }
        if decodedTotal > limits.maxDecodedBytes {
            leaf.truncated = true
            message.truncations.insert(.decodedBytes)
        }
    }

    private func finishCurrentPart() {
        guard case .leaf(var leaf) = state else { return }
        state = .ignore
        if leaf.encoding == .base64 { leaf.base64.finish(into: &leaf.decoded) }
        let text = CharsetDecoder.decode(leaf.decoded, charset: leaf.charset)
        if leaf.contentType == "text/html" {
            let html = HTMLText.render(text, maxLinks: limits.maxLinks)
            if html.linksTruncated { message.truncations.insert(.links) }
            message.parts.append(
                TextPart(contentType: leaf.contentType, text: html.text, htmlLinks: html.links, hiddenText: html.hiddenText))
        } else {
            message.parts.append(TextPart(contentType: leaf.contentType, text: text, htmlLinks: [], hiddenText: ""))
        }
    }
}
