import Foundation
@testable import NotifyGuardCore
import Testing

/// The probe set (Fixtures/probe-eval): 60 notifications written blind to the rules, on 32 platforms (28 without
/// a profile) and in 18 languages of field text, to measure how detection generalises. These tests hold the data's
/// shape and the shipped rules' figures on it as last measured, so that a change that loses ground shows here.
@Suite struct ProbeEvaluationSetTests {
    struct Row: Sendable {
        var file: String
        var platform: String
        var label: String
        var fieldLanguage: String
    }

    static let manifest: [Row] = WrittenEvaluationSetTests.tsv("probe-eval/MANIFEST.tsv").compactMap { fields in
        guard fields.count >= 5 else { return nil }
        return Row(file: fields[0], platform: fields[1], label: fields[2], fieldLanguage: fields[4])
    }

    @Test func manifestListsEveryFileOnceAndTheSetIsVaried() throws {
        var onDisk: [String] = []
        for folder in ["abuse", "legit-notify"] {
            onDisk += try WrittenEvaluationSetTests.emlFiles(in: "probe-eval/\(folder)").map { "\(folder)/\($0)" }
        }
        let listed = Self.manifest.map(\.file)
        #expect(Set(listed) == Set(onDisk) && listed.count == onDisk.count)
        #expect(Self.manifest.filter { $0.label == "abuse" }.count == 30)
        #expect(Set(Self.manifest.map(\.platform)).count >= 30)
        #expect(Set(Self.manifest.map(\.fieldLanguage)).count >= 15)
    }

    /// What the shipped rules make of the set, as `notifyguard evaluate` reads it (README: figures and the misses).
    @Test func shippedRulesHoldTheirLastMeasuredFigures() throws {
        let scorer = Scorer(policy: try Fixture.shippedPolicy())
        var flagged = 0
        var held = 0
        var genuineFlagged: [String] = []
        for row in Self.manifest {
            let verdict = scorer.score(rawMessage: try Fixture.bytes("probe-eval/\(row.file)"))
            if row.label == "abuse" {
                if verdict.action != .accept { flagged += 1 }
                if verdict.action >= .quarantine { held += 1 }
            } else if verdict.action != .accept {
                genuineFlagged.append(row.file)
            }
        }
        #expect(flagged >= 28, "abuse flagged: \(flagged) of 30")
        #expect(held >= 13, "abuse held: \(held) of 30")
        #expect(genuineFlagged.isEmpty, "genuine flagged: \(genuineFlagged)")
    }
}
