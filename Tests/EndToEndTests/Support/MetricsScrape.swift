import Foundation
import MailHarness
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Reads a Prometheus endpoint over HTTP (URLSession, from FoundationNetworking: kept out of MailHarness so the
/// benchmark doesn't link it).
enum MetricsScrape {
    /// The body of `GET url`; throws unless the status is 200. Bounded by `timeout` seconds. For synchronous code
    /// and a server in another process: URLSession answers on its own queue, so the wait holds no thread it needs.
    static func get(_ url: String, timeout: TimeInterval = 10) throws -> String {
        let (data, status) = try fetch(url, timeout: timeout)
        guard status == 200 else { throw HarnessError("GET \(url): HTTP \(status)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// The HTTP status of `GET url`.
    static func status(_ url: String, timeout: TimeInterval = 10) throws -> Int {
        try fetch(url, timeout: timeout).status
    }

    private static func fetch(_ url: String, timeout: TimeInterval) throws -> (Data, status: Int) {
        guard let target = URL(string: url) else { throw HarnessError("bad URL \(url)") }
        var request = URLRequest(url: target)
        request.timeoutInterval = timeout
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let result = BlockingResult()
        session.dataTask(with: request) { data, response, error in
            result.set(data: data, status: (response as? HTTPURLResponse)?.statusCode ?? 0, error: error)
        }.resume()
        guard result.done.wait(timeout: .now() + timeout + 1) == .success else {
            throw HarnessError("GET \(url): timed out")
        }
        let (data, status, error) = result.value
        if let error { throw HarnessError("GET \(url): \(error)") }
        return (data ?? Data(), status)
    }
}

/// One URLSession answer handed to the waiting thread.
private final class BlockingResult: Sendable {
    private let stored = Mutex<(data: Data?, status: Int, error: String?)>((nil, 0, nil))
    let done = DispatchSemaphore(value: 0)

    func set(data: Data?, status: Int, error: (any Error)?) {
        stored.withLock { $0 = (data, status, error.map { "\($0)" }) }
        done.signal()
    }

    var value: (Data?, Int, String?) { stored.withLock { ($0.data, $0.status, $0.error) } }
}
