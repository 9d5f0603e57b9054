import Foundation
import Testing
@testable import ParSurvey

/// The decision annex's official heading in Word and Excel (Nghị định 30/2020/NĐ-CP, Phụ lục
/// I: agency on the left, national name and motto on the right, then the title lines), read
/// back by an independent reader: Python's `zipfile` and `xml.etree` (skipped without
/// python3). Expected texts are written by hand from `Schemes/binh-dinh-2021-district.json`'s
/// `annex` block and the default `nation` and `title` lines (docs/ANNEX.md).
@Suite struct OfficeAnnexHeadingTests {
    static let docxHeadingReader = """
        import json, sys, zipfile
        import xml.etree.ElementTree as ET
        W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
        doc = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read('word/document.xml'))
        body = doc.find(W + 'body')
        first = list(body)[0]
        assert first.tag == W + 'tbl', first.tag
        borders = {b.tag.replace(W, ''): b.get(W + 'val') for b in first.find(W + 'tblPr/' + W + 'tblBorders')}
        cells = []
        for tc in first.iter(W + 'tc'):
            lines, rules = [], 0
            for p in tc.findall(W + 'p'):
                text = ''.join(t.text or '' for t in p.iter(W + 't'))
                if p.find(W + 'pPr/' + W + 'pBdr/' + W + 'top') is not None and not text:
                    rules += 1
                    continue
                rpr = p.find(W + 'r/' + W + 'rPr')
                lines.append({'text': text, 'bold': rpr is not None and rpr.find(W + 'b') is not None,
                              'caps': rpr is not None and rpr.find(W + 'caps') is not None})
            cells.append({'lines': lines, 'rules': rules})
        cellBorders = len(list(first.iter(W + 'tcBorders')))
        titles = []
        for p in body.findall(W + 'p'):
            text = ''.join(t.text or '' for t in p.iter(W + 't'))
            style = p.find(W + 'pPr/' + W + 'pStyle')
            if text: titles.append({'text': text, 'style': style.get(W + 'val') if style is not None else ''})
        print(json.dumps({'borders': borders, 'cells': cells, 'cellBorders': cellBorders, 'titles': titles[:3]}, ensure_ascii=False))
        """

    static let xlsxLayoutReader = """
        import json, sys, zipfile
        import xml.etree.ElementTree as ET
        M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
        R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
        z = zipfile.ZipFile(sys.argv[1])
        wb = ET.fromstring(z.read('xl/workbook.xml'))
        rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
        titles = {d.get('localSheetId'): d.text for d in wb.iter(M + 'definedName') if d.get('name') == '_xlnm.Print_Titles'}
        out = []
        for i, s in enumerate(wb.iter(M + 'sheet')):
            root = ET.fromstring(z.read('xl/' + rels[s.get(R + 'id')]))
            cells = {}
            for c in root.iter(M + 'c'):
                if c.get('t') == 'inlineStr':
                    cells[c.get('r')] = ''.join(t.text or '' for t in c.iter(M + 't'))
                else:
                    cells[c.get('r')] = float(c.find(M + 'v').text)
            pane = root.find(M + 'sheetViews/' + M + 'sheetView/' + M + 'pane')
            setup = root.find(M + 'pageSetup')
            out.append({'name': s.get('name'), 'cells': cells, 'merges': [m.get('ref') for m in root.iter(M + 'mergeCell')],
                        'frozenRows': int(pane.get('ySplit')) if pane is not None else 0,
                        'topLeft': pane.get('topLeftCell') if pane is not None else '',
                        'orientation': setup.get('orientation') if setup is not None else '',
                        'printTitles': titles.get(str(i), '')})
        print(json.dumps(out, ensure_ascii=False))
        """

    struct Line: Decodable, Equatable {
        var text: String
        var bold: Bool
        var caps: Bool
    }
    struct HeadingCell: Decodable {
        var lines: [Line]
        var rules: Int
    }
    struct Title: Decodable, Equatable {
        var text: String
        var style: String
    }
    struct DocHeading: Decodable {
        var borders: [String: String]
        var cells: [HeadingCell]
        var cellBorders: Int
        var titles: [Title]
    }
    enum Value: Decodable, Equatable {
        case text(String), number(Double)
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .text(try c.decode(String.self)) }
        }
    }
    struct SheetLayout: Decodable {
        var name: String
        var cells: [String: Value]
        var merges: [String]
        var frozenRows: Int
        var topLeft: String
        var orientation: String
        var printTitles: String
    }

    @Test(.enabled(if: ExternalTool.find("python3") != nil))
    func wordAnnexOpensWithTheBorderlessHeadingTable() throws {
        let out = TestPaths.temporaryFolder() + "/annex.docx"
        let r = CLIRunner.run(["run", TestPaths.sample, "--format", "docx", "--output", out])
        #expect(r.code == 0, "\(r.stderr)")
        let h = try OfficeOutputTests.python(Self.docxHeadingReader, out, as: DocHeading.self)
        // no border anywhere: the six table borders are "none" and no cell has its own
        #expect(h.borders == ["top": "none", "left": "none", "bottom": "none", "right": "none", "insideH": "none", "insideV": "none"])
        #expect(h.cellBorders == 0)
        #expect(h.cells.count == 2)
        // left: the governing body plain, the issuing body bold, both in capitals; one rule under
        #expect(
            h.cells[0].lines == [
                Line(text: "ỦY BAN NHÂN DÂN", bold: false, caps: true), Line(text: "TỈNH BÌNH ĐỊNH", bold: true, caps: true),
            ])
        #expect(h.cells[0].rules == 1)
        // right: the national name bold in capitals, the motto bold; one rule under
        #expect(
            h.cells[1].lines == [
                Line(text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, caps: true),
                Line(text: "Độc lập - Tự do - Hạnh phúc", bold: true, caps: false),
            ])
        #expect(h.cells[1].rules == 1)
        // then the title lines, bold (Title), and the decision line in italics (Subtitle)
        #expect(
            h.titles == [
                Title(text: "PHỤ LỤC", style: "Title"), Title(text: "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021", style: "Title"),
                Title(
                    text: "(Kèm theo Quyết định số ……/QĐ-UBND ngày …… tháng …… năm …… của Chủ tịch Ủy ban nhân dân tỉnh Bình Định)",
                    style: "Subtitle"),
            ])
    }

    @Test(.enabled(if: ExternalTool.find("python3") != nil))
    func workbookAnnexSheetHasTheHeadingRowsAboveTheTable() throws {
        let out = TestPaths.temporaryFolder() + "/index.xlsx"
        let r = CLIRunner.run(["run", TestPaths.sample, "--format", "xlsx", "--output", out, "--lang", "en"])
        #expect(r.code == 0, "\(r.stderr)")
        let sheets = try OfficeOutputTests.python(Self.xlsxLayoutReader, out, as: [SheetLayout].self)
        let a = sheets[0]
        #expect(a.name == "Annex")
        // rows 1–2 agency | nation (A:B | C:G, the table has 7 columns), row 3 blank, rows 4–5
        // the title, row 6 the decision line, row 7 blank, row 8 the header, rows 9–19 the 11
        // units, row 20 the average: counted by hand
        #expect(a.cells["A1"] == .text("ỦY BAN NHÂN DÂN") && a.cells["A2"] == .text("TỈNH BÌNH ĐỊNH"))
        #expect(a.cells["C1"] == .text("SOCIALIST REPUBLIC OF VIETNAM") && a.cells["C2"] == .text("Independence - Freedom - Happiness"))
        #expect(a.cells["A4"] == .text("ANNEX") && a.cells["A5"] == .text("PUBLIC ADMINISTRATION REFORM INDEX RESULTS, 2021"))
        #expect(a.cells["A6"].map { if case let .text(t) = $0 { t.hasPrefix("(Attached to Decision No.") } else { false } } == true)
        #expect(a.cells.keys.filter { ["3", "7"].contains($0.dropFirst()) }.isEmpty)  // the blank rows
        #expect(a.merges == ["A1:B1", "C1:G1", "A2:B2", "C2:G2", "A4:G4", "A5:G5", "A6:G6"])
        #expect(a.cells["A8"] == .text("No.") && a.cells["B8"] == .text("Unit"))
        // the header row stays in view (everything above it too), and repeats on printed pages
        #expect(a.frozenRows == 8 && a.topLeft == "A9")
        #expect(a.printTitles == "'Annex'!$8:$8" && a.orientation == "landscape")
        // numbers stay numbers: Tây Sơn 4th in STT order, 50.39 + 25.70 + 8.02 = 84.11, rank 4
        #expect(a.cells["B12"] == .text("Tây Sơn District People's Committee"))  // the register's name form (docs/ANNEX.md)
        #expect(["A12", "C12", "D12", "E12", "F12", "G12"].map { a.cells[$0] } == [4, 50.39, 25.7, 8.02, 84.11, 4].map { .number($0) })
        // Bình Định's average of the 11 totals, 911.02 / 11 = 82.82 (docs/ANNEX.md)
        #expect(a.cells["F20"] == .number(82.82))
        // the other sheets have no heading
        #expect(sheets[1].merges.isEmpty && sheets[1].frozenRows == 1 && sheets[1].printTitles.isEmpty)
    }

    @Test(.enabled(if: ExternalTool.find("python3") != nil))
    func annexWorkbookHeadsOnlyItsFirstSheet() throws {
        let out = TestPaths.temporaryFolder() + "/annex.xlsx"
        let r = CLIRunner.run(["annex", TestPaths.sample, "--format", "xlsx", "--output", out])
        #expect(r.code == 0, "\(r.stderr)")
        let sheets = try OfficeOutputTests.python(Self.xlsxLayoutReader, out, as: [SheetLayout].self)
        #expect(sheets.map(\.name) == ["Phụ lục 1", "Phụ lục 2", "Phụ lục 3", "Phụ lục 4"])
        #expect(sheets[0].merges.count == 7 && sheets[0].frozenRows == 8 && sheets[0].cells["C2"] == .text("Độc lập - Tự do - Hạnh phúc"))
        #expect(sheets[1].merges.isEmpty && sheets[1].cells["A1"] == .text("STT"))
    }
}
