/// RFC 3492 Punycode and the IDNA label forms built on it (`xn--` ACE labels), both directions.
public enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700, initialBias = 72, initialN = 128

    private static func adapt(_ delta: Int, _ numPoints: Int, _ firstTime: Bool) -> Int {
        var delta = firstTime ? delta / damp : delta / 2
        delta += delta / numPoints
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    private static func digit(_ value: Int) -> Character {
        Character(Unicode.Scalar(UInt8(value < 26 ? value + 97 : value + 22)))
    }

    /// Encodes one label's code points; nil when the label is too long to be a DNS label.
    public static func encode(_ label: String) -> String? {
        let input = label.unicodeScalars.map { Int($0.value) }
        guard input.count <= 63 else { return nil }
        var output = String(String.UnicodeScalarView(label.unicodeScalars.filter { $0.isASCII }))
        let basicCount = output.unicodeScalars.count
        var handled = basicCount
        if basicCount > 0 { output.append("-") }
        var n = initialN, delta = 0, bias = initialBias
        while handled < input.count {
            guard let m = input.filter({ $0 >= n }).min() else { break }
            delta += (m - n) * (handled + 1)
            n = m
            for c in input {
                if c < n { delta += 1 }
                if c == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.append(digit(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.append(digit(q))
                    bias = adapt(delta, handled + 1, handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return output
    }

    /// Decodes one label (without `xn--`); nil on invalid input. Bounded: labels over 63 bytes are refused.
    public static func decode(_ encoded: String) -> String? {
        let bytes = Array(encoded.utf8)
        guard bytes.count <= 63, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var output: [Int] = []
        var index = 0
        if let dash = bytes.lastIndex(of: UInt8(ascii: "-")) {
            output = bytes[..<dash].map(Int.init)
            index = dash + 1
        }
        var n = initialN, i = 0, bias = initialBias
        while index < bytes.count {
            let oldI = i
            var w = 1
            var k = base
            while true {
                guard index < bytes.count else { return nil }
                let byte = bytes[index]
                index += 1
                let value: Int
                switch byte {
                case 48...57: value = Int(byte) - 22
                case 65...90: value = Int(byte) - 65
                case 97...122: value = Int(byte) - 97
                default: return nil
                }
                guard value <= (Int.max - i) / max(w, 1) else { return nil }
                i += value * w
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if value < t { break }
                w *= base - t
                k += base
                guard w < 1 << 40 else { return nil }
            }
            bias = adapt(i - oldI, output.count + 1, oldI == 0)
            n += i / (output.count + 1)
            i %= output.count + 1
            guard n <= 0x10FFFF, output.count < 256 else { return nil }
            output.insert(n, at: i)
            i += 1
        }
        var scalars = String.UnicodeScalarView()
        for value in output {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// `münchen.de` → `xn--mnchen-3ya.de`; ASCII labels stay as they are.
    public static func toASCII(host: String) -> String {
        host.split(separator: ".", omittingEmptySubsequences: false).map { label in
            label.unicodeScalars.allSatisfy(\.isASCII) ? String(label) : (encode(String(label)).map { "xn--" + $0 } ?? String(label))
        }.joined(separator: ".")
    }

    /// `xn--mnchen-3ya.de` → `münchen.de`; labels that don't decode stay as they are.
    public static func toUnicode(host: String) -> String {
        host.split(separator: ".", omittingEmptySubsequences: false).map { label in
            guard label.hasPrefix("xn--"), let decoded = decode(String(label.dropFirst(4))) else { return String(label) }
            return decoded
        }.joined(separator: ".")
    }
}
