#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Where an output goes, decided safely before a byte is written (every writer goes
/// through here, by `OutputFile.write`):
/// - never over an input of the run (compared by device and inode, however the path is
///   spelt: the explicit `inputs` and every file the run read, see `InputRegistry`), nor
///   over another output of the same run;
/// - a character device (`/dev/null`) or a FIFO/pipe (`>(gzip)`) is written through,
///   never renamed over; other special files (block devices, sockets) are refused;
/// - a regular file is written to a temporary file beside it (`TemporaryFiles`) and renamed
///   over it, so it is replaced whole or not at all.
public enum OutputTarget {
    /// How an output will be written.
    public enum Kind: Equatable, Sendable {
        /// A temporary file in the folder, renamed to the real path.
        case replaceFile(realPath: String)
        /// Written through an open descriptor (character device, FIFO, pipe).
        case writeThrough
    }

    /// Checks `path` against the inputs and the file's kind.
    public static func resolve(_ path: String, inputs: [String]) throws(OutputFile.Failure) -> Kind {
        let registry = InputRegistry.current
        let existing = FileIdentity.of(path)
        if let id = existing {
            if registry?.input(id) != nil { throw .wouldOverwriteInput(path: path) }
            for input in inputs where FileIdentity.of(input) == id && !id.isCharacterDevice {
                throw .wouldOverwriteInput(path: path)
            }
            if id.isRegular, let other = registry?.output(id) { throw .wouldOverwriteOutput(path: path, other: other) }
            if id.isCharacterDevice || id.isFIFO { return .writeThrough }
            if id.isDirectory { throw .cannotCreate(path: path, reason: "is a directory") }
            if !id.isRegular { throw .cannotCreate(path: path, reason: "is a \(id.typeName); refusing to write to it") }
        } else {
            let location = FileIdentity.realLocation(path)
            for input in inputs where FileIdentity.realLocation(input) == location { throw .wouldOverwriteInput(path: path) }
        }
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return .replaceFile(realPath: target)
    }

    /// Writes `bytes` to `path` (see the type's description).
    public static func write(_ bytes: [UInt8], to path: String, inputs: [String]) throws(OutputFile.Failure) {
        switch try resolve(path, inputs: inputs) {
        case .writeThrough: try writeThrough(bytes, to: path)
        case let .replaceFile(target): try replace(bytes, target: target, shownAs: path)
        }
        InputRegistry.current?.recordWritten(path)
    }

    private static func writeThrough(_ bytes: [UInt8], to path: String) throws(OutputFile.Failure) {
        // Non-blocking open: a FIFO nobody reads is an error (ENXIO), not a hang.
        let fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        if fd < 0 {
            let reason = errno == ENXIO ? "no process is reading the FIFO" : String(cString: strerror(errno))
            throw .cannotCreate(path: path, reason: reason)
        }
        defer { close(fd) }
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)
        // A reader that goes away is an error to report, not a signal that ends the process.
        signal(SIGPIPE, SIG_IGN)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBufferPointer { b in Glibc.write(fd, b.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .cannotCreate(path: path, reason: String(cString: strerror(errno)))
            }
            done += n
        }
    }

    private static func replace(_ bytes: [UInt8], target: String, shownAs path: String) throws(OutputFile.Failure) {
        let dir = (target as NSString).deletingLastPathComponent
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw .cannotCreate(path: path, reason: "folder \(dir) does not exist")
        }
        TemporaryFiles.removeStale(in: dir)
        let temp = TemporaryFiles.path(in: dir, for: (target as NSString).lastPathComponent)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw .cannotCreate(path: path, reason: "cannot create a temporary file in \(dir): " + String(cString: strerror(errno)))
        }
        TemporaryFiles.started(temp)
        defer { TemporaryFiles.finished(temp) }
        var done = 0
        var failure: String?
        while done < bytes.count {
            let n = bytes.withUnsafeBufferPointer { b in Glibc.write(fd, b.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                break
            }
            done += n
        }
        if failure == nil && fsync(fd) != 0 && errno != EINVAL { failure = String(cString: strerror(errno)) }
        close(fd)
        holdForTests()
        if let failure {
            unlink(temp)
            throw .cannotCreate(path: path, reason: failure)
        }
        if rename(temp, target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw .cannotCreate(path: path, reason: reason)
        }
    }

    /// `PAR_SURVEY_HOLD_TEMP_SECONDS=N`: wait N seconds (at most 60) with the temporary file
    /// written and not yet renamed, so that a test can stop the process at that moment.
    private static func holdForTests() {
        guard let text = ProcessInfo.processInfo.environment["PAR_SURVEY_HOLD_TEMP_SECONDS"], let s = Double(text), s > 0 else { return }
        usleep(UInt32(min(s, 60) * 1_000_000))
    }
}
