import Logging
import Milter
import NotifyGuardCampaign
import NotifyGuardConfig
import NotifyGuardCore

/// The milter filter: one ``MilterSession`` per SMTP connection, all sharing the config store and logger.
public struct NotifyGuardFilter: MilterFilter {
    public let store: ConfigStore
    public let logger: Logger
    /// Shared by every session; made here, after the metrics backend (if any) was bootstrapped.
    let metrics = DaemonMetrics()
    /// Counts fingerprints of injected content across messages (and hosts); nil when `campaign.enabled` is off.
    public let campaign: CampaignMemory?

    public init(store: ConfigStore, logger: Logger, campaign: CampaignMemory? = nil) {
        self.store = store
        self.logger = logger
        self.campaign = campaign
    }

    public func makeSession() -> any MilterSessionHandler {
        MilterSession(store: store, logger: logger, metrics: metrics, campaign: campaign)
    }

    /// Macros the session logs, per stage (requested with `smfi_setsymlist`).
    public static let macros: [MilterStage: [String]] = [
        .connect: ["{client_addr}", "{client_name}", "j"],
        .envelopeFrom: ["i", "{auth_authen}", "{mail_addr}"],
        .envelopeRecipient: ["{rcpt_addr}"],
        .endOfHeaders: ["i"],
        .endOfMessage: ["i"],
    ]
}

/// One connection: envelope, then the current message streamed into the core parser.
///
/// libmilter runs one connection's callbacks in sequence, so this class needs no lock (see ``MilterSessionHandler``).
final class MilterSession: MilterSessionHandler {
    private let store: ConfigStore
    private let logger: Logger
    private let metrics: DaemonMetrics
    private let campaign: CampaignMemory?
    private var client: String?
    private var message: MessageState?

    /// Everything that belongs to one message; dropped at end of message and on abort. A class: the callbacks
    /// update it in place once per header, where a struct behind an optional was copied (settings and all).
    private final class MessageState {
        let settings: Settings
        let parser: MessageParser
        let envelopeFrom: String
        var recipients: [String] = []
        let authenticatedUser: String?
        var headerNames: [String] = []
        var subject: String?
        let started: ContinuousClock.Instant

        init(
            settings: Settings, parser: MessageParser, envelopeFrom: String, authenticatedUser: String?,
            started: ContinuousClock.Instant
        ) {
            self.settings = settings
            self.parser = parser
            self.envelopeFrom = envelopeFrom
            self.authenticatedUser = authenticatedUser
            self.started = started
        }
    }

    init(store: ConfigStore, logger: Logger, metrics: DaemonMetrics, campaign: CampaignMemory?) {
        self.store = store
        self.logger = logger
        self.metrics = metrics
        self.campaign = campaign
    }

    func connect(hostname: String, address: String?, context: MilterContext) -> MilterResponse {
        client = address ?? context.macro("{client_addr}") ?? hostname
        return .continue
    }

    func helo(_ name: String, context: MilterContext) -> MilterResponse { .continue }

    func envelopeFrom(_ arguments: [String], context: MilterContext) -> MilterResponse {
        let settings = store.settings  // a reload applies from the next message on
        message = MessageState(
            settings: settings, parser: MessageParser(limits: settings.policy.limits),
            envelopeFrom: Self.stripBrackets(arguments.first ?? ""), authenticatedUser: context.macro("{auth_authen}"),
            started: .now)
        return .continue
    }

    func envelopeRecipient(_ arguments: [String], context: MilterContext) -> MilterResponse {
        if let first = arguments.first, let message, message.recipients.count < 1000 {
            message.recipients.append(Self.stripBrackets(first))
        }
        return .continue
    }

    func header(name: String, value: String, context: MilterContext) -> MilterResponse {
        guard let message else { return .continue }
        message.parser.header(name: name, value: value)
        if message.headerNames.count < 10_000 { message.headerNames.append(name) }
        if message.subject == nil, name.utf8.count == 7, name.lowercased() == "subject" { message.subject = value }
        return .continue
    }

    func endOfHeaders(context: MilterContext) -> MilterResponse {
        message?.parser.endOfHeaders()
        return .continue
    }

    func body(_ chunk: UnsafeRawBufferPointer, context: MilterContext) -> MilterResponse {
        message?.parser.body(chunk)
        return .continue
    }

    func endOfMessage(context: MilterContext, actions: MilterActions) -> MilterResponse {
        defer { message = nil }
        let queueID = context.macro("i")
        guard let state = message else {
            // End of message without a MAIL FROM we saw: nothing to judge. Follow the failure policy.
            let plan = ActionPlan(failure: store.settings.actions)
            let line = VerdictLine(
                queueID: queueID, plan: plan, verdict: nil, envelopeFrom: "", recipients: [], client: client,
                milliseconds: 0, failure: "no message state")
            log(line)
            metrics.recordInternalError("no_message_state")
            metrics.recordMessage(action: line.action, profile: nil, rules: [], limits: [], overrides: [], scoring: .zero)
            return plan.tempfail ? .tempfail : .continue
        }
        let scoringStarted = ContinuousClock.now
        let parsed = state.parser.finish()
        let features = MessageFeatures(message: parsed, policy: state.settings.policy)
        let scored = Scorer(policy: state.settings.policy).score(features)
        // Campaign memory sees the rules' verdict; recipient domains' settings and overrides come after both.
        let reviewed = campaign?.review(
            scored, features: features, policy: state.settings.policy, rule: state.settings.campaign.rule,
            recipients: state.recipients, dryRun: state.settings.actions.dryRun) ?? scored
        let envelope = Envelope(sender: state.envelopeFrom, recipients: state.recipients, client: client)
        let decision = MessageDecision(verdict: reviewed, features: features, envelope: envelope, settings: state.settings)
        let scoringTime = ContinuousClock.now - scoringStarted
        let verdict = decision.verdict
        var plan = ActionPlan(
            verdict: verdict, settings: decision.actions, incomingHeaderNames: state.headerNames,
            subject: state.subject
        ).showingOverrides(decision.overrideLabels, verdict: verdict, dryRun: decision.actions.dryRun)
        var failure: String? = nil
        let structural = parsed.truncations.subtracting([.scanBytes, .partBytes, .decodedBytes])
        if verdict.action == .accept, !decision.allowed, !structural.isEmpty {
            failure = "limit " + structural.map(\.rawValue).sorted().joined(separator: "+")
            plan = ActionPlan(failure: decision.actions)
        }
        if let problem = apply(plan, actions: actions) {
            failure = problem
            plan = ActionPlan(failure: decision.actions)
            metrics.recordInternalError("milter_edit_refused")
        }
        let elapsed = ContinuousClock.now - state.started
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let line = VerdictLine(
            queueID: queueID, plan: plan, verdict: verdict, envelopeFrom: state.envelopeFrom,
            recipients: state.recipients, client: client, authenticatedUser: state.authenticatedUser, milliseconds: ms,
            failure: failure, overrides: decision.overrideLabels)
        log(line)
        metrics.recordMessage(
            action: line.action, profile: verdict.profile, rules: verdict.reasons.map(\.rule),
            limits: parsed.truncations.map(\.rawValue).sorted(), overrides: decision.overrideKinds, scoring: scoringTime)
        if plan.tempfail { return .tempfail }
        if let reply = plan.reply {
            actions.setReply(MilterReply(code: reply.code, enhancedCode: reply.enhancedCode, text: reply.text))
            return .reject
        }
        return .continue
    }

    func abort(context: MilterContext) {
        message = nil
    }

    func close(context: MilterContext) {
        message = nil
        client = nil
    }

    /// Carries out the edits; returns what failed, if anything did.
    private func apply(_ plan: ActionPlan, actions: MilterActions) -> String? {
        for edit in plan.edits {
            let ok: Bool
            switch edit {
            case .deleteHeader(let name, let index): ok = actions.changeHeader(name: name, index: index, value: nil)
            case .addHeader(let name, let value): ok = actions.addHeader(name: name, value: value)
            case .changeHeader(let name, let index, let value): ok = actions.changeHeader(name: name, index: index, value: value)
            case .quarantine(let reason): ok = actions.quarantine(reason: reason)
            }
            if !ok { return "libmilter refused \(edit)" }
        }
        return nil
    }

    private func log(_ line: VerdictLine) {
        if line.failure != nil {
            logger.warning("\(line.text)")
        } else {
            logger.info("\(line.text)")
        }
    }

    static func stripBrackets(_ address: String) -> String {
        var text = Substring(address)
        if text.hasPrefix("<") { text = text.dropFirst() }
        if text.hasSuffix(">") { text = text.dropLast() }
        return String(text)
    }
}
