import Foundation

/// A place of a notification where the platform's user writes a name (an organisation, tenant, group, event, app or
/// file name): From's display name, the Subject, and the name fields a learned skeleton finds in the body (each
/// field whole, as written). A name needs no way to reach anyone.
struct NameField {
    enum Place: String {
        case displayName = "display_name"
        case subject
        /// A name field of the template's learned skeleton (an organisation in "Welcome to ...").
        case templateField = "field"
    }

    var place: Place
    var text: String

    /// Longest name field looked at, in bytes.
    static let maxBytes = 1024

    /// The message's name fields that hold text. The display name loses the platform's own part where it says on
    /// whose behalf it sends (`Microsoft on behalf of NAME`, `NAME via Dropbox`, `NAME (via Google Docs)`).
    static func of(_ message: MessageContext) -> [NameField] {
        var fields: [NameField] = []
        fields.reserveCapacity(2 + (message.templateFields?.nameFieldTexts.count ?? 0))
        let name = userPart(ofDisplayName: message.displayName)
        if !name.isEmpty { fields.append(NameField(place: .displayName, text: name)) }
        let subject = message.features.subject
        if !subject.isEmpty { fields.append(NameField(place: .subject, text: UTF8Strings.prefix(subject, maxBytes: maxBytes))) }
        for slot in message.templateFields?.nameFieldTexts ?? [] where !slot.isEmpty {
            fields.append(NameField(place: .templateField, text: UTF8Strings.prefix(slot, maxBytes: maxBytes)))
        }
        return fields
    }

    private static let behalfMarkers = ByteNeedles(["behalf", "via"].map { Array($0.utf8) })

    static func userPart(ofDisplayName displayName: String) -> String {
        var name = Substring(UTF8Strings.prefix(displayName, maxBytes: maxBytes))
        // Most names say neither: a search in bytes before the caseless searches.
        guard behalfMarkers.occurFoldingASCII(in: String(name)) else { return trimmed(name) }
        if let range = name.range(of: " on behalf of ", options: .caseInsensitive) {
            name = name[range.upperBound...]
        }
        for marker in [" (via ", " via "] {
            if let range = name.range(of: marker, options: [.caseInsensitive, .backwards]) {
                name = name[..<range.lowerBound]
            }
        }
        return trimmed(name)
    }

    /// `name.trimmingCharacters(in: .whitespaces)`, on the bytes where the name is ASCII (whose only such white
    /// space are space and tab).
    private static func trimmed(_ name: Substring) -> String {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.trimmingCharacters(in: .whitespaces) }
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        let bytes = name.utf8.drop(while: isBlank)
        return String(decoding: bytes.reversed().drop(while: isBlank).reversed(), as: UTF8.self)
    }
}
