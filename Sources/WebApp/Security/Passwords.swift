import HummingbirdBcrypt

/// Staff passwords: bcrypt, cost 11 (about 0.1 s a check on this project's machines).
public enum Passwords {
    static let cost: UInt8 = 11
    public static let minimumLength = 10

    public static func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    /// Checks a password; for an unknown login a fixed hash is checked all the same, so the time taken
    /// does not tell which logins exist.
    static func verify(_ password: String, hash: String?) -> Bool {
        guard let hash else {
            _ = Bcrypt.verify(password, hash: unknownLoginHash)
            return false
        }
        return Bcrypt.verify(password, hash: hash)
    }

    private static let unknownLoginHash = Bcrypt.hash("no account has this password", cost: cost)
}
