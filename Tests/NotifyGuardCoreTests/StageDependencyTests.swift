import Foundation
import Testing

/// The core's stage folders depend in the direction data flows, Bytes -> Text -> Parse -> Extract -> Score (Bytes and
/// Text are the utility layer: bytes, then text and host names, nothing of mail): a file may name
/// types of its own stage and of the stages before it, never of a later one. The check reads the sources under
/// `Sources/NotifyGuardCore`: a stage's types are the top-level `struct`, `enum`, `class`, `protocol` and `actor`
/// declarations in its folder (subfolders included), and a file names a type where the name appears in its code
/// (comments and string literals blanked out, member names after a `.` not counted).
@Suite struct StageDependencyTests {
    /// Types declared today in a later stage than the one they belong to, each waiting on a move in another branch.
    /// The check counts them in the stage they belong to; an entry whose type is already there fails the test, so the
    /// list only shrinks.
    static let pendingMoves: [String: String] = [:]

    /// Uses that point the wrong way today, as "file type", each waiting on a move in another branch; an entry that no
    /// longer points the wrong way fails the test.
    static let pendingUses: Set<String> = []

    static let coreSources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/NotifyGuardCore")

    @Test func stagesNameOnlyTypesOfTheirOwnOrEarlierStages() throws {
        let scan = StageScan(files: try StageScan.readSources(under: Self.coreSources), pendingMoves: Self.pendingMoves)
        let crossing = scan.violations().filter { !Self.pendingUses.contains("\($0.file) \($0.type)") }
        #expect(crossing.isEmpty, "\(crossing.map(\.description).joined(separator: "\n"))")
    }

    @Test func pendingExceptionsAreStillNeeded() throws {
        let scan = StageScan(files: try StageScan.readSources(under: Self.coreSources), pendingMoves: Self.pendingMoves)
        for (type, home) in Self.pendingMoves {
            let declared = scan.declaredStages[type] ?? []
            #expect(!declared.isEmpty, "pendingMoves: \(type) is declared nowhere; remove the entry")
            #expect(!declared.contains(home), "pendingMoves: \(type) is in \(home) now; remove the entry")
        }
        let current = Set(scan.violations().map { "\($0.file) \($0.type)" })
        for entry in Self.pendingUses.subtracting(current) {
            Issue.record("pendingUses: \(entry) no longer crosses the direction; remove the entry")
        }
    }

    /// Rule and scoring code reads as plain logic: pointers and byte tricks stay behind named operations in the
    /// utility layer (Bytes, Text) and in the policy's search structures (Score/Index).
    static let pointerWords = ["Unsafe", "withUTF8", "withContiguousStorage"]

    @Test func rulesAndTheScorerUseNoPointers() throws {
        let scan = StageScan(files: try StageScan.readSources(under: Self.coreSources), pendingMoves: [:])
        let scoring = scan.files.indices.filter {
            scan.files[$0].stage == "Score" && !scan.files[$0].path.hasPrefix("Score/Index/")
        }
        #expect(scoring.contains { scan.files[$0].path.hasPrefix("Score/Rules/") })
        for index in scoring {
            let pointers = Self.pointerWords.filter { scan.code[index].contains($0) }
            #expect(pointers.isEmpty, "\(scan.files[index].path) uses \(pointers)")
        }
        // The check sees what it looks for: the indexes do use pointers.
        let indexes = scan.files.indices.filter { scan.files[$0].path.hasPrefix("Score/Index/") }
        #expect(indexes.contains { index in Self.pointerWords.contains { scan.code[index].contains($0) } })
    }

    @Test func theSourcesAreFoundInEveryStage() throws {
        let scan = StageScan(files: try StageScan.readSources(under: Self.coreSources), pendingMoves: [:])
        for stage in StageScan.stages {
            #expect(scan.files.contains { $0.stage == stage }, "no sources found in \(stage)")
        }
        #expect(scan.declaredStages["ByteWriter"] == ["Bytes"])
        #expect(scan.declaredStages["UTF8Bytes"] == ["Bytes"])
        #expect(scan.declaredStages["Domain"] == ["Text"])
        #expect(scan.declaredStages["MessageParser"] == ["Parse"])
        #expect(scan.declaredStages["LinkExtractor"] == ["Extract"])
        #expect(scan.declaredStages["Scorer"] == ["Score"])
    }

    @Test func aReferenceToALaterStageIsReported() {
        let scan = StageScan(
            files: [
                .init(path: "Bytes/Table.swift", text: "struct Table {\n    var link: Link?\n}\n"),
                .init(path: "Parse/Part.swift", text: "struct Part { let table: Table }\n"),
                .init(path: "Extract/Link.swift", text: "public struct Link {\n    struct Nested {}\n}\n"),
                .init(
                    path: "Score/Rule.swift",
                    text: "final class Rule { let part: Part; let link: Link }\nprotocol Check {}\nenum Weights {}\n"),
                // Comments, strings and member names don't count; a later stage's nested type is no top-level name.
                .init(
                    path: "Parse/Quiet.swift",
                    text: """
                        // Rule
                        /* Check /* nested */ Weights */
                        let text = "Rule \\(1) \\" Check"
                        let member = x.Rule
                        let nested: Nested? = nil
                        """),
            ], pendingMoves: [:])
        #expect(scan.violations().map(\.description) == ["Bytes/Table.swift names Link (Extract)"])
        #expect(scan.declaredStages["Nested"] == nil)
        #expect(scan.declaredStages["Check"] == ["Score"])
    }
}

/// The declarations and uses of types in the core's stage folders.
struct StageScan {
    static let stages = ["Bytes", "Text", "Parse", "Extract", "Score"]

    struct File {
        /// Relative to `Sources/NotifyGuardCore`, starting with the stage folder.
        var path: String
        var text: String
        var stage: String { String(path.prefix { $0 != "/" }) }
    }

    struct Violation: CustomStringConvertible {
        var file: String
        var type: String
        var stage: String
        var description: String { "\(file) names \(type) (\(stage))" }
    }

    let files: [File]
    /// Per top-level type name, the stages declaring it.
    let declaredStages: [String: Set<String>]
    /// Per file, its code with comments and string literals blanked out.
    let code: [String]
    private let pendingMoves: [String: String]

    init(files: [File], pendingMoves: [String: String]) {
        self.files = files
        self.pendingMoves = pendingMoves
        code = files.map { Self.blankingCommentsAndStrings($0.text) }
        var declared: [String: Set<String>] = [:]
        for (file, text) in zip(files, code) {
            for line in text.split(separator: "\n") where line.first?.isLetter == true {
                if let name = Self.declaredName(line) { declared[name, default: []].insert(file.stage) }
            }
        }
        declaredStages = declared
    }

    /// The name a top-level declaration line declares: after any modifiers, `struct`, `enum`, `class`, `protocol`
    /// or `actor` and the name.
    static func declaredName(_ line: Substring) -> String? {
        let modifiers: Set<Substring> = ["public", "package", "internal", "fileprivate", "private", "final", "indirect"]
        let kinds: Set<Substring> = ["struct", "enum", "class", "protocol", "actor"]
        var words = line.split(separator: " ")[...]
        while let first = words.first, modifiers.contains(first) { words = words.dropFirst() }
        guard let kind = words.first, kinds.contains(kind), let next = words.dropFirst().first else { return nil }
        let name = next.prefix { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return name.isEmpty ? nil : String(name)
    }

    /// The Swift files under `directory`, in the stage folders.
    static func readSources(under directory: URL) throws -> [File] {
        var files: [File] = []
        for stage in stages {
            let folder = directory.appendingPathComponent(stage)
            guard let walk = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let relative as String in walk where relative.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
                files.append(File(path: "\(stage)/\(relative)", text: text))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The stage a type belongs to: where it is declared (the earliest, if several declare it), or where
    /// `pendingMoves` says it goes.
    func stage(of type: String) -> Int? {
        if let home = pendingMoves[type] { return Self.stages.firstIndex(of: home) }
        return declaredStages[type]?.compactMap { Self.stages.firstIndex(of: $0) }.min()
    }

    /// Every file's names of types that belong to a later stage than the file's.
    func violations() -> [Violation] {
        var found: [Violation] = []
        for (file, text) in zip(files, code) {
            guard let own = Self.stages.firstIndex(of: file.stage) else { continue }
            var seen: Set<String> = []
            for name in Self.identifiers(in: text) where !seen.contains(name) {
                guard let stage = stage(of: name), stage > own else { continue }
                seen.insert(name)
                found.append(Violation(file: file.path, type: name, stage: Self.stages[stage]))
            }
        }
        return found
    }

    /// The identifiers of `code`, except those right after a `.` (members).
    static func identifiers(in code: String) -> [String] {
        func isHead(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "_") || (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
        func isBody(_ byte: UInt8) -> Bool { isHead(byte) || (byte >= 48 && byte <= 57) }
        let bytes = Array(code.utf8)
        var names: [String] = []
        var index = 0
        while index < bytes.count {
            guard isHead(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, isBody(bytes[index]) { index += 1 }
            if start == 0 || bytes[start - 1] != UInt8(ascii: ".") {
                names.append(String(decoding: bytes[start..<index], as: UTF8.self))
            }
        }
        return names
    }

    /// `text` with comments (`//`, nested `/* */`) and string literals (`"..."`, `"""..."""`) replaced by spaces,
    /// line breaks kept.
    static func blankingCommentsAndStrings(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        func blank(_ count: Int) {
            for offset in 0..<count where index + offset < bytes.count {
                out.append(bytes[index + offset] == 10 ? 10 : 32)
            }
            index += count
        }
        func startsHere(_ token: StaticString) -> Bool {
            let length = token.utf8CodeUnitCount
            return index + length <= bytes.count && (0..<length).allSatisfy { bytes[index + $0] == token.utf8Start[$0] }
        }
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/")
        while index < bytes.count {
            if bytes[index] != slash && bytes[index] != quote {
                out.append(bytes[index])
                index += 1
            } else if startsHere("//") {
                while index < bytes.count, bytes[index] != 10 { blank(1) }
            } else if startsHere("/*") {
                var depth = 0
                repeat {
                    if startsHere("/*") {
                        depth += 1
                        blank(2)
                    } else if startsHere("*/") {
                        depth -= 1
                        blank(2)
                    } else {
                        blank(1)
                    }
                } while depth > 0 && index < bytes.count
            } else if startsHere("\"\"\"") {
                blank(3)
                while index < bytes.count, !startsHere("\"\"\"") { blank(bytes[index] == backslash ? 2 : 1) }
                blank(3)
            } else if bytes[index] == quote {
                blank(1)
                while index < bytes.count, bytes[index] != quote, bytes[index] != 10 {
                    blank(bytes[index] == backslash ? 2 : 1)
                }
                blank(1)
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
