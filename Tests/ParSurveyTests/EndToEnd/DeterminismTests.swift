import Foundation
import Testing
@testable import ParSurvey

/// Same inputs → the same bytes out: across runs, across how the rows are split into
/// batches, across line endings, and across the cores the work runs on (the reader's and the
/// estimate's tasks have bounds that do not depend on the core count; window sizes and
/// worker counts are in `ChunkedReadingTests`).
@Suite struct DeterminismTests {
    static let units = "Quy Nhơn,An Nhơn,Hoài Nhơn,An Lão,Hoài Ân,Phù Mỹ,Phù Cát,Tây Sơn,Tuy Phước,Vân Canh,Vĩnh Thạnh"
    static let order = [
        "quy-nhon", "an-nhon", "hoai-nhon", "an-lao", "hoai-an", "phu-my", "phu-cat", "tay-son",
        "tuy-phuoc", "van-canh", "vinh-thanh",
    ]

    /// The header and data lines of the sample's citizen batches, in manifest order.
    static func sampleLines() throws -> (header: String, rows: [String]) {
        var header = ""
        var rows: [String] = []
        for name in order {
            let text = try String(contentsOfFile: TestPaths.sample + "/citizens/\(name).csv", encoding: .utf8)
            // The samples vary on purpose: one is BOM + CRLF, one uses `;` (and has no `,` or quotes).
            var lines = text.split(whereSeparator: \.isNewline).map(String.init)
            if lines[0].hasPrefix("\u{FEFF}") { lines[0].removeFirst() }
            if lines[0].contains(";") { lines = lines.map { $0.replacingOccurrences(of: ";", with: ",") } }
            header = lines.removeFirst()
            rows += lines
        }
        return (header, rows)
    }

    /// Writes the rows as batches of `size` rows (each with the header) and returns their paths.
    static func split(size: Int, lineEnd: String) throws -> [String] {
        let (header, rows) = try sampleLines()
        let dir = TestPaths.temporaryFolder()
        return stride(from: 0, to: rows.count, by: size).enumerated().map { i, start in
            let chunk = rows[start..<min(start + size, rows.count)]
            let p = dir + "/part-\(i).csv"
            _ = FileManager.default.createFile(atPath: p, contents: Data(([header] + chunk).map { $0 + lineEnd }.joined().utf8))
            return p
        }
    }

    static func score(_ batches: [String], format: String) -> CLIResult {
        CLIRunner.run(
            [
                "score", "--questionnaire", TestPaths.repo("Questionnaires/sipas-citizen.json"), "--unit", "district",
                "--units", units, "--format", format,
            ] + batches)
    }

    @Test(arguments: ["json", "csv", "markdown", "table"])
    func sameCommandTwiceGivesTheSameBytes(_ format: String) throws {
        let a = try CLIRunner.runBinary(["run", "Samples/binh-dinh-2021", "--format", format])
        let b = try CLIRunner.runBinary(["run", "Samples/binh-dinh-2021", "--format", format])
        #expect(a.code == 0)
        #expect(a.stdout.utf8.elementsEqual(b.stdout.utf8))
        #expect(a.stdout.count > 500)
    }

    /// 42,000 rows (the sample's citizens 14 times, ids made unique): the reader parses
    /// stretches on two threads, and the estimate sums rows in three segments and each
    /// question on its own task. Pinned to one core with `taskset -c 0` the same threads run
    /// one at a time and finish in another order; the JSON is the same bytes. (Combining the
    /// tasks' results in the order they finish would very likely show here.)
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset")))
    func oneCoreOrAllGiveTheSameBytes() throws {
        let (header, rows) = try Self.sampleLines()
        var lines = [header]
        for copy in 0..<14 {
            for row in rows {
                let comma = row.firstIndex(of: ",")!
                lines.append(row[..<comma] + "-\(copy)" + row[comma...])
            }
        }
        let p = TestPaths.temporaryFolder() + "/many.csv"
        _ = FileManager.default.createFile(atPath: p, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        let args = [
            "score", "--questionnaire", "Questionnaires/sipas-citizen.json", "--unit", "district", "--by", "commune",
            "--format", "json", p,
        ]
        let all = try CLIRunner.runBinary(args)
        let one = try CLIRunner.runBinary(args, launcher: ["/usr/bin/taskset", "-c", "0"])
        #expect(all.code == 0 && one.code == 0, "\(all.stderr) \(one.stderr)")
        #expect(all.stdout.contains("\"respondents\": \(rows.count * 14)"))
        #expect(all.stdout.utf8.elementsEqual(one.stdout.utf8))
    }

    @Test func batchSplitAndLineEndingsDoNotChangeTheScores() throws {
        let originals = Self.order.map { TestPaths.sample + "/citizens/\($0).csv" }
        let reference = Self.score(originals, format: "csv")
        #expect(reference.code == 0)
        // 3,393 rows (the sample's accounting): one batch, batches of 1,000 and of 7, LF and CRLF.
        for (size, lineEnd) in [(10_000, "\n"), (1000, "\r\n"), (7, "\n"), (3393, "\r\n")] {
            let parts = try Self.split(size: size, lineEnd: lineEnd)
            #expect(parts.count == (3393 + size - 1) / size)
            let r = Self.score(parts, format: "csv")
            #expect(r.code == 0)
            #expect(r.stdout.utf8.elementsEqual(reference.stdout.utf8), "size \(size)")
            #expect(r.stderr.contains("Phiếu: đọc 3.393 = nhận 3.393 + loại 0\n"), "\(r.stderr.prefix(600))")
        }
    }

    @Test func jsonScoresAgreeAcrossSplitsExceptForFileNames() throws {
        let one = Self.score(try Self.split(size: 10_000, lineEnd: "\n"), format: "json")
        let many = Self.score(try Self.split(size: 500, lineEnd: "\r\n"), format: "json")
        func withoutAccounting(_ s: String) throws -> JSONValue {
            guard case let .object(pairs) = try JSONParser.parse(s) else { return .null }
            return .object(pairs.filter { $0.key != "accounting" })
        }
        #expect(try withoutAccounting(one.stdout) == withoutAccounting(many.stdout))
    }
}
