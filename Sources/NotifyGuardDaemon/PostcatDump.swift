/// A queued message as `postcat` prints it (`postcat -q ID`): envelope records, the message content between
/// `*** MESSAGE CONTENTS path ***` and `*** HEADER EXTRACTED path ***`, then the records extracted from headers.
/// Lets `notifyguard scan -` judge a held message with its envelope, as the milter saw it.
public struct PostcatDump: Sendable {
    /// The message content: headers and body as received, LF line ends.
    public var message: [UInt8]
    /// Sender, recipients and client address from the queue file's records.
    public var envelope: Envelope

    /// nil unless `bytes` begin with postcat's `*** ENVELOPE RECORDS path ***` line.
    public init?(_ bytes: [UInt8]) {
        let lines = Self.lines(bytes)
        guard let first = lines.first, let path = Self.marker(bytes[first], "ENVELOPE RECORDS") else { return nil }
        let contents = "*** MESSAGE CONTENTS \(path) ***"
        let extracted = "*** HEADER EXTRACTED \(path) ***"
        let end = "*** MESSAGE FILE END \(path) ***"
        // The content starts after the first contents marker and ends at the last header-extracted (else file-end)
        // marker: the envelope records come first and can't hold a line break, while a line of the message that
        // imitates a marker comes before postcat's own.
        guard let start = lines.firstIndex(where: { Self.equals(bytes[$0], contents) }) else { return nil }
        let stop =
            lines.lastIndex(where: { Self.equals(bytes[$0], extracted) })
            ?? lines.lastIndex(where: { Self.equals(bytes[$0], end) }) ?? lines.endIndex
        guard stop > start else { return nil }

        var envelope = Envelope()
        for line in lines[1..<start] { Self.read(record: bytes[line], into: &envelope) }
        for line in lines[stop...] { Self.read(record: bytes[line], into: &envelope) }
        self.envelope = envelope
        let contentStart = lines[start].upperBound + 1
        let contentEnd = stop < lines.endIndex ? lines[stop].lowerBound : bytes.count
        message = contentStart < contentEnd ? Array(bytes[contentStart..<contentEnd]) : []
    }

    /// The ranges of the lines of `bytes`, without their LF.
    private static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 10 {
            result.append(start..<index)
            start = index + 1
        }
        if start < bytes.count { result.append(start..<bytes.count) }
        return result
    }

    /// The path of a `*** KIND path ***` line.
    private static func marker(_ line: ArraySlice<UInt8>, _ kind: String) -> String? {
        let text = String(decoding: line, as: UTF8.self)
        let prefix = "*** \(kind) "
        guard text.hasPrefix(prefix), text.hasSuffix(" ***"), text.count > prefix.count + 4 else { return nil }
        return String(text.dropFirst(prefix.count).dropLast(4))
    }

    private static func equals(_ line: ArraySlice<UInt8>, _ text: String) -> Bool {
        line.elementsEqual(text.utf8)
    }

    /// `sender: a@b`, `recipient: c@d`, `named_attribute: client_address=192.0.2.7`.
    private static func read(record line: ArraySlice<UInt8>, into envelope: inout Envelope) {
        let text = String(decoding: line, as: UTF8.self)
        guard let colon = text.firstIndex(of: ":") else { return }
        let name = text[..<colon]
        let value = text[text.index(after: colon)...].drop(while: { $0 == " " })
        switch name {
        case "sender": envelope.sender = String(value)
        case "recipient" where envelope.recipients.count < 1000: envelope.recipients.append(String(value))
        case "named_attribute" where value.hasPrefix("client_address="):
            envelope.client = String(value.dropFirst("client_address=".count))
        default: break
        }
    }
}
