import Foundation
import NotifyGuardConfig
import NotifyGuardCore
import Testing
import Yams

/// The data files beside the config (issue 13, `data_files:`): the registry of notification platforms without a
/// profile and the lure topics per language. These tests hold their shipped content, beyond what the loader checks
/// (DataFilesConfigTests), so the rule work can rely on it; and the shipped lexicon's reach into the languages the
/// issue asks for.
@Suite struct ConfigDataFilesTests {
    static let configDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("config")

    static func load(_ name: String) throws -> [String: Any] {
        let text = try String(contentsOf: configDirectory.appendingPathComponent(name), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    static let categories: Set<String> = [
        "payments-invoicing", "e-signature", "file-sharing", "calendar-scheduling", "forms-surveys", "groups-communities",
        "chat-collaboration", "crm-marketing", "developer", "app-stores", "marketplaces-messaging",
    ]

    @Test func platformRegistryHasSixtySendersBeyondTheProfiles() throws {
        let platforms = try #require(try Self.load("platforms.yaml")["platforms"] as? [[String: Any]])
        #expect(platforms.count >= 60)
        let profiles = try ConfigLoader.parse(ConfigLoader.defaultConfigText, path: "default").policy.profiles
        let profileSenders = Set(profiles.flatMap(\.senders).map { $0.lowercased() })
        var names: Set<String> = []
        var seenCategories: Set<String> = []
        for platform in platforms {
            let name = try #require(platform["name"] as? String)
            #expect(names.insert(name).inserted, "\(name) listed twice")
            let category = try #require(platform["category"] as? String, "\(name)")
            #expect(Self.categories.contains(category), "\(name): \(category)")
            seenCategories.insert(category)
            let senders = try #require(platform["senders"] as? [String], "\(name)")
            let dkim = try #require(platform["dkim_domains"] as? [String], "\(name)")
            #expect(!senders.isEmpty && !dkim.isEmpty, "\(name)")
            #expect(dkim.allSatisfy { $0.contains(".") && !$0.contains("@") && $0 == $0.lowercased() }, "\(name)")
            // Beyond the profiled ones: none of its senders is one a shipped profile already claims.
            #expect(profileSenders.isDisjoint(with: senders.map { $0.lowercased() }), "\(name) duplicates a profile")
            let fields = try #require(platform["user_fields"] as? [String: [String]], "\(name)")
            #expect(!fields.isEmpty && Set(fields.keys).isSubset(of: ["name", "short_text", "content"]), "\(name)")
            #expect(["seen", "recalled"].contains(platform["evidence"] as? String), "\(name)")
        }
        #expect(seenCategories == Self.categories)
    }

    @Test func lureTopicsCoverEveryLanguage() throws {
        let topics = try #require(try Self.load("lure-topics.yaml")["topics"] as? [String: [String: [String]]])
        #expect(Set(topics.keys) == [
            "refund", "order", "charge", "renewal", "prize", "crypto", "account_problem", "investment", "task_job",
            "loan",
        ])
        let languages: Set<String> = [
            "en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "ru", "ar", "ko", "ja", "zh", "vi",
            "sv", "da", "nb", "fi", "cs", "sk", "hu", "ro", "el", "he", "fa", "uk", "bg", "hi", "th", "id", "ms", "tl",
            "sw", "ca", "lv", "et", "bn", "is", "sr", "ur",
        ]
        for (topic, byLanguage) in topics {
            #expect(Set(byLanguage.keys) == languages, "\(topic)")
            for (language, stems) in byLanguage {
                // Case is folded on both sides when matching; lower case is the file's house style.
                #expect(!stems.isEmpty && stems.allSatisfy { $0 == $0.lowercased() && !$0.isEmpty }, "\(topic).\(language)")
            }
        }
    }

    /// Scam and lure wording in the scripts and letters of Russian, Arabic, Korean, Polish and Turkish sits in both
    /// lists, and each language issue 13 asks for has a block in each list.
    @Test func lexiconReachesTheIssuesLanguages() throws {
        let policy = try ConfigLoader.parse(ConfigLoader.defaultConfigText, path: "default").policy
        let scripts: [(String, ClosedRange<UInt32>)] = [
            ("Cyrillic", 0x0400...0x04FF), ("Arabic", 0x0600...0x06FF), ("Hangul", 0xAC00...0xD7A3),
        ]
        let letters: [(String, Set<Character>)] = [("Polish", ["ł", "ś", "ż", "ź", "ć"]), ("Turkish", ["ı", "ş", "ğ"])]
        for (listName, list) in [("scam", policy.scamPhrases), ("lure", policy.lurePhrases)] {
            for (script, range) in scripts {
                #expect(list.contains { $0.unicodeScalars.contains { range.contains($0.value) } }, "\(listName): \(script)")
            }
            for (language, set) in letters {
                #expect(list.contains { !Set($0).isDisjoint(with: set) }, "\(listName): \(language)")
            }
        }
        let text = try String(contentsOf: Self.configDirectory.appendingPathComponent("notifyguard.yaml"), encoding: .utf8)
        for language in ["Italian", "Polish", "Turkish", "Russian", "Arabic", "Korean", "Dutch"] {
            #expect(text.components(separatedBy: "    # \(language)\n").count == 3, "\(language): a block in each list")
        }
    }
}
