import Foundation
import NotifyGuardCore
import Yams

/// A configuration error at a place in a file: prints as `PATH:LINE: message`.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var path: String
    public var line: Int
    public var message: String

    public var description: String { "\(path):\(line): \(message)" }
}

/// Reads the YAML config into ``Settings``, rejecting unknown keys, wrong types and bad values with line numbers.
public enum ConfigLoader {
    /// The shipped `config/notifyguard.yaml`, built into the binary.
    public static var defaultConfigText: String { String(decoding: embeddedDefaultConfigBytes, as: UTF8.self) }

    public static let defaultConfigName = "config/notifyguard.yaml (built in)"

    /// Loads `path` and the data files it names, or the built-in defaults when `path` is nil.
    public static func load(path: String?, hostname: String = ConfigLoader.hostname()) throws(ConfigError) -> Settings {
        guard let path else {
            return try parse(defaultConfigText, path: defaultConfigName, hostname: hostname)
        }
        var settings = try parse(ConfigFile.read(path: path), path: path, hostname: hostname, dataFiles: .disk)
        settings.origin = path
        return settings
    }

    /// Settings from config `text`; `dataFiles` says whether the data files it names are read beside `path` or
    /// taken from the binary.
    public static func parse(
        _ text: String, path: String, hostname: String = ConfigLoader.hostname(), dataFiles: DataFileSource = .builtIn
    ) throws(ConfigError) -> Settings {
        let root = try compose(text, path: path)
        var reader = NodeReader(path: path, dataFiles: dataFiles)
        var settings = Settings()
        settings.origin = path
        let builtIn = try builtInDataFiles.get()
        settings.policy.platforms = builtIn.platforms
        settings.policy.lureTopics = builtIn.lureTopics
        try reader.readRoot(root, into: &settings)
        // Profiles name lure topics of the data file, read by now (it may follow them in the config).
        let topics = Set(settings.policy.lureTopics.topics.map(\.name))
        for profile in settings.policy.profiles {
            if let unknown = profile.ownTopics.first(where: { !topics.contains($0) }) {
                throw ConfigError(
                    path: path, line: 1,
                    message: "profile \(profile.name): own_topics names \(unknown), not a topic of the lure topics file")
            }
        }
        if settings.policy.trustedAuthservIDs.isEmpty {
            settings.policy.trustedAuthservIDs = [hostname]
        }
        return settings
    }

    /// The YAML node tree of `text`, with YAML errors reported as `path:line`.
    static func compose(_ text: String, path: String) throws(ConfigError) -> Node {
        try YAMLShape.check(text, path: path)
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ConfigError(path: path, line: 1, message: "empty file")
            }
            return node
        } catch let error as ConfigError {
            throw error
        } catch let error as YamlError {
            throw ConfigError(path: path, line: Self.line(of: error), message: Self.summary(of: error))
        } catch {
            throw ConfigError(path: path, line: 1, message: "\(error)")
        }
    }

    /// This host's name: the default trusted authserv-id.
    public static func hostname() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        case .duplicatedKeysInMapping(_, let context): return context.mark.line
        case .reader(_, let offset, _, let yaml):
            guard let offset else { return 1 }
            return yaml.utf8.prefix(offset).filter { $0 == 10 }.count + 1
        default: return 1
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return "YAML syntax: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key \(duplicates.joined(separator: ", "))"
        default:
            return "YAML: \(error)"
        }
    }
}

/// Walks the composed YAML tree; each accessor knows the node's line for its error.
/// Reads typed values out of YAML nodes, failing with the node's line.
struct NodeReader {
    let path: String
    var dataFiles = DataFileSource.builtIn

    func fail(_ node: Node?, _ message: String) -> ConfigError {
        ConfigError(path: path, line: node?.mark?.line ?? 1, message: message)
    }

    func mapping(_ node: Node, _ what: String) throws(ConfigError) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else { throw fail(node, "\(what) must be a mapping") }
        return mapping.map { ($0.key.string ?? "", $0.key, $0.value) }
    }

    func string(_ node: Node, _ key: String) throws(ConfigError) -> String {
        guard case .scalar(let scalar) = node else { throw fail(node, "\(key) must be a string") }
        return scalar.string
    }

    func bool(_ node: Node, _ key: String) throws(ConfigError) -> Bool {
        guard case .scalar = node, let value = node.bool else { throw fail(node, "\(key) must be true or false") }
        return value
    }

    func number(_ node: Node, _ key: String, min: Double = 0, max: Double = ConfigBounds.number) throws(ConfigError)
        -> Double
    {
        guard case .scalar = node, let value = node.float ?? node.int.map(Double.init), value.isFinite else {
            throw fail(node, "\(key) must be a number")
        }
        guard value >= min else { throw fail(node, "\(key) must be at least \(min)") }
        guard value <= max else { throw fail(node, "\(key) must be at most \(max)") }
        return value
    }

    func integer(_ node: Node, _ key: String, min: Int = 1, max: Int = ConfigBounds.integer) throws(ConfigError) -> Int {
        guard case .scalar = node, let value = node.int else { throw fail(node, "\(key) must be an integer") }
        guard value >= min else { throw fail(node, "\(key) must be at least \(min)") }
        guard value <= max else { throw fail(node, "\(key) must be at most \(max)") }
        return value
    }

    func strings(_ node: Node, _ key: String) throws(ConfigError) -> [String] {
        guard case .sequence(let sequence) = node else { throw fail(node, "\(key) must be a list") }
        var result: [String] = []
        for item in sequence {
            let value = try string(item, key)
            guard !value.isEmpty else { throw fail(item, "\(key) has an empty entry") }
            result.append(value)
        }
        return result
    }

    mutating func readRoot(_ root: Node, into settings: inout Settings) throws(ConfigError) {
        var suffixListNamed = false
        var recipientDomainNodes: Node? = nil
        for (key, keyNode, value) in try mapping(root, "the configuration") {
            switch key {
            case "public_suffix_list":
                settings.publicSuffixListFile = try publicSuffixListPath(value)
                settings.policy.publicSuffixList = try loadPublicSuffixList(settings.publicSuffixListFile, namedAt: value)
                suffixListNamed = true
            case "milter": try readListener(value, into: &settings.listener)
            case "actions": try readActions(value, into: &settings.actions)
            case "thresholds": settings.policy.thresholds = try readThresholds(value, base: settings.policy.thresholds)
            case "logging": try readLogging(value, into: &settings.log)
            case "campaign": try readCampaign(value, into: &settings.campaign)
            case "limits": try readLimits(value, into: &settings.policy.limits)
            case "trust":
                for (k, kn, v) in try mapping(value, "trust") {
                    switch k {
                    case "authserv_ids":
                        settings.policy.trustedAuthservIDs = try strings(v, "trust.authserv_ids").map { $0.lowercased() }
                    case "missing_authserv_id":
                        settings.policy.trustMissingAuthservID = try bool(v, "trust.missing_authserv_id")
                    default:
                        throw fail(kn, "unknown key trust.\(k)")
                    }
                }
            case "rules":
                for (k, kn, v) in try mapping(value, "rules") {
                    guard let rule = RuleID(rawValue: k) else {
                        let known = RuleID.allCases.map(\.rawValue).joined(separator: ", ")
                        throw fail(kn, "unknown rule \(k) (known: \(known))")
                    }
                    settings.policy.weights[rule] = try number(
                        v, "rules.\(k)", min: -ConfigBounds.weight, max: ConfigBounds.weight)
                }
            case "lexicon":
                for (k, kn, v) in try mapping(value, "lexicon") {
                    switch k {
                    case "scam_phrases": settings.policy.scamPhrases = try strings(v, "lexicon.scam_phrases").map { $0.lowercased() }
                    case "lure_phrases": settings.policy.lurePhrases = try strings(v, "lexicon.lure_phrases").map { $0.lowercased() }
                    case "shorteners": settings.policy.shorteners = Set(try strings(v, "lexicon.shorteners").map { $0.lowercased() })
                    case "protected_brands":
                        var brands: [Brand] = []
                        for (name, nameNode, domains) in try mapping(v, "lexicon.protected_brands") {
                            guard !name.isEmpty else { throw fail(nameNode, "lexicon.protected_brands has an empty name") }
                            brands.append(Brand(name: name, domains: try strings(domains, "lexicon.protected_brands.\(name)")))
                        }
                        settings.policy.protectedBrands = brands
                    case "notification_senders":
                        settings.policy.notificationSenders = try strings(v, "lexicon.notification_senders").map { $0.lowercased() }
                    case "service_words":
                        settings.policy.serviceWords = try strings(v, "lexicon.service_words").map { $0.lowercased() }
                    case "risky_tlds":
                        settings.policy.riskyTLDs = Set(try strings(v, "lexicon.risky_tlds").map { tld in
                            String(tld.lowercased().drop(while: { $0 == "." }))
                        })
                    case "free_hosts": settings.policy.freeHosts = Set(try strings(v, "lexicon.free_hosts").map { $0.lowercased() })
                    default: throw fail(kn, "unknown key lexicon.\(k)")
                    }
                }
            case "profiles":
                guard case .sequence(let sequence) = value else { throw fail(value, "profiles must be a list") }
                var names: Set<String> = []
                for item in sequence {
                    let profile = try readProfile(item, defaults: settings.policy.thresholds)
                    guard names.insert(profile.name).inserted else { throw fail(item, "duplicate profile \(profile.name)") }
                    settings.policy.profiles.append(profile)
                }
            case "overrides": settings.overrides = try readOverrides(value)
            case "recipient_domains": recipientDomainNodes = value
            case "metrics": settings.metrics = try readMetrics(value)
            case "data_files": try readDataFiles(value, into: &settings.policy)
            default:
                throw fail(keyNode, "unknown key \(key)")
            }
        }
        if !suffixListNamed {
            settings.policy.publicSuffixList = try loadPublicSuffixList(settings.publicSuffixListFile, namedAt: nil)
        }
        let t = settings.policy.thresholds
        guard t.tag <= t.quarantine, t.quarantine <= t.reject else {
            throw fail(root, "thresholds must satisfy tag <= quarantine <= reject")
        }
        // After the loop: a domain's thresholds start from the global ones, wherever the file puts that section.
        if let recipientDomainNodes {
            settings.recipientDomains = try readRecipientDomains(recipientDomainNodes, base: settings.policy.thresholds)
        }
    }

    func readListener(_ node: Node, into listener: inout ListenerSettings) throws(ConfigError) {
        for (key, keyNode, value) in try mapping(node, "milter") {
            switch key {
            case "socket":
                let spec = try string(value, "milter.socket")
                guard spec.hasPrefix("unix:") || spec.hasPrefix("local:") || spec.hasPrefix("inet:")
                    || spec.hasPrefix("inet6:") || spec.hasPrefix("/")
                else { throw fail(value, "milter.socket must be unix:/path or inet:PORT@HOST") }
                listener.socket = spec
            case "socket_mode":
                let text = try string(value, "milter.socket_mode")
                guard let mode = UInt32(text, radix: 8), mode <= 0o777 else {
                    throw fail(value, "milter.socket_mode must be an octal mode such as \"0660\"")
                }
                listener.socketMode = mode
            case "socket_group":
                let group = try string(value, "milter.socket_group")
                listener.socketGroup = group.isEmpty ? nil : group
            case "timeout":
                listener.timeoutSeconds = try integer(value, "milter.timeout", max: ConfigBounds.timeoutSeconds)
            case "skip_replies": listener.skipReplies = try bool(value, "milter.skip_replies")
            default: throw fail(keyNode, "unknown key milter.\(key)")
            }
        }
    }

    func readActions(_ node: Node, into actions: inout ActionSettings) throws(ConfigError) {
        for (key, keyNode, value) in try mapping(node, "actions") {
            switch key {
            case "dry_run": actions.dryRun = try bool(value, "actions.dry_run")
            case "failure_action":
                guard let action = FailureAction(rawValue: try string(value, key)) else {
                    throw fail(value, "actions.failure_action must be accept or tempfail")
                }
                actions.failureAction = action
            case "reject_code":
                let code = try string(value, key)
                guard code.count == 3, code.hasPrefix("5"), code.allSatisfy(\.isNumber) else {
                    throw fail(value, "actions.reject_code must be a 5xx code")
                }
                actions.reject.code = code
            case "reject_enhanced_code":
                let code = try string(value, key)
                let parts = code.split(separator: ".")
                guard parts.count == 3, parts[0] == "5", parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
                    throw fail(value, "actions.reject_enhanced_code must look like 5.7.1")
                }
                actions.reject.enhancedCode = code
            case "reject_text":
                let text = try string(value, key)
                guard !text.isEmpty, ConfigText.isOneLine(text) else {
                    throw fail(value, "actions.reject_text must be one non-empty line without control characters")
                }
                actions.reject.text = text
            case "quarantine_reason":
                let text = try string(value, key)
                guard ConfigText.isOneLine(text) else {
                    throw fail(value, "actions.quarantine_reason must be one line without control characters")
                }
                actions.quarantineReason = text
            case "subject_prefix":
                let text = try string(value, key)
                guard ConfigText.isOneLine(text) else {
                    throw fail(value, "actions.subject_prefix must be one line without control characters")
                }
                actions.subjectPrefix = text
            case "tag_accepted_mail": actions.tagAcceptedMail = try bool(value, key)
            default: throw fail(keyNode, "unknown key actions.\(key)")
            }
        }
    }

    func readThresholds(_ node: Node, base: Thresholds) throws(ConfigError) -> Thresholds {
        var result = base
        for (key, keyNode, value) in try mapping(node, "thresholds") {
            switch key {
            case "tag": result.tag = try number(value, "thresholds.tag")
            case "quarantine": result.quarantine = try number(value, "thresholds.quarantine")
            case "reject": result.reject = try number(value, "thresholds.reject")
            default: throw fail(keyNode, "unknown key thresholds.\(key)")
            }
        }
        guard result.tag <= result.quarantine, result.quarantine <= result.reject else {
            throw fail(node, "thresholds must satisfy tag <= quarantine <= reject")
        }
        return result
    }

    func readLogging(_ node: Node, into log: inout LogSettings) throws(ConfigError) {
        for (key, keyNode, value) in try mapping(node, "logging") {
            switch key {
            case "facility":
                let facility = try string(value, key).lowercased()
                guard SyslogFacility.named(facility) != nil else {
                    throw fail(value, "logging.facility must be mail, daemon, user or local0..local7")
                }
                log.facility = facility
            case "destination":
                let destination = try string(value, key)
                guard destination == "syslog" || destination == "stderr" else {
                    throw fail(value, "logging.destination must be syslog or stderr")
                }
                log.destination = destination
            default: throw fail(keyNode, "unknown key logging.\(key)")
            }
        }
    }

    func readLimits(_ node: Node, into limits: inout ParserLimits) throws(ConfigError) {
        for (key, keyNode, value) in try mapping(node, "limits") {
            let number = try integer(value, "limits.\(key)")
            switch key {
            case "scan_bytes": limits.maxScanBytes = number
            case "headers": limits.maxHeaders = number
            case "header_bytes": limits.maxHeaderBytes = number
            case "header_name_bytes": limits.maxHeaderNameBytes = number
            case "header_block_bytes": limits.maxHeaderBlockBytes = number
            case "mime_depth": limits.maxMimeDepth = number
            case "parts": limits.maxParts = number
            case "part_bytes": limits.maxPartBytes = number
            case "decoded_bytes": limits.maxDecodedBytes = number
            case "links": limits.maxLinks = number
            case "line_bytes": limits.maxLineBytes = max(number, 1000)
            default: throw fail(keyNode, "unknown key limits.\(key)")
            }
        }
    }

    func readProfile(_ node: Node, defaults: Thresholds) throws(ConfigError) -> Profile {
        var name: String?
        var senders: [String] = []
        var dkim: [String] = []
        var links: [String] = []
        var userLinks = false
        var userText = false
        var matchDKIM = false
        var thresholds: Thresholds? = nil
        var subjects: [String] = []
        var ownPhrases: [String] = []
        var ownTopics: [String] = []
        var skeletons: [TemplateSkeleton] = []
        for (key, keyNode, value) in try mapping(node, "a profile") {
            switch key {
            case "name": name = try string(value, "profile name")
            case "senders": senders = try strings(value, "senders")
            case "dkim_domains": dkim = try strings(value, "dkim_domains")
            case "link_domains": links = try strings(value, "link_domains")
            case "user_links": userLinks = try bool(value, "user_links")
            case "user_text": userText = try bool(value, "user_text")
            case "match_dkim": matchDKIM = try bool(value, "match_dkim")
            case "thresholds": thresholds = try readThresholds(value, base: defaults)
            case "subjects": subjects = try strings(value, "subjects")
            case "own_phrases": ownPhrases = try strings(value, "own_phrases")
            case "own_topics": ownTopics = try strings(value, "own_topics")
            case "skeletons":
                for file in try strings(value, "skeletons") { skeletons += try readSkeletons(file, from: value) }
            default: throw fail(keyNode, "unknown key in profile: \(key)")
            }
        }
        guard let name, !name.isEmpty else { throw fail(node, "profile without a name") }
        guard !senders.isEmpty || (matchDKIM && !dkim.isEmpty) else { throw fail(node, "profile \(name) has no senders") }
        return Profile(
            name: name, senders: senders, dkimDomains: dkim, linkDomains: links, userLinks: userLinks,
            userText: userText, matchDKIM: matchDKIM, thresholds: thresholds, subjects: subjects, ownPhrases: ownPhrases,
            ownTopics: ownTopics, skeletons: skeletons)
    }
}

/// syslog facilities by their config names.
public enum SyslogFacility {
    public static func named(_ name: String) -> Int32? {
        switch name {
        case "mail": return 2 << 3
        case "daemon": return 3 << 3
        case "user": return 1 << 3
        case "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7":
            guard let digit = name.last?.wholeNumberValue else { return nil }
            return Int32(16 + digit) << 3
        default: return nil
        }
    }
}
