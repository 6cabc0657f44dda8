import Foundation
@testable import NotifyGuardCore
import Testing

/// The probe sets, notifications written blind to the rules to measure how detection generalises:
/// - `probe-eval`: 60 notifications on 32 platforms (28 without a profile), field text in 18 languages;
/// - `probe2-eval`: 48 more, on 30 other platforms (8 of them invented small tools), in 24 languages;
/// - `probe3-eval`: 40 more, written at the end of the fifth session to measure its rules blind: 22 platforms, 22
///   languages. Two of its genuine notifications are flagged, and stay listed here until a general change fixes them;
/// - `probe4-eval`: 48 more, written blind at the start of the sixth session: 33 platforms, 37 field languages;
/// - `probe5-eval`: 44 more, written blind after the sixth session's detection work, on the most abused platforms and
///   realistic evasions: 29 platforms, 19 languages. Three genuine notifications are flagged and listed here.
/// These tests hold each set's shape and the shipped rules' figures on it as last measured, so that a change that
/// loses ground shows here (README of each set: the figures as written and the misses).
@Suite struct ProbeEvaluationSetTests {
    struct Row: Sendable {
        var file: String
        var platform: String
        var label: String
        var fieldLanguage: String
    }

    /// A probe set and what it holds: its folder, its size, and the figures last measured.
    struct ProbeSet: Sendable, CustomTestStringConvertible {
        var folder: String
        var abused: Int
        var minPlatforms: Int
        var minLanguages: Int
        var minFlagged: Int
        var minHeld: Int
        /// Genuine files the shipped rules flag, known and described in the set's README.
        var knownFlagged: Set<String> = []
        var testDescription: String { folder }

        var manifest: [Row] {
            WrittenEvaluationSetTests.tsv("\(folder)/MANIFEST.tsv").compactMap { fields in
                guard fields.count >= 5 else { return nil }
                return Row(file: fields[0], platform: fields[1], label: fields[2], fieldLanguage: fields[4])
            }
        }
    }

    static let sets = [
        ProbeSet(folder: "probe-eval", abused: 30, minPlatforms: 30, minLanguages: 15, minFlagged: 28, minHeld: 13),
        ProbeSet(folder: "probe2-eval", abused: 24, minPlatforms: 28, minLanguages: 20, minFlagged: 18, minHeld: 5),
        ProbeSet(
            folder: "probe3-eval", abused: 20, minPlatforms: 20, minLanguages: 20, minFlagged: 18, minHeld: 11,
            knownFlagged: [
                "legit-notify/paypal__de-refund-receipt-bookshop.eml",
                "legit-notify/paypal__es-invoice-florist-own-phone-site.eml",
            ]),
        ProbeSet(folder: "probe4-eval", abused: 24, minPlatforms: 30, minLanguages: 30, minFlagged: 22, minHeld: 7),
        ProbeSet(
            folder: "probe5-eval", abused: 20, minPlatforms: 28, minLanguages: 18, minFlagged: 17, minHeld: 12,
            knownFlagged: [
                "legit-notify/harbourline-bank__en-fraud-alert-call-number-on-card.eml",
                "legit-notify/microsoft365__zh-billing-sold-to-chinese-tenant-phone.eml",
                "legit-notify/zendesk__en-agent-reply-refund-helpdesk-subdomain-differs.eml",
            ]),
    ]

    @Test(arguments: sets)
    func manifestListsEveryFileOnceAndTheSetIsVaried(set: ProbeSet) throws {
        var onDisk: [String] = []
        for folder in ["abuse", "legit-notify"] {
            onDisk += try WrittenEvaluationSetTests.emlFiles(in: "\(set.folder)/\(folder)").map { "\(folder)/\($0)" }
        }
        let manifest = set.manifest
        let listed = manifest.map(\.file)
        #expect(Set(listed) == Set(onDisk) && listed.count == onDisk.count)
        #expect(manifest.filter { $0.label == "abuse" }.count == set.abused)
        #expect(Set(manifest.map(\.platform)).count >= set.minPlatforms)
        #expect(Set(manifest.map(\.fieldLanguage)).count >= set.minLanguages)
    }

    /// What the shipped rules make of the set, as `notifyguard evaluate` reads it.
    @Test(arguments: sets)
    func shippedRulesHoldTheirLastMeasuredFigures(set: ProbeSet) throws {
        let scorer = Scorer(policy: try Fixture.shippedPolicy())
        var flagged = 0
        var held = 0
        var genuineFlagged: [String] = []
        for row in set.manifest {
            let verdict = scorer.score(rawMessage: try Fixture.bytes("\(set.folder)/\(row.file)"))
            if row.label == "abuse" {
                if verdict.action != .accept { flagged += 1 }
                if verdict.action >= .quarantine { held += 1 }
            } else if verdict.action != .accept {
                genuineFlagged.append(row.file)
            }
        }
        #expect(flagged >= set.minFlagged, "abuse flagged: \(flagged) of \(set.abused)")
        #expect(held >= set.minHeld, "abuse held: \(held) of \(set.abused)")
        #expect(Set(genuineFlagged).subtracting(set.knownFlagged).isEmpty, "genuine flagged: \(genuineFlagged)")
    }
}
