import Yams

/// The `metrics` section: `listen`, a loopback `HOST:PORT` for the Prometheus endpoint, empty for none.
extension NodeReader {
    func readMetrics(_ node: Node) throws(ConfigError) -> MetricsSettings {
        var metrics = MetricsSettings()
        for (key, keyNode, value) in try mapping(node, "metrics") {
            switch key {
            case "listen":
                let text = try string(value, "metrics.listen")
                guard !text.isEmpty else { continue }
                guard let (host, port) = Self.loopbackAddress(text) else {
                    throw fail(
                        value,
                        "metrics.listen must be a loopback address and port (127.0.0.1:9721 or [::1]:9721); the endpoint has no authentication"
                    )
                }
                metrics.host = host
                metrics.port = port
            default: throw fail(keyNode, "unknown key metrics.\(key)")
            }
        }
        return metrics
    }

    /// `127.x.y.z:PORT` or `[::1]:PORT` split in host and port; nil for anything else.
    static func loopbackAddress(_ text: String) -> (String, UInt16)? {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]), port > 0 else {
            return nil
        }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard let bytes = IPNetwork.address(host) else { return nil }
        let loopback = bytes.count == 4 ? bytes[0] == 127 : bytes == [UInt8](repeating: 0, count: 15) + [1]
        return loopback ? (host, port) : nil
    }
}
