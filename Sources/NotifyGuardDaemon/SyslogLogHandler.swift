import Logging
import NotifyGuardCore

#if canImport(Glibc)
import Glibc
#endif

/// A swift-log handler that writes to syslog(3) with a fixed facility.
///
/// Messages go through `vsyslog(priority, "%s", message)`: message text is never used as a format string.
public struct SyslogLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    public var metadataProvider: Logger.MetadataProvider?
    private let facility: Int32

    /// Opens the syslog connection once per process with `ident` (e.g. `notifyguard`) and the PID.
    public static func open(ident: String, facility: Int32) {
        // openlog keeps the pointer: the ident must live for the whole process, so it is leaked on purpose.
        let persistent = strdup(ident)
        openlog(persistent, LOG_PID | LOG_NDELAY, facility)
    }

    public init(facility: Int32) {
        self.facility = facility
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let text = formatLine(event, handlerMetadata: metadata)
        let priority = facility | Self.priority(event.level)
        // %s needs a C string pointer: a Swift String is not a C vararg.
        text.withCString { pointer in
            withVaList([pointer]) { arguments in
                vsyslog(priority, "%s", arguments)
            }
        }
    }

    static func priority(_ level: Logger.Level) -> Int32 {
        switch level {
        case .trace, .debug: return LOG_DEBUG
        case .info: return LOG_INFO
        case .notice: return LOG_NOTICE
        case .warning: return LOG_WARNING
        case .error: return LOG_ERR
        case .critical: return LOG_CRIT
        }
    }
}

/// A plain one-line-per-event handler for `--log stderr` (systemd's journal adds its own timestamps).
public struct StderrLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    public var metadataProvider: Logger.MetadataProvider?

    public init() {}

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let text = "notifyguard: \(event.level): " + formatLine(event, handlerMetadata: metadata) + "\n"
        // One write(2) per line: lines from concurrent sessions never interleave.
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}

/// The message followed by its metadata as sorted `key=value` pairs: one line, the same for both handlers.
/// Whatever a message carries (a config error quoting the file, a header name), the line stays one line: unsafe
/// characters are escaped (``UnsafeScalars``) and metadata values are written as ``LogField`` values.
func formatLine(_ event: LogEvent, handlerMetadata: Logger.Metadata) -> String {
    var text = UnsafeScalars.escaped(event.message.description)
    let merged = handlerMetadata.merging(event.metadata ?? [:]) { $1 }
    if !merged.isEmpty {
        text += " " + merged.sorted { $0.key < $1.key }.map { "\(UnsafeScalars.escaped($0.key))=\(LogField.quoted("\($0.value)"))" }
            .joined(separator: " ")
    }
    return text
}
