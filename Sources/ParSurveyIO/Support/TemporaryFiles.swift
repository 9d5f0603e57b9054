#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Dispatch
import Foundation

/// The temporary files outputs are written to before they are renamed into place, named so
/// that they can be recognised and owned: `.par-survey-tmp-<pid>-<random>-<name>`. They are
/// removed when the process is stopped by SIGINT or SIGTERM (a Dispatch signal source does
/// it, then the signal is raised again), and a later run writing into the same folder
/// removes those left by a process that no longer exists (SIGKILL, power loss).
public enum TemporaryFiles {
    /// The prefix of every temporary file's name.
    public static let prefix = ".par-survey-tmp-"

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var live: Set<String> = []
        var sources: [DispatchSourceSignal] = []
        var installed = false
    }

    private static let state = State()
    private static let queue = DispatchQueue(label: "par-survey.signals")

    /// A new temporary path in `dir` for the output named `name`.
    public static func path(in dir: String, for name: String) -> String {
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        // keep the name short enough for any file system (255 bytes)
        let tail = String(decoding: Array(name.utf8.prefix(160)), as: UTF8.self)
        return (dir as NSString).appendingPathComponent("\(prefix)\(getpid())-\(random)-\(tail)")
    }

    /// Notes that `path` exists until `finished(path)`.
    public static func started(_ path: String) {
        state.lock.lock()
        state.live.insert(path)
        state.lock.unlock()
    }

    /// Notes that `path` was renamed or removed.
    public static func finished(_ path: String) {
        state.lock.lock()
        state.live.remove(path)
        state.lock.unlock()
    }

    /// Removes every live temporary file (what the signal handler does).
    public static func removeAll() {
        state.lock.lock()
        let paths = state.live
        state.live.removeAll()
        state.lock.unlock()
        for p in paths { unlink(p) }
    }

    /// Installs the SIGINT/SIGTERM handlers (once). Call it first thing in a program's
    /// main thread, before other threads exist: the signals are blocked there (threads
    /// created later inherit the mask) and read by a Dispatch signal source, whose handler
    /// removes the live temporary files and then lets the signal end the process as usual.
    /// A signal that the parent process set to be ignored stays ignored.
    public static func installSignalHandlers() {
        state.lock.lock()
        defer { state.lock.unlock() }
        if state.installed { return }
        state.installed = true
        for sig in [SIGINT, SIGTERM] {
            var old = sigaction()
            sigaction(sig, nil, &old)
            if unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            var set = sigset_t()
            sigemptyset(&set)
            sigaddset(&set, sig)
            pthread_sigmask(SIG_BLOCK, &set, nil)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler {
                removeAll()
                signal(sig, SIG_DFL)
                var set = sigset_t()
                sigemptyset(&set)
                sigaddset(&set, sig)
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
                raise(sig)
                _exit(128 + sig)
            }
            source.resume()
            state.sources.append(source)
        }
    }

    /// Removes, from `dir`, temporary files whose process no longer exists; returns their names.
    @discardableResult
    public static func removeStale(in dir: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno != ESRCH { continue }  // alive (or not ours to judge)
            let full = (dir as NSString).appendingPathComponent(name)
            var st = stat()
            guard lstat(full, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == geteuid() else { continue }
            if unlink(full) == 0 { removed.append(name) }
        }
        return removed
    }
}
