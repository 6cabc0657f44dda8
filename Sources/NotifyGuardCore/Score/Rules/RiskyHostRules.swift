extension RuleID {
    /// A link under a top-level domain mostly registered for abuse.
    public static let riskyTLD = RuleID("risky_tld", defaultWeight: 1)
    /// A link to a free-hosting, site-builder, storage, tunnel or file-sharing host.
    public static let freeHosting = RuleID("free_hosting", defaultWeight: 2)
}

/// Links to where phishing pages live cheaply: risky TLDs and free hosts. Not the template's own links, not images,
/// and not files shared for their own sake on a file host.
enum RiskyHostRules: LinkRule {
    static let ids: [RuleID] = [.riskyTLD, .freeHosting]

    static func check(
        _ link: borrowing ExtractedLink, _ facts: LinkFacts, in message: MessageContext, into reasons: inout Reasons
    ) {
        guard link.source != .image, !facts.isTemplateLink else { return }
        let policy = message.policy
        if Domain.lastLabel(of: link.host, isIn: policy.riskyTLDSet) { reasons.fire(.riskyTLD, link.registrableDomain) }
        if Domain.isWithin(link.host, anyOf: policy.freeHostSet), !isFileDownload(link.url),
            !isSendersHost(link, message)
        {
            reasons.fire(.freeHosting, link.host)
        }
    }

    /// Whether the free host is the signed sender's own service: a label of the host is From's registrable label
    /// and DKIM passed for From's domain (Vercel's mail about a `*.vercel.app` deployment, Netlify's about
    /// `*.netlify.app`).
    static func isSendersHost(_ link: borrowing ExtractedLink, _ message: MessageContext) -> Bool {
        guard let sender = message.signedSenderDomain else { return false }
        let label = Domain.registrableLabel(sender)
        return link.host.split(separator: ".").dropFirst().contains { $0 == label }
    }

    /// File types people share from storage and file hosts for their own sake (archives, disk images, media,
    /// logs), unlike the web pages phishers host there.
    static let downloadExtensions: Set<String> = ["xz", "gz", "bz2", "zst", "tgz", "tar", "zip", "7z", "iso", "img",
        "raw", "bin", "qcow2", "deb", "rpm", "png", "jpg", "jpeg", "gif", "webp", "mp4", "mp3", "txt", "log", "patch",
        "diff", "csv", "json", "config"]

    /// Whether a URL's path names a file of a type in ``downloadExtensions``.
    static func isFileDownload(_ url: String) -> Bool {
        let path = url.utf8.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        guard let slash = path.lastIndex(of: UInt8(ascii: "/")) else { return false }
        let name = path[path.index(after: slash)...]
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let ext = String(decoding: name[name.index(after: dot)...].map(ASCII.lower), as: UTF8.self)
        return downloadExtensions.contains(ext)
    }
}
