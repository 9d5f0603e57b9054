#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Where the repository is (the current folder when run with `swift run`, else found from
/// this source file's path).
enum Paths {
    static func repo(_ relative: String) -> String {
        if FileManager.default.fileExists(atPath: relative) { return relative }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent(relative).path
    }
}

/// The machine and the process.
enum Machine {
    #if os(Linux)
        private static let rusageSelf = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
        private static let rusageSelf = RUSAGE_SELF
    #endif

    /// Peak resident set size of this process so far, in MB: `VmHWM` of /proc/self/status
    /// on Linux (ru_maxrss would also count `swift run`, which execs this program), else
    /// `getrusage` ru_maxrss.
    static func peakResidentMegabytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        {
            return kb / 1024
        }
        var u = rusage()
        getrusage(rusageSelf, &u)
        #if os(Linux)
            return Int(u.ru_maxrss) / 1024
        #else
            return Int(u.ru_maxrss) / (1024 * 1024)
        #endif
    }

    /// CPU model, cores, load average.
    static var description: String {
        var cpu = "unknown CPU"
        if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let colon = line.firstIndex(of: ":")
        {
            cpu = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var load = [Double](repeating: 0, count: 3)
        _ = getloadavg(&load, 3)
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
            + "\(ProcessInfo.processInfo.physicalMemory >> 30) GiB, load average \(load.map { String(format: "%.2f", $0) }.joined(separator: " "))"
    }
}

/// Running other programs.
enum Tools {
    /// Wall seconds `program args` took (nil if it could not run or failed); output discarded.
    static func time(_ program: String, _ args: [String]) -> Double? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        var clock = Stopwatch()
        do { try p.run() } catch { return nil }
        p.waitUntilExit()
        let t = clock.lap()
        return p.terminationStatus == 0 ? t : nil
    }

    /// Standard output of `program args` (nil if it could not run or failed).
    static func output(_ program: String, _ args: [String], echo: Bool = false) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        var text = ""
        let h = pipe.fileHandleForReading
        while true {
            let d = h.availableData
            if d.isEmpty { break }
            let s = String(decoding: d, as: UTF8.self)
            if echo {
                print(s, terminator: "")
                fflush(stdout)
            }
            text += s
        }
        p.waitUntilExit()
        return p.terminationStatus == 0 ? text : nil
    }
}
