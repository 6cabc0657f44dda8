import CoreMetrics
import Dispatch
import FlyingFox
import FlyingSocks
import Foundation
import Prometheus
import Synchronization

/// The Prometheus endpoint: a swift-metrics backend over a Prometheus registry, and an HTTP server answering
/// `GET /metrics` with the registry in the Prometheus text format on a loopback address.
public final class MetricsEndpoint: Sendable {
    /// The backend to record into (``bootstrap()`` makes it the process-wide one).
    public let factory: any MetricsFactory
    private let registry: PrometheusCollectorRegistry
    private let server: HTTPServer

    /// An endpoint for `host`:`port`; ``start(timeout:)`` or ``startBlocking(timeout:)`` binds and serves.
    /// - Parameters:
    ///   - help: the `# HELP` text of each metric name.
    ///   - durationBuckets: histogram buckets per timer name.
    public init(host: String, port: UInt16, help: [String: String], durationBuckets: [String: [Duration]]) throws {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        factory = DescribedPrometheusFactory(registry: registry, help: help, durationBuckets: durationBuckets)
        let handler = MetricsHandler(registry: registry)
        if host.contains(":") {
            server = HTTPServer(address: try .inet6(ip6: host, port: port), logger: .disabled, handler: handler)
        } else {
            server = HTTPServer(address: try .inet(ip4: host, port: port), logger: .disabled, handler: handler)
        }
    }

    /// What `GET /metrics` answers now: every metric recorded through ``factory``, in the Prometheus text format.
    public func text() -> String {
        registry.emitToString()
    }

    /// Makes this endpoint's backend the one swift-metrics records into. Once per process (swift-metrics' rule).
    public func bootstrap() {
        MetricsSystem.bootstrap(factory)
    }

    /// Starts serving in a task and returns once the server listens; throws when the address can't be bound or the
    /// server isn't listening within `timeout` seconds.
    public func start(timeout: TimeInterval = 5) async throws {
        let server = self.server
        let box = FailureBox(nil)
        Task.detached {
            do {
                try await server.run()
            } catch {
                box.failure.withLock { $0 = "\(error)" }
            }
        }
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while ContinuousClock.now < deadline {
            if await server.isListening { return }
            if let error = box.failure.withLock({ $0 }) { throw MetricsEndpointError(error) }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw MetricsEndpointError("not listening after \(timeout) seconds")
    }

    /// ``start(timeout:)`` from a plain thread (the daemon's main thread, before libmilter's loop). Not from async
    /// code: it blocks the calling thread.
    public func startBlocking(timeout: TimeInterval = 5) throws {
        let result = FailureBox("not listening after \(timeout) seconds")
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                try await self.start(timeout: timeout)
                result.failure.withLock { $0 = nil }
            } catch {
                result.failure.withLock { $0 = "\(error)" }
            }
            done.signal()
        }
        _ = done.wait(timeout: .now() + timeout + 1)
        if let error = result.failure.withLock({ $0 }) { throw MetricsEndpointError(error) }
    }

    /// The port the server listens on (useful when started on port 0).
    public func listeningPort() async -> UInt16? {
        switch await server.listeningAddress {
        case .ip4(_, let port), .ip6(_, let port): return port
        default: return nil
        }
    }

    /// Stops listening and closes open connections.
    public func stop() async {
        await server.stop(timeout: 1)
    }
}

/// A failure message shared between the server's task and the thread starting it.
private final class FailureBox: Sendable {
    let failure: Mutex<String?>

    init(_ initial: String?) {
        failure = Mutex(initial)
    }
}

/// Why the endpoint did not start.
public struct MetricsEndpointError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}

/// `GET /metrics`: the registry in the Prometheus text format (version 0.0.4); anything else is 404.
private struct MetricsHandler: HTTPHandler {
    let registry: PrometheusCollectorRegistry

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET, request.path == "/metrics" else { return HTTPResponse(statusCode: .notFound) }
        return HTTPResponse(
            statusCode: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: Data(registry.emitToBuffer()))
    }
}
