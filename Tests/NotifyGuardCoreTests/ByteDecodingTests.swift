@testable import NotifyGuardCore
import Testing

/// The parser's byte-level fast paths against the standard library's behaviour they stand in for: an HTML part is
/// rendered from its bytes only when `String(decoding:as:)` would have kept them as they are.
@Suite struct ByteDecodingTests {
    private func standardLibraryKeeps(_ bytes: [UInt8]) -> Bool {
        Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
    }

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = TestRandom(state: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<20_000 {
            // Valid text around the sample, so the eight-byte ASCII steps and their edges are crossed too.
            let prefix = [UInt8](repeating: 0x61, count: round % 11)
            let suffix = Array("é€😀 text".utf8).prefix(round % 13)
            let bytes = prefix + generator.utf8Sample(count: 1 + round % 9) + suffix
            let valid = bytes.withUnsafeBufferPointer(UTF8Bytes.isValidUTF8)
            #expect(valid == standardLibraryKeeps(bytes), "\(bytes)")
        }
    }

    @Test func everyShortSequenceIsJudgedAsTheStandardLibraryDoes() {
        let bytes: [UInt8] = [
            0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5,
        ]
        for a in bytes {
            for b in bytes {
                for c in bytes {
                    for d in bytes {
                        let sequence = [a, b, c, d]
                        let valid = sequence.withUnsafeBufferPointer(UTF8Bytes.isValidUTF8)
                        #expect(valid == standardLibraryKeeps(sequence))
                    }
                }
            }
        }
    }

    @Test func asciiCheck() {
        for length in 0..<40 {
            var bytes = [UInt8](repeating: 0x7F, count: length)
            #expect(bytes.withUnsafeBufferPointer(UTF8Bytes.isASCII))
            for position in 0..<length {
                bytes[position] = 0x80
                #expect(!bytes.withUnsafeBufferPointer(UTF8Bytes.isASCII))
                bytes[position] = 0x7F
            }
        }
    }

    @Test(arguments: [
        ("UTF-8", Array("café".utf8), true), ("utf8", [0xC3], false), (nil, Array("plain".utf8), true),
        ("iso-8859-1", Array("plain".utf8), true), ("iso-8859-1", [0x63, 0xE9], false),
        ("ISO-2022-JP", Array("plain".utf8), false), ("us-ascii", [0xE2, 0x82, 0xAC], true),
    ] as [(String?, [UInt8], Bool)])
    func decodesToItself(charset: String?, bytes: [UInt8], expected: Bool) {
        #expect(CharsetDecoder.decodesToItself(bytes, charset: charset) == expected)
        if expected { #expect(Array(CharsetDecoder.decode(bytes, charset: charset).utf8) == bytes) }
    }

    /// Base64 as the plain definition has it: alphabet bytes in fours, anything else skipped, a partial group last.
    private func referenceBase64(_ input: [UInt8]) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var values: [UInt32] = []
        for byte in input {
            if let value = alphabet.firstIndex(of: byte) {
                values.append(UInt32(value))
            } else if byte == UInt8(ascii: "-") {
                values.append(62)
            } else if byte == UInt8(ascii: "_") {
                values.append(63)
            }
        }
        var out: [UInt8] = []
        var index = 0
        while index + 4 <= values.count {
            let group = values[index] << 18 | values[index + 1] << 12 | values[index + 2] << 6 | values[index + 3]
            out += [16, 8, 0].map { UInt8(truncatingIfNeeded: group >> $0) }
            index += 4
        }
        let rest = values[index...].reduce(UInt32(0)) { $0 << 6 | $1 }
        if values.count - index == 2 { out.append(UInt8(truncatingIfNeeded: rest >> 4)) }
        if values.count - index == 3 { out += [10, 2].map { UInt8(truncatingIfNeeded: rest >> $0) } }
        return out
    }

    @Test func base64InLinesDecodesAsTheDefinitionSays() {
        var generator = TestRandom(state: 0x2545_F491_4F6C_DD1D)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_".utf8)
        for round in 0..<3_000 {
            let input: [UInt8] = (0..<(round % 97)).map { _ in
                let value = generator.next()
                return value % 17 == 0 ? [UInt8(ascii: "="), 32, 9, 0x80, UInt8(ascii: "!")][Int(value >> 8) % 5]
                    : alphabet[Int(value >> 16) % alphabet.count]
            }
            // Fed in lines of varying length, into both kinds of output.
            var decoder = Base64Decoder(), arrayDecoder = Base64Decoder()
            var writer = ByteWriter()
            var array: [UInt8] = []
            var start = 0
            while start < input.count {
                let end = min(input.count, start + 1 + Int(generator.next() % 80))
                input[start..<end].withUnsafeBufferPointer {
                    decoder.decode($0, into: &writer)
                    arrayDecoder.decode($0, into: &array)
                }
                start = end
            }
            decoder.finish(into: &writer)
            arrayDecoder.finish(into: &array)
            #expect(array == writer.array(), "\(input)")
            // However it was cut into lines (pieces shorter than a group included), the result is the definition's.
            #expect(writer.array() == referenceBase64(input), "\(input)")
            var whole = ByteWriter()
            var oneDecoder = Base64Decoder()
            input.withUnsafeBufferPointer { oneDecoder.decode($0, into: &whole) }
            oneDecoder.finish(into: &whole)
            #expect(whole.array() == referenceBase64(input), "\(input)")
        }
    }

    /// The 16-byte steps: a byte outside the alphabet (or a line break) at every position of runs across several
    /// steps, started after 0 to 3 carried characters, decodes as the definition says; so do MIME lines of 76.
    @Test func base64VectorStepsAgreeAtEveryPosition() {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_".utf8)
        let breakers: [[UInt8]] = [[10], [13, 10], [UInt8(ascii: "=")], [0x80], [32], [0xFF, 0xFE, 0xFD]]
        for length in [15, 16, 17, 31, 32, 33, 47, 48, 63, 64, 65] {
            let run = (0..<length).map { alphabet[($0 * 7 + length) % alphabet.count] }
            for breaker in breakers {
                for position in 0...length {
                    for carried in 0..<4 {
                        let input = Array(run[0..<position]) + breaker + Array(run[position...])
                        let head = Array(alphabet[0..<carried])
                        var decoder = Base64Decoder()
                        var writer = ByteWriter()
                        head.withUnsafeBufferPointer { decoder.decode($0, into: &writer) }
                        input.withUnsafeBufferPointer { decoder.decode($0, into: &writer) }
                        decoder.finish(into: &writer)
                        #expect(writer.array() == referenceBase64(head + input), "\(head + input)")
                    }
                }
            }
        }
        var lines: [UInt8] = []
        for line in 0..<9 {
            lines += (0..<76).map { alphabet[($0 + line * 5) % 64] } + [13, 10]
        }
        var decoder = Base64Decoder()
        var writer = ByteWriter()
        lines.withUnsafeBufferPointer { decoder.decode($0, into: &writer) }
        decoder.finish(into: &writer)
        #expect(writer.array() == referenceBase64(lines))
    }

    /// Lines shorter than a group: their characters carry over to the next line.
    @Test func base64LinesShorterThanAGroupCarryOver() {
        for (lines, expected) in [(["QU", "JD"], "ABC"), (["QUJD", "RA", "=="], "ABCD"), (["Q", "U", "J", "D"], "ABC"), (["QQ"], "A")] {
            var decoder = Base64Decoder()
            var out: [UInt8] = []
            for line in lines { Array(line.utf8).withUnsafeBufferPointer { decoder.decode($0, into: &out) } }
            decoder.finish(into: &out)
            #expect(String(decoding: out, as: UTF8.self) == expected, "\(lines)")
        }
        #expect(EncodedWords.decode("=?utf-8?B?QQ?=") == "A")
    }

    /// Quoted-printable as the plain definition has it, byte by byte.
    private func referenceQuotedPrintable(_ line: [UInt8]) -> [UInt8] {
        var end = line.count
        while end > 0, line[end - 1] == 32 || line[end - 1] == 9 { end -= 1 }
        let soft = end > 0 && line[end - 1] == UInt8(ascii: "=")
        if soft { end -= 1 }
        var out: [UInt8] = []
        var index = 0
        while index < end {
            if line[index] == UInt8(ascii: "="), index + 2 < end, let high = ASCII.hexValue(line[index + 1]),
                let low = ASCII.hexValue(line[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(line[index])
                index += 1
            }
        }
        if !soft { out.append(10) }
        return out
    }

    @Test func quotedPrintableLinesDecodeAsTheDefinitionSays() {
        var generator = TestRandom(state: 0x5851_F42D_4C95_7F2D)
        let pieces: [[UInt8]] = ["=3D", "=", "a", "bcdefgh", "=E2=82=AC", " ", "=G1", "=4", "0123456789abcdef"]
            .map { Array($0.utf8) }
        for round in 0..<3_000 {
            var line: [UInt8] = []
            for _ in 0..<(round % 23) { line += pieces[Int(generator.next() % UInt64(pieces.count))] }
            var writer = ByteWriter()
            line.withUnsafeBufferPointer { QuotedPrintable.decodeLine($0, into: &writer) }
            #expect(writer.array() == referenceQuotedPrintable(line), "\(String(decoding: line, as: UTF8.self))")
        }
    }

    /// A run of whole lines decoded in one pass is what decoding each line (without its LF and one CR before it)
    /// gives: escapes, soft breaks with spaces, tabs and CRs after them, trailing whitespace after an escaped space,
    /// stray CRs, `=` at every place near a line's end, lines long enough for the 16-byte steps.
    @Test func quotedPrintableRunsDecodeAsTheirLines() {
        var generator = TestRandom(state: 0x1234_5678_9ABC_DEF1)
        let pieces: [[UInt8]] = [
            "=3D", "=", "a", "bcdefghijklmnopq", "=E2=82=AC", " ", "\t", "=20", "=09", "=G1", "=4", "\r", "==",
            "0123456789abcdef0123", "= ", "=\t", "=\r", "=0D", "=0A", "_",
        ].map { Array($0.utf8) }
        for round in 0..<4_000 {
            var run: [UInt8] = []
            var expected = ByteWriter()
            for _ in 0..<(1 + round % 5) {
                var line: [UInt8] = []
                for _ in 0..<Int(generator.next() % 12) { line += pieces[Int(generator.next() % UInt64(pieces.count))] }
                let ending: [UInt8] = generator.next() % 3 == 0 ? [10] : [13, 10]
                run += line + ending
                // The per-line path: the LF, then one CR before it, dropped.
                var content = line
                if ending == [10], content.last == 13 { content.removeLast() }
                content.withUnsafeBufferPointer { QuotedPrintable.decodeLine($0, into: &expected) }
            }
            var actual = ByteWriter()
            run.withUnsafeBufferPointer { QuotedPrintable.decodeLines($0, into: &actual) }
            #expect(actual.array() == expected.array(), "\(String(decoding: run, as: UTF8.self).debugDescription)")
        }
    }

    /// Lines decoded while their run is found are the run the parser's definition finds (each line ending in an LF
    /// before the limit, no longer than the line limit, not starting with `--` where that stops it), decoded in one
    /// call: the end returned is that run's end, the bytes written its decoded bytes. Lines of `-` and `--`
    /// anywhere, the limit at every position, long lines, unterminated last lines.
    @Test func quotedPrintableRunFoundWhileDecodingIsTheDefinitionsRun() {
        var generator = TestRandom(state: 0x0F1E_2D3C_4B5A_6978)
        let pieces: [[UInt8]] = [
            "=3D", "=", "a", "bcdefghijklmnopq", "--", "-", " ", "\t", "=20", "=4", "\r", "0123456789abcdef0123",
            "= ", "=\r", "--boundary",
        ].map { Array($0.utf8) }
        for round in 0..<3_000 {
            var bytes: [UInt8] = Array("prefix".utf8).prefix(round % 3) + []
            let start = bytes.count
            for _ in 0..<(1 + round % 6) {
                for _ in 0..<Int(generator.next() % 6) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
                bytes += generator.next() % 3 == 0 ? [10] : [13, 10]
            }
            if round % 4 == 0 { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let maxLineBytes = [4, 12, 30, Int.max][Int(generator.next() % 4)]
            let stopAtDashes = generator.next() % 2 == 0
            for limit in start...bytes.count {
                bytes.withUnsafeBufferPointer { buffer in
                    var end = start
                    while let newline = buffer[end..<limit].firstIndex(of: 10), newline - end <= maxLineBytes,
                        !(stopAtDashes && newline - end >= 2 && buffer[end] == 45 && buffer[end + 1] == 45)
                    {
                        end = newline + 1
                    }
                    var expected = ByteWriter()
                    QuotedPrintable.decodeLines(UnsafeBufferPointer(rebasing: buffer[start..<end]), into: &expected)
                    var actual = ByteWriter()
                    Array("kept".utf8).withUnsafeBufferPointer { actual.append($0) }
                    let found = QuotedPrintable.decodeLines(
                        buffer, from: start, to: limit, maxLineBytes: maxLineBytes, stopAtDashes: stopAtDashes,
                        into: &actual)
                    #expect(found == end, "\(bytes) \(limit)")
                    #expect(actual.array() == Array("kept".utf8) + expected.array(), "\(bytes) \(limit)")
                }
            }
        }
    }

    @Test func quotedPrintableIntoEitherOutput() {
        for line in ["plain", "a=3Db=3d=", "soft break=", "=4", "=ZZ trailing  ", "=E2=82=AC=", "", "=", "x=0A"] {
            var array: [UInt8] = []
            var writer = ByteWriter()
            Array(line.utf8).withUnsafeBufferPointer {
                QuotedPrintable.decodeLine($0, into: &array)
                QuotedPrintable.decodeLine($0, into: &writer)
            }
            #expect(writer.array() == array, "\(line)")
        }
    }

    /// A scalar is appended as its UTF-8, at every length boundary and around the surrogates.
    @Test func byteWriterAppendsScalarsAsUTF8() {
        let values: [UInt32] = [
            0, 0x41, 0x7F, 0x80, 0xA0, 0x7FF, 0x800, 0xFFF, 0x200C, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600,
            0x10FFFF,
        ]
        var writer = ByteWriter()
        var expected: [UInt8] = []
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            writer.append(scalar)
            expected += Array(String(Character(scalar)).utf8)
        }
        #expect(writer.array() == expected)
    }

    /// The charset spellings answered at once normalize as the general steps do (the same names with a space
    /// around them take those steps).
    @Test func commonCharsetNamesNormalizeAsTheGeneralSteps() {
        for name in ["utf-8", "UTF-8", "utf8", "UTF8", "us-ascii", "US-ASCII", "ascii", "ASCII", "iso-8859-1", "ISO-8859-1"] {
            #expect(CharsetDecoder.normalize(name) == CharsetDecoder.normalize(" \(name) "), "\(name)")
        }
        #expect(CharsetDecoder.normalize(nil) == CharsetDecoder.normalize(""))
    }

    @Test func byteWriterGrowsAndTruncates() {
        var writer = ByteWriter(capacity: 1)
        var expected: [UInt8] = []
        for round in 0..<500 {
            let run = (0..<(round % 37)).map { UInt8(truncatingIfNeeded: $0 &+ round) }
            run.withUnsafeBufferPointer { writer.append($0) }
            writer.append(UInt8(truncatingIfNeeded: round))
            expected += run + [UInt8(truncatingIfNeeded: round)]
            if round % 50 == 49 {
                writer.truncate(to: writer.count / 2)
                expected.removeLast(expected.count - expected.count / 2)
            }
        }
        #expect(writer.array() == expected)
        #expect(writer.last == expected.last)
    }

    /// A copy keeps its bytes whatever the original writes afterwards (its room is not zero-filled, so a shared
    /// buffer would show the other's bytes), in every way a writer writes.
    @Test func byteWriterCopiesAreIndependent() {
        var empty = ByteWriter()
        #expect(empty.array() == [] && empty.last == nil && empty.string() == "")
        empty.removeAll()
        empty.truncate(to: 5)
        #expect(empty.count == 0)
        for capacity in [0, 1, 3, 64, 100] {
            var writer = ByteWriter(capacity: capacity)
            Array("abc".utf8).withUnsafeBufferPointer { writer.append($0) }
            let copy = writer
            writer.removeAll()
            writer.append(UInt8(ascii: "x"))
            var second = copy
            second.write(upTo: 2) { out in
                out[0] = UInt8(ascii: "d")
                return 1
            }
            writer.write(upTo: 200) { out in
                for offset in 0..<200 { out[offset] = UInt8(ascii: "y") }
                return 300  // more than allowed: counted as 200
            }
            var third = second
            Array("ef".utf8).withUnsafeBufferPointer { third.append($0) }
            #expect(copy.array() == Array("abc".utf8))
            #expect(second.string() == "abcd")
            #expect(third.string() == "abcdef")
            #expect(writer.array() == [UInt8(ascii: "x")] + [UInt8](repeating: UInt8(ascii: "y"), count: 200))
            #expect(writer.last == UInt8(ascii: "y") && copy.last == UInt8(ascii: "c"))
        }
    }
}

/// Content-Type and Content-Disposition values, parsed from their bytes.
@Suite struct HeaderParametersTests {
    @Test func tokenAndParametersAreTrimmedAndLowercased() {
        let parsed = HeaderParameters(" TEXT/HTML ; CHARSET = \"UTF-8\" ; Name=\"a \\\"b\\\" c\"; charset=latin1; flag")
        #expect(parsed.token == "text/html")
        #expect(parsed.parameters == ["charset": "UTF-8", "name": "a \"b\" c"])
    }

    @Test func nonASCIINamesUseUnicodeLowercasing() {
        let parsed = HeaderParameters("Ä/Ö; ÉTÉ=x")
        #expect(parsed.token == "ä/ö")
        #expect(parsed.parameters == ["été": "x"])
    }

    /// The four parameters the MIME parser reads, found in one walk, are those of the full parse, on generated values:
    /// the names in any case, repeated, with spaces around them, non-ASCII, with a `*` (sections), without `=`;
    /// values quoted (escapes, a missing closing quote, a `;` inside) or not; line breaks; more than 64 parameters.
    @Test func mimeParametersAreThoseOfTheFullParse() {
        var random = TestRandom(state: 0x5DEE_CE66_D1CE_4E5B)
        func below(_ bound: Int) -> Int { random.below(bound) }
        let tokens = ["text/html", " TEXT/Plain ", "multipart/mixed", "", "Ä/ö", "attachment", "inline "]
        let names = [
            "boundary", "BOUNDARY", " charset ", "Charset", "name", "NAME", "filename", "FileName", "file name",
            "namé", "\u{212A}name", "filename*", "filename*0*", "name*1", "x", "", " ", "char\rset",
        ]
        let values = [
            "abc", "\"quoted\"", "\"a;b\"", "\"esc\\\"aped\"", "\"open", "\"back\\", " spaced ", "é€", "\"\"", "",
            "utf-8''%C3%A9", "a\r\n b", "\"x\" trailing", "=", "\\",
        ]
        for round in 0..<5_000 {
            var text = tokens[below(tokens.count)]
            let parameters = round % 100 == 0 ? 70 : below(7)
            for _ in 0..<parameters {
                text += [";", "; ", ";\r\n\t", " ;"][below(4)]
                text += names[below(names.count)]
                if below(6) > 0 { text += ["=", " = ", "=\t"][below(3)] + values[below(values.count)] }
            }
            let full = HeaderParameters(text)
            var bytes = text
            let found = bytes.withUTF8(MIMEParameters.init(utf8:))
            #expect(found.token == full.token, "\(text)")
            #expect(found.boundary == full.parameters["boundary"], "\(text)")
            #expect(found.charset == full.parameters["charset"], "\(text)")
            #expect(found.name == full.parameters["name"], "\(text)")
            #expect(found.filename == full.parameters["filename"], "\(text)")
        }
    }

    @Test func rfc2231SectionsAreJoined() {
        let parsed = HeaderParameters("attachment; filename*1*=%A9.pdf; filename*0*=utf-8''r%C3; name=plain")
        #expect(parsed.token == "attachment")
        #expect(parsed.parameters == ["filename": "ré.pdf", "name": "plain"])
    }
}

private extension TestRandom {
    /// Bytes biased to where UTF-8 is decided: ASCII, continuation bytes and every kind of lead byte.
    mutating func utf8Sample(count: Int) -> [UInt8] {
        let interesting: [UInt8] = [
            0x41, 0x3C, 0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
            0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        return (0..<count).map { _ in
            let value = next()
            return value % 3 == 0 ? UInt8(truncatingIfNeeded: value >> 8) : interesting[Int((value >> 16) % 26)]
        }
    }
}
