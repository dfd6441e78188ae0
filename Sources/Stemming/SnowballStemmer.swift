import CStemmer
import Foundation

/// One of Snowball's stemmers (Debian's `libstemmer-dev`): "сварки" → "сварк", "welding" → "weld".
/// A Snowball stemmer keeps its working buffer between calls, so calls on one are serialised.
public final class SnowballStemmer: @unchecked Sendable {
    /// The algorithms this package uses, by their libstemmer names.
    public enum Algorithm: String, Sendable {
        case russian, english
    }

    public static let russian = SnowballStemmer(.russian)
    public static let english = SnowballStemmer(.english)

    private let handle: OpaquePointer
    private let lock = NSLock()

    public init(_ algorithm: Algorithm) {
        guard let handle = sb_stemmer_new(algorithm.rawValue, "UTF_8") else {
            preconditionFailure("libstemmer has no \(algorithm.rawValue) stemmer")
        }
        self.handle = handle
    }

    deinit { sb_stemmer_delete(handle) }

    /// The stem of one lower-cased word.
    /// - Complexity: O(*n*) in the word's length.
    public func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        return lock.withLock {
            guard let stemmed = sb_stemmer_stem(handle, bytes, Int32(bytes.count)) else { return word }
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: Int(sb_stemmer_length(handle))), as: UTF8.self)
        }
    }
}
