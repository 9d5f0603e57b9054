import Foundation

/// Finding and running an outside program (PSPP, pyxform, python3, LibreOffice) for tests
/// that check our files with an independent reader; such tests are skipped when the
/// program is not installed.
enum ExternalTool {
    /// The full path of `name` on `PATH`, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let p = String(dir) + "/" + name
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// Whether `python3` is installed and can import every module in `modules`.
    static func python(has modules: [String]) -> Bool {
        guard let py = find("python3") else { return false }
        let r = try? run(py, ["-c", modules.map { "import \($0)" }.joined(separator: "; ")])
        return r?.code == 0
    }

    /// Runs `tool` with `args` in `directory`; stdin is `input` when given.
    static func run(_ tool: String, _ args: [String], in directory: String? = nil, input: String? = nil) throws -> CLIResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        if let directory { p.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        let inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
        try? inp.fileHandleForWriting.close()
        // read both pipes concurrently so that neither fills up
        nonisolated(unsafe) var e = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            e = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return CLIResult(code: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}
