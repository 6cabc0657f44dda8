import NotifyGuardCore

/// Messages made of top-level header fields only, fed through the streaming API as the milter session feeds it.
enum ParsedHeaders {
    static func message(_ fields: [(String, String)]) -> ParsedMessage {
        let parser = MessageParser()
        for (name, value) in fields { parser.header(name: name, value: value) }
        parser.endOfHeaders()
        return parser.finish()
    }
}
