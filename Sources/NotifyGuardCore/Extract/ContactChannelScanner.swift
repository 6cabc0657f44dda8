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
        var extractor = extractor
        extractor.scan(text: text, source: .text)
        var found: [ContactChannel] = []
        func add(_ kind: ContactChannel.Kind, _ value: String) {
            let channel = ContactChannel(kind: kind, value: value)
            if found.count < maxChannels, !value.isEmpty, !found.contains(channel) { found.append(channel) }
        }
        let messengers = MessengerContacts.contacts(in: text)
        for link in extractor.links {
            // A messenger's own contact link is reported as that messenger.
            if !messengers.isEmpty, MessengerContacts.apps.contains(where: { app in
                app.linkPrefixes.contains { $0.hasPrefix(link.host.lowercased()) || link.host.lowercased().hasSuffix($0.prefix { $0 != "/" }) }
            }) {
                continue
            }
            add(.link, link.registrableDomain.isEmpty ? link.host : link.registrableDomain)
        }
        for email in extractor.emails { add(.email, email.value.lowercased()) }
        let phones = PhoneNotation.numbers(in: withoutAddresses(text))
        for phone in phones where !messengers.contains(where: { $0.hasSuffix(":" + phone) }) { add(.phone, phone) }
        for contact in messengers { add(.messenger, contact) }
        if FieldText.mentionsQRCode(text) { add(.qrCode, "qr") }
        return found
    }

    /// `text` with its URLs, e-mail addresses and codes blanked: their digits (`/v60000018802c84a`,
    /// `jo1234567@x.com`, a security code `E1B8742945902FB5`) are no phone number. Whitespace-separated words
    /// holding `://` or `@`, starting `www.`, or switching between letters and digits three times or more go
    /// (letters that stand for digits, O and I and l, don't count: `8OO-555-O199` stays).
    static func withoutAddresses(_ text: String) -> String {
        var kept = ""
        kept.reserveCapacity(text.utf8.count)
        var word = ""
        func flush() {
            if !(word.contains("://") || word.contains("@") || word.lowercased().hasPrefix("www.") || isCode(word)) {
                kept += word
            }
            word = ""
        }
        for character in text {
            if character.isWhitespace {
                flush()
                kept.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return kept
    }

    /// Whether a word switches between ASCII letters (other than digit lookalikes) and digits three times or more.
    static func isCode(_ word: String) -> Bool {
        var switches = 0
        var last: Bool?  // true: a digit, false: a letter
        for scalar in word.unicodeScalars {
            let isDigit = scalar.value >= 0x30 && scalar.value <= 0x39
            let isLetter = (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
                && !"OoIl".unicodeScalars.contains(scalar)
            guard isDigit || isLetter else { continue }
            if let last, last != isDigit { switches += 1 }
            last = isDigit
            if switches >= 3 { return true }
        }
        return false
    }
}
