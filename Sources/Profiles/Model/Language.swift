/// The three languages of the catalogue and of the user interface.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
    case kk, ru, en
}
