import Foundation

/// The built `par-survey` binary started as a process with its own environment, for tests
/// that signal it or feed it through FIFOs.
final class BinaryProcess: @unchecked Sendable {
    let process = Process()
    private let out = Pipe(), err = Pipe()
    private var outData = Data(), errData = Data()
    private let group = DispatchGroup()

    /// Starts `par-survey args` with `environment` added to this process's environment.
    init(_ args: [String], environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: TestPaths.root)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = out
        process.standardError = err
        try process.run()
        for (pipe, isOut) in [(out, true), (err, false)] {
            group.enter()
            DispatchQueue.global().async {
                let d = pipe.fileHandleForReading.readDataToEndOfFile()
                if isOut { self.outData = d } else { self.errData = d }
                self.group.leave()
            }
        }
    }

    /// Waits for the end (at most `timeout` seconds; then the process is killed and the
    /// result says so with code -1).
    func wait(timeout: Double = 60) -> CLIResult {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        var timedOut = false
        if process.isRunning {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        group.wait()
        return CLIResult(
            code: timedOut ? -1 : process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs to the end.
    static func run(_ args: [String], environment: [String: String] = [:], timeout: Double = 60) throws -> CLIResult {
        try BinaryProcess(args, environment: environment).wait(timeout: timeout)
    }
}

/// A temporary copy of the Bình Định sample (and the questionnaires it names).
enum SampleCopy {
    static func make() throws -> String {
        let root = TestPaths.temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/Samples", withIntermediateDirectories: true)
        try fm.copyItem(atPath: TestPaths.sample, toPath: root + "/Samples/binh-dinh-2021")
        try fm.copyItem(atPath: TestPaths.repo("Questionnaires"), toPath: root + "/Questionnaires")
        return root + "/Samples/binh-dinh-2021"
    }
}
