import Foundation
import Testing
@testable import ParSurvey

/// Batches from workbooks and KoBoToolbox/ODK exports go through the same validation,
/// accounting and rejects as CSV, and score the same.
@Suite struct WorkbookAndExportBatchTests {
    static let sipas = TestPaths.repo("Questionnaires/sipas-citizen.json")

    static func units(_ json: String) throws -> JSONValue {
        let v = try JSONParser.parse(Array(json.utf8))
        return v["units"]!
    }

    /// The mixed-run fixture (Scripts/fixtures/make_xlsx.py) holds the Bình Định sample's
    /// batches as openpyxl and hand-built .xlsx files, KoBoToolbox and ODK Central exports
    /// and plain CSV: every figure of `run` must equal the plain sample's.
    @Test func mixedFormatsScoreExactlyLikeThePlainCSVSample() throws {
        let mixed = CLIRunner.run(["run", TestPaths.fixture("formats/mixed-run"), "--format", "json"])
        let plain = CLIRunner.run(["run", TestPaths.sample, "--format", "json"])
        #expect(mixed.code == 0 && plain.code == 0, "\(mixed.stderr)")
        #expect(try Self.units(mixed.stdout) == Self.units(plain.stdout))
        let manifest = try String(contentsOfFile: TestPaths.fixture("formats/mixed-run/survey.json"), encoding: .utf8)
        for b in ["quy-nhon.xlsx", "tay-son.xlsx", "hoai-nhon-kobo.csv", "phu-my-odk.csv", "leaders.xlsx"] { #expect(manifest.contains(b)) }
        // Tây Sơn's published figures, from the inline-string workbook
        let csv = CLIRunner.run(["run", TestPaths.fixture("formats/mixed-run"), "--format", "csv"])
        #expect(csv.stdout.contains("4,11,Tây Sơn,50.39,25.70,8.02,84.11,"))
    }

    @Test func workbookRowsAreAccountedAndRejectedLikeCSVWithCellNames() throws {
        let q = try Questionnaire.load(path: Self.sipas)
        var loader = BatchLoader(questionnaire: q, mapping: ColumnMapping(id: "id", unit: "district"))
        let file = TestPaths.fixture("formats/xlsx/formula-batch.xlsx")
        try loader.load(path: file)
        #expect(loader.accounts == [BatchAccount(file: file, read: 3, accepted: 1, rejected: 2)])
        #expect(loader.rejects.count == 2)
        let f = loader.rejects[0]
        #expect(f.line == 3 && f.column == 4 && f.columnName == "q2")
        #expect(f.reason.hasPrefix("cell D3 has a formula without a computed value"))
        let o = loader.rejects[1]
        #expect(o.line == 4 && o.column == 6 && o.columnName == "q4" && o.value == "7")
        #expect(o.reason.hasPrefix("answer matches no option of scale 'satisfaction5'"))
        #expect(o.reason.hasSuffix("(cell F4)"))
        #expect(loader.table.ids == ["X-2"])
    }

    @Test func sheetOptionAndErrorsForOldAndBrokenWorkbooks() throws {
        let q = try Questionnaire.load(path: Self.sipas)
        let file = TestPaths.fixture("formats/mixed-run/citizens/quy-nhon.xlsx")
        var loader = BatchLoader(
            questionnaire: q, mapping: ColumnMapping(id: "id", unit: "district"),
            options: BatchReadOptions(sheet: "Sổ"))
        #expect(throws: BatchError.workbook(file: file, message: "no sheet named 'Sổ' (sheets: 'Quy Nhơn', 'Ghi chú')")) {
            try loader.load(path: file)
        }
        let xls = TestPaths.write("", name: "old.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: URL(fileURLWithPath: xls))
        let r = CLIRunner.run(["--lang", "en"] + ["validate", "--questionnaire", Self.sipas, xls])
        #expect(r.code == 65)
        #expect(
            r.stderr.contains(
                "old.xls: this is an old binary Excel workbook (.xls, OLE file D0 CF 11 E0); open it in Excel or LibreOffice and save as .xlsx"
            ))
        #expect(loader.accounts.isEmpty && loader.rejects.isEmpty)
    }

    @Test func koboAndODKHeadersMatchByLastSegmentWithExportIDs() throws {
        let q = try Questionnaire.load(path: Self.sipas)
        let kobo = ExportDialect.adapt(
            ["start", "thong_tin/district", "E1/q1", "_id", "_uuid", "_validation_status"], questionnaire: q,
            mapping: ColumnMapping(id: "id", unit: "district"))
        #expect(kobo.dialect == .kobo)
        #expect(kobo.names == ["start", "district", "q1", "_id", "_uuid", "_validation_status"])
        #expect(kobo.mapping.id == "_uuid")
        #expect(kobo.approvalColumn == 5)
        let odk = ExportDialect.adapt(
            ["SubmissionDate", "grp-district", "E1-q1", "meta-instanceID", "KEY", "ReviewState"], questionnaire: q,
            mapping: ColumnMapping(id: "id", unit: "district"))
        #expect(odk.dialect == .odk)
        #expect(odk.names == ["SubmissionDate", "district", "q1", "meta-instanceID", "KEY", "ReviewState"])
        #expect(odk.mapping.id == "KEY" && odk.approvalColumn == 5)
        // an exact column wins over a path ending in the same name; unrelated dashes stay
        let plain = ExportDialect.adapt(["id", "q1", "E1/q1", "age-group"], questionnaire: q, mapping: ColumnMapping())
        #expect(plain.names == ["id", "q1", "E1/q1", "age-group"])
    }

    /// Hoài Nhơn's 323 rows as a KoBoToolbox export: the generator marks row n approved
    /// unless n % 7 == 0, so 47 rows (n = 0, 7, …, 322) are not approved.
    @Test func approvedOnlyExcludesAndAccountsForEveryRow() throws {
        let q = try Questionnaire.load(path: Self.sipas)
        let file = TestPaths.fixture("formats/mixed-run/citizens/hoai-nhon-kobo.csv")
        var all = BatchLoader(questionnaire: q, mapping: ColumnMapping(id: "id", unit: "district"))
        try all.load(path: file)
        #expect(all.accounts[0].read == 323 && all.accounts[0].accepted == 323 && all.accounts[0].excluded == 0)
        var approved = BatchLoader(
            questionnaire: q, mapping: ColumnMapping(id: "id", unit: "district"),
            options: BatchReadOptions(approvedOnly: true))
        try approved.load(path: file)
        let a = approved.accounts[0]
        #expect(a.read == 323 && a.accepted == 276 && a.rejected == 0 && a.excluded == 47)
        #expect(a.read == a.accepted + a.rejected + a.excluded)
        // Phù Mỹ as ODK: ReviewState approved when n % 5 is 0 or 3, n = 0…297: 60 (0…295) + 59 (3…293)
        var odk = BatchLoader(
            questionnaire: q, mapping: ColumnMapping(id: "id", unit: "district"),
            options: BatchReadOptions(approvedOnly: true))
        try odk.load(path: TestPaths.fixture("formats/mixed-run/citizens/phu-my-odk.csv"))
        #expect(odk.accounts[0].accepted == 119 && odk.accounts[0].excluded == 179)
        // a plain CSV has no status column: --approved-only is an error, not a silent no-op
        let r = CLIRunner.run(
            ["--lang", "en"] + ["validate", "--questionnaire", Self.sipas, TestPaths.sample + "/citizens/tay-son.csv", "--approved-only"])
        #expect(r.code == 65)
        // the library names no flag; the command line adds the hint
        #expect(r.stderr.contains("no _validation_status (KoBoToolbox) or ReviewState (ODK Central) column"))
        #expect(r.stderr.contains("hint: leave out --approved-only"))
    }

    /// Samples/kobo-export and Samples/odk-export against the figures their generator
    /// (Scripts/fixtures/make_exports.py) computed independently.
    @Test(arguments: ["kobo-export", "odk-export"])
    func exportSamplesMatchTheirIndependentFigures(_ sample: String) throws {
        let expected = try JSONParser.parse(
            [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.repo("Samples/\(sample)/expected.json")))))
        let r = CLIRunner.run(["score", TestPaths.repo("Samples/" + sample), "--format", "json"])
        #expect(r.code == 0, "\(r.stderr)")
        let out = try JSONParser.parse(Array(r.stdout.utf8))
        guard case let .object(units)? = expected["units"], case let .array(groups)? = out["groups"] else {
            Issue.record("unexpected JSON: \(r.stdout.prefix(300))")
            return
        }
        for (unit, e) in units {
            let g = groups.first { $0["group"] == .string(unit) }
            guard case let .number(pts, _)? = g?["pointsUnrounded"], case let .number(want, _)? = e["points"],
                case let .number(_, published)? = g?["points"], case let .string(wantPublished)? = e["pointsRounded"]
            else {
                Issue.record("no points for \(unit)")
                continue
            }
            #expect(abs(pts - want) < 1e-9, "\(unit)")  // expected.json rounds to 10 decimals
            #expect(published == wantPublished, "\(unit)")
        }
        let v = CLIRunner.run(["validate", TestPaths.repo("Samples/" + sample), "--format", "json"])
        let acc = try JSONParser.parse(Array(v.stdout.utf8))
        let total = acc["components"].flatMap { if case let .array(a) = $0 { return a.first } else { return nil } }?["accounting"]?["total"]
        #expect(total?["read"] == expected["read"])
        #expect(total?["accepted"] == expected["approved"])
    }
}
