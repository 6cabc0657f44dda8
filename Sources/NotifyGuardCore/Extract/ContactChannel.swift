/// A way to reach someone outside the platform, found in text a platform's user filled in (an organisation name,
/// an invoice note): the core of callback and off-platform scams, whatever language surrounds it.
public struct ContactChannel: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A link, or a bare, defanged, spaced or fullwidth domain: the value is its registrable domain.
        case link
        /// An e-mail address.
        case email
        /// A phone number in any notation: the value is its digits, with a leading `+` when written.
        case phone
        /// A WhatsApp, Telegram, Signal, WeChat, Line or Viber contact: `app:handle-or-number`.
        case messenger
        /// An invitation to scan a QR code (which carries a link no filter sees).
        case qrCode = "qr_code"
    }

    public var kind: Kind
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// `kind:value`, the form reasons and logs show.
    public var detail: String { "\(kind.rawValue):\(value)" }
}
