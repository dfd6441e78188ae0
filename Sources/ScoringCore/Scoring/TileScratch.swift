/// A growable scratch buffer owned by one worker's collector, for collectors that rewrite a tile's
/// scores before ranking them. A collector is copied into one worker only, so the class is never shared.
public final class TileScratch: @unchecked Sendable {
    private var storage = UnsafeMutableBufferPointer<Float>.allocate(capacity: 0)

    public init() {}

    /// A buffer of `count` floats, valid until the next call.
    public func buffer(count: Int) -> UnsafeMutableBufferPointer<Float> {
        if storage.count < count {
            storage.deallocate()
            storage = .allocate(capacity: count)
        }
        return UnsafeMutableBufferPointer(rebasing: storage[0..<count])
    }

    deinit { storage.deallocate() }
}
