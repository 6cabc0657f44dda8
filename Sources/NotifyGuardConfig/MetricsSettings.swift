/// The Prometheus endpoint (`metrics` section): off unless a loopback `listen` address is set.
public struct MetricsSettings: Sendable, Equatable {
    /// The address to listen on: an IPv4 loopback address or `::1`; nil when metrics are off.
    public var host: String?
    public var port: UInt16 = 0

    public init() {}

    public var enabled: Bool { host != nil }
}
