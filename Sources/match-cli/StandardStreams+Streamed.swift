import Presentation
import Profiles

extension StandardStreams {
    /// Writes what `body` puts in a `ChunkedOutput` to standard output piece by piece, then one line
    /// break unless it ended with one, as `printRendered` does for a whole string.
    /// - Parameter observe: Sees every byte `body` wrote (not the added line break), for the audit log.
    static func writeStreamed(observe: @escaping (UnsafeRawBufferPointer) -> Void,
                              _ body: (inout ChunkedOutput) throws -> Void) throws {
        var output = ChunkedOutput { bytes in
            observe(bytes)
            writeOutput(bytes)
        }
        try body(&output)
        try output.flush()
        if output.lastByte != UInt8(ascii: "\n") { writeOutput(Array("\n".utf8)) }
    }

    /// `writeStreamed(observe:_:)`, returning the SHA-256 of what `body` wrote as `recordRun` takes it.
    static func writeStreamed(_ body: (inout ChunkedOutput) throws -> Void) throws -> String {
        var digest = RunningDigest()
        try writeStreamed(observe: { digest.update($0) }, body)
        return digest.hex()
    }
}
