import Foundation
import Testing

@testable import ParSurvey

/// `par-survey annex`: the scheme's `annex` block refused with the file, key path and value;
/// the options checked; the Word and Excel forms read back by an independent reader (Python's
/// `zipfile` and `xml.etree`, skipped without python3).
@Suite struct AnnexCommandTests {
    /// The shipped scheme with its `annex` block's keys replaced by `text`.
    static func scheme(annex text: String) -> String {
        let s = IndexScheme.binhDinh2021DistrictJSON
        let r = s.range(of: "\"annex\": {")!
        return String(s[..<r.lowerBound]) + "\"annex\": {" + text + "}\n}\n"
    }

    static func expectError(_ annex: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let dir = try SchemeErrorTests.runFolder(scheme: scheme(annex: annex))
        let r = CLIRunner.run(["--lang", "en", "annex", dir, "--format", "markdown"])
        #expect(r.code == 65, sourceLocation: sourceLocation)
        #expect(r.stderr.contains(dir + "/scheme.json: scheme key '" + message), "stderr: \(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func annexBlockErrorsNameTheKeyPath() throws {
        try Self.expectError(
            #""title": ["PHỤ LỤC", "NĂM {yeer}"]"#,
            "annex.title[1]': unknown placeholder '{yeer}' in 'NĂM {yeer}' (known: {year}, {nextYear}, {decisionNumber}, {decisionDate}, {title})"
        )
        try Self.expectError(#""unitNames": {"commune": "UBND xã"}"#, "annex.unitNames.commune': 'UBND xã' does not hold {name}")
        try Self.expectError(
            #""tables": [{"kind": "ranks"}]"#, "annex.tables[0].kind': 'ranks' is not a table kind (index, selfAssessment, survey)")
        try Self.expectError(
            #""tables": [{"kind": "selfAssessment", "criteria": ["1.1", "1.9"]}]"#,
            "annex.tables[0].criteria[1]': '1.9' is not a criterion of the scheme")
        try Self.expectError(
            #""tables": [{"kind": "index", "components": ["bonus"]}]"#, "annex.tables[0].components[0]': 'bonus' is not a component source")
        try Self.expectError(#""colour": "red""#, "annex.colour': unknown key")
        try Self.expectError(#""averageRow": "Bình quân {year}""#, "annex.averageRow': no placeholder is filled here")
    }

    @Test func unknownElementIsRefusedWhenTheQuestionnaireIsKnown() throws {
        let dir = try SchemeErrorTests.runFolder(
            scheme: Self.scheme(annex: #""tables": [{"kind": "survey", "component": "satisfaction", "elements": ["E1", "E9"]}]"#))
        let r = CLIRunner.run(["--lang", "en", "annex", dir])
        #expect(r.code == 65)
        #expect(
            r.stderr.contains(
                "scheme key 'annex.tables[0].elements[1]': 'E9' is not an element of questionnaire 'sipas-citizen' (E1, E2, E3, E4, E5)"),
            "\(r.stderr)")
    }

    @Test func chosenTablesAndNoAverageRow() throws {
        let dir = try SchemeErrorTests.runFolder(
            scheme: Self.scheme(
                annex: #""averageRow": false, "tables": [{"kind": "index", "components": ["selfAssessment"], "caption": "Chỉ số"}]"#))
        let r = CLIRunner.run(["annex", dir, "--format", "markdown"])
        #expect(r.code == 0, "\(r.stderr)")
        // one table: STT, unit, self-assessment, total, rank (this folder has no weighting plan,
        // so only the self-assessment is the published 50,39)
        let tay = try #require(r.stdout.split(separator: "\n").first { $0.contains("| Tây Sơn | 50,39 | ") })
        #expect(tay.filter { $0 == "|" }.count == 6)
        #expect(r.stdout.components(separatedBy: "\n### ").count == 2 && r.stdout.contains("### Chỉ số\n"))
        #expect(!r.stdout.contains("Bình quân"))
    }

    @Test func options() {
        #expect(CLIRunner.run(["annex", TestPaths.sample, "--format", "docx"]).code == 64)  // needs --output
        let date = CLIRunner.run(["--lang", "en", "annex", TestPaths.sample, "--decision-date", "15/01/2022"])
        #expect(date.code == 64 && date.stderr.contains("--decision-date must be a date YYYY-MM-DD, not '15/01/2022'"))
        let format = CLIRunner.run(["--lang", "en", "annex", TestPaths.sample, "--format", "csv"])
        #expect(format.code == 64 && format.stderr.contains("--format must be html, markdown, docx or xlsx for an annex, not 'csv'"))
        let help = CLIRunner.run(["--lang", "en", "annex", "--help"])
        #expect(help.code == 0 && help.stdout.contains("--decision-number N") && help.stdout.contains("--decision-date YYYY-MM-DD"))
    }

    @Test func htmlIsAnA4LandscapePageWithTheOfficialHeading() {
        let r = CLIRunner.run([
            "annex", TestPaths.sample, "--decision-number", "123/QĐ-UBND", "--decision-date", "2022-01-15", "--lang", "en",
        ])
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stdout.contains("@page { size: A4 landscape;"))
        #expect(r.stdout.contains("<b>SOCIALIST REPUBLIC OF VIETNAM</b>"))
        #expect(r.stdout.contains("(Attached to Decision No. 123/QĐ-UBND of 15 January 2022 of the Chairman of Bình Định"))
        #expect(
            r.stdout.contains(
                "<td>Tây Sơn District People&#39;s Committee</td><td class=\"n\">50.39</td><td class=\"n\">25.70</td><td class=\"n\">8.02</td><td class=\"n\">84.11</td>"
            ))
    }

    @Test(.enabled(if: ExternalTool.find("python3") != nil))
    func wordAndExcelFormsOfTheSameAnnex() throws {
        let dir = TestPaths.temporaryFolder()
        let r1 = CLIRunner.run(["annex", TestPaths.sample, "--format", "xlsx", "--output", dir + "/a.xlsx"])
        #expect(r1.code == 0, "\(r1.stderr)")
        let sheets = try OfficeOutputTests.python(OfficeOutputTests.xlsxReader, dir + "/a.xlsx", as: [OfficeOutputTests.Sheet].self)
        #expect(sheets.map(\.name) == ["Phụ lục 1", "Phụ lục 2", "Phụ lục 3", "Phụ lục 4"])
        let tay = try #require(sheets[0].rows.first { $0.count > 1 && $0[1].text == "UBND huyện Tây Sơn" })
        #expect(tay.map(\.number) == [4, nil, 50.39, 25.7, 8.02, 84.11, 4])
        // the self-assessment sheet: Tây Sơn's published fields 1.1–1.7 and their sum
        let fields = try #require(sheets[1].rows.first { $0.count > 1 && $0[1].text == "UBND huyện Tây Sơn" })
        #expect(fields.dropFirst(2).map(\.number) == [9.25, 5, 6.47, 6, 10.5, 3.5, 9.67, 50.39])
        let r2 = CLIRunner.run(["annex", TestPaths.sample, "--format", "docx", "--output", dir + "/a.docx", "--lang", "en"])
        #expect(r2.code == 0, "\(r2.stderr)")
        let doc = try OfficeOutputTests.python(OfficeOutputTests.docxReader, dir + "/a.docx", as: OfficeOutputTests.Doc.self)
        #expect(doc.paragraphs.prefix(2) == ["ANNEX", "PUBLIC ADMINISTRATION REFORM INDEX RESULTS, 2021"])
        #expect(doc.tables.count == 1 + 4 && doc.orient == "landscape")  // the heading, then the annex's tables
        let row = try #require(doc.tables[1].rows.first { $0.cells.count > 1 && $0.cells[1] == "Tây Sơn District People's Committee" })
        #expect(row.cells == ["4", "Tây Sơn District People's Committee", "50.39", "25.70", "8.02", "84.11", "4"])
        #expect(doc.tables[1].rows.last?.cells.prefix(2) == ["", "Province average"])
    }
}

extension AnnexCommandTests {
    /// The Bình Định sample's manifest with a `decision` object (paths made absolute).
    static func manifest(decision: String) throws -> String {
        let dir = TestPaths.temporaryFolder()
        var text = try String(contentsOfFile: TestPaths.sample + "/survey.json", encoding: .utf8)
        text = text.replacingOccurrences(of: "\"../../", with: "\"" + TestPaths.root + "/")
        for name in ["citizens/", "leaders/", "weighting/", "self-assessment.csv", "previous-2020.csv", "register.csv"] {
            text = text.replacingOccurrences(of: "\"" + name, with: "\"" + TestPaths.sample + "/" + name)
        }
        text = text.replacingOccurrences(of: "\"year\": 2021,", with: "\"year\": 2021, \"decision\": " + decision + ",")
        try text.write(toFile: dir + "/survey.json", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func decisionFromTheManifestUnlessAnOptionGivesIt() throws {
        let dir = try Self.manifest(decision: #"{"number": "2345/QĐ-UBND", "date": "2022-02-28"}"#)
        let r = CLIRunner.run(["annex", dir, "--format", "markdown"])
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stdout.contains("(Kèm theo Quyết định số 2345/QĐ-UBND ngày 28 tháng 02 năm 2022 của Chủ tịch"))
        let o = CLIRunner.run(["annex", dir, "--format", "markdown", "--decision-number", "7/QĐ-UBND"])
        #expect(o.stdout.contains("(Kèm theo Quyết định số 7/QĐ-UBND ngày 28 tháng 02 năm 2022 của Chủ tịch"))
        let bad = try Self.manifest(decision: #"{"number": "1/QĐ-UBND", "date": "28/02/2022"}"#)
        let e = CLIRunner.run(["annex", bad, "--format", "markdown"])
        #expect(e.code == 65 && e.stderr.contains("decision.date"), "\(e.stderr)")
        #expect(e.stderr.contains("“28/02/2022” không phải là ngày dạng NNNN-TT-NN (năm-tháng-ngày)"), "\(e.stderr)")
        let en = CLIRunner.run(["--lang", "en", "annex", bad, "--format", "markdown"])
        #expect(en.code == 65 && en.stderr.contains("'28/02/2022' is not a date YYYY-MM-DD"))
    }
}
