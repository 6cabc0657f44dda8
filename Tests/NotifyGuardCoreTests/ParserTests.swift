import NotifyGuardCore
import Testing

@Suite struct ParserTests {
    @Test func foldedHeadersAndEncodedWords() {
        let raw = "Subject: =?UTF-8?B?SGVsbG8g?=\r\n =?UTF-8?Q?W=C3=B6rld?= and\r\n\tmore\r\nFrom: x@y.z\n\nbody\n"
        let message = MessageParser.parse(Array(raw.utf8))
        #expect(message.subject == "Hello Wörld and\tmore")
        #expect(message.headers.count == 2)
        #expect(message.parts.first?.text == "body\n")
    }

    /// A base64 body cut into lines of two characters (a way to hide text from a decoder that drops short lines)
    /// decodes whole.
    @Test func base64InTwoCharacterLines() {
        let encoded = base64Lines(Array("Your private message is waiting".utf8), width: 2)
        let raw = "From: a@b.c\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n" + encoded + "\n"
        #expect(MessageParser.parse(Array(raw.utf8)).parts.first?.text == "Your private message is waiting")
    }

    @Test func encodedWordsInLegacyCharsets() {
        #expect(EncodedWords.decode("=?iso-8859-1?q?caf=E9?=") == "café")
        #expect(EncodedWords.decode("=?gb2312?B?xOO6ww==?=") == "你好")
        #expect(EncodedWords.decode("=?ISO-2022-JP?B?GyRCJEgkRiRiGyhC?=") == "とても")
        // A multibyte character split across two adjacent words survives.
        #expect(EncodedWords.decode("=?UTF-8?Q?=E4=BD?= =?UTF-8?Q?=A0?=") == "你")
        #expect(EncodedWords.decode("=?no-such-charset?Q?plain?=") == "plain")
    }

    @Test func multipartWithBase64QuotedPrintableAndCharsets() {
        let raw = """
            From: a@b.c
            Content-Type: multipart/mixed; boundary="outer"

            preamble
            --outer
            Content-Type: multipart/alternative; boundary=inner

            --inner
            Content-Type: text/plain; charset=windows-1252
            Content-Transfer-Encoding: quoted-printable

            Caf=E9 soft=
            break
            --inner
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: base64

            PHA+SGk8YSBocmVmPSJodHRwczovL2V4YW1wbGUuY29tL3giPmxpbms8L2E+PC9wPg==
            --inner--
            --outer
            Content-Type: application/pdf; name="inv.pdf"
            Content-Disposition: attachment; filename*=utf-8''r%C3%A9sum%C3%A9.pdf

            JVBERi0=
            --outer--
            epilogue

            """
        let message = MessageParser.parse(Array(raw.utf8))
        #expect(message.parts.count == 2)
        #expect(message.parts[0].text == "Café softbreak\n")
        #expect(message.parts[1].text.contains("Hi"))
        #expect(
            message.parts[1].htmlLinks == [
                HTMLLink(kind: .href, url: "https://example.com/x", anchorText: "link", textPosition: 3)
            ])
        #expect(message.attachments == [AttachmentInfo(contentType: "application/pdf", filename: "résumé.pdf")])
        #expect(!message.isPartial)
    }

    @Test func streamingInAnyChunkingGivesTheSameResult() {
        let body = "--b\r\nContent-Type: text/plain\r\n\r\nsee https://evil.example.com/x\r\n--b--\r\n"
        var results: [String] = []
        for chunkSize in [1, 3, 7, 64, 4096] {
            let parser = MessageParser()
            parser.header(name: "Content-Type", value: "multipart/mixed;\r\n boundary=b")
            parser.endOfHeaders()
            let bytes = Array(body.utf8)
            var offset = 0
            while offset < bytes.count {
                parser.body(Array(bytes[offset..<min(bytes.count, offset + chunkSize)]))
                offset += chunkSize
            }
            results.append(parser.finish().parts.map(\.text).joined())
        }
        #expect(Set(results) == ["see https://evil.example.com/x\n"])
    }

    /// The milter hands header values with their folding; line breaks go, the folding white space stays.
    @Test func milterHeaderValuesAreUnfolded() {
        let parser = MessageParser()
        parser.header(name: "Subject", value: "Your invoice\r\n\tis ready\n for you\r\n")
        parser.header(name: "X-Plain", value: "no folding")
        parser.endOfHeaders()
        let message = parser.finish()
        #expect(message.headers.map(\.value) == ["Your invoice\tis ready for you", "no folding"])
    }

    @Test func htmlVisibleTextHiddenTextAndLinks() {
        let html = """
            <html><head><style>p{color:red}</style><script>var a="<b>x</b>";</script></head>
            <body><!-- comment <a href="http://comment.example"> --><p>Visible &amp; <b>bold</b></p>
            <div style="display: none">secret text</div><img src="https://img.example.com/p.png" alt="logo">
            <form action="https://collect.example.net/post"></form>
            <meta http-equiv="refresh" content="0; url=https://refresh.example.org/">
            <a href="https://real.example.com/">https://paypal.com</a><p>unclosed <a href='x
            """
        let raw = "Content-Type: text/html\n\n" + html
        let part = MessageParser.parse(Array(raw.utf8)).parts[0]
        #expect(part.text.contains("Visible & bold"))
        #expect(!part.text.contains("secret"))
        #expect(!part.text.contains("var a"))
        #expect(part.hiddenText.contains("secret text"))
        let urls = part.htmlLinks.map(\.url)
        #expect(urls.contains("https://img.example.com/p.png"))
        #expect(urls.contains("https://collect.example.net/post"))
        #expect(urls.contains("https://refresh.example.org/"))
        #expect(part.htmlLinks.contains { $0.url == "https://real.example.com/" && $0.anchorText == "https://paypal.com" })
        #expect(!urls.contains("http://comment.example"))
    }

    @Test func authenticationResultsPerRFC8601() {
        let header = AuthenticationResults(
            "mx.example.org; dkim=pass (2048-bit key) header.d=microsoftonline.com header.s=s1; spf=softfail smtp.mailfrom=x.com; dmarc=pass header.from=\"microsoftonline.com\"")
        #expect(header.authservID == "mx.example.org")
        #expect(header.results.map(\.method) == ["dkim", "spf", "dmarc"])
        #expect(header.results[0].properties["header.d"] == "microsoftonline.com")
        #expect(header.results[1].result == "softfail")
        #expect(header.results[2].properties["header.from"] == "microsoftonline.com")
    }

    @Test func addresses() {
        #expect(MailAddress(header: "\"Micro\\\"soft\" <MSOnlineServicesTeam@MicrosoftOnline.com>")?.address
            == "msonlineservicesteam@microsoftonline.com")
        #expect(MailAddress(header: "=?utf-8?q?Caf=C3=A9?= <a@b.c>")?.displayName == "Café")
        #expect(MailAddress(header: "a@b.c (Old Style)")?.displayName == "Old Style")
        #expect(MailAddress(header: "undisclosed-recipients:;") == nil)
    }
}

/// Standard base64 (padded) of `bytes`, cut into lines of `width` characters.
private func base64Lines(_ bytes: [UInt8], width: Int) -> String {
    let alphabet: [Character] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    var characters: [Character] = []
    var index = 0
    while index < bytes.count {
        let chunk = bytes[index..<min(index + 3, bytes.count)]
        let group = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * $1.offset) }
        for position in 0..<4 {
            characters.append(position <= chunk.count ? alphabet[Int(group >> (18 - 6 * position) & 63)] : "=")
        }
        index += 3
    }
    var lines: [String] = []
    var start = 0
    while start < characters.count {
        lines.append(String(characters[start..<min(start + width, characters.count)]))
        start += width
    }
    return lines.joined(separator: "\n")
}
