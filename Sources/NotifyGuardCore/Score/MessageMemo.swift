/// What several rules ask of one message and is dear to find, found once, when first asked: a reference shared by
/// the copies of a ``MessageContext`` the rules get. Scoring a message is one thread's work; the memo never leaves it.
final class MessageMemo {
    /// The message's name fields (``NameField/of(_:)``).
    var nameFields: [NameField]?
    /// ``MessageContext/writtenText``.
    var writtenText: String?
    /// The words of From's display name and the capitalised words of the Subject, as
    /// ``MessageContext/isOrganisationSite(_:)`` compares them with host labels.
    var organisationWords: (display: [String], subject: [String])?
    /// The tenant label without hyphens, lowercased.
    var joinedTenant: String?
    /// ``MessageContext/isOrganisationSite(_:)`` by host: a message links the same few hosts many times.
    var organisationSites: [String: Bool] = [:]
    /// ``MessageContext/registryNotification``, once looked up (the inner nil: none).
    var registryNotification: PlatformMatch??
    /// ``MessageContext/unlistedNotificationDomain``, once looked up (the inner nil: none).
    var unlistedNotificationDomain: String??
    /// ``MessageContext/signedSenderDomain``, once looked up (the inner nil: none).
    var signedSenderDomain: String??
}
