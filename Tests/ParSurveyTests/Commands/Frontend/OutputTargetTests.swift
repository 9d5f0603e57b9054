import Foundation
import Testing
@testable import ParSurvey

/// Issue 17, items 1, 2 (special files) and 9: no output over any input of the run, nor
/// over another output; devices and FIFOs written through; temporary files cleaned up.
/// Every case runs the built binary.
@Suite(.serialized) struct OutputTargetTests {
    typealias C = MalformedCorpus

    static func bytes(_ p: String) -> Data? { FileManager.default.contents(atPath: p) }

    @Test func runNeverWritesOverThePlanOrTheTargetsItNames() throws {
        let folder = try SampleCopy.make()
        for target in ["weighting/citizens.json", "populations/communes.csv", "weighting/../populations/./gender-age.csv"] {
            let path = folder + "/" + target
            let before = Self.bytes(path)
            for command in [
                ["run", folder, "--format", "csv"], ["score", folder, "--component", "satisfaction"],
                ["weight", folder, "--component", "satisfaction"],
            ] {
                let r = try CLIRunner.runBinary(["--lang", "en"] + command + ["--output", path])
                #expect(r.code == 64, "\(command[0]) \(target)")
                #expect(r.stderr.contains("\(path): refusing to write the output over an input file"))
                #expect(Self.bytes(path) == before)
            }
        }
        // through a symbolic link to the plan, and through a hard link to a targets file
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/plan-link.json", withDestinationPath: folder + "/weighting/citizens.json")
        try FileManager.default.linkItem(atPath: folder + "/populations/communes.csv", toPath: folder + "/hard.csv")
        for p in [folder + "/plan-link.json", folder + "/hard.csv"] {
            #expect(try CLIRunner.runBinary(["--lang", "en"] + ["run", folder, "--format", "csv", "--output", p]).code == 64)
        }
    }

    @Test func outputAndRejectsNamingOneFileIsRefusedBeforeAnythingIsWritten() throws {
        let dir = TestPaths.temporaryFolder()
        let r = try CLIRunner.runBinary(
            ["--lang", "en"] + [
                "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", C.path("answers.csv"),
                "--output", dir + "/x.csv", "--rejects", dir + "/./x.csv",
            ])
        #expect(r.code == 64)
        #expect(r.stderr.hasPrefix("par-survey validate: --output and --rejects name the same file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func aCharacterDeviceIsWrittenThroughNotReplaced() throws {
        guard geteuid() == 0 else { return }  // mknod needs root
        let dir = TestPaths.temporaryFolder()
        let node = dir + "/null"
        #expect(mknod(node, S_IFCHR | 0o666, dev_t(0x103)) == 0)
        let r = try CLIRunner.runBinary([
            "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", C.path("answers.csv"),
            "--output", node, "--rejects", node,
        ])
        #expect(r.code == 0, "\(r.stderr)")
        let id = try #require(FileIdentity.of(node))
        #expect(id.isCharacterDevice)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["null"])
        // /dev/null itself stays a device
        #expect(
            try CLIRunner.runBinary([
                "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", C.path("answers.csv"),
                "--output", "/dev/null",
            ]).code == 0)
        #expect(FileIdentity.of("/dev/null")?.isCharacterDevice == true)
    }

    @Test func aBlockDeviceOrSocketIsRefused() throws {
        guard geteuid() == 0 else { return }
        let dir = TestPaths.temporaryFolder()
        let node = dir + "/block"
        #expect(mknod(node, S_IFBLK | 0o600, dev_t(0x7c8)) == 0)
        let r = try CLIRunner.runBinary(
            ["--lang", "en"] + [
                "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", C.path("answers.csv"),
                "--output", node,
            ])
        #expect(r.code == 73)
        #expect(r.stderr.contains("\(node): cannot write output: is a block device; refusing to write to it"))
        #expect(FileIdentity.of(node)?.typeName == "block device")
    }

    @Test func aFIFOIsWrittenThroughToItsReader() throws {
        let dir = TestPaths.temporaryFolder()
        let fifo = dir + "/out.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader thread opens the FIFO (blocking until the writer comes) and reads it all.
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let h = FileHandle(forReadingAtPath: fifo)
            received = h?.readDataToEndOfFile() ?? Data()
            done.signal()
        }
        let r = try BinaryProcess.run(
            [
                "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", "--format", "json",
                C.path("answers.csv"), "--output", fifo,
            ], timeout: 30)
        #expect(r.code == 0, "\(r.stderr)")
        #expect(done.wait(timeout: .now() + 30) == .success)
        let text = String(decoding: received, as: UTF8.self)
        #expect(text.hasPrefix("{") && text.contains("\"accounting\""))
        #expect(FileIdentity.of(fifo)?.isFIFO == true)
        // No reader: an error at once (exit 73), not a process waiting for ever.
        let lonely = try BinaryProcess.run(
            [
                "validate", "--questionnaire", C.path("mini.json"), "--unit", "district",
                C.path("answers.csv"), "--output", fifo,
            ], timeout: 30)
        #expect(lonely.code == 73)
        #expect(lonely.stderr.contains("không có tiến trình nào đọc FIFO này"))  // "no process is reading the FIFO" in English
    }

    @Test func processSubstitutionOutputWorks() throws {
        // `--output >(gzip -c > out.gz)`: the path is /dev/fd/N, a pipe, written through.
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash"), FileManager.default.isExecutableFile(atPath: "/bin/gzip") else {
            return
        }
        let dir = TestPaths.temporaryFolder()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [
            "-c",
            "'\(CLIRunner.binary)' validate --questionnaire '\(C.path("mini.json"))' --unit district --format csv "
                + "'\(C.path("answers.csv"))' --output >(gzip -c > '\(dir)/out.csv.gz'); rc=$?; wait $!; exit $rc",
        ]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        unzip.arguments = ["-dc", dir + "/out.csv.gz"]
        let out = Pipe()
        unzip.standardOutput = out
        try unzip.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        let direct = try CLIRunner.runBinary([
            "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", "--format", "csv",
            C.path("answers.csv"),
        ])
        #expect(!text.isEmpty && text == direct.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.csv.gz"])
    }

    @Test func aFIFOBatchIsReadAsAStreamAndASilentOneTimesOut() throws {
        let dir = TestPaths.temporaryFolder()
        let fifo = dir + "/b.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let csv = "id,district,q1,q2,q3\nF1,Tây Sơn,4,5,4\nF2,An Lão,1,2,9\nF3,Nowhere,4,4,4\n"
        Thread.detachNewThread {
            let h = FileHandle(forWritingAtPath: fifo)  // blocks until the tool opens it
            h?.write(Data(csv.utf8))
            try? h?.close()
        }
        let r = try BinaryProcess.run(
            [
                "validate", "--questionnaire", C.path("mini.json"), "--unit", "district",
                "--units", "Tây Sơn,An Lão", fifo,
            ], environment: ["COLUMNS": "200"], timeout: 30)  // wide enough that the reject line is not wrapped
        #expect(r.code == 0, "\(r.stderr)")
        // three rows read: two accepted, F3's unknown unit rejected (line 4 of the stream)
        #expect(r.stdout.contains("\(fifo)    3     2     1\n"), "\(r.stdout)")
        #expect(r.stdout.contains("\(fifo):4:2: đơn vị không có trong danh sách đơn vị"))  // --lang vi, the default
        // Nobody writes: the read gives up after PAR_SURVEY_STREAM_TIMEOUT seconds.
        let start = Date()
        let silent = try BinaryProcess.run(
            ["validate", "--questionnaire", C.path("mini.json"), "--unit", "district", fifo],
            environment: ["PAR_SURVEY_STREAM_TIMEOUT": "1"], timeout: 30)
        #expect(silent.code != 0 && silent.code != -1)
        #expect(
            silent.stderr.contains("\(fifo)")
                && silent.stderr.contains("không có dữ liệu nào được ghi vào FIFO hoặc ống dẫn trong vòng 1 giây"))
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test func aDeviceAsABatchIsRefused() throws {
        let r = try BinaryProcess.run(["validate", "--questionnaire", C.path("mini.json"), "--unit", "district", "/dev/zero"], timeout: 30)
        #expect(r.code == 66)
        #expect(r.stderr.contains("/dev/zero") && r.stderr.contains("đây là một thiết bị ký tự, không phải một tệp"))
    }

    @Test func sigtermWhileTheTemporaryFileExistsLeavesNoTemporaryFile() throws {
        let dir = TestPaths.temporaryFolder()
        let out = dir + "/out.csv"
        let p = try BinaryProcess(
            [
                "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", C.path("answers.csv"),
                "--output", out,
            ], environment: ["PAR_SURVEY_HOLD_TEMP_SECONDS": "20"])
        // wait for the temporary file to appear
        var temp: [String] = []
        let deadline = Date().addingTimeInterval(20)
        while temp.isEmpty && Date() < deadline {
            temp = (try? FileManager.default.contentsOfDirectory(atPath: dir))?.filter { $0.hasPrefix(TemporaryFiles.prefix) } ?? []
            usleep(10_000)
        }
        #expect(temp.count == 1)
        #expect(temp.first?.hasPrefix("\(TemporaryFiles.prefix)\(p.process.processIdentifier)-") == true)
        kill(p.process.processIdentifier, SIGTERM)
        _ = p.wait(timeout: 20)
        #expect(p.process.terminationReason == .uncaughtSignal)
        #expect(p.process.terminationStatus == SIGTERM)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func aStaleTemporaryFileOfADeadProcessIsRemovedByTheNextRun() throws {
        let dir = TestPaths.temporaryFolder()
        // a process that has ended: its pid names no process now
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let stale = "\(TemporaryFiles.prefix)\(gone.processIdentifier)-abc-out.csv"
        let alive = "\(TemporaryFiles.prefix)\(getpid())-abc-out.csv"  // this test process: alive, kept
        let unrelated = ".out.csv.123.tmp"
        for n in [stale, alive, unrelated] { _ = FileManager.default.createFile(atPath: dir + "/" + n, contents: Data("x".utf8)) }
        let r = try CLIRunner.runBinary([
            "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", C.path("answers.csv"),
            "--output", dir + "/out.csv",
        ])
        #expect(r.code == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [alive, unrelated, "out.csv"].sorted())
    }
}
