import Foundation
@testable import NotifyGuardCore
import Testing

/// The skeletons the shipped config carries (config/skeletons, issue 13 point 1), both ways: genuine messages of
/// their templates are explained without a deviation, and abused ones have their injected text in the fields.
@Suite struct ShippedSkeletonTests {
    static let skeletonRules: Set<String> = [RuleID.templateDeviation.rawValue, RuleID.fieldLength.rawValue]

    static func features(_ bytes: [UInt8], _ policy: Policy) -> MessageFeatures {
        MessageFeatures(message: MessageParser.parse(bytes, limits: policy.limits), policy: policy)
    }

    /// The written genuine samples of every template folder, by profile: the vocabulary of each profile's templates.
    static func genuineWords(profile: String, policy: Policy) throws -> Set<String> {
        var words: Set<String> = []
        for set in WrittenEvaluationSetTests.templateSets where set.profile == profile {
            for file in try emlFiles("templates/\(set.folder)") {
                words.formUnion(TemplateSkeleton.words(features(try Fixture.bytes("templates/\(set.folder)/\(file)"), policy).bodyText))
            }
        }
        return words
    }

    static func emlFiles(_ folder: String) throws -> [String] {
        guard let url = WrittenEvaluationSetTests.directory(folder) else { throw FixtureError.missing(folder) }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".eml") }.sorted()
    }

    /// Words of an abused message that no genuine sample of its profile has (its injected text) and that the
    /// covering skeleton took for constant text; nil when no skeleton covers the message.
    static func injectedWordsOutsideFields(_ features: MessageFeatures, profile: Profile, genuine: Set<String>)
        -> [String]?
    {
        guard let fields = TemplateFields(features, profile: profile) else { return nil }
        let written = Set(fields.match.slotText + fields.match.unexplained)
        return TemplateSkeleton.words(features.bodyText).filter { !genuine.contains($0) && !written.contains($0) }
    }

    @Test func theListedTemplatesShipSkeletons() throws {
        let policy = try Fixture.shippedPolicy()
        for set in WrittenEvaluationSetTests.templateSets {
            let profile = try #require(policy.profiles.first { $0.name == set.profile })
            #expect(profile.skeletons.contains { $0.name == set.template }, "\(set.profile) \(set.template)")
        }
    }

    /// Each genuine sample of each shipped template is covered by a skeleton and fires none of its rules.
    @Test(arguments: WrittenEvaluationSetTests.templateSets.map(\.folder))
    func genuineTemplateSamplesFitTheirSkeleton(folder: String) throws {
        let policy = try Fixture.shippedPolicy()
        let set = try #require(WrittenEvaluationSetTests.templateSets.first { $0.folder == folder })
        let profile = try #require(policy.profiles.first { $0.name == set.profile })
        for file in try Self.emlFiles("templates/\(folder)") {
            let features = Self.features(try Fixture.bytes("templates/\(folder)/\(file)"), policy)
            let fields = try #require(TemplateFields(features, profile: profile), "\(file): no skeleton covers it")
            #expect(fields.match.unexplained.isEmpty && fields.match.overlongSlots.isEmpty, "\(file)")
            let fired = Scorer(policy: policy).score(features).reasons.map(\.rule)
            #expect(Set(fired).isDisjoint(with: Self.skeletonRules.union([RuleID.injectedAddress.rawValue])), "\(file): \(fired)")
        }
    }

    /// The written genuine notifications of the evaluation set: no skeleton rule fires on any of them.
    @Test func writtenGenuineNotificationsFireNoSkeletonRule() throws {
        let policy = try Fixture.shippedPolicy()
        let rows = WrittenEvaluationSetTests.manifest.filter { $0.label != "abuse" }
        #expect(rows.count >= 60)
        for row in rows {
            let verdict = Scorer(policy: policy).score(rawMessage: try Fixture.bytes("written-eval/\(row.file)"))
            let fired = Set(verdict.reasons.map(\.rule))
            // injected_address too: a template's own addresses (an organizer's, a seller's) are not injected ones.
            #expect(fired.isDisjoint(with: Self.skeletonRules.union([RuleID.injectedAddress.rawValue])), "\(row.file): \(fired)")
        }
    }

    /// The written abused notifications of shipped templates (English template text, as the skeletons were learned):
    /// a skeleton covers each, and every word of its injected text sits in a field or outside the template.
    @Test func writtenAbusedNotificationsKeepTheirInjectedTextInFields() throws {
        let policy = try Fixture.shippedPolicy()
        let profiles = Set(WrittenEvaluationSetTests.templateSets.map(\.profile))
        let rows = WrittenEvaluationSetTests.manifest.filter {
            $0.label == "abuse" && profiles.contains($0.shippedProfile) && $0.templateLanguage == "en"
        }
        #expect(rows.count >= 20)
        var covered = 0
        for row in rows {
            let profile = try #require(policy.profiles.first { $0.name == row.shippedProfile })
            let features = Self.features(try Fixture.bytes("written-eval/\(row.file)"), policy)
            let genuine = try Self.genuineWords(profile: row.shippedProfile, policy: policy)
            guard let outside = Self.injectedWordsOutsideFields(features, profile: profile, genuine: genuine) else {
                continue
            }
            covered += 1
            #expect(outside.isEmpty, "\(row.file): \(outside)")
        }
        #expect(covered * 10 >= rows.count * 8, "\(covered) of \(rows.count) covered")
    }
}

/// The shipped skeletons against the corpus's abused mail of their templates; skipped when the corpus is absent.
@Suite(.enabled(if: CorpusDirectory.url != nil, "../shared/corpus not found beside the checkout (a user's clone has none)"))
struct ShippedSkeletonCorpusTests {
    /// Corpus kinds (file name prefixes) and the profile whose skeletons they meet.
    static let kinds = [
        "google-calendar": "google-calendar", "google-drive": "google-drive", "firebase-auth": "firebase-auth",
        "zendesk": "zendesk", "surveymonkey": "surveymonkey", "eventbrite": "eventbrite",
    ]

    @Test func corpusAbuseKeepsItsInjectedTextInFields() throws {
        let corpus = try #require(CorpusDirectory.url).appendingPathComponent("abuse")
        let policy = try Fixture.shippedPolicy()
        var covered = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            guard let kind = file.components(separatedBy: "__").first, let name = Self.kinds[kind],
                let profile = policy.profiles.first(where: { $0.name == name }),
                let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(file).path)
            else { continue }
            let features = ShippedSkeletonTests.features([UInt8](data), policy)
            let genuine = try ShippedSkeletonTests.genuineWords(profile: name, policy: policy)
            guard let outside = ShippedSkeletonTests.injectedWordsOutsideFields(features, profile: profile, genuine: genuine)
            else { continue }
            covered += 1
            #expect(outside.isEmpty, "\(file): \(outside.prefix(20))")
        }
        // The English calendar invitations at least (the rest are other templates, languages or whole-body rewrites).
        #expect(covered >= 6)
    }
}
