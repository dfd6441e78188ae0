/// The three languages of the catalogue and of the user interface.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case kk, ru, en
}
