import Foundation
import ParSurveyCommands

/// The outcome of one command: exit code and captured output.
struct CLIResult {
    var code: Int32
    var stdout: String
    var stderr: String
}

/// Runs `par-survey` commands in-process or as the built binary.
enum CLIRunner {
    /// Runs a command in-process with captured output.
    static func run(_ args: [String]) -> CLIResult {
        let capture = CommandIO.Capture()
        let code = ParSurveyCommand.main(args, io: capture.io)
        return CLIResult(code: code, stdout: capture.stdout, stderr: capture.stderr)
    }

    /// The built binary beside the test bundle (`.build/debug/par-survey`).
    static var binary: String {
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [
            bundle.appendingPathComponent("par-survey").path,
            TestPaths.repo(".build/debug/par-survey"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }

    /// Runs the built binary as a separate process (through `launcher`, e.g. `taskset -c 0`,
    /// when given).
    static func runBinary(_ args: [String], launcher: [String] = []) throws -> CLIResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: launcher.first ?? binary)
        p.arguments = launcher.isEmpty ? args : Array(launcher.dropFirst()) + [binary] + args
        p.currentDirectoryURL = URL(fileURLWithPath: TestPaths.root)
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLIResult(code: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}
