/// Messenger contacts a scam asks its reader to write to: links to a messenger's contact pages (`t.me/NAME`,
/// `wa.me/NUMBER`, `signal.me/#p/NUMBER`) and handles named in text next to the messenger's name
/// (`Telegram: @refund_desk`, `WhatsApp +1 888 ...`).
public enum MessengerHandles {
    /// Contact-page hosts and the messenger each stands for.
    static let contactHosts: [(host: String, messenger: String)] = [
        ("t.me", "telegram"), ("telegram.me", "telegram"), ("telegram.dog", "telegram"), ("wa.me", "whatsapp"),
        ("api.whatsapp.com", "whatsapp"), ("chat.whatsapp.com", "whatsapp"), ("signal.me", "signal"),
        ("line.me", "line"), ("viber.click", "viber"), ("m.me", "messenger"), ("discord.gg", "discord"),
        ("zalo.me", "zalo"),
    ]
    /// Names a handle in text follows.
    static let messengerNames = ["telegram", "whatsapp", "signal", "viber", "wechat", "line", "skype", "discord", "zalo"]
    /// Messengers whose contacts are phone numbers.
    static let numberedMessengers: Set<String> = ["whatsapp", "signal", "viber", "zalo"]
    /// Most handles taken from one message.
    public static let maxHandles = 8

    /// `messenger:handle` for each distinct contact in `links` (their URLs) and `text`, lowercased, in order.
    public static func handles(links: [ExtractedLink], text: String) -> [String] {
        var found: [String] = []
        func add(_ messenger: String, _ handle: Substring) {
            var cleaned = handle.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "+" }
            while cleaned.hasSuffix(".") { cleaned.removeLast() }
            // Numbers of messengers keyed by phone number are international, with or without the `+`.
            let isNumber = !cleaned.isEmpty && cleaned.allSatisfy { $0.isNumber || $0 == "+" }
            let byNumber = cleaned.hasPrefix("+") || isNumber && Self.numberedMessengers.contains(messenger)
            let handle = byNumber ? (PhoneNumber.normalised("+" + cleaned.filter(\.isNumber)) ?? cleaned) : cleaned
            guard handle.count >= 3, handle.count <= 64, found.count < maxHandles else { return }
            let entry = messenger + ":" + handle
            if !found.contains(entry) { found.append(entry) }
        }
        for index in links.indices {
            let host = links[index].host
            guard let messenger = contactHosts.first(where: { $0.host == host })?.messenger else { continue }
            if let handle = contactPath(links[index].url, host: host) { add(messenger, handle) }
        }
        addTextHandles(text, add: add)
        return found
    }

    /// The handle in a contact page's URL: the first path segment (`t.me/NAME`), the `phone=` parameter
    /// (`api.whatsapp.com/send?phone=...`), or the number after `#p/` (`signal.me/#p/+1...`).
    static func contactPath(_ url: String, host: String) -> Substring? {
        let lowered = url.lowercased()
        if let range = lowered.firstRange(of: "phone=") {
            return lowered[range.upperBound...].prefix { $0.isNumber || $0 == "+" }
        }
        if let range = lowered.firstRange(of: "#p/") {
            return lowered[range.upperBound...].prefix { $0.isNumber || $0 == "+" }
        }
        guard let hostRange = lowered.firstRange(of: host) else { return nil }
        var path = lowered[hostRange.upperBound...].drop { $0 == "/" }
        // line.me/ti/p/~ID: the id is the last segment.
        if host == "line.me" { path = path.split(separator: "/").last ?? path }
        let segment = path.prefix { $0 != "/" && $0 != "?" && $0 != "#" }.drop { $0 == "~" || $0 == "@" }
        guard !segment.isEmpty, !["joinchat", "share", "send", "s"].contains(String(segment)) else { return nil }
        return segment
    }

    /// Handles written after a messenger's name: `telegram @name`, `whatsapp: +1 888 555 0199`. At most the
    /// first 64 KiB of text are looked at.
    static func addTextHandles(_ text: String, add: (String, Substring) -> Void) {
        let lowered = String(text.prefix(65_536)).lowercased()
        for messenger in messengerNames {
            var searchStart = lowered.startIndex
            var seen = 0
            while seen < 4, let range = lowered[searchStart...].firstRange(of: messenger) {
                seen += 1
                searchStart = range.upperBound
                // The name as a word, then separators, then an @handle or a + number.
                if range.lowerBound > lowered.startIndex,
                    lowered[lowered.index(before: range.lowerBound)].isLetter
                {
                    continue
                }
                let rest = lowered[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "-" || $0 == "\u{A0}" }
                    .prefix(40)
                if rest.first == "@" {
                    add(messenger, rest.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
                } else if rest.first == "+" {
                    add(messenger, rest.prefix { $0.isNumber || $0 == "+" || $0 == " " || $0 == "-" })
                }
            }
        }
    }
}
