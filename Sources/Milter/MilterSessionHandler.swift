/// What a callback tells the MTA to do next; the Swift face of libmilter's `SMFIS_*` codes.
public enum MilterResponse: Sendable, Equatable {
    case `continue`
    case reject
    case discard
    case accept
    case tempfail
    /// Stop sending body chunks for this message (only honoured when the MTA offered `SMFIP_SKIP`).
    case skip
}

/// One SMTP connection's filter, created by a ``MilterFilter`` when libmilter accepts a connection.
///
/// libmilter calls one connection's callbacks in sequence, from one thread at a time, so an
/// implementation needs no locking for its own state. It must not keep a ``MilterContext``
/// beyond the callback it was handed to.
public protocol MilterSessionHandler: AnyObject {
    func connect(hostname: String, address: String?, context: MilterContext) -> MilterResponse
    func helo(_ name: String, context: MilterContext) -> MilterResponse
    func envelopeFrom(_ arguments: [String], context: MilterContext) -> MilterResponse
    func envelopeRecipient(_ arguments: [String], context: MilterContext) -> MilterResponse
    func header(name: String, value: String, context: MilterContext) -> MilterResponse
    func endOfHeaders(context: MilterContext) -> MilterResponse
    func body(_ chunk: UnsafeRawBufferPointer, context: MilterContext) -> MilterResponse
    /// The only place where ``MilterActions`` may modify the message (libmilter's rule).
    func endOfMessage(context: MilterContext, actions: MilterActions) -> MilterResponse
    /// The MTA dropped the current message (RSET, timeout, a later stage failed); the connection may go on.
    func abort(context: MilterContext)
    /// The connection is gone. Called at most once; no callback follows.
    func close(context: MilterContext)
}

/// Creates a session per connection; shared by all libmilter worker threads.
public protocol MilterFilter: Sendable {
    func makeSession() -> any MilterSessionHandler
}
