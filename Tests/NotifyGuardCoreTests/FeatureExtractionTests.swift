import Testing

@testable import NotifyGuardCore

/// Feature extraction's byte-level readers of header values, each held to the straightforward version it replaced.
@Suite struct FeatureExtractionTests {
    /// The parser as first written, on split arrays: the byte-level one must read every header the same way.
    static func referenceAuthenticationResults(_ value: String) -> (String, [AuthenticationResults.Result]) {
        func lowered(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self).lowercased() }
        let cleaned = Array(AuthenticationResults.droppingComments(value).utf8)
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 13 || byte == 10 }
        let statements = cleaned.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: true)
        let firstToken = statements.first.flatMap { $0.split(whereSeparator: isSpace).first } ?? []
        let missingID = firstToken.contains(UInt8(ascii: "="))
        var results: [AuthenticationResults.Result] = []
        for statement in statements.dropFirst(missingID ? 0 : 1).prefix(32) {
            let tokens = statement.split(whereSeparator: isSpace)
            guard let head = tokens.first, let equals = head.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let method = head[..<equals].split(separator: UInt8(ascii: "/")).first.map(lowered) ?? ""
            var properties: [String: String] = [:]
            for token in tokens.dropFirst() {
                guard let eq = token.firstIndex(of: UInt8(ascii: "=")) else { continue }
                guard token[..<eq].contains(UInt8(ascii: ".")) else { continue }
                var value = token[(eq + 1)...]
                while value.first == UInt8(ascii: "\"") { value = value.dropFirst() }
                while value.last == UInt8(ascii: "\"") { value = value.dropLast() }
                properties[lowered(token[..<eq])] = lowered(value)
            }
            results.append(.init(method: method, result: lowered(head[(equals + 1)...]), properties: properties))
        }
        return (missingID ? "" : lowered(firstToken), results)
    }

    @Test func authenticationResultsMatchReference() {
        var random = TestRandom(state: 11)
        let pieces = ["mx.example.org", "MX.Example.ORG", ";", "; ", " ", "\t", "\r\n ", "dkim=pass", "DKIM/1=Fail", "/spf=none",
            "spf=softfail", "=", "==", "a=b", "header.d=Example.COM", "header.d=\"x.org\"", "smtp.mailfrom=a@B.c",
            "policy.x=\"\"\"", "(comment; x=y)", "(nested (deep) c)", "\"quoted (not a comment)\"", "compauth=pass",
            "reason=100", "header.from=Ünïcode.Example", "dmarc=pass", "x", ".", "k.=v", ".k=", "ıİ"]
        for _ in 0..<4000 {
            let value = (0..<random.below(16)).map { _ in random.pick(pieces) }.joined()
            let parsed = AuthenticationResults(value)
            let reference = Self.referenceAuthenticationResults(value)
            #expect(parsed.authservID == reference.0, "\(value.debugDescription)")
            #expect(parsed.results == reference.1, "\(value.debugDescription)")
        }
    }

    /// The mailbox of a `Name <address>` value as first written, on strings: display name trimmed, unquoted and
    /// unescaped, address trimmed and lowercased.
    static func referenceMailbox(_ value: String) -> (name: String, address: String)? {
        let decoded = EncodedWords.decode(value)
        let bytes = Array(decoded.utf8)
        guard let open = bytes.lastIndex(of: UInt8(ascii: "<")), let close = bytes[open...].firstIndex(of: UInt8(ascii: ">"))
        else { return nil }
        let address = String(decoding: bytes[(open + 1)..<close], as: UTF8.self).trimmingASCIIWhitespace().lowercased()
        var name = Array(String(decoding: bytes[..<open], as: UTF8.self).trimmingASCIIWhitespace().utf8)
        if name.count >= 2, name.first == UInt8(ascii: "\""), name.last == UInt8(ascii: "\"") { name = Array(name.dropFirst().dropLast()) }
        var unescaped: [UInt8] = []
        var escaped = false
        for byte in name {
            if !escaped && byte == UInt8(ascii: "\\") {
                escaped = true
                continue
            }
            escaped = false
            unescaped.append(byte)
        }
        return (String(decoding: unescaped, as: UTF8.self), address)
    }

    @Test func mailboxesMatchReference() {
        var random = TestRandom(state: 13)
        let pieces = ["\"", "\\", "<", ">", " ", "\t", "\r\n ", "Micro", "Søft", "ÉQUIPE", "a@B.c", "User@Example.COM", "(x)",
            ",", "=?utf-8?q?Caf=C3=A9?=", "\u{0C}", "İ"]
        for _ in 0..<4000 {
            let value = (0..<random.below(12)).map { _ in random.pick(pieces) }.joined()
            guard let reference = Self.referenceMailbox(value), !reference.address.isEmpty else { continue }
            let parsed = MailAddress(header: value)
            #expect(parsed?.displayName == reference.name && parsed?.address == reference.address, "\(value.debugDescription)")
        }
    }

    /// The searchable text as it was built: ASCII-lowercased subject and display name, then part texts while fewer
    /// than the limit's bytes are written, each followed by a line break.
    @Test func searchableTextMatchesDefinition() {
        var random = TestRandom(state: 29)
        let pieces = ["Hello", "WORLD", " ", "\n", "É", "ÄÖÜ", "İ", "Straße", "中文", "0123456789ABCDEFGHIJ", "@", "[Z]"]
        for _ in 0..<2000 {
            let texts = (0..<(2 + random.below(4))).map { _ in (0..<random.below(12)).map { _ in random.pick(pieces) }.joined() }
            let limit = random.below(200)
            var expected: [UInt8] = []
            for (index, text) in texts.enumerated() where index < 2 || expected.count < limit {
                expected += text.utf8.map(ASCII.lower) + [10]
            }
            #expect(MessageFeatures.searchableText(texts, maxDecodedBytes: limit) == expected, "\(texts) \(limit)")
        }
    }
}
