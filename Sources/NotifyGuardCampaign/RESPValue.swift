/// A Redis reply (RESP2), parsed from a byte buffer with bounds: replies are small here, and anything past the
/// bounds is a protocol error, not an allocation.
public enum RESPValue: Sendable, Equatable {
    case simple(String)
    case error(String)
    case integer(Int)
    case bulk([UInt8]?)
    case array([RESPValue]?)

    /// Longest bulk string and most array elements accepted.
    static let maxBulkBytes = 1 << 20
    static let maxElements = 4096
    static let maxDepth = 4

    public struct ProtocolError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The reply starting at `offset`, and where it ends; nil while the buffer holds only part of it.
    static func parse(_ bytes: [UInt8], at offset: Int, depth: Int = 0) throws(ProtocolError) -> (RESPValue, Int)? {
        guard offset < bytes.count else { return nil }
        guard depth <= maxDepth else { throw ProtocolError(description: "reply nested too deep") }
        guard let lineEnd = lineEnd(bytes, from: offset + 1) else {
            if bytes.count - offset > 64 * 1024 { throw ProtocolError(description: "reply line too long") }
            return nil
        }
        let line = String(decoding: bytes[(offset + 1)..<lineEnd], as: UTF8.self)
        let next = lineEnd + 2
        switch bytes[offset] {
        case UInt8(ascii: "+"): return (.simple(line), next)
        case UInt8(ascii: "-"): return (.error(line), next)
        case UInt8(ascii: ":"):
            guard let value = Int(line) else { throw ProtocolError(description: "bad integer \(line.prefix(20))") }
            return (.integer(value), next)
        case UInt8(ascii: "$"):
            guard let length = Int(line), length >= -1, length <= maxBulkBytes else {
                throw ProtocolError(description: "bad bulk length \(line.prefix(20))")
            }
            if length == -1 { return (.bulk(nil), next) }
            guard bytes.count >= next + length + 2 else { return nil }
            return (.bulk(Array(bytes[next..<(next + length)])), next + length + 2)
        case UInt8(ascii: "*"):
            guard let count = Int(line), count >= -1, count <= maxElements else {
                throw ProtocolError(description: "bad array length \(line.prefix(20))")
            }
            if count == -1 { return (.array(nil), next) }
            var elements: [RESPValue] = []
            var position = next
            for _ in 0..<count {
                guard let (element, after) = try parse(bytes, at: position, depth: depth + 1) else { return nil }
                elements.append(element)
                position = after
            }
            return (.array(elements), position)
        default:
            throw ProtocolError(description: "unknown reply type \(bytes[offset])")
        }
    }

    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 13 && bytes[index + 1] == 10 { return index }
            index += 1
        }
        return nil
    }

    /// A command as RESP: an array of bulk strings.
    static func encode(_ command: [String], into out: inout [UInt8]) {
        out.append(contentsOf: "*\(command.count)\r\n".utf8)
        for argument in command {
            out.append(contentsOf: "$\(argument.utf8.count)\r\n".utf8)
            out.append(contentsOf: argument.utf8)
            out.append(contentsOf: "\r\n".utf8)
        }
    }
}
