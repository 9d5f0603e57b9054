import Foundation
import Testing
@testable import ParSurvey

/// Row accounting over the whole malformed corpus: every record read is accepted or
/// rejected (with a reject) per batch and in total, through the library and the CLI.
@Suite struct RowAccountingTests {
    typealias C = MalformedCorpus

    /// Every corpus batch that loads, with its `read, accepted, rejected` when loaded alone
    /// (counted by hand from the files; see MalformedCSVTests/MalformedJSONTests for the rows).
    static let loadable: [(name: String, counts: [Int])] = [
        ("quote-in-unquoted.csv", [4, 2, 2]),
        ("nul-byte.csv", [3, 2, 1]),
        ("invalid-utf8-label.csv", [3, 2, 1]),
        ("invalid-utf8-cr-only.csv", [4, 3, 1]),
        ("utf16le-bom.csv", [1, 1, 0]),
        ("utf16be-bom.csv", [1, 1, 0]),
        ("ragged-rows.csv", [3, 1, 2]),
        ("header-duplicated.csv", [3, 2, 1]),
        ("header-only.csv", [0, 0, 0]),
        ("cr-only.csv", [4, 3, 1]),
        ("answers.csv", [7, 2, 5]),
        ("duplicate-ids-1.csv", [3, 3, 0]),
        ("duplicate-ids-2.csv", [4, 3, 1]),  // alone: only T3's second row repeats an id
        ("nfc-nfd.csv", [3, 3, 0]),
        ("nested-10000.jsonl", [5, 2, 3]),
    ]

    /// Corpus batches that are file-level errors: nothing of them is read.
    static let failing = [
        "unterminated-quote.csv", "invalid-utf8-header.csv", "invalid-utf8-lines.csv", "utf16le-no-bom.csv",
        "empty.csv", "only-bom.csv",
    ]

    static func checkInvariants(_ l: BatchLoader) {
        for a in l.accounts { #expect(a.read == a.accepted + a.rejected, "\(a.file)") }
        #expect(l.table.rowCount == l.accounts.reduce(0) { $0 + $1.accepted })
        #expect(l.rejects.count == l.accounts.reduce(0) { $0 + $1.rejected })
        for q in l.table.answers { #expect(q.count == l.table.rowCount) }
        #expect(l.table.origins.count == l.table.rowCount && l.table.unit.count == l.table.rowCount)
    }

    @Test(arguments: loadable.map(\.name))
    func eachBatchAloneAddsUp(_ name: String) throws {
        let l = try C.load([C.path(name)])
        #expect(C.counts(l) == [Self.loadable.first { $0.name == name }!.counts])
        Self.checkInvariants(l)
    }

    @Test func weightsBatchAddsUp() throws {
        let l = try C.load([C.path("weights.csv")], weight: true)
        #expect(C.counts(l) == [[8, 2, 6]])
        Self.checkInvariants(l)
    }

    @Test func wholeCorpusInOneRunAddsUpAndFileErrorsLeaveNoTrace() throws {
        var l = C.loader()
        var failures = 0
        // Interleave failing files: a file-level error must not leave rows, rejects or accounts.
        for (i, entry) in Self.loadable.enumerated() {
            try l.load(path: C.path(entry.name))
            let bad = Self.failing[i % Self.failing.count]
            do { try l.load(path: C.path(bad)) } catch { failures += 1 }
        }
        #expect(failures == Self.loadable.count)
        #expect(l.accounts.map(\.file) == Self.loadable.map { C.path($0.name) })
        #expect(l.table.batches == Self.loadable.map { C.path($0.name) })
        // Reads do not depend on the other batches: 4+3+3+4+1+1+3+3+0+4+7+3+4+3+5 = 48.
        #expect(l.accounts.map(\.read) == Self.loadable.map { $0.counts[0] })
        #expect(l.accounts.reduce(0) { $0 + $1.read } == 48)
        Self.checkInvariants(l)
    }

    @Test func validateCommandReportsAccountingThatAddsUpPerBatchAndInTotal() throws {
        let files = Self.loadable.map { C.path($0.name) }
        let r = CLIRunner.run(
            [
                "validate", "--questionnaire", C.path("mini.json"), "--unit", "district",
                "--units", "Tây Sơn,An Lão", "--format", "json",
            ] + files)
        #expect(r.code == 0)
        let json = try JSONParser.parse(r.stdout)
        guard case let .array(components)? = json["components"], let accounting = components.first?["accounting"],
            case let .array(batches)? = accounting["batches"], let total = accounting["total"]
        else {
            Issue.record("no accounting in \(r.stdout.prefix(200))")
            return
        }
        func n(_ v: JSONValue?, _ k: String) -> Int { if case let .number(d, _)? = v?[k] { return Int(d) } else { return -1 } }
        #expect(batches.count == files.count)
        for b in batches { #expect(n(b, "read") == n(b, "accepted") + n(b, "rejected")) }
        for k in ["read", "accepted", "rejected"] { #expect(n(total, k) == batches.reduce(0) { $0 + n($1, k) }) }
        #expect(n(total, "read") == 48)
        guard case let .array(rejects)? = components.first?["rejects"] else {
            Issue.record("no rejects")
            return
        }
        #expect(rejects.count == n(total, "rejected"))
    }

    @Test func csvOutputPutsTheAccountingOnStandardError() {
        let files = ["answers.csv", "ragged-rows.csv"].map { C.path($0) }
        let r = CLIRunner.run(
            [
                "score", "--questionnaire", C.path("mini.json"), "--unit", "district",
                "--units", "Tây Sơn,An Lão", "--format", "csv", "--lang", "en",
            ] + files)
        #expect(r.code == 0)
        // answers.csv 7 = 2 + 5, ragged-rows.csv 3 = 1 + 2: 10 = 3 + 7.
        #expect(r.stderr.contains("Rows: read 10 = accepted 3 + rejected 7\n"))
        #expect(!r.stdout.contains("Rows:"))
    }

    @Test func exportSPSSReportsTheAccountingOnStandardError() {
        let files = ["answers.csv", "ragged-rows.csv"].map { C.path($0) }
        let r = CLIRunner.run(
            [
                "export-spss", "--questionnaire", C.path("mini.json"), "--unit", "district",
                "--output-dir", TestPaths.temporaryFolder(), "--lang", "en",
            ] + files)
        #expect(r.code == 0)
        #expect(r.stderr.contains("Rows: read 10 = accepted 3 + rejected 7\n"))
    }

    @Test func runTableShowsEveryBatchOfTheSample() {
        let r = CLIRunner.run(["run", TestPaths.sample, "--lang", "en"])
        #expect(r.code == 0)
        // 11 citizen batches and 1 leaders' batch, plus one Total line per component.
        let batchLines = r.stdout.split(separator: "\n").filter { $0.contains("/citizens/") || $0.contains("/leaders/") }
        #expect(batchLines.count == 12)
        #expect(r.stdout.split(separator: "\n").filter { $0.hasPrefix("Total ") }.count == 2)
    }
}
