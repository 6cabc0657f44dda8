@testable import NotifyGuardCore
import Testing

/// `shortened_template_link`: a public shortener in a platform-sent template of fixed links was written in by
/// whoever filled the template and hides where it goes; where users add links (invitations) it is their habit.
@Suite(.enabled(if: SuffixList.isInstalled, SuffixList.missing)) struct ShortenedTemplateLinkTests {
    private func reasons(_ text: String) throws -> [String] {
        Scorer(policy: try Fixture.shippedPolicy()).score(rawMessage: Array(text.utf8)).reasons.map(\.rule)
    }

    /// A DocuSign envelope, signed by DocuSign when `signed`, whose sender's note is `note`.
    private func envelope(note: String, signed: Bool = true) -> String {
        let auth = signed ? "dkim=pass header.d=docusign.net; spf=pass smtp.mailfrom=docusign.net" : "dkim=none"
        return """
            Authentication-Results: mx.notifyguard.test; \(auth)
            From: Maria Lopez via Docusign <dse_na2@docusign.net>
            To: jan@example.org
            Subject: Please DocuSign: Lease renewal 2027.pdf

            Maria Lopez sent you a document to review and sign.
            \(note)
            REVIEW DOCUMENT: https://na2.docusign.net/Signing/EmailStart.aspx?a=5f1c
            """
    }

    @Test func aShortenerInAFixedLinkTemplateFires() throws {
        let found = try reasons(envelope(note: "Details of the renewal: https://bit.ly/3xLease"))
        #expect(found.contains("shortened_template_link"))
        #expect(found.contains("shortener_link"))
    }

    @Test func thePlatformsOwnLinksAndUnsignedMailStayQuiet() throws {
        #expect(try !reasons(envelope(note: "Thanks, Maria")).contains("shortened_template_link"))
        // Without the platform's signature the template's rules don't apply; `shortener_link` still reports it.
        let unsigned = try reasons(envelope(note: "See https://bit.ly/3xLease", signed: false))
        #expect(!unsigned.contains("shortened_template_link"))
        #expect(unsigned.contains("shortener_link"))
    }

    @Test func invitationsWhoseUsersAddLinksDoNotFire() throws {
        let invitation = """
            Authentication-Results: mx.notifyguard.test; dkim=pass header.d=google.com; spf=pass smtp.mailfrom=calendar-server.bounces.google.com
            From: Google Calendar <calendar-notification@google.com>
            To: jan@example.org
            Subject: Invitation: Team lunch @ Fri 12:00

            Team lunch
            Menu: https://bit.ly/3lunchMenu
            Join with Google Meet: https://meet.google.com/abc-defg-hij
            """
        let found = try reasons(invitation)
        #expect(!found.contains("shortened_template_link"))
        #expect(found.contains("shortener_link"))
    }
}
