import Foundation
import NotifyGuardCore
import Testing

/// The written evaluation set (Fixtures/written-eval, issue 13 point 7) and the genuine template samples
/// (Fixtures/templates, issue 13 point 1) are data: these tests hold what the data must be (well-formed mail with the
/// headers the platforms send, listed in its manifest, covering the evasions and hard negatives the issue names), not
/// what the rules decide about it.
@Suite struct WrittenEvaluationSetTests {
    struct Row: Sendable, CustomStringConvertible {
        var file: String
        var platform: String
        var shippedProfile: String
        var label: String
        var templateLanguage: String
        var fieldLanguage: String
        var shows: Set<String>
        var description: String { file }
    }

    static let languages: Set<String> = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "ru", "ar", "ko", "ja", "zh", "vi"]

    /// Every evasion issue 13 names, as the manifest tags it.
    static let evasions: Set<String> = [
        "link", "bare-domain", "defanged-domain", "spaced-domain", "fullwidth-domain", "email-address",
        "phone-separators", "phone-fullwidth", "phone-letters", "phone-words", "phone-split-lines", "phone-split-html",
        "messenger-whatsapp", "messenger-telegram", "messenger-signal", "messenger-wechat", "messenger-line",
        "messenger-viber", "qr-code", "money", "sentence-in-name", "overlong-field", "brand-subdomain", "brand-hyphen-tld",
        "brand-service-word", "anchor-brand-mismatch", "unprofiled-calendar-messenger", "unprofiled-group-ad",
        "tenant-order-tollfree",
    ]

    /// The hard negatives of issue 13, point 5.
    static let hardNegatives: Set<String> = [
        "hn-github-defanged", "hn-github-plain", "hn-helpdesk-own-site", "hn-survey-own-site", "hn-url-sentence-end",
        "hn-dialin-zoom", "hn-dialin-teams", "hn-dialin-webex", "hn-tenant-zh", "hn-tenant-ar", "hn-tenant-vi",
        "hn-invoice-seller-phone",
    ]

    static func directory(_ name: String) -> URL? {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)
    }

    static func tsv(_ path: String) -> [[String]] {
        guard let url = directory(path), let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    static let manifest: [Row] = tsv("written-eval/MANIFEST.tsv").compactMap { fields in
        guard fields.count >= 7 else { return nil }
        return Row(file: fields[0], platform: fields[1], shippedProfile: fields[2], label: fields[3],
            templateLanguage: fields[4], fieldLanguage: fields[5],
            shows: Set(fields[6].split(separator: ",").map(String.init)))
    }

    /// (folder, profile, template) of each template sample set.
    static let templateSets: [(folder: String, profile: String, template: String)] = tsv("templates/SETS.tsv").compactMap {
        $0.count >= 3 ? ($0[0], $0[1], $0[2]) : nil
    }

    static func emlFiles(in folder: String) throws -> [String] {
        guard let url = directory(folder) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".eml") }.sorted()
    }

    /// The `d=` tag of a DKIM-Signature value.
    private static func dkimDomain(_ value: String) -> String? {
        for tag in value.split(separator: ";") {
            let trimmed = tag.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("d=") { return String(trimmed.dropFirst(2)).lowercased() }
        }
        return nil
    }

    @Test func manifestListsEveryFileOnce() throws {
        let listed = Self.manifest.map(\.file)
        #expect(Set(listed).count == listed.count, "a file is listed twice")
        let present = try Self.emlFiles(in: "written-eval/abuse").map { "abuse/\($0)" }
            + Self.emlFiles(in: "written-eval/legit-notify").map { "legit-notify/\($0)" }
        #expect(Set(listed) == Set(present))
        for row in Self.manifest {
            #expect(row.label == (row.file.hasPrefix("abuse/") ? "abuse" : "genuine"), "\(row.file)")
            #expect(row.file.hasSuffix(".eml") && row.file.contains("\(row.platform)__"), "\(row.file)")
            #expect(Self.languages.contains(row.templateLanguage) && Self.languages.contains(row.fieldLanguage), "\(row.file)")
            #expect(!row.shows.isEmpty, "\(row.file)")
        }
    }

    @Test func setIsLargeAndVariedEnough() {
        let abuse = Self.manifest.filter { $0.label == "abuse" }
        let genuine = Self.manifest.filter { $0.label == "genuine" }
        #expect(abuse.count >= 60 && genuine.count >= 60)
        #expect(Set(Self.manifest.map(\.platform)).count >= 20)
        #expect(Set(Self.manifest.map(\.fieldLanguage)).count >= 12)
        #expect(Set(abuse.map(\.fieldLanguage)).count >= 12 && Set(genuine.map(\.fieldLanguage)).count >= 12)
        let shownByAbuse = abuse.reduce(into: Set<String>()) { $0.formUnion($1.shows) }
        #expect(Self.evasions.subtracting(shownByAbuse).isEmpty, "missing: \(Self.evasions.subtracting(shownByAbuse))")
        let shownByGenuine = genuine.reduce(into: Set<String>()) { $0.formUnion($1.shows) }
        #expect(Self.hardNegatives.subtracting(shownByGenuine).isEmpty,
            "missing: \(Self.hardNegatives.subtracting(shownByGenuine))")
        // The platforms without a shipped profile carry some of the abuse, as the issue's unseen cases do.
        #expect(abuse.filter { $0.shippedProfile == "none" }.count >= 10)
    }

    /// The shipped rules on the whole set, as `notifyguard evaluate` reads it: no genuine notification is flagged
    /// (issue 13's target), and the abused ones are flagged and held at least as often as when last measured (70
    /// and 50 of 72), so that a change that loses some shows here.
    @Test func shippedRulesMeetTheWrittenSetsTargets() throws {
        let scorer = Scorer(policy: try Fixture.shippedPolicy())
        var flagged = 0
        var held = 0
        for row in Self.manifest {
            let verdict = scorer.score(rawMessage: try Fixture.bytes("written-eval/\(row.file)"))
            if row.label == "abuse" {
                if verdict.action != .accept { flagged += 1 }
                if verdict.action >= .quarantine { held += 1 }
            } else {
                #expect(verdict.action == .accept, "\(row.file): \(verdict.reasons)")
            }
        }
        #expect(flagged >= 70, "abuse flagged: \(flagged) of 72")
        #expect(held >= 50, "abuse held: \(held) of 72")
    }

    /// Each message is well-formed mail with the headers its platform sends: parsed without hitting a limit, with
    /// visible text, a DKIM signature whose domain the trusted Authentication-Results record as passing, and the
    /// shipped profile the manifest names recognised.
    @Test(arguments: manifest)
    func messageIsWellFormed(row: Row) throws {
        let bytes = try Fixture.bytes("written-eval/\(row.file)")
        let policy = try Fixture.shippedPolicy()
        let message = MessageParser.parse(bytes, limits: policy.limits)
        #expect(message.truncations.isEmpty)
        for name in ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "DKIM-Signature", "Authentication-Results"] {
            #expect(message.headers.first(named: name) != nil, "\(name) missing")
        }
        #expect(message.headers.first(named: "Authentication-Results")?.value.hasPrefix(Fixture.authservID) == true)
        #expect(message.parts.contains { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        let features = MessageFeatures(message: message, policy: policy)
        let signed = try #require(message.headers.first(named: "DKIM-Signature").flatMap { Self.dkimDomain($0.value) })
        #expect(features.dkimPassDomains.contains(signed), "d=\(signed) not recorded as passing")
        #expect(features.from?.address.contains("@") == true)
        if row.shippedProfile != "none" {
            #expect(Scorer(policy: policy).score(features).profile == row.shippedProfile)
        }
        // A hard negative about URLs at a sentence end really has one: " ." or ")." right after the URL.
        if row.shows.contains("hn-url-sentence-end") {
            let text = message.parts.map(\.text).joined(separator: "\n")
            let endings = text.components(separatedBy: "http").dropFirst().compactMap { rest -> String? in
                guard let end = rest.firstIndex(where: { $0 == " " || $0 == "\n" || $0 == ")" }) else { return nil }
                return String(rest[end...].prefix(2))
            }
            #expect(endings.contains(" .") || endings.contains(")."), "no URL followed by ` .` or `).`")
        }
    }

    /// Each template has at least three genuine samples of its profile, different enough that learning finds fields
    /// and alike enough that it finds the template's constant text.
    @Test(arguments: templateSets.map(\.folder))
    func templateSamplesLearnASkeleton(folder: String) throws {
        let set = try #require(Self.templateSets.first { $0.folder == folder })
        let files = try Self.emlFiles(in: "templates/\(folder)")
        #expect(files.count >= 3)
        let policy = try Fixture.shippedPolicy()
        var samples: [[String]] = []
        for file in files {
            let message = MessageParser.parse(try Fixture.bytes("templates/\(folder)/\(file)"), limits: policy.limits)
            let features = MessageFeatures(message: message, policy: policy)
            #expect(Scorer(policy: policy).score(features).profile == set.profile, "\(file)")
            samples.append(TemplateSkeleton.words(features.bodyText))
        }
        let skeleton = try TemplateSkeleton.learn(name: set.template, samples: samples)
        let constant = skeleton.segments.reduce(0) { count, segment in
            if case .text(let words) = segment { count + words.count } else { count }
        }
        #expect(constant >= 20)
        #expect(skeleton.segments.contains { if case .slot = $0 { true } else { false } })
    }

    @Test func everyTemplateFolderIsListed() throws {
        guard let url = Self.directory("templates") else { throw FixtureError.missing("templates") }
        let folders = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { !$0.contains(".") }
        #expect(Set(folders) == Set(Self.templateSets.map(\.folder)))
        #expect(Self.templateSets.count >= 16)
    }
}
