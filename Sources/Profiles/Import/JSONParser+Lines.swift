/// JSON Lines: one record object per line, as a stream or a Spark partition hands them over (no
/// enclosing array, so any run of lines is itself a valid input).
extension JSONParser {
    /// Reads records until the end, each located by the line it starts on; a blank line is skipped.
    /// - Throws: `Stop` where the text stops being JSON; what `body` throws.
    mutating func readLines(report: (ImportProblem) -> Void, body: (RawRecord) throws -> Void) throws {
        if peek() == 0xEF {  // a byte-order mark
            for expected: UInt8 in [0xEF, 0xBB, 0xBF] where peek() == expected { advance() }
            column = 0
        }
        while let first = skipSpace() {
            let start = line
            let isObject = first == UInt8(ascii: "{")
            (recordStart, recordDepth, inRecord, discarding) = (offset, 0, true, false)
            let record = try value()
            inRecord = false
            // A record's own problems are said at its line, as a CSV row's are.
            let problems = takePending()
            for var problem in problems {
                if problem.line == nil { problem.line = start }
                report(problem)
            }
            if !isObject {
                report(ImportProblem(file: file, line: start, reason: .expectedObject))
            } else if problems.isEmpty, case .object(let fields) = record {
                try body(RawRecord(file: file, line: start, path: nil, fields: fields))
            }
            // The next record starts on a line of its own.
            while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0D { advance() }
            if let byte = peek(), byte != 0x0A { throw unexpected(.endOfFile) }
        }
    }
}
