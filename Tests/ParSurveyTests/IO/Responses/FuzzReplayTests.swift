import Foundation
import Testing

@testable import ParSurvey

/// Replays the fuzz seed corpus (`Fuzz/corpus/<target>`) and every recorded finding
/// (`Fixtures/fuzz-regressions/<target>`) through the readers the fuzz targets call. Each
/// input has a documented outcome below, asserted without `try?`: it loads with exactly these
/// accounts (read = accepted + rejected, the rows in the table, columns aligned), or it fails
/// with a `BatchError` of this kind. An input with no documented outcome fails the test, so a
/// new finding cannot be replayed without someone saying what it must do.
@Suite struct FuzzReplayTests {
    /// What reading an input must give.
    enum Outcome: Equatable, CustomStringConvertible {
        /// Loads: rows read, accepted, rejected (the first batch; the same bytes again as a
        /// second batch read the same rows and reject them all: every id is taken).
        case accounts(read: Int, accepted: Int, rejected: Int)
        /// The whole file is refused with a `BatchError` of this kind (nothing of it kept).
        case fails(String)

        var description: String {
            switch self {
            case let .accounts(r, a, j): return "read \(r) = accepted \(a) + rejected \(j)"
            case let .fails(kind): return "fails: \(kind)"
            }
        }
    }

    /// The case name of a `BatchError` (`unterminatedQuote`, `header`, `encoding`, …).
    static func kind(_ e: BatchError) -> String {
        switch e {
        case .unreadable: return "unreadable"
        case .empty: return "empty"
        case .utf16: return "utf16"
        case .unterminatedQuote: return "unterminatedQuote"
        case .header: return "header"
        case .unsupportedFormat: return "unsupportedFormat"
        case .workbook: return "workbook"
        case .encoding: return "encoding"
        case .noApprovalColumn: return "noApprovalColumn"
        case .limitExceeded: return "limitExceeded"
        }
    }

    /// CSV inputs with the SIPAS questionnaire, id and unit = district, valid units Tây Sơn and
    /// An Lão. Counts by hand from the files (records as Python's csv module splits them;
    /// SIPAS codes 1–5 and 9, or an option's label; a blank answer is missing, not wrong).
    static let csv: [String: Outcome] = [
        // 1 record, answers the label "Hài lòng" (code 4) in decomposed Unicode, unit Tây Sơn.
        "nfd-labels.csv": .accounts(read: 1, accepted: 1, rejected: 0),
        // 6 records: a quoted id with doubled quotes and a commune with a line break inside
        // quotes are fine (2); TS-0101 has 'IV' and '-1' as answers; the second TS-0002 has 28
        // fields; TS-0102 has 2: 3 accepted, 3 rejected.
        "quotes-and-bad-answers.csv": .accounts(read: 6, accepted: 3, rejected: 3),
        // The same 8 valid rows with LF, CRLF + BOM, ';' and TAB + CR.
        "sample-lf.csv": .accounts(read: 8, accepted: 8, rejected: 0),
        "sample-crlf-bom.csv": .accounts(read: 8, accepted: 8, rejected: 0),
        "sample-semicolon.csv": .accounts(read: 8, accepted: 8, rejected: 0),
        "sample-tab-cr.csv": .accounts(read: 8, accepted: 8, rejected: 0),
        // The third line opens a quote ("TS-9,…) that never closes.
        "unterminated.csv": .fails("unterminatedQuote"),
        // 8 rows with a weight column; TS-0002's weight is written 2,25 unquoted: 29 fields.
        "weights.csv": .accounts(read: 8, accepted: 7, rejected: 1),
        // The CSV fuzz finding (= /work/shared/fuzz-findings/csv-windows-differ.bin, 771
        // bytes), split on ';' (Python's csv module over the bytes as Latin-1): a header of 27
        // fields, then 6 records of 3, 10, 29, 3, 1 and 1 fields: all rejected.
        "windows-differ-long-record.csv": .accounts(read: 6, accepted: 0, rejected: 6),
        // Its minimised form: the header, then `""` + 60 × x: one record of one field.
        "windows-differ-minimised.csv": .accounts(read: 1, accepted: 0, rejected: 1),
    ]

    /// JSON Lines inputs with the leaders' questionnaire (17 questions, codes A–E), id, unit
    /// and group keys, no list of valid units.
    static let jsonl: [String: Outcome] = [
        // One line of 600 nested arrays: the first line must be an object (it names the columns).
        "deep.jsonl": .fails("header"),
        // 5 complete lines.
        "leaders.jsonl": .accounts(read: 5, accepted: 5, rejected: 0),
        // 7 lines, one blank (not a row): L-QN-002 is fine; the next has 4 and [1] as answers;
        // [1,2] is no object; {"id": is cut off; L-QN-002 again is a duplicate; L2 has no
        // answers and an unknown key: 6 read, 1 accepted, 5 rejected.
        "mixed.jsonl": .accounts(read: 6, accepted: 1, rejected: 5),
    ]

    /// XLSX inputs (a bare worksheet is wrapped in a workbook as the fuzz target does) with
    /// SIPAS, id and unit = district.
    static let xlsx: [String: Outcome] = [
        // Its sheet's header is the one cell 'id': no district column.
        "bad-xml.xlsx": .fails("header"),
        // Cell-type and date fixtures whose header has no id column.
        "cells.xlsx": .fails("header"),
        "date1904.xlsx": .fails("header"),
        // X-2 is fine; X-3's q2 is a formula (4+1) without a cached value, which the reader
        // refuses to guess; X-4 answers 7.
        "formula-batch.xlsx": .accounts(read: 3, accepted: 1, rejected: 2),
        // 5 rows (prefixed x: namespace), all valid.
        "sheet-6-rows.xml": .accounts(read: 5, accepted: 5, rejected: 0),
        // Cell A9 is a shared string (t="s") number 3, and the workbook it is wrapped in has no
        // shared strings: not a readable workbook.
        "sheet-cell-types.xml": .fails("workbook"),
    ]

    static func inputs(_ target: String) -> [String] {
        [TestPaths.repo("Fuzz/corpus/\(target)"), TestPaths.fixture("fuzz-regressions/\(target)")].flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") && $0 != "README.md" }
                .sorted().map { dir + "/" + $0 }
        }
    }

    static let sipas = try! Questionnaire.load(path: TestPaths.repo("Questionnaires/sipas-citizen.json"))
    static let leaders = try! Questionnaire.load(path: TestPaths.repo("Questionnaires/leaders.json"))

    static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }
    static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    static func check(_ l: BatchLoader, _ input: String) {
        for a in l.accounts { #expect(a.read == a.accepted + a.rejected && a.excluded == 0, "\(input)") }
        #expect(l.table.rowCount == l.accounts.reduce(0) { $0 + $1.accepted }, "\(input)")
        #expect(l.rejects.count == l.accounts.reduce(0) { $0 + $1.rejected }, "\(input)")
        for q in l.table.answers { #expect(q.count == l.table.rowCount, "\(input)") }
        for (_, v) in l.table.variables { #expect(v.count == l.table.rowCount, "\(input)") }
        if let w = l.table.designWeights { #expect(w.count == l.table.rowCount && w.allSatisfy { $0.isFinite && $0 > 0 }, "\(input)") }
    }

    /// Loads `bytes` twice (batches a and b) with `load`, and checks both outcomes against
    /// `expected` and the accounting invariants.
    static func replay(
        _ input: String, expected: Outcome?, loader: BatchLoader,
        _ load: (inout BatchLoader, String) throws(BatchError) -> Void
    ) {
        guard let expected else {
            Issue.record("\(input): no documented outcome; add one to FuzzReplayTests")
            return
        }
        var l = loader
        var outcomes: [Outcome] = []
        for file in ["a", "b"] {
            do {
                try load(&l, file)
                let a = l.accounts[l.accounts.count - 1]
                outcomes.append(.accounts(read: a.read, accepted: a.accepted, rejected: a.rejected))
            } catch {
                outcomes.append(.fails(kind(error)))
            }
        }
        #expect(outcomes[0] == expected, "\(input)")
        let second: Outcome
        if case let .accounts(read, _, _) = expected {
            second = .accounts(read: read, accepted: 0, rejected: read)
        } else {
            second = expected
        }
        #expect(outcomes[1] == second, "\(input): the same bytes again")
        check(l, input)
        if case .fails = expected {
            #expect(l.table.rowCount == 0 && l.rejects.isEmpty, "\(input): nothing of a refused file is kept \(l.accounts)")
        }
    }

    @Test func everyInputHasADocumentedOutcome() {
        for (target, table) in [("csv", Self.csv), ("jsonl", Self.jsonl), ("xlsx", Self.xlsx)] {
            let names = Set(Self.inputs(target).map(Self.name))
            #expect(names == Set(table.keys), "\(target)")
        }
        // The CSV fuzz finding is replayed as found.
        #expect(Self.inputs("csv").contains { Self.name($0) == "windows-differ-long-record.csv" })
    }

    @Test func csvSeedsAndRegressions() {
        for f in Self.inputs("csv") {
            let b = Self.bytes(f)
            let loader = BatchLoader(
                questionnaire: Self.sipas, mapping: ColumnMapping(id: "id", unit: "district"), units: ["Tây Sơn", "An Lão"])
            Self.replay(f, expected: Self.csv[Self.name(f)], loader: loader) { l, file throws(BatchError) in
                try l.loadCSV(bytes: b, file: file + ".csv")
            }
        }
    }

    /// The fuzz target's differential on every CSV input: under small limits, windows of 7
    /// bytes on 2 workers give exactly what one window on one thread gives.
    @Test func csvWindowsGiveWhatOneWindowGives() {
        for f in Self.inputs("csv") {
            let b = Self.bytes(f)
            var texts: [String] = []
            for tuning in [BatchLoader.Tuning.sequential, BatchLoader.Tuning(chunkSize: 7, workers: 2, minParallelBytes: 0)] {
                var l = BatchLoader(
                    questionnaire: Self.sipas, mapping: ColumnMapping(id: "id", unit: "district"), units: ["Tây Sơn", "An Lão"])
                l.limits = ReaderLimits(maxFieldBytes: 16, maxRecordBytes: 48)
                l.tuning = tuning
                do {
                    try l.loadCSV(bytes: b, file: "a.csv")
                    texts.append(
                        "ids \(l.table.ids) lines \(l.table.origins.map(\.line)) rejects \(l.rejects.map(\.message)) "
                            + l.accounts.map { "\($0.read)/\($0.accepted)/\($0.rejected)" }.joined(separator: ","))
                } catch {
                    texts.append("error \(error)")
                }
                Self.check(l, f)
            }
            #expect(texts[0] == texts[1], "\(f)")
        }
    }

    @Test func jsonLinesSeedsAndRegressions() {
        for f in Self.inputs("jsonl") {
            let b = Self.bytes(f)
            let loader = BatchLoader(questionnaire: Self.leaders, mapping: ColumnMapping(id: "id", unit: "unit", group: "group"))
            Self.replay(f, expected: Self.jsonl[Self.name(f)], loader: loader) { l, file throws(BatchError) in
                try l.loadJSONLines(bytes: b, file: file + ".jsonl")
            }
        }
    }

    @Test func xlsxSeedsAndRegressions() throws {
        let skeleton = try ZipArchive(bytes: Self.bytes(TestPaths.fixture("formats/mixed-run/citizens/tay-son.xlsx")))
        for f in Self.inputs("xlsx") {
            var b = Self.bytes(f)
            if !b.starts(with: [0x50, 0x4B]) {  // a worksheet: wrap it as the fuzz target does
                var zip = ZipWriter()
                for e in skeleton.entries where e.name != "xl/worksheets/sheet1.xml" { zip.add(e.name, try skeleton.data(e)) }
                zip.add("xl/worksheets/sheet1.xml", b)
                b = zip.finish()
            }
            let loader = BatchLoader(
                questionnaire: Self.sipas, mapping: ColumnMapping(id: "id", unit: "district"), units: ["Tây Sơn", "An Lão"])
            Self.replay(f, expected: Self.xlsx[Self.name(f)], loader: loader) { l, file throws(BatchError) in
                try l.loadWorkbook(bytes: b, file: file + ".xlsx", sheet: nil)
            }
        }
    }

    /// The questionnaire seeds are the shipped questionnaires and a small one: each parses,
    /// with its number of questions (counted in the JSON: SIPAS q1–q22, leaders 2+2+3+2+3+2+3).
    @Test func questionnaireSeeds() throws {
        let expected = ["leaders.json": 17, "sipas-citizen.json": 22, "small.json": 2]
        let files = Self.inputs("questionnaire")
        #expect(Set(files.map(Self.name)) == Set(expected.keys))
        for f in files {
            let q = try Questionnaire.parse(Self.bytes(f), file: f)
            #expect(q.questions.count == expected[Self.name(f)], "\(f)")
            _ = q.scales.map(\.acceptedList)
        }
    }

    /// The weighting-plan seeds are the tiny case's own plans (byte for byte): each parses and
    /// applies, every weight positive and finite, except rake_cross, which R leaves 48 % off
    /// its margins after 46 sweeps and we refuse (`WeightingReferenceTests`).
    @Test func weightingPlanSeeds() throws {
        let files = Self.inputs("weighting-plan")
        #expect(files.count == 13)
        let tiny = TestPaths.fixture("weighting/cases/tiny")
        let mapping = ColumnMapping(id: "id", unit: "district", group: "rtype", weight: "weight")
        let q = try Questionnaire.load(path: TestPaths.fixture("weighting/questionnaire.json"))
        let table = try LoadedResponses.load(questionnaire: q, batches: [tiny + "/responses.csv"], mapping: mapping).table
        for f in files {
            let plan = try WeightingPlan.parse(JSONParser.parse(Self.bytes(f)), path: "plan.json", folder: tiny + "/plans")
            if Self.name(f) == "rake_cross.json" {
                #expect(throws: WeightingError.self) { try WeightingEngine.apply(plan, to: table, columns: mapping) }
                do { _ = try WeightingEngine.apply(plan, to: table, columns: mapping) } catch {
                    guard case .notConverged = error else {
                        Issue.record("\(f): \(error)")
                        continue
                    }
                }
                continue
            }
            let r = try WeightingEngine.apply(plan, to: table, columns: mapping)
            #expect(r.weighted.weights.count == table.rowCount && r.weighted.weights.allSatisfy { $0.isFinite && $0 > 0 }, "\(f)")
        }
    }
}
