#if !_endian(little)
#error("NPY reading and writing copy little-endian bytes as they are")
#endif

/// An element type that `.npy` files can hold, named by its NumPy dtype descriptor.
public protocol NPYElement: BitwiseCopyable {
    /// The dtype descriptor, e.g. `<f4` (little-endian float32).
    static var npyDescriptor: String { get }
}

extension Float: NPYElement {
    public static var npyDescriptor: String { "<f4" }
}

extension Int64: NPYElement {
    public static var npyDescriptor: String { "<i8" }
}
