import Testing

@testable import NotifyGuardCore

/// The body parser hands runs of whole lines that can't be boundaries to a fast path (skipped in parts it ignores,
/// decoded at once in text parts) and everything else to the per-line path. Fed one byte at a time, nearly every
/// line takes the per-line path (a run needs a whole line in one chunk); fed whole, nearly every line takes the
/// fast path. Both, and chunks of every size between, must give the same message, on bodies made of the lines where
/// the paths differ: boundary-like lines, lines longer than the line limit, soft breaks, CR-only lines, sizes near
/// every limit.
@Suite struct BodyLineRunTests {
    typealias Generator = TestRandom

    static func randomBody(_ random: inout Generator, depth: Int = 0) -> [UInt8] {
        let lines = [
            "--b", "--b--", "--b  ", "--c", "--c--", "--", "-", "--x", "QUJD", "QUJDRA==", "Q", "=3D=3d", "soft=", "a=",
            "=", "=\r", "plain text", "\r", "", "0123456789abcdefghijklmnopqrstuvwxyz0123456789", "<p>hi&amp;</p>",
            "\t", "=E2=82=AC", "é", " trailing  ", "-x", "QU-J_D", "x-y-",
        ].map { Array($0.utf8) } + [[0xFF, 0xE2], [0x80]]
        var body: [UInt8] = []
        for _ in 0..<random.below(12) {
            body += random.pick(lines) + random.pick([[13, 10], [10]])
        }
        return body
    }

    static func randomPart(_ random: inout Generator, boundary: String, depth: Int) -> [UInt8] {
        var part = Array("--\(boundary)\r\n".utf8)
        if depth < 2, random.below(5) == 0 {
            part += Array("Content-Type: multipart/alternative; boundary=c\r\n\r\n".utf8)
            for _ in 0..<random.below(3) { part += randomPart(&random, boundary: "c", depth: depth + 1) }
            if random.below(2) == 0 { part += Array("--c--\r\n".utf8) }
            return part
        }
        let type = random.pick(["text/plain", "text/html", "application/pdf", "text/plain; charset=iso-8859-1"])
        part += Array("Content-Type: \(type)\r\n".utf8)
        let encoding = random.pick(["", "base64", "quoted-printable", "7bit"])
        if !encoding.isEmpty { part += Array("Content-Transfer-Encoding: \(encoding)\r\n".utf8) }
        return part + [13, 10] + randomBody(&random)
    }

    static func randomMessage(_ random: inout Generator) -> (header: [(String, String)], body: [UInt8]) {
        guard random.below(4) > 0 else {
            let encoding = random.pick(["base64", "quoted-printable", "8bit"])
            return ([("From", "a@b.c"), ("Content-Transfer-Encoding", encoding)], randomBody(&random))
        }
        var body = randomBody(&random)
        for _ in 0..<random.below(4) { body += randomPart(&random, boundary: "b", depth: 0) }
        if random.below(2) == 0 { body += Array("--b--\r\n".utf8) + randomBody(&random) }
        if random.below(3) == 0 { body.removeLast(min(body.count, random.below(3))) }
        return ([("From", "a@b.c"), ("Content-Type", "multipart/mixed; boundary=\"b\"")], body)
    }

    static func randomLimits(_ random: inout Generator) -> ParserLimits {
        var limits = ParserLimits()
        limits.maxLineBytes = random.pick([4, 9, 16, 64 << 10])
        limits.maxPartBytes = random.pick([5, 40, 300, 1 << 20])
        limits.maxDecodedBytes = random.pick([10, 80, 500, 4 << 20])
        limits.maxScanBytes = random.pick([50, 400, 4 << 20])
        limits.maxParts = random.pick([1, 3, 200])
        return limits
    }

    static func parse(
        _ header: [(String, String)], _ body: [UInt8], limits: ParserLimits, chunks: Int
    ) -> ParsedMessage {
        let parser = MessageParser(limits: limits)
        for (name, value) in header { parser.header(name: name, value: value) }
        parser.endOfHeaders()
        var offset = 0
        while offset < body.count {
            let end = min(body.count, offset + chunks)
            parser.body(Array(body[offset..<end]))
            offset = end
        }
        return parser.finish()
    }

    static func expectSame(_ a: ParsedMessage, _ b: ParsedMessage, _ comment: Comment) {
        #expect(a.parts == b.parts, comment)
        #expect(a.attachments == b.attachments, comment)
        #expect(a.truncations == b.truncations, comment)
        #expect(a.bodyBytes == b.bodyBytes, comment)
    }

    @Test func everyChunkingGivesThePerLineResult() {
        var random = Generator(state: 11)
        for _ in 0..<3_000 {
            let (header, body) = Self.randomMessage(&random)
            let limits = Self.randomLimits(&random)
            let perLine = Self.parse(header, body, limits: limits, chunks: 1)
            let comment = Comment(rawValue: String(decoding: body, as: UTF8.self))
            for chunks in [2, 5, 64, body.count + 1] {
                Self.expectSame(Self.parse(header, body, limits: limits, chunks: chunks), perLine, comment)
            }
            // Whole, the header block counts against the scan limit too.
            let raw = header.flatMap { Array("\($0.0): \($0.1)\r\n".utf8) } + [13, 10] + body
            if raw.count <= limits.maxScanBytes {
                Self.expectSame(MessageParser.parse(raw, limits: limits), perLine, comment)
            }
        }
    }
}
