import Foundation
import NotifyGuardCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Hostile shapes from issues 3 and 14: each must finish quickly with bounded output and report what it cut, and parsing it
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
        // Past the count limit only identity fields are kept, in a reserve of as many bytes as the block's.
        let identity = message.headers.filter { HeaderFieldTests.ReferenceBlock.isIdentity($0.name) }
        #expect(message.headers.count - identity.count <= limits.maxHeaders)
        // Repair can triple a value's bytes.
        #expect(Self.keptBytes(message) <= 3 * 2 * limits.maxHeaderBlockBytes)
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

    /// The bytes of the kept header fields' names and values.
    static func keptBytes(_ message: ParsedMessage) -> Int {
        message.headers.reduce(0) { $0 + $1.name.utf8.count + $1.foldedValue.utf8.count }
    }

    /// `count` padding fields before a message's own header block.
    static func padded(_ message: [UInt8], count: Int, name: String = "X-Pad") -> [UInt8] {
        var padding: [UInt8] = []
        padding.reserveCapacity(count * 20)
        for index in 0..<count { padding += Array("\(name)-\(index): x\r\n".utf8) }
        return padding + message
    }

    /// Issue 14.1: padding fields push From and Authentication-Results past `headers`; they are read wherever they
    /// stand, so a message rejected as it is stays rejected padded, and the padding shows.
    @Test(arguments: [1_000, 10_000])
    func paddingDoesNotHideTheTemplate(count: Int) throws {
        let original = try Fixture.bytes("written-abuse/namecheap-metamask.eml")
        let scorer = Scorer(policy: try Fixture.shippedPolicy())
        let plain = scorer.score(rawMessage: original)
        #expect(plain.action == .reject)
        let bytes = Self.padded(original, count: count)
        let verdict = scorer.score(rawMessage: bytes)
        #expect(verdict.action == plain.action)
        #expect(verdict.profile == plain.profile)
        #expect(verdict.reasons.filter { !["partial_scan", "header_padding"].contains($0.rule) } == plain.reasons)
        #expect(verdict.score > plain.score)
        let message = parse(bytes)
        #expect(message.headerCount >= count)
        #expect(message.truncations.contains(.headers))
        #expect(!message.truncations.contains(.identityHeaders))
    }

    /// Issue 14.1: heavy padding is itself a signal: `header_padding` adds its weight to what the message scored
    /// unpadded, and a message within `headers` never fires it.
    @Test func paddingIsItselfASignal() throws {
        let policy = try Fixture.shippedPolicy()
        let scorer = Scorer(policy: policy)
        let original = Array("From: Alice <alice@example.com>\r\nSubject: Lunch\r\n\r\nThursday at noon?\r\n".utf8)
        let plain = scorer.score(rawMessage: original)
        #expect(!plain.reasons.contains { $0.rule == "header_padding" })
        let within = scorer.score(rawMessage: Self.padded(original, count: policy.limits.maxHeaders - 2))
        #expect(!within.reasons.contains { $0.rule == "header_padding" })
        let padded = scorer.score(rawMessage: Self.padded(original, count: policy.limits.maxHeaders))
        let padding = try #require(padded.reasons.first { $0.rule == "header_padding" })
        #expect(padding.score == policy.weight(.headerPadding) && padding.score > 0)
        #expect(padded.score == plain.score + padding.score)
    }

    /// Issue 14.2: a forged X-NotifyGuard field after 10,000 others is kept, so it can be removed.
    @Test func forgedOwnHeaderAfterTenThousandOthersIsKept() {
        let bytes = Self.padded(Array("X-NotifyGuard-Result: accept score=0.0\r\nFrom: a@b.c\r\n\r\nbody".utf8), count: 10_000)
        let message = parse(bytes)
        #expect(message.headers.all(namePrefix: "x-notifyguard-").map(\.value) == ["accept score=0.0"])
        #expect(message.headers.first(named: "From")?.value == "a@b.c")
    }

    /// Issue 14.5: 10,000 fields with 60 kB names, as the milter hands them over. Names past `header_name_bytes` are
    /// dropped, and own fields, kept whatever their names, stop at their reserve: what is kept stays within the
    /// limits, not the 600 MB sent.
    @Test(arguments: ["X-Long-", "X-NotifyGuard-"])
    func longHeaderNamesKeepMemoryBounded(prefix: String) {
        let limits = ParserLimits()
        let parser = MessageParser(limits: limits)
        let filler = String(repeating: "n", count: 60 << 10)
        let message = withinMemoryBound {
            for index in 0..<10_000 { parser.header(name: "\(prefix)\(index)\(filler)", value: "x") }
            parser.header(name: "From", value: "a@b.c")
            return parser.finish()
        }
        expectBounded(message, limits: limits)
        #expect(Self.keptBytes(message) <= 2 * limits.maxHeaderBlockBytes)
        #expect(message.headerCount == 10_001)
        if prefix == "X-NotifyGuard-" {
            #expect(message.truncations.contains(.identityHeaders))
            #expect(!message.headers.isEmpty)
        } else {
            #expect(message.truncations.contains(.headerBytes))
            // Compared by count and size: a failure must not print 60 kB names.
            #expect(message.headers.count == 1)
            #expect(message.headers.first?.name.utf8.count == 4)
        }
    }

    /// Issue 14.5: values as long as `header_bytes` allows fill `header_block_bytes` long before `headers`; past it
    /// only identity fields are kept.
    @Test func headerBlockBytesBoundWhatIsKept() {
        let limits = ParserLimits()
        let value = String(repeating: "v", count: 20 << 10)
        var text = ""
        for index in 0..<1_000 { text += "X-Big-\(index): \(value)\r\n" }
        text += "Subject: still read\r\n\r\nbody"
        let message = parse(text)
        #expect(Self.keptBytes(message) <= limits.maxHeaderBlockBytes + 64)
        #expect(message.headers.count < 100)
        #expect(message.truncations.isSuperset(of: [.headers, .headerBytes]))
        #expect(message.subject == "still read")
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
