import Foundation
import Testing

/// Every file that decides a point, a name or a row's validity is listed with its hash: the
/// scheme (maxima, criteria, grades), the unit register (official names, validity by year) and
/// the crosswalk (last year's units mapped onto this year's), besides the manifest, batches,
/// plans, self-assessment and previous year. Sizes and hashes come from coreutils' `sha256sum`
/// and the file system, not from the tool's own SHA-256.
@Suite struct ProvenanceFilesTests {
    static func sha256sum(_ path: String) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    }

    @Test func schemeRegisterAndCrosswalkAreHashed() throws {
        let folder = TestPaths.repo("Samples/gia-lai-2025")
        let r = try CLIRunner.runBinary(["report", folder, "--format", "markdown", "--lang", "en", "--quiet"])
        #expect(r.code == 0, "\(r.stderr)")
        let vi = try CLIRunner.runBinary(["report", folder, "--format", "markdown", "--quiet"])
        #expect(vi.stdout.contains("| Bộ tiêu chí chấm điểm | scheme.json |") && vi.stdout.contains("| Danh mục đơn vị | register.csv |"))
        for (role, file) in [("Index scheme", "scheme.json"), ("Unit register", "register.csv"), ("Unit crosswalk", "crosswalk.csv")] {
            let path = folder + "/" + file
            guard let hash = try Self.sha256sum(path) else { return }
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
            #expect(r.stdout.contains("| \(role) | \(file) | \(size) | \(hash) |"), "\(role)")
        }
    }
}
