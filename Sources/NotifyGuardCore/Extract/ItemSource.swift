/// Where an item (link, phone, address) was found.
public enum ItemSource: Sendable, Equatable, Hashable, CustomStringConvertible {
    case href, image, form, refresh, text
    case header(String)

    public var description: String {
        switch self {
        case .href: return "href"
        case .image: return "img"
        case .form: return "form"
        case .refresh: return "refresh"
        case .text: return "text"
        case .header(let name): return "header:\(name)"
        }
    }
}
