#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// A batch's bytes seen through a window that moves forward: a file read a chunk at a time
/// (memory stays at about a chunk plus the longest record, whatever the file size), or
/// bytes already in memory seen a chunk at a time (so both take the same path).
final class ChunkedInput {
    /// Backing storage; the window is `storage[start..<end]`.
    private(set) var storage: [UInt8]
    /// First byte of the window.
    private(set) var start = 0
    /// One past the last byte of the window.
    private(set) var end = 0
    /// Whether the window reaches the end of the input.
    private(set) var atEOF = false
    /// The largest the backing storage has been, in bytes.
    var largestWindow: Int { storage.count }
    /// Total size when known (for progress).
    let totalBytes: Int?
    /// Bytes consumed so far.
    private(set) var consumed = 0
    private let fd: Int32  // -1: in memory

    /// Reads `bytes` in memory.
    init(bytes: [UInt8]) {
        storage = bytes
        fd = -1
        totalBytes = bytes.count
        atEOF = bytes.isEmpty
    }

    /// Opens the file at `path`.
    init(path: String) throws(InputFile.ReadFailure) {
        // Regular files only (a FIFO is read whole by `InputSource`, devices are refused).
        guard try InputSource.kind(path) == .regular else { throw InputFile.ReadFailure(reason: "is a FIFO: read it with InputSource") }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputFile.ReadFailure(reason: "permission denied or unreadable") }
        InputRegistry.current?.recordRead(path, descriptor: fd)
        self.fd = fd
        storage = []
        var st = stat()
        // The size of a regular file; a pipe or a device has none to go by.
        totalBytes = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : nil
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Number of bytes in the window.
    var count: Int { end - start }

    /// Extends the window by at least `more` bytes, or to the end of the input.
    func fill(_ more: Int) throws(InputFile.ReadFailure) {
        if atEOF { return }
        if fd < 0 {
            end = min(storage.count, end + max(more, 1))
            atEOF = end == storage.count
            return
        }
        if start > 0 {  // keep the carried bytes at the front
            let n = end - start
            storage.withUnsafeMutableBufferPointer { b in
                _ = memmove(b.baseAddress!, b.baseAddress! + start, n)
            }
            start = 0
            end = n
        }
        var more = max(more, 1)
        if let total = totalBytes { more = min(more, max(total - consumed - count, 0) + 1) }  // +1 finds the end
        let want = end + more
        if storage.count < want {
            var bigger = [UInt8](repeating: 0, count: max(want, storage.count + storage.count / 4))
            let keep = end
            storage.withUnsafeBufferPointer { old in
                bigger.withUnsafeMutableBufferPointer { b in
                    if keep > 0 { b.baseAddress!.update(from: old.baseAddress!, count: keep) }
                }
            }
            storage = bigger
        }
        while end < want {
            let got = storage.withUnsafeMutableBufferPointer { b in read(fd, b.baseAddress! + end, want - end) }
            if got < 0 {
                if errno == EINTR { continue }
                throw InputFile.ReadFailure(reason: "read error: " + String(cString: strerror(errno)))
            }
            if got == 0 {
                atEOF = true
                break
            }
            end += got
        }
    }

    /// Drops the first `n` bytes of the window.
    func consume(_ n: Int) {
        start += n
        consumed += n
    }

    /// Calls `body` with the window's bytes.
    func withWindow<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        let s = start
        let e = end
        return try storage.withUnsafeBufferPointer { b throws(E) in try body(UnsafeBufferPointer(rebasing: b[s..<e])) }
    }
}
