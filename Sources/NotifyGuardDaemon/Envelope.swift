/// What the MTA said about a message besides its content: the envelope sender, the recipients and the client.
public struct Envelope: Sendable, Equatable {
    public var sender: String
    /// Envelope recipients as given to RCPT TO, without angle brackets.
    public var recipients: [String]
    /// The SMTP client's IP address, when known.
    public var client: String?

    public init(sender: String = "", recipients: [String] = [], client: String? = nil) {
        self.sender = sender
        self.recipients = recipients
        self.client = client
    }

    /// The lowercased domain of an address (what follows its last `@`); empty without one.
    static func domain(of address: String) -> String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return address[address.index(after: at)...].lowercased()
    }
}
