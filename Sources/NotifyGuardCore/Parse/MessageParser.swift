/// Streaming MIME parser: top-level headers, then body bytes in any chunking, then ``finish()``.
///
/// The daemon feeds it as libmilter hands the message over; ``parse(_:limits:)`` feeds a whole message through the
/// same calls. Memory is bounded by ``ParserLimits`` and work is linear in the input.
public final class MessageParser {
    private var stream: MessageStream

    public init(limits: ParserLimits = ParserLimits()) {
        stream = MessageStream(limits: limits, expectedHeaderBytes: 4 << 10)
    }

    /// Adds one top-level header as the MTA passed it (the value may still contain folding line breaks).
    public func header(name: String, value: String) {
        var name = name
        var value = value
        name.withUTF8 { name in value.withUTF8 { value in stream.header(name: name, value: value) } }
    }

    /// ``header(name:value:)`` for a name and value given as UTF-8 (or other) bytes.
    func header(name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>) {
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

    /// Parses a whole RFC 5322 message (headers and body), as `scan` reads it from a file: its header fields one by
    /// one, as an MTA would pass them, then its body in one chunk, through the calls this class forwards.
    public static func parse(_ bytes: [UInt8], limits: ParserLimits = ParserLimits()) -> ParsedMessage {
        // The copied fields take about what the header block takes; its size is not known before it is read.
        var stream = MessageStream(limits: limits, expectedHeaderBytes: min(bytes.count, 16 << 10))
        bytes.withUnsafeBufferPointer { buffer in
            let bodyStart = MessageHeaderBlock.read(buffer) { name, value in stream.header(name: name, value: value) }
            stream.endOfHeaders()
            if let bodyStart, bodyStart < buffer.count {
                stream.body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[bodyStart...])))
            }
        }
        return stream.finish()
    }
}
