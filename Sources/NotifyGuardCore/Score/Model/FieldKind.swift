/// What a user-filled field of a notification holds (issue 13, point 2): a field's kind decides how much a contact
/// channel in it weighs.
public enum FieldKind: String, Sendable, CaseIterable, Hashable {
    /// A name: organisation or tenant, app, group, event, file, survey title, sender display name.
    case name
    /// A short free text: invoice note, event description, share message.
    case shortText = "short_text"
    /// User content: a helpdesk reply body, a creator's newsletter.
    case content
}
