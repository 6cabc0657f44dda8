/// Finds the contact channels written into a short text, typically one field of a notification template.
///
/// Links and e-mail addresses come from ``LinkExtractor`` (which undoes defanging, spaced dots and fullwidth
/// forms); phone numbers from ``PhoneNotation`` (any notation); messenger contacts and QR codes from their own
/// scans. No wording is needed: a channel is recognised in any language.
public enum ContactChannelScanner {
    /// At most this many channels are reported per text.
    public static let maxChannels = 8

    /// The channels in `text`, in kind order (links, addresses, phones, messengers, QR codes). `extractor` is a
    /// fresh extractor set up with the policy's public suffix list; it is scanned on a copy.
    public static func channels(in text: String, extractor: LinkExtractor) -> [ContactChannel] {
        // Most name fields hold no byte a link or an address needs: they skip the link scan.
        guard mayHoldLinkOrAddress(text) else { return channels(in: text, links: [], emails: []) }
        return scanningLinks(in: text, extractor: extractor)
    }

    /// ``channels(in:extractor:)`` with the link scan whatever the text (the tests' reference for it). A domain
    /// written a letter at a time (``LetterSpacing``) is scanned joined.
    static func scanningLinks(in text: String, extractor: LinkExtractor) -> [ContactChannel] {
        var extractor = extractor
        extractor.scan(text: text, source: .text)
        for run in LetterSpacing.joinedRuns(in: text) { extractor.scan(text: run, source: .text) }
        return channels(in: text, links: extractor.links, emails: extractor.emails.map(\.value))
    }

    /// The channels in a longer text whose links are not wanted and whose addresses were found already (the
    /// message's extracted `emails`): the addresses among them that `text` holds, then its phones, messenger
    /// contacts and QR codes. Saves a second link scan of the text. Without `phones`, no phone number is looked for
    /// (the dearest part of the scan).
    public static func channels(in text: String, knownEmails: [String], phones: Bool = true) -> [ContactChannel] {
        let bytes = Array(text.utf8)
        let emails = knownEmails.filter { ByteScan.contains(bytes, Array($0.utf8)) }
        return channels(in: text, links: [], emails: emails, phones: phones)
    }

    /// The channels of `text` that lead off a platform by themselves: its messenger contacts, then a QR code. The
    /// cheap part of the scan (no links, addresses or phone numbers looked for).
    public static func messengersAndQRCode(in text: String) -> [ContactChannel] {
        var found = MessengerContacts.contacts(in: text).prefix(maxChannels).map {
            ContactChannel(kind: .messenger, value: $0)
        }
        if found.count < maxChannels, FieldText.mentionsQRCode(text) {
            found.append(ContactChannel(kind: .qrCode, value: "qr"))
        }
        return found
    }

    private static func channels(
        in text: String, links: [ExtractedLink], emails: [String], phones wantsPhones: Bool = true
    ) -> [ContactChannel] {
        var found: [ContactChannel] = []
        func add(_ kind: ContactChannel.Kind, _ value: String) {
            let channel = ContactChannel(kind: kind, value: value)
            if found.count < maxChannels, !value.isEmpty, !found.contains(channel) { found.append(channel) }
        }
        let messengers = MessengerContacts.contacts(in: text)
        for link in links {
            // A messenger's own contact link is reported as that messenger.
            if !messengers.isEmpty, MessengerContacts.apps.contains(where: { app in
                app.linkPrefixes.contains {
                    $0.hasPrefix(link.host.lowercased()) || link.host.lowercased().hasSuffix($0.prefix { $0 != "/" })
                }
            }) {
                continue
            }
            add(.link, link.registrableDomain.isEmpty ? link.host : link.registrableDomain)
        }
        for email in emails { add(.email, email.lowercased()) }
        // Blanking addresses only takes digits and words away: a text that can't hold a number keeps none (when
        // the quick look reads all of it: in a longer text, blanking brings later bytes within its reach).
        let mayHoldANumber = text.utf8.count > PhoneNotation.maxScalars * 4 || PhoneNotation.mayHoldANumber(text)
        let phones = wantsPhones && mayHoldANumber ? PhoneNotation.numbers(in: withoutAddresses(text)) : []
        for phone in phones where !messengers.contains(where: { $0.hasSuffix(":" + phone) }) { add(.phone, phone) }
        for contact in messengers { add(.messenger, contact) }
        if FieldText.mentionsQRCode(text) { add(.qrCode, "qr") }
        return found
    }

    /// Whether ``LinkExtractor`` may find a link or an e-mail address in `text`: ASCII text needs a dot, a colon
    /// (a scheme), an `@`, or a bracket (the defanged `[dot]`); other characters may be mapped to those
    /// (fullwidth forms, ideographic full stops, compatibility characters).
    static func mayHoldLinkOrAddress(_ text: String) -> Bool {
        text.utf8.contains { byte in
            byte >= 0x80 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@")
                || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "{")
        }
    }

    /// `text` with its URLs, e-mail addresses, IPv4 addresses and codes blanked: their digits (`/v60000018802c84a`,
    /// `jo1234567@x.com`, `198.51.100.7`, a security code `E1B8742945902FB5`) are no phone number. Words (between ASCII whitespace)
    /// holding `://` or `@`, starting `www.`, or switching between letters and digits three times or more go
    /// (letters that stand for digits, O and I and l, don't count: `8OO-555-O199` stays). One pass over the bytes.
    static func withoutAddresses(_ text: String) -> String {
        let bytes = Array(text.utf8)
        // The kept bytes, made only once a word goes (most texts keep every word): up to `copied`, `bytes` as is.
        var kept: [UInt8]? = nil
        var copied = 0
        var start = 0
        func flush(_ end: Int) {
            let word = bytes[start..<end]
            guard schemeSeparator.occur(in: word) || word.contains(UInt8(ascii: "@")) || startsWithWWW(word)
                || isCode(word) || isIPv4Address(word)
            else { return }
            if kept == nil { kept = [] }
            kept?.append(contentsOf: bytes[copied..<start])
            copied = end
        }
        for (index, byte) in bytes.enumerated() where isASCIIWhitespace(byte) {
            flush(index)
            start = index + 1
        }
        flush(bytes.count)
        guard var kept else { return text }
        kept.append(contentsOf: bytes[copied...])
        return String(decoding: kept, as: UTF8.self)
    }

    /// Whether a word is an IPv4 address in dotted decimal (four numbers 0-255 without leading zeros, joined by
    /// dots), punctuation around it aside: `198.51.100.7,` `(10.0.0.1)`. A phone number written with dots has a
    /// group above 255 or a leading zero (`21.555.01.42`).
    static func isIPv4Address(_ word: ArraySlice<UInt8>) -> Bool {
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        guard let first = word.firstIndex(where: isDigit), let last = word.lastIndex(where: isDigit) else { return false }
        var dots = 0
        var length = 0
        var value = 0
        var leadingZero = false
        for byte in word[first...last] {
            if isDigit(byte) {
                if length == 1 && leadingZero { return false }
                leadingZero = length == 0 && byte == UInt8(ascii: "0")
                value = value * 10 + Int(byte - 0x30)
                length += 1
                if value > 255 { return false }
            } else if byte == UInt8(ascii: "."), length > 0 {
                dots += 1
                length = 0
                value = 0
            } else {
                return false
            }
        }
        return dots == 3 && length > 0
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    private static let schemeSeparator = ByteNeedles([Array("://".utf8)])

    private static func startsWithWWW(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count >= 4 else { return false }
        let start = word.startIndex
        return word[start] | 0x20 == 0x77 && word[start + 1] | 0x20 == 0x77 && word[start + 2] | 0x20 == 0x77
            && word[start + 3] == UInt8(ascii: ".")
    }

    /// Whether a word switches between ASCII letters (other than digit lookalikes) and digits three times or more.
    static func isCode<Bytes: Sequence<UInt8>>(_ word: Bytes) -> Bool {
        var switches = 0
        var last: Bool?  // true: a digit, false: a letter
        for byte in word {
            let isDigit = byte >= 0x30 && byte <= 0x39
            let lower = byte | 0x20
            let isLetter = lower >= 0x61 && lower <= 0x7A && byte != UInt8(ascii: "O") && byte != UInt8(ascii: "o")
                && byte != UInt8(ascii: "I") && byte != UInt8(ascii: "l")
            guard isDigit || isLetter else { continue }
            if let last, last != isDigit { switches += 1 }
            last = isDigit
            if switches >= 3 { return true }
        }
        return false
    }
}
