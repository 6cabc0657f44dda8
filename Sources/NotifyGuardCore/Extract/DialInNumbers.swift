/// Whether a message carries a conference service's dial-in block, whose phone numbers are the service's, not a
/// way to reach whoever wrote the invitation: a one-tap number (`+1 646-555-0156,,31265498712#`), which Zoom,
/// Teams, Webex and Meet write whatever the invitation's language, or a link to a conference service's meeting.
public enum DialInNumbers {
    /// Texts longer than this are looked at up to it.
    static let maxBytes = 65_536

    /// Registrable domains and hosts of conference services, whose meeting links come with dial-in numbers.
    public static let conferenceHosts: Set<String> = [
        "zoom.us", "zoom.com", "teams.microsoft.com", "teams.live.com", "webex.com", "meet.google.com",
        "gotomeeting.com", "goto.com", "bluejeans.com", "whereby.com", "chime.aws", "ringcentral.com",
    ]

    /// Whether `text` holds a one-tap number: 7+ digits (spaces, dashes, dots and brackets allowed between them),
    /// two or more commas, 4+ digits, then `#`.
    public static func oneTapNumber(in text: String) -> Bool {
        var digits = 0
        var commas = 0
        var afterCommas = 0
        func reset() { (digits, commas, afterCommas) = (0, 0, 0) }
        for byte in text.utf8.prefix(maxBytes) {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if commas >= 2 { afterCommas += 1 } else if commas == 0 { digits += 1 } else { reset() }
            case UInt8(ascii: ","):
                if digits >= 7, afterCommas == 0 { commas += 1 } else { reset() }
            case UInt8(ascii: "#"):
                if digits >= 7, commas >= 2, afterCommas >= 4 { return true }
                reset()
            case UInt8(ascii: "+"), UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("),
                UInt8(ascii: ")"):
                if commas > 0 { reset() }
            case UInt8(ascii: "*"):
                if commas < 2 { reset() }
            default:
                reset()
            }
        }
        return false
    }

    /// Whether `host` (lowercased) is a conference service's or one of its subdomains.
    public static func isConferenceHost(_ host: String) -> Bool {
        if conferenceHosts.contains(host) { return true }
        var rest = Substring(host)
        while let dot = rest.firstIndex(of: ".") {
            rest = rest[rest.index(after: dot)...]
            if conferenceHosts.contains(String(rest)) { return true }
        }
        return false
    }
}
