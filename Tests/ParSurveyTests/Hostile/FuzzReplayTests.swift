import Foundation
import Testing
@testable import ParSurvey

/// Replays the fuzz seed corpus (`Fuzz/corpus/<target>`) and every recorded crash
/// (`Fixtures/fuzz-regressions/<target>`) through the readers the fuzz targets call, with the
/// same invariants (accounts add up, columns stay aligned, weights positive and finite), so a
/// crash found by fuzzing stays a regression test in the ordinary `swift test`.
@Suite struct FuzzReplayTests {
    static func inputs(_ target: String) -> [String] {
        [TestPaths.repo("Fuzz/corpus/\(target)"), TestPaths.fixture("fuzz-regressions/\(target)")].flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") && $0 != "README.md" }
                .sorted().map { dir + "/" + $0 }
        }
    }

    static let sipas = try! Questionnaire.load(path: TestPaths.repo("Questionnaires/sipas-citizen.json"))
    static let leaders = try! Questionnaire.load(path: TestPaths.repo("Questionnaires/leaders.json"))

    static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

    static func check(_ l: BatchLoader, _ input: String) {
        for a in l.accounts { #expect(a.read == a.accepted + a.rejected, "\(input)") }
        #expect(l.table.rowCount == l.accounts.reduce(0) { $0 + $1.accepted }, "\(input)")
        #expect(l.rejects.count == l.accounts.reduce(0) { $0 + $1.rejected }, "\(input)")
        for q in l.table.answers { #expect(q.count == l.table.rowCount, "\(input)") }
        for (_, v) in l.table.variables { #expect(v.count == l.table.rowCount, "\(input)") }
        if let w = l.table.designWeights { #expect(w.count == l.table.rowCount && w.allSatisfy { $0.isFinite && $0 > 0 }, "\(input)") }
    }

    @Test func csvSeedsAndRegressions() {
        let files = Self.inputs("csv")
        #expect(files.count >= 8)
        for f in files {
            let b = Self.bytes(f)
            for m in [ColumnMapping(id: "id", unit: "district"), ColumnMapping(id: "id", unit: "district", group: "gender", weight: "weight")] {
                var l = BatchLoader(questionnaire: Self.sipas, mapping: m, units: ["Tây Sơn", "An Lão"])
                _ = try? l.loadCSV(bytes: b, file: "a.csv")
                _ = try? l.loadCSV(bytes: b, file: "b.csv")
                Self.check(l, f)
            }
        }
    }

    @Test func jsonLinesSeedsAndRegressions() {
        let files = Self.inputs("jsonl")
        #expect(files.count >= 3)
        for f in files {
            let b = Self.bytes(f)
            _ = try? JSONParser.parse(b)
            var l = BatchLoader(questionnaire: Self.leaders, mapping: ColumnMapping(id: "id", unit: "unit", group: "group"))
            _ = try? l.loadJSONLines(bytes: b, file: "a.jsonl")
            _ = try? l.loadJSONLines(bytes: b, file: "b.jsonl")
            Self.check(l, f)
        }
    }

    @Test func questionnaireSeedsAndRegressions() {
        let files = Self.inputs("questionnaire")
        #expect(files.count >= 3)
        var loaded = 0
        for f in files {
            guard let q = try? Questionnaire.parse(Self.bytes(f), file: f) else { continue }
            loaded += 1
            _ = q.scales.map(\.acceptedList)
        }
        #expect(loaded >= 3)  // the seeds are valid questionnaires
    }

    @Test func xlsxSeedsAndRegressions() {
        let files = Self.inputs("xlsx")
        #expect(files.count >= 6)
        let skeleton = try! ZipArchive(bytes: Self.bytes(TestPaths.fixture("formats/mixed-run/citizens/tay-son.xlsx")))
        for f in files {
            var b = Self.bytes(f)
            if !b.starts(with: [0x50, 0x4B]) {  // a worksheet: wrap it as the fuzz target does
                var zip = ZipWriter()
                for e in skeleton.entries where e.name != "xl/worksheets/sheet1.xml" { zip.add(e.name, try! skeleton.data(e)) }
                zip.add("xl/worksheets/sheet1.xml", b)
                b = zip.finish()
            }
            var l = BatchLoader(questionnaire: Self.sipas, mapping: ColumnMapping(id: "id", unit: "district"), units: ["Tây Sơn", "An Lão"])
            _ = try? l.loadWorkbook(bytes: b, file: "a.xlsx", sheet: nil)
            _ = try? l.loadWorkbook(bytes: b, file: "b.xlsx", sheet: nil)
            Self.check(l, f)
        }
    }

    @Test func weightingPlanSeedsAndRegressions() throws {
        let files = Self.inputs("weighting-plan")
        #expect(files.count >= 10)
        let tiny = TestPaths.fixture("weighting/cases/tiny")
        let mapping = ColumnMapping(id: "id", unit: "district", group: "rtype", weight: "weight")
        let q = try Questionnaire.load(path: TestPaths.fixture("weighting/questionnaire.json"))
        let table = try LoadedResponses.load(questionnaire: q, batches: [tiny + "/responses.csv"], mapping: mapping).table
        var applied = 0
        for f in files {
            guard let json = try? JSONParser.parse(Self.bytes(f)),
                  let plan = try? WeightingPlan.parse(json, path: "plan.json", folder: tiny + "/plans") else { continue }
            guard let r = try? WeightingEngine.apply(plan, to: table, columns: mapping) else { continue }
            applied += 1
            #expect(r.weighted.weights.count == table.rowCount && r.weighted.weights.allSatisfy { $0.isFinite && $0 > 0 }, "\(f)")
        }
        #expect(applied >= 10)  // the seeds are the tiny case's own plans
    }
}
