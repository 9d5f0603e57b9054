import Foundation
import Testing
@testable import ParSurvey

/// `run --format xlsx` (a sheet per table) and `run --format docx` (the decision annex)
/// opened by an independent reader: Python's `zipfile` and `xml.etree` (skipped when
/// python3 is absent). Tây Sơn's published figures: 50,39 + 25,70 + 8,02 = 84,11, 4th of 11.
@Suite struct OfficeOutputTests {
    static let xlsxReader = """
        import json, sys, zipfile
        import xml.etree.ElementTree as ET
        M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
        R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        wb = ET.fromstring(z.read('xl/workbook.xml'))
        rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
        out = []
        for s in wb.iter(M + 'sheet'):
            root = ET.fromstring(z.read('xl/' + rels[s.get(R + 'id')]))
            rows = []
            for row in root.iter(M + 'row'):
                cells = []
                for c in row.iter(M + 'c'):
                    if c.get('t') == 'inlineStr':
                        cells.append({'ref': c.get('r'), 'text': ''.join(t.text or '' for t in c.iter(M + 't'))})
                    else:
                        cells.append({'ref': c.get('r'), 'number': float(c.find(M + 'v').text)})
                rows.append(cells)
            widths = [float(col.get('width')) for col in root.iter(M + 'col')]
            out.append({'name': s.get('name'), 'rows': rows, 'widths': widths})
        print(json.dumps(out, ensure_ascii=False))
        """

    static let docxReader = """
        import json, sys, zipfile
        import xml.etree.ElementTree as ET
        W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        names = z.namelist()
        doc = ET.fromstring(z.read('word/document.xml'))
        ET.fromstring(z.read('word/styles.xml'))
        tables = []
        for tbl in doc.iter(W + 'tbl'):
            rows = []
            for tr in tbl.findall(W + 'tr'):
                header = tr.find(W + 'trPr/' + W + 'tblHeader') is not None
                rows.append({'header': header, 'cells': [''.join(t.text or '' for t in tc.iter(W + 't')) for tc in tr.findall(W + 'tc')]})
            borders = [b.tag.replace(W, '') for b in tbl.find(W + 'tblPr/' + W + 'tblBorders')]
            tables.append({'rows': rows, 'borders': borders})
        pg = doc.find(W + 'body/' + W + 'sectPr/' + W + 'pgSz')
        titles = [''.join(t.text or '' for t in p.iter(W + 't')) for p in doc.findall(W + 'body/' + W + 'p')]
        print(json.dumps({'parts': names, 'tables': tables, 'orient': pg.get(W + 'orient'), 'w': pg.get(W + 'w'), 'h': pg.get(W + 'h'),
                          'paragraphs': [t for t in titles if t]}, ensure_ascii=False))
        """

    struct Cell: Decodable {
        var ref: String
        var text: String?
        var number: Double?
    }
    struct Sheet: Decodable {
        var name: String
        var rows: [[Cell]]
        var widths: [Double]
    }
    struct DocRow: Decodable {
        var header: Bool
        var cells: [String]
    }
    struct DocTable: Decodable {
        var rows: [DocRow]
        var borders: [String]
    }
    struct Doc: Decodable {
        var parts: [String]
        var tables: [DocTable]
        var orient: String?
        var w: String
        var h: String
        var paragraphs: [String]
    }

    static func python<T: Decodable>(_ script: String, _ file: String, as: T.Type) throws -> T {
        let r = try ExternalTool.run(try #require(ExternalTool.find("python3")), ["-c", script, file])
        #expect(r.code == 0, "\(r.stderr)")
        return try JSONDecoder().decode(T.self, from: Data(r.stdout.utf8))
    }

    @Test(.enabled(if: ExternalTool.find("python3") != nil))
    func workbookHasASheetPerTableWithNumbersAsNumbers() throws {
        let out = TestPaths.temporaryFolder() + "/index.xlsx"
        let r = CLIRunner.run(["run", TestPaths.sample, "--format", "xlsx", "--output", out])
        #expect(r.code == 0, "\(r.stderr)")
        let sheets = try Self.python(Self.xlsxReader, out, as: [Sheet].self)
        #expect(sheets.map(\.name) == ["Phụ lục", "Chỉ số", "Thành phần", "Tiêu chí", "So sánh", "Đối soát"])
        // 7 heading rows (OfficeAnnexHeadingTests), then DecisionAnnex's first table
        let annex = Sheet(name: sheets[0].name, rows: Array(sheets[0].rows.dropFirst(7)), widths: sheets[0].widths)
        #expect(annex.rows.count == 1 + 11 + 1)  // header, 11 units, the average row (DecisionAnnex's first table)
        #expect(annex.rows[0].map { $0.text ?? "" }.prefix(2) == ["STT", "Đơn vị"])
        let tay = try #require(annex.rows.first { $0.count > 1 && $0[1].text == "UBND huyện Tây Sơn" })
        #expect(tay.map(\.number) == [4, nil, 50.39, 25.7, 8.02, 84.11, 4])
        #expect(tay[5].ref == "F\(annex.rows.firstIndex { $0.count > 1 && $0[1].text == "UBND huyện Tây Sơn" }! + 1 + 7)")
        #expect(annex.widths.count == 7 && annex.widths.allSatisfy { $0 >= 8 })
        // the index sheet: rank, of, unit, self-assessment, satisfaction (with its interval), …, total
        let index = sheets[1]
        let row = try #require(index.rows.first { $0.count > 2 && $0[2].text == "Tây Sơn" })
        #expect(
            row[0].number == 4 && row[1].number == 11 && row[3].number == 50.39 && row[4].number == 25.7 && row[7].number == 8.02
                && row[10].number == 84.11)
        // accounting: Tây Sơn's batch has 299 rows, all accepted (Samples/binh-dinh-2021/citizens/tay-son.csv)
        let acc = try #require(sheets[5].rows.first { $0.count > 1 && $0[1].text == "citizens/tay-son.csv" })
        #expect(acc.dropFirst(2).map(\.number) == [299, 299, 0, 0])
    }

    @Test(.enabled(if: ExternalTool.find("python3") != nil), arguments: [("vi", "84,11", "50,39"), ("en", "84.11", "50.39")])
    func annexAsWordDocument(_ lang: String, _ total: String, _ selfAssessment: String) throws {
        let out = TestPaths.temporaryFolder() + "/annex.docx"
        let r = CLIRunner.run(["run", TestPaths.sample, "--format", "docx", "--output", out, "--lang", lang])
        #expect(r.code == 0, "\(r.stderr)")
        let doc = try Self.python(Self.docxReader, out, as: Doc.self)
        #expect(doc.parts.contains("word/styles.xml") && doc.parts.contains("[Content_Types].xml"))
        #expect(doc.orient == "landscape" && doc.w == "16838" && doc.h == "11906")  // A4 landscape
        // the heading (OfficeAnnexHeadingTests), then the annex's tables: index, self-assessment
        // by field, satisfaction and leaders by element
        #expect(doc.tables.count == 1 + 4)
        let t = doc.tables[1]
        #expect(Set(t.borders) == ["top", "left", "bottom", "right", "insideH", "insideV"])
        #expect(t.rows.count == 1 + 11 + 1)  // header, 11 units, the average row
        #expect(t.rows[0].header && !t.rows[1].header)
        #expect(t.rows[0].cells.first == (lang == "vi" ? "STT" : "No.") && t.rows[0].cells.count == 7)
        // The sample's register makes Tây Sơn a district: its official name form.
        let name = lang == "vi" ? "UBND huyện Tây Sơn" : "Tây Sơn District People's Committee"
        let tay = try #require(t.rows.first { $0.cells.count > 1 && $0.cells[1] == name })
        #expect(
            tay.cells == ["4", name, selfAssessment, lang == "vi" ? "25,70" : "25.70", lang == "vi" ? "8,02" : "8.02", total, "4"])
        #expect(!t.rows.contains { $0.cells.joined().contains("±") })
        #expect(doc.paragraphs.first == (lang == "vi" ? "PHỤ LỤC" : "ANNEX"))
    }

    @Test func docxIsForRunAndReportOnly() {
        #expect(CLIRunner.run(["run", TestPaths.sample, "--format", "docx"]).code == 64)  // needs --output
        let out = TestPaths.temporaryFolder() + "/x.docx"
        #expect(CLIRunner.run(["validate", TestPaths.sample, "--format", "docx", "--output", out]).code == 64)
    }
}
