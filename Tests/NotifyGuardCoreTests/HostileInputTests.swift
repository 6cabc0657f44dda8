import NotifyGuardCore
import Testing

/// Hostile shapes from issue 3: each must finish quickly with bounded output and report what it cut.
@Suite struct HostileInputTests {
    private func parse(_ text: String, limits: ParserLimits = ParserLimits()) -> ParsedMessage {
        MessageParser.parse(Array(text.utf8), limits: limits)
    }

    @Test func deeplyNestedMultipart() {
        var text = "Content-Type: multipart/mixed; boundary=b0\n\n"
        for depth in 1..<5000 {
            text += "--b\(depth - 1)\nContent-Type: multipart/mixed; boundary=b\(depth)\n\n"
        }
        text += "--b4999\nContent-Type: text/plain\n\nhello\n"
        let message = parse(text)
        #expect(message.truncations.contains(.mimeDepth))
    }

    @Test func hugeFoldedHeader() {
        let fold = String(repeating: "\r\n x", count: 100_000)
        let text = "Subject: start" + fold + String(repeating: "y", count: 4_000_000) + "\r\n\r\nbody"
        let message = parse(text, limits: { var l = ParserLimits(); l.maxScanBytes = 8 << 20; return l }())
        #expect(message.truncations.contains(.headerBytes))
        #expect(message.subject.utf8.count <= ParserLimits().maxHeaderBytes)
    }

    @Test func manyHeaders() {
        let text = String(repeating: "X-A: b\n", count: 200_000) + "\nbody"
        let message = parse(text)
        #expect(message.headers.count == ParserLimits().maxHeaders)
        #expect(message.truncations.contains(.headers))
    }

    @Test func invalidBase64AndQuotedPrintable() {
        let text = """
            Content-Type: multipart/mixed; boundary=x

            --x
            Content-Transfer-Encoding: base64

            !!!@@@===SGVsbG8===***\u{0}\u{1}
            --x
            Content-Transfer-Encoding: quoted-printable

            =ZZ=4=\u{0}=3D=
            """
        let message = parse(text)
        #expect(message.parts.count == 2)
        #expect(message.parts[0].text == "Hello")
        #expect(message.parts[1].text.hasPrefix("=ZZ=4="))
    }

    @Test func manyURLs() {
        let text = "Content-Type: text/plain\n\n" + String(repeating: "https://a.example.com/ ", count: 100_000)
        var policy = Policy()
        policy.limits.maxLinks = 2000
        let features = MessageFeatures(message: parse(text), policy: policy)
        #expect(features.links.count == 2000)
        #expect(features.truncations.contains(.links))
    }

    @Test func megabytesOfUnclosedHTML() {
        let text = "Content-Type: text/html\n\n" + String(repeating: "<div><a href=\"x", count: 200_000)
        let message = parse(text)
        #expect(message.parts.count == 1)
    }

    @Test func nulsAndInvalidUTF8Everywhere() {
        var bytes = Array("Subject: \u{0}\u{0}".utf8) + [0xFF, 0xFE, 0xC3, 10]
        bytes += Array("Content-Type: text/plain; charset=utf-8\n\n".utf8)
        bytes += (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        let message = MessageParser.parse(bytes)
        #expect(message.parts.count == 1)
        #expect(message.subject.contains("\u{FFFD}"))
    }

    @Test func encodedWordStorm() {
        let text = "Subject: " + String(repeating: "=?utf-8?B?QQ==?= =?x?", count: 20_000) + "\n\nbody"
        let message = parse(text)
        #expect(!message.subject.isEmpty)
    }

    @Test func lineOf30MegabytesWithoutBreak() {
        var limits = ParserLimits()
        limits.maxScanBytes = 40 << 20
        var bytes = Array("Content-Type: text/plain\n\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 30 << 20)
        let message = MessageParser.parse(bytes, limits: limits)
        #expect(message.truncations.contains(.partBytes))
        #expect(message.parts[0].text.utf8.count <= limits.maxPartBytes)
    }

    @Test func boundaryThatNeverCloses() {
        let text = "Content-Type: multipart/mixed; boundary=never\n\n--never\nContent-Type: text/plain\n\n"
            + String(repeating: "still going\n", count: 50_000)
        let message = parse(text)
        #expect(message.parts.count == 1)
        #expect(message.parts[0].text.hasPrefix("still going"))
    }

    @Test func scanLimitCutsTheBody() {
        var limits = ParserLimits()
        limits.maxScanBytes = 1000
        let message = parse("Content-Type: text/plain\n\n" + String(repeating: "x", count: 5000), limits: limits)
        #expect(message.truncations.contains(.scanBytes))
        #expect(message.bodyBytes == 5000)
    }
}
