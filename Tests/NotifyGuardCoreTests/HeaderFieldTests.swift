import Testing

@testable import NotifyGuardCore

/// Header fields are kept as bytes (a message's own as the MTA hands them over, a MIME part's copied from its lines)
/// and made into strings only when read. These tests hold them to the plain definition they replaced: every line's
/// value copied, each field made into strings at once (repaired by `String(decoding:as:)`), then, for the message's
/// own header block, cut and unfolded as the milter's values are. Past the count limit only identity fields are kept.
@Suite struct HeaderFieldTests {
    /// The header block parser as it was: a value copied line by line, then made into strings.
    struct ReferenceBlock {
        var fields: [(name: String, value: String)] = []
        var truncations: Set<Truncation> = []
        var pendingName: String?
        var pending: [UInt8] = []
        let limits: ParserLimits
        /// Whether identity fields are kept past the count limit (a message's own header block).
        var keepsIdentity = false
        /// Every field as the MTA passes it to a milter: raw name, and value lines joined by CR LF.
        var rawFields: [(name: [UInt8], value: [UInt8])] = []
        var pendingRawName: [UInt8] = []
        var pendingRaw: [[UInt8]] = []
        var kept = 0

        mutating func feed(_ line: ArraySlice<UInt8>) -> Bool {
            if line.isEmpty {
                flush()
                return true
            }
            if let first = line.first, first == 32 || first == 9 {
                if pendingName != nil {
                    append(line)
                    pendingRaw.append(Array(line))
                }
                return false
            }
            flush()
            guard let colon = line.firstIndex(of: 58) else { return false }
            var nameEnd = colon
            while nameEnd > line.startIndex, line[nameEnd - 1] == 32 || line[nameEnd - 1] == 9 { nameEnd -= 1 }
            guard nameEnd > line.startIndex else { return false }
            pendingName = String(decoding: line[line.startIndex..<nameEnd], as: UTF8.self)
            pendingRawName = Array(line[line.startIndex..<nameEnd])
            var valueStart = colon + 1
            while valueStart < line.endIndex, line[valueStart] == 32 || line[valueStart] == 9 { valueStart += 1 }
            append(line[valueStart...])
            pendingRaw = [Array(line[valueStart...])]
            return false
        }

        mutating func append(_ bytes: ArraySlice<UInt8>) {
            let room = limits.maxHeaderBytes - pending.count
            if room <= 0 {
                truncations.insert(.headerBytes)
                return
            }
            pending += bytes.prefix(room)
            if bytes.count > room { truncations.insert(.headerBytes) }
        }

        mutating func flush() {
            guard let name = pendingName else { return }
            pendingName = nil
            defer { pending = [] }
            rawFields.append((pendingRawName, Array(pendingRaw.joined(separator: [13, 10]))))
            if kept < limits.maxHeaders {
                kept += 1
            } else {
                truncations.insert(.headers)
                guard keepsIdentity, Self.isIdentity(name) else { return }
            }
            fields.append((name, String(decoding: pending, as: UTF8.self)))
        }

        /// The identity fields, by name: who sent the message and how it is built, and this filter's own.
        static func isIdentity(_ name: String) -> Bool {
            let lowered = String(decoding: name.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
            let names = ["from", "sender", "reply-to", "to", "subject", "authentication-results", "dkim-signature"]
            return names.contains(lowered) || lowered.hasPrefix("content-") || lowered.hasPrefix("x-notifyguard-")
        }
    }

    /// The message header's values as the milter's are kept: cut to maxHeaderBytes after repair, line breaks dropped.
    static func referenceMessageValue(
        _ value: String, limits: ParserLimits, truncations: inout Set<Truncation>
    ) -> String {
        let cut = value.utf8.count > limits.maxHeaderBytes
            ? String(decoding: value.utf8.prefix(limits.maxHeaderBytes), as: UTF8.self) : value
        if cut.utf8.count != value.utf8.count { truncations.insert(.headerBytes) }
        return String(decoding: cut.utf8.filter { $0 != 10 && $0 != 13 }, as: UTF8.self)
    }

    /// Lines as the whole-message parser splits them: at LF, a CR before it dropped; the last line may lack its LF.
    static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: 10) else {
                lines.append(start..<bytes.count)
                break
            }
            var end = newline
            if end > start, bytes[end - 1] == 13 { end -= 1 }
            lines.append(start..<end)
            start = newline + 1
        }
        return lines
    }

    static func randomBlock(_ random: inout TestRandom) -> [UInt8] {
        let names: [[UInt8]] = [
            "From", "subject", "X-Long-Header-Name", "Content-Type", "content-typx", "Ré", "To", "A", "Received",
        ].map { Array($0.utf8) } + [[0xC3], [0x58, 0xFF], [0xE2, 0x82]]
        let words: [[UInt8]] = [
            "plain", "=?utf-8?q?x?=", "é", "€uro", "\r", "a\rb", ";", " ", "\t", "0123456789abcdef0123456789",
        ].map { Array($0.utf8) } + [[0xFF], [0xE2, 0x82], [0x82, 0xAC], [0xF0, 0x9F], [0x98, 0x80], [0xC3]]
        var bytes: [UInt8] = []
        for _ in 0..<random.below(9) {
            switch random.below(10) {
            case 0: bytes += Array("no colon here".utf8)
            case 1: bytes += Array(": no name".utf8)
            case 2, 3, 4: bytes += [random.pick([32, 9])] + (0..<random.below(4)).flatMap { _ in random.pick(words) }
            default:
                bytes += random.pick(names) + random.pick([[58], [58, 32], [32, 58, 9, 32], [9, 58]])
                for _ in 0..<random.below(5) { bytes += random.pick(words) }
            }
            bytes += random.pick([[13, 10], [10], [13, 13, 10]])
        }
        if random.below(3) > 0 { bytes += random.pick([[13, 10], [10]]) + Array("body".utf8) }
        return bytes
    }

    static func randomLimits(_ random: inout TestRandom) -> ParserLimits {
        var limits = ParserLimits()
        limits.maxHeaderBytes = random.pick([0, 1, 4, 9, 30, 60, 16 << 10])
        limits.maxHeaders = random.pick([0, 1, 3, 1000])
        return limits
    }

    static func described(_ fields: [(name: String, value: String)]) -> [String] {
        fields.map { "\($0.name)|\($0.value)" }
    }

    /// The reference's fields of the message header block in `bytes`, read whole, with their truncations.
    static func referenceMessageHeader(_ bytes: [UInt8], limits: ParserLimits) -> (
        reference: ReferenceBlock, fields: [(name: String, value: String)], truncations: Set<Truncation>
    ) {
        var reference = ReferenceBlock(limits: limits, keepsIdentity: true)
        var ended = false
        for line in Self.lines(bytes) where !ended { ended = reference.feed(bytes[line]) }
        if !ended { reference.flush() }
        var truncations = reference.truncations
        let expected = reference.fields.map {
            ($0.name, Self.referenceMessageValue($0.value, limits: limits, truncations: &truncations))
        }
        return (reference, expected, truncations)
    }

    @Test func messageHeaderFieldsAreTheDefinitions() {
        var random = TestRandom(state: 7)
        for _ in 0..<4_000 {
            let bytes = Self.randomBlock(&random)
            let limits = Self.randomLimits(&random)
            let (reference, expected, truncations) = Self.referenceMessageHeader(bytes, limits: limits)
            // Handed over field by field as the MTA passes them (raw bytes, folding kept), the fields are the definition's.
            let fed = MessageParser(limits: limits)
            for field in reference.rawFields {
                field.name.withUnsafeBufferPointer { name in
                    field.value.withUnsafeBufferPointer { value in fed.header(name: name, value: value) }
                }
            }
            let fedMessage = fed.finish()
            #expect(Self.described(fedMessage.headers.map { ($0.name, $0.value) }) == Self.described(expected), "\(bytes)")
            #expect(fedMessage.truncations == truncations, "\(bytes)")
            #expect(fedMessage.headerCount == reference.rawFields.count)
            // Parsed whole, the message has those fields, as the milter's strings give them.
            let message = MessageParser.parse(bytes, limits: limits)
            #expect(Self.described(message.headers.map { ($0.name, $0.value) }) == Self.described(expected))
            #expect(message.truncations.subtracting([.scanBytes]) == truncations)
            let streamed = MessageParser(limits: limits)
            for field in reference.fields { streamed.header(name: field.name, value: field.value) }
            let streamedMessage = streamed.finish()
            #expect(message.headers == streamedMessage.headers)
            for field in message.headers { Self.expectValueBytes(field) }
        }
    }

    /// The scan limit counts body bytes only: a header block is read whole whatever the limit, as the daemon gets
    /// every field from the MTA (the header limits bound what is kept), at every limit from 0 to past its end.
    @Test func messageHeaderIsReadWholeWhateverTheScanLimit() {
        var random = TestRandom(state: 12)
        for _ in 0..<600 {
            let bytes = Self.randomBlock(&random)
            var limits = Self.randomLimits(&random)
            for cut in 0...bytes.count {
                limits.maxScanBytes = cut
                let (_, expected, truncations) = Self.referenceMessageHeader(bytes, limits: limits)
                let message = MessageParser.parse(bytes, limits: limits)
                #expect(Self.described(message.headers.map { ($0.name, $0.value) }) == Self.described(expected))
                #expect(message.truncations.subtracting([.scanBytes]) == truncations, "\(bytes) \(cut)")
            }
        }
    }

    @Test func partHeaderFieldsAreTheDefinitions() {
        var random = TestRandom(state: 8)
        for _ in 0..<4_000 {
            let bytes = Self.randomBlock(&random)
            let limits = Self.randomLimits(&random)
            var reference = ReferenceBlock(limits: limits)
            var parser = HeaderBlockParser(limits: limits)
            var ended = false
            for line in Self.lines(bytes) {
                let referenceEnded = reference.feed(bytes[line])
                ended = bytes[line].withUnsafeBufferPointer { parser.feed(line: $0) }
                #expect(ended == referenceEnded)
                if ended { break }
            }
            if !ended {
                reference.flush()
                parser.finish()
            }
            #expect(Self.described(parser.fields.map { ($0.name, $0.value) }) == Self.described(reference.fields))
            #expect(parser.truncations == reference.truncations)
            for field in parser.fields { Self.expectValueBytes(field) }
        }
    }

    static func expectValueBytes(_ field: HeaderField) {
        #expect(field.withValueBytes { Array($0) } == Array(field.value.utf8))
    }

    /// Looking a field up by name finds what comparing every field's name string finds, for names sharing their first
    /// eight bytes, differing in case or length, non-ASCII or repaired.
    /// The key's word loads and lowercasing against the byte-by-byte definition: every byte value at every position
    /// of names of every length up to past eight, next to letters of either case.
    @Test func nameKeysAreTheDefinition() {
        func reference(_ bytes: [UInt8]) -> UInt64 {
            var prefix: UInt64 = 0
            for offset in 0..<min(bytes.count, 8) { prefix |= UInt64(ASCII.lower(bytes[offset])) << (8 * UInt64(offset)) }
            return prefix
        }
        for length in 0...12 {
            for position in 0..<max(length, 1) {
                for value in 0...255 {
                    var name = (0..<length).map { UInt8(ascii: $0 % 2 == 0 ? "A" : "z") &+ UInt8($0 % 3) }
                    if position < length { name[position] = UInt8(value) }
                    let key = name.withUnsafeBufferPointer { HeaderNameKey($0) }
                    #expect(key.prefix == reference(name) && key.count == length, "\(name)")
                }
            }
        }
        for value in 0...255 {
            let word = UInt64(value) * 0x0101_0101_0101_0101
            #expect(ASCII.lowercased(packed: word) == UInt64(ASCII.lower(UInt8(value))) * 0x0101_0101_0101_0101)
        }
    }

    @Test func lookupsAreTheDefinition() {
        let names = [
            "Content-Type", "content-type", "Content-Typf", "Content-Types", "CONTENT-TYPE", "Subject", "subjecT",
            "Received", "receivex", "Ré", "rÉ", "To", "T", "\u{FFFD}", "X", "",
        ]
        var random = TestRandom(state: 9)
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<random.below(8) {
                let name = random.below(8) == 0 ? [0xC3] : Array(random.pick(names).utf8)
                bytes += name + Array(": v\(random.below(100))\r\n".utf8)
            }
            let message = MessageParser.parse(bytes + [13, 10])
            var streamed = message.headers.map { HeaderField(name: $0.name, value: $0.value) }
            if let first = streamed.first {
                var renamed = first
                renamed.name = random.pick(names)
                streamed.append(renamed)
            }
            for headers in [message.headers, streamed] {
                for query in names + ["content-type ", "received"] {
                    let expected = headers.filter { $0.name.caseInsensitiveEquals(query) }
                    #expect(headers.all(named: query) == expected)
                    #expect(headers.first(named: query) == expected.first)
                }
            }
        }
    }

    /// The three MIME fields found in one pass are those ``Swift/Array/first(named:)`` finds, among names sharing their
    /// first eight bytes, differing in case or length, repeated, given as strings or parsed.
    @Test func mimeFieldLookupIsTheDefinition() {
        let names = [
            "Content-Type", "content-TYPE", "Content-Typf", "Content-Types", "Content-Disposition", "CONTENT-disposition",
            "Content-Dispositiom", "Content-Transfer-Encoding", "content-transfer-encoding", "Content-Transfer-Encodinf",
            "Content-", "Content-Transfer-Encoding2", "Subject", "X",
        ]
        var random = TestRandom(state: 11)
        for _ in 0..<1_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.below(10) {
                bytes += Array(random.pick(names).utf8) + Array(": v\(random.below(100))\r\n".utf8)
            }
            let message = MessageParser.parse(bytes + [13, 10])
            let streamed = message.headers.map { HeaderField(name: $0.name, value: $0.value) }
            for headers in [message.headers, streamed] {
                let found = headers.firstMIMEFields()
                #expect(found.type == headers.first(named: "Content-Type"))
                #expect(found.disposition == headers.first(named: "Content-Disposition"))
                #expect(found.encoding == headers.first(named: "Content-Transfer-Encoding"))
            }
        }
    }

    /// Content-Transfer-Encoding read from bytes names what the trimmed, Unicode-lowercased string names.
    @Test func transferEncodingIsTheDefinition() {
        let values = [
            "base64", " BASE64\t", "Base64 ", "quoted-printable", "Quoted-Printable\r\n", "7bit", "", "base 64",
            "base64x", "\u{212A}", "quoted-printablé", "İ", "\u{0}base64", "\u{C}base64\u{C}", "QUOTED-PRİNTABLE",
        ]
        for value in values {
            let reference: TransferEncoding
            switch value.trimmingASCIIWhitespace().lowercased() {
            case "base64": reference = .base64
            case "quoted-printable": reference = .quotedPrintable
            default: reference = .identity
            }
            var bytes = value
            #expect(bytes.withUTF8(TransferEncoding.init(utf8:)) == reference, "\(value)")
        }
    }

    /// The memchr search for `=?` finds what the byte pairs show, at every position (first, last, after an `=`).
    @Test func encodedWordStartIsFoundWhereItIs() {
        for text in ["", "=", "?", "=?", "a=?", "==?", "=a?", "?=", "x=", "=x=?y", "===", "é=?", "=\u{301}?", "a?=b=c"] {
            let bytes = Array(text.utf8)
            let expected = bytes.indices.dropLast().contains { bytes[$0] == 61 && bytes[$0 + 1] == 63 }
            #expect(EncodedWords.containsWordStart(text) == expected, "\(text)")
        }
    }

    @Test func valuesSpanningLinesAreUnfolded() {
        let raw = "Subject: one\r\n two\r\n\tthree\rfour\nX: \r\n next\r\n"
            + "Content-Type: text/html;\r\n charset=\"utf-8\"\r\n\r\n"
        let message = MessageParser.parse(Array(raw.utf8))
        #expect(message.headers.map(\.value) == ["one two\tthreefour", " next", "text/html; charset=\"utf-8\""])
        #expect(message.parts.first?.contentType == "text/html")
    }
}
