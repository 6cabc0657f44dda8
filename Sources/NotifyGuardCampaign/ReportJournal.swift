import Foundation
import NotifyGuardCore

#if canImport(Glibc)
import Glibc
#endif

/// The local store's report journal: one line per judged fingerprint (`SECONDS abuse|genuine DIGEST`), appended
/// by `notifyguard report` and read by the running daemon, which applies lines it has not seen yet. Lines are
/// written with one `write` on an `O_APPEND` descriptor, so concurrent reporters don't interleave.
public struct ReportJournal: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public struct Record: Sendable, Equatable {
        public var at: UInt32
        public var judgement: CampaignJudgement
        public var digest: FingerprintDigest
    }

    public func append(_ digests: [FingerprintDigest], as judgement: CampaignJudgement, at: UInt32) throws {
        let text = digests.map { "\(at) \(judgement.rawValue) \($0)\n" }.joined()
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw CampaignStoreError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let written = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
        guard written == text.utf8.count else {
            throw CampaignStoreError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The records after byte `offset` (complete lines only) and the offset after the last complete line. At most
    /// `maxBytes` are read per call.
    public func read(from offset: UInt64, maxBytes: Int = 1 << 20) -> (records: [Record], next: UInt64) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return ([], offset) }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: offset)) != nil,
            let data = try? handle.read(upToCount: maxBytes), !data.isEmpty
        else { return ([], offset) }
        let bytes = [UInt8](data)
        guard let lastBreak = bytes.lastIndex(of: 10) else { return ([], offset) }
        var records: [Record] = []
        for line in bytes[...lastBreak].split(separator: 10) {
            let fields = String(decoding: line, as: UTF8.self).split(separator: " ")
            guard fields.count == 3, let at = UInt32(fields[0]), let judgement = CampaignJudgement(rawValue: String(fields[1])),
                let digest = FingerprintDigest(hex: fields[2])
            else { continue }
            records.append(Record(at: at, judgement: judgement, digest: digest))
        }
        return (records, offset + UInt64(lastBreak + 1))
    }
}
