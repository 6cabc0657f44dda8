/// The messages the fault suite sends: the end-to-end tests' four verdicts, and the hostile shapes of issue 14
/// (padding headers, forged X-NotifyGuard-* headers, oversized header names). Each carries a unique Message-ID
/// token, so a delivered copy can be matched to what the SMTP client was told.
enum FaultMessages {
    /// What a message is expected to get from the shipped config (with the test MX trusted).
    enum Kind: CaseIterable {
        case accept, tag, quarantine, reject
    }

    static func token(_ scenario: String, _ number: Int) -> String {
        "fault-\(scenario)-\(number)@notifyguard.test"
    }

    /// One of the four verdicts, by number, with `token` as its Message-ID.
    static func mix(_ number: Int, token: String) -> String {
        let kinds = Kind.allCases
        return message(kinds[number % kinds.count], token: token)
    }

    static func message(_ kind: Kind, token: String, extraHeaders: String = "") -> String {
        switch kind {
        case .accept:
            return """
                From: Alice <alice@example.com>
                To: rcpt@example.org
                Subject: Lunch on Thursday?
                Message-ID: <\(token)>
                \(extraHeaders)MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8

                Hi Bob, Thursday at noon works for me.
                -- 
                Alice

                """
        case .tag:
            return """
                From: Billing <billing@example.com>
                To: rcpt@example.org
                Subject: Your statement
                Message-ID: <\(token)>
                \(extraHeaders)MIME-Version: 1.0
                Content-Type: text/plain; charset=us-ascii

                Your statement is ready at https://login.example.com@pay-update.ru/statement

                """
        case .quarantine, .reject:
            let injected = kind == .quarantine
                ? "You have a private message waiting at secure-refund-center.com"
                : "Fraudulent transaction detected! You have a private message waiting at secure-refund-center.com or call +1 (888) 555-0199"
            return """
                \(extraHeaders)Authentication-Results: mx.notifyguard.test;
                 spf=pass smtp.mailfrom=microsoftonline.com;
                 dkim=pass header.d=microsoftonline.com header.s=selector1;
                 dmarc=pass action=none header.from=microsoftonline.com
                From: Microsoft <msonlineservicesteam@microsoftonline.com>
                To: admin@example.org
                Subject: Welcome to your Microsoft 365 Business trial
                Message-ID: <\(token)>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8

                Welcome to Microsoft 365

                Your organization, \(injected), now has a Microsoft 365 Business trial.
                Sign in at https://portal.office.com to get started.

                Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

                """
        }
    }

    /// `count` padding headers before a message that is rejected without them (issue 14, item 1).
    static func padded(token: String, count: Int) -> String {
        let padding = (0..<count).map { "X-Pad-\($0): x\n" }.joined()
        return message(.reject, token: token, extraHeaders: padding)
    }

    /// A tagged message carrying a forged result, at the top or after `before` other headers (item 2).
    static func forged(token: String, before: Int) -> String {
        let filler = (0..<before).map { "X-Filler-\($0): y\n" }.joined()
        return message(.tag, token: token, extraHeaders: filler + "X-NotifyGuard-Result: \(forgedValue)\n")
    }

    static let forgedValue = "accept score=0.0 forged-by-the-sender"

    /// `count` headers whose names are `nameBytes` long (item 5).
    static func longNames(token: String, count: Int, nameBytes: Int) -> String {
        let headers = (0..<count).map { index -> String in
            let name = "X-" + String(repeating: "n", count: max(1, nameBytes - 8)) + String(index, radix: 16)
            return "\(name): v\n"
        }.joined()
        return message(.accept, token: token, extraHeaders: headers)
    }
}
