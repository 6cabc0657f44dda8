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

    /// `text` with its URLs and e-mail addresses blanked: their digits (`/v60000018802c84a`, `jo1234567@x.com`) are
    /// no phone number. Whitespace-separated words holding `://`, `@` or starting `www.` go.
    static func withoutAddresses(_ text: String) -> String {
        guard text.contains("://") || text.contains("@") || text.contains("www.") else { return text }
        var kept = ""
        kept.reserveCapacity(text.utf8.count)
        var word = ""
        func flush() {
            if !(word.contains("://") || word.contains("@") || word.lowercased().hasPrefix("www.")) { kept += word }
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
}
