#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Opening an input without ever hanging: regular files are read whole; a FIFO or pipe
/// (`mkfifo`, `<(zcat batch.csv.gz)`) is read as a stream, waiting at most
/// `streamTimeout` seconds for each piece of data and stopping at a size limit; character
/// and block devices, sockets and directories are refused. Every file read is recorded in
/// the run's `InputRegistry`, so that no output is written over it.
public enum InputSource {
    /// What kind of input a path is.
    public enum Kind: Equatable, Sendable {
        /// A regular file (its size known).
        case regular
        /// A FIFO or pipe, read as a stream.
        case stream
    }

    /// Seconds a stream may stay silent before the read fails (default 120;
    /// `PAR_SURVEY_STREAM_TIMEOUT` overrides it).
    public static var streamTimeout: Double {
        if let t = ProcessInfo.processInfo.environment["PAR_SURVEY_STREAM_TIMEOUT"], let s = Double(t), s > 0, s.isFinite {
            return min(s, 86_400)
        }
        return 120
    }

    /// The kind of `path`, or why it cannot be an input.
    public static func kind(_ path: String) throws(InputFile.ReadFailure) -> Kind {
        guard let id = FileIdentity.of(path) else {
            throw InputFile.ReadFailure(reason: errno == EACCES ? "permission denied or unreadable" : "no such file")
        }
        if id.isRegular { return .regular }
        if id.isFIFO { return .stream }
        if id.isDirectory { throw InputFile.ReadFailure(reason: "is a directory, not a file") }
        throw InputFile.ReadFailure(reason: "is a \(id.typeName), not a file: give a regular file, a FIFO or a pipe")
    }

    /// Opens `path` for reading (non-blocking, so that a FIFO without a writer does not
    /// hang the open), records it as an input of the run and returns the descriptor.
    static func open(_ path: String) throws(InputFile.ReadFailure) -> (fd: Int32, kind: Kind) {
        _ = try kind(path)
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            throw InputFile.ReadFailure(reason: errno == ENOENT ? "no such file" : "permission denied or unreadable")
        }
        // Check again on the open file: the path may have been swapped in between.
        guard let id = FileIdentity.of(descriptor: fd), id.isRegular || id.isFIFO else {
            close(fd)
            throw InputFile.ReadFailure(reason: "is not a regular file, a FIFO or a pipe")
        }
        InputRegistry.current?.recordRead(path, descriptor: fd)
        return (fd, id.isRegular ? .regular : .stream)
    }

    /// Every byte of `path`; a stream longer than `limit` bytes is refused.
    public static func readAll(_ path: String, limit: Int = 1 << 31) throws(InputFile.ReadFailure) -> [UInt8] {
        let (fd, kind) = try open(path)
        defer { close(fd) }
        if kind == .regular {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            var st = stat()
            fstat(fd, &st)
            var out = [UInt8](repeating: 0, count: max(Int(st.st_size), 0))
            var filled = 0
            while true {
                if filled == out.count { out.append(contentsOf: [UInt8](repeating: 0, count: max(4096, out.count / 2))) }
                let n = out.withUnsafeMutableBufferPointer { b in read(fd, b.baseAddress! + filled, b.count - filled) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw InputFile.ReadFailure(reason: "read error: " + String(cString: strerror(errno)))
                }
                if n == 0 { break }
                filled += n
            }
            out.removeSubrange(filled...)
            return out
        }
        return try readStream(fd, limit: limit)
    }

    /// Reads a non-blocking stream descriptor to its end, waiting at most `streamTimeout`
    /// seconds for each piece.
    static func readStream(_ fd: Int32, limit: Int) throws(InputFile.ReadFailure) -> [UInt8] {
        let timeout = streamTimeout
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&p, 1, Int32(timeout * 1000))
            if ready < 0 {
                if errno == EINTR { continue }
                throw InputFile.ReadFailure(reason: "read error: " + String(cString: strerror(errno)))
            }
            if ready == 0 {
                throw InputFile.ReadFailure(
                    reason: out.isEmpty
                        ? "nothing was written to the FIFO or pipe within \(Int(timeout)) s (is a writer running?)"
                        : "the FIFO or pipe stopped sending data for \(Int(timeout)) s after \(out.count) bytes")
            }
            let n = buffer.withUnsafeMutableBufferPointer { b in read(fd, b.baseAddress!, b.count) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw InputFile.ReadFailure(reason: "read error: " + String(cString: strerror(errno)))
            }
            if n == 0 { return out }  // the writer closed its end
            if out.count + n > limit {
                throw InputFile.ReadFailure(reason: "the stream is longer than the limit of \(limit) bytes; split it into smaller batches")
            }
            out.append(contentsOf: buffer[0..<n])
        }
    }
}
