import Foundation

extension FileProblem {
    /// The problem a Foundation file error names (`NSCocoaErrorDomain Code=642 …`, a POSIX error), with
    /// the path it names and whether it was reading; nil for any other error.
    public static func of(foundationError error: any Error) -> (problem: FileProblem, path: String?, reading: Bool)? {
        let error = error as NSError
        let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
        if error.domain == NSPOSIXErrorDomain {
            return (FileProblem(errno: Int32(error.code)), path, false)
        }
        // Foundation's file errors are codes NSFileErrorMinimum (0) … NSFileErrorMaximum (1023).
        guard error.domain == NSCocoaErrorDomain, (0...1023).contains(error.code) else { return nil }
        // Codes 256–511 are reading a file; 512 and on writing one; below, either (4: no such file, as
        // creating a folder in a folder that is not there says).
        let reading = (NSFileReadUnknownError..<NSFileWriteUnknownError).contains(error.code)
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            let problem = FileProblem(errno: Int32(underlying.code))
            return (reading && problem == .folderMissing ? .noSuchFile : problem, path, reading)
        }
        let problem: FileProblem = switch error.code {
        case NSFileWriteOutOfSpaceError: .diskFull
        case NSFileWriteVolumeReadOnlyError: .readOnly
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: .permissionDenied
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: reading ? .noSuchFile : .folderMissing
        case NSFileReadTooLargeError: .fileTooLarge
        default: .system(code: Int32(error.code), message: error.localizedFailureReason ?? error.localizedDescription)
        }
        return (problem, path, reading)
    }
}
