import Foundation
import NotifyGuardDaemon
import Testing

/// `postcat -q ID` output: envelope records, the message, extracted records.
@Suite struct PostcatDumpTests {
    static let dump = """
        *** ENVELOPE RECORDS hold/4ZabCdE ***
        message_size:             300             200               1               0             300               0
        message_arrival_time: Tue Nov 24 10:00:00 2026
        create_time: Tue Nov 24 10:00:00 2026
        named_attribute: log_client_address=127.0.0.1
        named_attribute: client_address=192.0.2.7
        sender: sender@example.com
        original_recipient: rcpt@example.org
        recipient: rcpt@example.org
        *** MESSAGE CONTENTS hold/4ZabCdE ***
        From: a@example.com
        Subject: hi

        body line
        *** HEADER EXTRACTED hold/4ZabCdE ***
        named_attribute: x=y
        recipient: second@example.org
        *** MESSAGE FILE END hold/4ZabCdE ***

        """

    @Test func theMessageAndItsEnvelopeAreTakenApart() throws {
        let dump = try #require(PostcatDump(Array(Self.dump.utf8)))
        #expect(String(decoding: dump.message, as: UTF8.self) == "From: a@example.com\nSubject: hi\n\nbody line\n")
        #expect(
            dump.envelope
                == Envelope(
                    sender: "sender@example.com", recipients: ["rcpt@example.org", "second@example.org"],
                    client: "192.0.2.7"))
    }

    @Test func aMarkerWrittenInTheMessageDoesNotEndIt() throws {
        let text = Self.dump.replacingOccurrences(
            of: "body line\n",
            with: "body line\n*** HEADER EXTRACTED hold/4ZabCdE ***\nrecipient: injected@example.net\nmore body\n")
        let dump = try #require(PostcatDump(Array(text.utf8)))
        #expect(String(decoding: dump.message, as: UTF8.self).hasSuffix("recipient: injected@example.net\nmore body\n"))
        #expect(!dump.envelope.recipients.contains("injected@example.net"))
    }

    @Test func anOrdinaryMessageIsNotADump() {
        #expect(PostcatDump(Array("From: a@example.com\n\nhi\n".utf8)) == nil)
        #expect(PostcatDump(Array("*** ENVELOPE RECORDS x ***\nsender: a\n".utf8)) == nil)  // no contents
        #expect(PostcatDump([]) == nil)
    }
}
