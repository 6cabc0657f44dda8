import NotifyGuardCore
import Yams

/// The registry of bulk notification platforms (`platforms.yaml`, named by `data_files.platforms`):
///
/// ```yaml
/// platforms:
///   - name: Square
///     category: payments-invoicing
///     senders: ["invoicing@messaging.squareup.com", "store+*@t.shopifyemail.com", squareup.com]
///     dkim_domains: [messaging.squareup.com]
///     user_fields: {name: [business name], short_text: [invoice message]}
///     evidence: seen        # or recalled (the default)
///     note: anything a rule must know
/// ```
public enum PlatformsFile {
    public static func parse(_ text: String, path: String) throws(ConfigError) -> PlatformRegistry {
        let root = try ConfigLoader.compose(text, path: path)
        let reader = NodeReader(path: path)
        var platforms: [NotificationPlatform] = []
        for (key, keyNode, value) in try reader.mapping(root, "a platforms file") {
            guard key == "platforms" else { throw reader.fail(keyNode, "unknown key: \(key)") }
            guard case .sequence(let items) = value else { throw reader.fail(value, "platforms must be a list") }
            var names: Set<String> = []
            for item in items {
                let platform = try readPlatform(item, reader)
                guard names.insert(platform.name).inserted else { throw reader.fail(item, "duplicate platform \(platform.name)") }
                platforms.append(platform)
            }
        }
        return PlatformRegistry(platforms)
    }

    private static func readPlatform(_ node: Node, _ reader: NodeReader) throws(ConfigError) -> NotificationPlatform {
        var name = ""
        var category: NotificationPlatform.Category?
        var senders: [String] = []
        var dkim: [String] = []
        var fields: [FieldKind: [String]] = [:]
        var evidence = NotificationPlatform.Evidence.recalled
        var note = ""
        for (key, keyNode, value) in try reader.mapping(node, "a platform") {
            switch key {
            case "name": name = try reader.string(value, "name")
            case "category":
                let text = try reader.string(value, "category")
                guard let parsed = NotificationPlatform.Category(rawValue: text) else {
                    let known = NotificationPlatform.Category.allCases.map(\.rawValue).joined(separator: ", ")
                    throw reader.fail(value, "unknown category \(text) (known: \(known))")
                }
                category = parsed
            case "senders":
                guard case .sequence(let items) = value else { throw reader.fail(value, "senders must be a list") }
                for item in items {
                    let sender = try reader.string(item, "senders").lowercased()
                    guard PlatformRegistry.isValidSender(sender) else {
                        throw reader.fail(item, "sender \(sender) is not an address or a domain (a * may stand for a part, not for the last label)")
                    }
                    senders.append(sender)
                }
            case "dkim_domains":
                guard case .sequence(let items) = value else { throw reader.fail(value, "dkim_domains must be a list") }
                for item in items {
                    let domain = try reader.string(item, "dkim_domains").lowercased()
                    guard PlatformRegistry.isValidDKIMDomain(domain) else {
                        throw reader.fail(item, "dkim_domains: \(domain) is not a domain of two or more labels")
                    }
                    dkim.append(domain)
                }
            case "user_fields":
                for (kindName, kindNode, descriptions) in try reader.mapping(value, "user_fields") {
                    guard let kind = FieldKind(rawValue: kindName) else {
                        let known = FieldKind.allCases.map(\.rawValue).joined(separator: ", ")
                        throw reader.fail(kindNode, "unknown field kind \(kindName) (known: \(known))")
                    }
                    fields[kind] = try reader.strings(descriptions, "user_fields.\(kindName)")
                }
            case "evidence":
                let text = try reader.string(value, "evidence")
                guard let parsed = NotificationPlatform.Evidence(rawValue: text) else {
                    throw reader.fail(value, "evidence must be seen or recalled")
                }
                evidence = parsed
            case "note": note = try reader.string(value, "note")
            default: throw reader.fail(keyNode, "unknown key in platform: \(key)")
            }
        }
        guard !name.isEmpty else { throw reader.fail(node, "platform without a name") }
        guard let category else { throw reader.fail(node, "platform \(name) has no category") }
        guard !senders.isEmpty else { throw reader.fail(node, "platform \(name) has no senders") }
        guard !dkim.isEmpty else { throw reader.fail(node, "platform \(name) has no dkim_domains") }
        guard !fields.isEmpty else { throw reader.fail(node, "platform \(name) has no user_fields") }
        return NotificationPlatform(
            name: name, category: category, senders: senders, dkimDomains: dkim, userFields: fields, evidence: evidence,
            note: note)
    }
}
