#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// A file as the system knows it (device and inode), whatever path spells it: symbolic
/// links, `..`, `./`, hard links and `/proc/self/fd/N` all lead to the same identity.
public struct FileIdentity: Hashable, Sendable {
    /// The device holding the file.
    public var device: UInt64
    /// The file's inode on that device.
    public var inode: UInt64
    /// The file's type bits (`S_IFREG`, `S_IFCHR`, `S_IFIFO`, ...).
    public var type: UInt32

    /// The identity of the file `path` leads to (symbolic links followed), or nil when there is none.
    public static func of(_ path: String) -> FileIdentity? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), type: UInt32(st.st_mode) & UInt32(S_IFMT))
    }

    /// The identity of an open descriptor.
    public static func of(descriptor fd: Int32) -> FileIdentity? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        return FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), type: UInt32(st.st_mode) & UInt32(S_IFMT))
    }

    /// A regular file.
    public var isRegular: Bool { type == UInt32(S_IFREG) }
    /// A character device (`/dev/null`, a terminal).
    public var isCharacterDevice: Bool { type == UInt32(S_IFCHR) }
    /// A FIFO or a pipe (`mkfifo`, `>(gzip)`).
    public var isFIFO: Bool { type == UInt32(S_IFIFO) }
    /// A directory.
    public var isDirectory: Bool { type == UInt32(S_IFDIR) }

    /// A word for the file's type, for messages.
    public var typeName: String {
        switch type {
        case UInt32(S_IFREG): return "regular file"
        case UInt32(S_IFDIR): return "directory"
        case UInt32(S_IFCHR): return "character device"
        case UInt32(S_IFBLK): return "block device"
        case UInt32(S_IFIFO): return "FIFO"
        case UInt32(S_IFSOCK): return "socket"
        case UInt32(S_IFLNK): return "symbolic link"
        default: return "special file"
        }
    }

    /// Whether two paths name one file: the same identity when both exist, else the same
    /// real folder and name (a file not created yet).
    public static func same(_ a: String, _ b: String) -> Bool {
        if let x = of(a), let y = of(b) { return x == y }
        return realLocation(a) == realLocation(b)
    }

    /// `path` with its folder's symbolic links and `..` resolved (the file itself need not exist).
    public static func realLocation(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let dir = url.deletingLastPathComponent().path
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let realDir = realpath(dir, &buffer) != nil ? String(cString: buffer) : dir
        return (realDir as NSString).appendingPathComponent(url.lastPathComponent)
    }
}

/// The files one command run has read, by identity, so that no output is written over any
/// of them, however its path is spelt: batches, questionnaires, manifests, weighting plans
/// and the target tables they name, self-assessment and previous-year files, component
/// files `merge` reads. Bound for a run with `InputRegistry.$current.withValue`; library
/// code records what it opens through `InputFile` and `ChunkedInput`.
public final class InputRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var read: [FileIdentity: String] = [:]
    private var written: [FileIdentity: String] = [:]

    /// The registry of the run in progress (nil outside a command run: nothing is recorded).
    @TaskLocal public static var current: InputRegistry?

    /// An empty registry.
    public init() {}

    /// Notes that `path` (open as `fd` when given) was read.
    public func recordRead(_ path: String, descriptor fd: Int32? = nil) {
        guard let id = fd.flatMap({ FileIdentity.of(descriptor: $0) }) ?? FileIdentity.of(path) else { return }
        // Reading /dev/stdin or a terminal does not make the device an input worth protecting.
        if id.isCharacterDevice { return }
        lock.lock()
        defer { lock.unlock() }
        if read[id] == nil { read[id] = path }
    }

    /// The input path read as `id`, if any.
    public func input(_ id: FileIdentity) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return read[id]
    }

    /// Notes an output written as `id` (a regular file).
    public func recordWritten(_ path: String) {
        guard let id = FileIdentity.of(path), id.isRegular else { return }
        lock.lock()
        defer { lock.unlock() }
        written[id] = path
    }

    /// The output path already written as `id` in this run, if any.
    public func output(_ id: FileIdentity) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return written[id]
    }
}
