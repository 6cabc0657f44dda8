import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A minimal, bounded SMTP client for tests and the benchmark: one connection to 127.0.0.1, replies read with a
/// 30 s timeout.
public final class SMTPClient {
    /// One SMTP reply: its code and its (possibly multi-line) text.
    public struct Reply: CustomStringConvertible, Sendable {
        public var code: Int
        public var text: String
        public var description: String { text }
    }

    private let fd: Int32
    private var buffer: [UInt8] = []

    public init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("socket() failed") }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
        guard connected else {
            close(fd)
            throw HarnessError("connect to 127.0.0.1:\(port) failed")
        }
        let greeting = try readReply()
        guard greeting.code == 220 else { throw HarnessError("greeting: \(greeting)") }
        try expect(command("EHLO client.test"), 250)
    }

    deinit { close(fd) }

    @discardableResult
    public func command(_ line: String) throws -> Reply {
        try send(line + "\r\n")
        return try readReply()
    }

    /// MAIL, RCPT, DATA and the message; returns the reply to the final dot.
    public func send(from: String, to: [String], message: String) throws -> Reply {
        try send(from: from, to: to, dataBlock: Array(Self.dataBlock(message).utf8))
    }

    /// MAIL, RCPT, DATA and a message already in wire form (``dataBlock(_:)-swift.type.method``); returns the reply
    /// to the final dot.
    public func send(from: String, to: [String], dataBlock: [UInt8]) throws -> Reply {
        try startData(from: from, to: to)
        try send(dataBlock)
        return try readReply()
    }

    /// MAIL, RCPT and DATA, up to the 354 reply; the caller sends the message with ``sendRaw(_:)``.
    public func startData(from: String, to: [String]) throws {
        try expect(command("MAIL FROM:<\(from)>"), 250)
        for rcpt in to { try expect(command("RCPT TO:<\(rcpt)>"), 250) }
        try expect(command("DATA"), 354)
    }

    /// Sends bytes as they are, then (if `awaitReply`) reads one reply.
    @discardableResult
    public func sendRaw(_ bytes: [UInt8], awaitReply: Bool) throws -> Reply? {
        try send(bytes)
        return awaitReply ? try readReply() : nil
    }

    /// Starts DATA and sends only `prefix` of the message, then hangs up (a client dying mid-message).
    public func abandonDuringData(from: String, to: String, prefix: String) throws {
        try expect(command("MAIL FROM:<\(from)>"), 250)
        try expect(command("RCPT TO:<\(to)>"), 250)
        try expect(command("DATA"), 354)
        try send(prefix.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n"))
        shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Sends QUIT; returns nil if the server had already gone.
    @discardableResult
    public func quit() -> Reply? {
        try? command("QUIT")
    }

    /// Queue id from Postfix's `250 2.0.0 Ok: queued as ID`.
    public static func queueID(_ reply: Reply) -> String? {
        guard let range = reply.text.range(of: "queued as ") else { return nil }
        return String(reply.text[range.upperBound...].prefix { $0.isLetter || $0.isNumber })
    }

    private func expect(_ reply: Reply, _ code: Int) throws {
        guard reply.code == code else { throw HarnessError("expected \(code), got \(reply)") }
    }

    /// CRLF line endings and dot-stuffing, then the terminating dot.
    public static func dataBlock(_ message: String) -> String {
        var lines = message.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n") + "\r\n.\r\n"
    }

    /// The same for raw bytes (real mail need not be UTF-8): CRLF line endings, dot-stuffing, the terminating dot.
    public static func dataBlock(_ message: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(message.count + message.count / 32 + 5)
        var atLineStart = true
        for (index, byte) in message.enumerated() {
            if atLineStart, byte == UInt8(ascii: ".") { out.append(byte) }
            if byte == 10 {
                if index == 0 || message[index - 1] != 13 { out.append(13) }
                atLineStart = true
            } else if byte == 13, index + 1 < message.count, message[index + 1] == 10 {
                atLineStart = false  // the LF that follows ends the line
            } else {
                atLineStart = false
            }
            out.append(byte)
        }
        if !atLineStart { out += [13, 10] }
        out += Array(".\r\n".utf8)
        return out
    }

    private func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    private func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { throw HarnessError("send failed") }
            offset += sent
        }
    }

    private func readLine() throws -> String {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self).trimmingCharacters(in: .newlines)
                buffer.removeSubrange(...newline)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = recv(fd, &chunk, chunk.count, 0)
            guard count > 0 else { throw HarnessError("connection closed or timed out") }
            buffer += chunk[0..<count]
        }
    }

    private func readReply() throws -> Reply {
        var text = ""
        while true {
            let line = try readLine()
            text += (text.isEmpty ? "" : "\n") + line
            let bytes = Array(line.utf8)
            if bytes.count < 4 || bytes[3] != UInt8(ascii: "-") {
                return Reply(code: Int(line.prefix(3)) ?? 0, text: text)
            }
        }
    }
}
