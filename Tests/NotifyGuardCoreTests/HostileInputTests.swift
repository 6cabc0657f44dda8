import Foundation
import NotifyGuardCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Hostile shapes from issue 3: each must finish quickly with bounded output and report what it cut, and parsing it
/// must not grow the process's peak memory by more than ``HostileInputTests/memoryBound``.
///
/// Serialized so one shape's peak is not another's: the peak is reset (Linux `clear_refs`) before each shape, and
/// only suites running alongside (small, short-lived allocations) can add to it.
@Suite(.serialized) struct HostileInputTests {
    /// Parser memory is bounded by ParserLimits (a 64 KB line, 1 MB per part, 4 MB decoded, their text): a few
    /// tens of MB at most. The bound is generous so that other suites' allocations can't make this flaky, and far
    /// below what copying or expanding these inputs (up to 30 MB) would cost.
    static let memoryBound = 96 << 20

    private func parse(_ bytes: [UInt8], limits: ParserLimits = ParserLimits()) -> ParsedMessage {
        let message = withinMemoryBound { MessageParser.parse(bytes, limits: limits) }
        expectBounded(message, limits: limits)
        return message
    }

    private func parse(_ text: String, limits: ParserLimits = ParserLimits()) -> ParsedMessage {
        parse(Array(text.utf8), limits: limits)
    }

    /// Runs `body` and expects the peak resident memory to grow by less than ``memoryBound`` meanwhile.
    private func withinMemoryBound<T>(_ body: () -> T) -> T {
        let reset = ResidentMemory.resetPeak()
        guard let before = ResidentMemory.read() else {
            print("HostileInputTests: /proc/self/status unreadable; memory not measured")
            return body()
        }
        let result = body()
        if let after = ResidentMemory.read() {
            // Without a reset the old peak is the baseline: a weaker check (a shape below an earlier peak passes), never
            // a wrong one.
            let growth = after.peak - (reset ? before.current : before.peak)
            #expect(growth < Self.memoryBound, "peak RSS grew by \(growth >> 20) MB")
        }
        return result
    }

    /// What the parser kept is bounded by the limits, not by the input.
    private func expectBounded(_ message: ParsedMessage, limits: ParserLimits) {
        #expect(message.headers.count <= limits.maxHeaders)
        // A cut inside a UTF-8 sequence becomes one U+FFFD (3 bytes).
        #expect(message.headers.allSatisfy { $0.value.utf8.count <= limits.maxHeaderBytes + 3 })
        #expect(message.parts.count <= limits.maxParts + 1)
        #expect(message.attachments.count <= limits.maxParts)
        // Charset conversion can triple a part's decoded bytes (one invalid byte becomes U+FFFD); rendering HTML only
        // shrinks them.
        for part in message.parts {
            #expect(part.text.utf8.count <= 3 * limits.maxPartBytes)
            #expect(part.hiddenText.utf8.count <= 6 * limits.maxPartBytes)
            #expect(part.htmlLinks.count <= limits.maxLinks)
        }
        let decoded = message.parts.reduce(0) { $0 + $1.text.utf8.count }
        #expect(decoded <= 3 * (limits.maxDecodedBytes + limits.maxLineBytes))
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
        policy.publicSuffixList = SuffixList.installed
        policy.limits.maxLinks = 2000
        let message = parse(text)
        let features = withinMemoryBound { MessageFeatures(message: message, policy: policy) }
        #expect(features.links.count == 2000)
        #expect(features.emails.count <= 2000 && features.phones.count <= 2000 && features.wallets.count <= 2000)
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
        let message = parse(bytes)
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
        let message = parse(bytes, limits: limits)
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

    @Test func hugeLineStreamedInChunks() {
        // The milter path: body chunks of 64 KB, one 20 MB line across them, in a base64 part.
        let parser = MessageParser()
        parser.header(name: "Content-Type", value: "text/plain")
        parser.header(name: "Content-Transfer-Encoding", value: "base64")
        parser.endOfHeaders()
        let chunk = [UInt8](repeating: UInt8(ascii: "Q"), count: 64 << 10)
        let message = withinMemoryBound {
            for _ in 0..<320 { parser.body(chunk) }
            return parser.finish()
        }
        expectBounded(message, limits: ParserLimits())
        #expect(message.truncations.contains(.partBytes))
        #expect(message.truncations.contains(.scanBytes))
    }

    /// A From domain of thousands of labels (as long as a header may be), ASCII and not: the suffix-list walk, the
    /// profile lookup and the lookalike check look at a bounded number of its tails, so scoring stays linear.
    @Test(arguments: ["a.", "é."])
    func senderDomainOfThousandsOfLabels(label: String) throws {
        let domain = String(repeating: label, count: (15 << 10) / label.utf8.count) + "com"
        let raw = "From: Service <x@\(domain)>\r\nTo: y@example.org\r\nSubject: hi\r\n\r\nbody\r\n"
        let scorer = Scorer(policy: try Fixture.shippedPolicy())
        let clock = ContinuousClock()
        let start = clock.now
        let verdict = scorer.score(rawMessage: Array(raw.utf8))
        let elapsed = clock.now - start
        // Longer than DNS allows: no domain anyone could send from.
        #expect(verdict.reasons.contains { $0.rule == "invalid_sender_domain" })
        // Quadratic work on 15 KB (thousands of joins of thousands of labels) took seconds; linear work takes
        // milliseconds even in a debug build.
        #expect(elapsed < .seconds(2), "\(elapsed)")
    }

    @Test func scanLimitCutsTheBody() {
        var limits = ParserLimits()
        limits.maxScanBytes = 1000
        let message = parse("Content-Type: text/plain\n\n" + String(repeating: "x", count: 5000), limits: limits)
        #expect(message.truncations.contains(.scanBytes))
        #expect(message.bodyBytes == 5000)
    }
}

/// This process's resident memory, from Linux's /proc.
enum ResidentMemory {
    /// Current and peak resident set size in bytes; nil where /proc/self/status is missing.
    static func read() -> (current: Int, peak: Int)? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        func kilobytes(_ name: String) -> Int? {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            return fields.count >= 2 ? Int(fields[1]) : nil
        }
        guard let current = kilobytes("VmRSS"), let peak = kilobytes("VmHWM") else { return nil }
        return (current << 10, peak << 10)
    }

    /// Resets the peak to the current size (writing 5 to /proc/self/clear_refs, Linux 4.0+); false where refused.
    static func resetPeak() -> Bool {
        #if canImport(Glibc)
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return write(descriptor, "5", 1) == 1
        #else
        return false
        #endif
    }
}
