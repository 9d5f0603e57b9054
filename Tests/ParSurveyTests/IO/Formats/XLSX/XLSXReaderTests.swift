import Foundation
import Testing
@testable import ParSurvey

/// Workbooks built by hand (Scripts/fixtures/make_xlsx.py, Python's zipfile) with one cell
/// kind each; expected texts are written out from the XML in that script.
@Suite struct XLSXReaderTests {
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("formats/xlsx/" + name))))
    }

    static func allRows(_ name: String, sheet: String? = nil) throws -> [(Int, [XLSXCell])] {
        var reader = try XLSXWorkbook(bytes: bytes(name)).rows(of: sheet)
        var cells: [XLSXCell] = []
        var out: [(Int, [XLSXCell])] = []
        while let r = try reader.nextRow(into: &cells) { out.append((r, cells)) }
        return out
    }

    static func texts(_ cells: [XLSXCell]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: cells.map { (XLSXSheetReader.columnName($0.column), String(decoding: $0.text, as: UTF8.self)) })
    }

    @Test func everyCellKindBecomesText() throws {
        let rows = try Self.allRows("cells.xlsx")
        #expect(rows.map(\.0) == [1, 2, 3, 4, 6, 7])
        #expect(
            Self.texts(rows[0].1) == [
                "A": "id", "B": "name", "C": "when", "D": "note", "E": "time", "F": "stamp", "G": "flag", "H": "score",
            ])
        // rich-text runs joined, phonetic run dropped; 44319 = (date(2021,5,3) - date(1899,12,30)).days;
        // 0.4375 day = 10:30; 44319.75 = 18:00 that day; &amp; decoded, spaces kept; a number
        // format with quoted text ("0.00 điểm") is not a date
        #expect(
            Self.texts(rows[1].1) == [
                "A": "1", "B": "Hài lòng", "C": "2021-05-03", "D": "  A & B  ", "E": "10:30:00",
                "F": "2021-05-03T18:00:00", "G": "TRUE", "H": "7.25",
            ])
        // sparse row: only A, C, H; serial 61 is 1900-03-01 after Excel's fictitious 1900-02-29
        #expect(rows[2].1.map(\.column) == [0, 2, 7])
        #expect(Self.texts(rows[2].1) == ["A": "2", "C": "1900-03-01", "H": "-0.5"])
        #expect(rows[3].1.isEmpty)
        // cached formula string, _x000D_ escape, serial 59 = 1900-02-28, empty shared string omitted
        #expect(Self.texts(rows[4].1) == ["A": "R6", "B": "line\rbreak", "C": "1900-02-28"])
        let problems = rows[5].1.compactMap(\.problem)
        #expect(problems.count == 2)
        #expect(problems[0].contains("cell B7 has a formula without a computed value"))
        #expect(problems[1].contains("cell D7 holds the error value #N/A"))
    }

    @Test func date1904System() throws {
        // 0 = 1904-01-01; 42857 = (date(2021,5,3) - date(1904,1,1)).days
        let rows = try Self.allRows("date1904.xlsx")
        #expect(rows.map { Self.texts($0.1)["A"] } == ["when", "1904-01-01", "2021-05-03"])
    }

    @Test func serialDatesAroundTheFakeLeapDay() {
        #expect(DateStyles.iso(serial: 1, kind: .date, date1904: false) == "1900-01-01")
        #expect(DateStyles.iso(serial: 60, kind: .date, date1904: false) == "1900-02-29")
        #expect(DateStyles.iso(serial: 61, kind: .date, date1904: false) == "1900-03-01")
        #expect(DateStyles.iso(serial: 2_958_465, kind: .date, date1904: false) == "9999-12-31")
        #expect(DateStyles.iso(serial: -1, kind: .date, date1904: false) == nil)
    }

    @Test func formatCodesClassified() {
        #expect(DateStyles.kind(ofFormat: "dd/mm/yyyy") == .date)
        #expect(DateStyles.kind(ofFormat: "[$-42A]d mmmm yyyy") == .date)
        #expect(DateStyles.kind(ofFormat: "h:mm AM/PM") == .time)
        #expect(DateStyles.kind(ofFormat: "[h]:mm:ss") == .time)
        #expect(DateStyles.kind(ofFormat: "yyyy-mm-dd hh:mm") == .dateTime)
        #expect(DateStyles.kind(ofFormat: "0.00\" ngày\"") == .number)
        #expect(DateStyles.kind(ofFormat: "#,##0;[Red]-#,##0") == .number)
    }

    @Test func malformedSheetXMLNamesPartLineAndProblem() throws {
        var reader = try XLSXWorkbook(bytes: Self.bytes("bad-xml.xlsx")).rows(of: nil)
        var cells: [XLSXCell] = []
        do {
            while try reader.nextRow(into: &cells) != nil {}
            Issue.record("a malformed sheet was read")
        } catch {
            #expect(error.message.hasPrefix("workbook part xl/worksheets/sheet1.xml:2:"))
            #expect(error.message.contains("</row> does not match <c>"))
        }
    }

    @Test func sheetsByNameAndMissingSheetListsTheOthers() throws {
        let wb = try XLSXWorkbook(
            bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("formats/mixed-run/citizens/quy-nhon.xlsx")))))
        #expect(wb.sheetNames == ["Quy Nhơn", "Ghi chú"])
        #expect(throws: XLSXError.noSuchSheet(name: "Data", available: ["Quy Nhơn", "Ghi chú"])) { _ = try wb.rows(of: "Data") }
        var notes = try wb.rows(of: "ghi chú")  // NFC, case-insensitive
        var cells: [XLSXCell] = []
        #expect(try notes.nextRow(into: &cells) == 1)
        #expect(String(decoding: cells[0].text, as: UTF8.self).hasPrefix("Sheet written by"))
    }

    @Test func xmlTokenizerRefusesDoctypeAndUnknownEntities() throws {
        var p = XMLPullParser(Array("<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>".utf8))
        #expect(throws: XMLPullParser.Failure.self) { _ = try p.next() }
        var q = XMLPullParser(Array("<x a='1 &amp; 2'>&#x1EA1;&#7841;&lt;</x>".utf8))
        guard case .start = try q.next() else {
            Issue.record("no start")
            return
        }
        #expect(try q.attributeString("a") == "1 & 2")
        guard case let .text(r, _) = try q.next() else {
            Issue.record("no text")
            return
        }
        #expect(String(decoding: try q.decoded(r), as: UTF8.self) == "ạạ<")
        var bad = XMLPullParser(Array("<x>&nbsp;</x>".utf8))
        _ = try bad.next()
        guard case let .text(r2, _) = try bad.next() else {
            Issue.record("no text")
            return
        }
        #expect(throws: XMLPullParser.Failure.self) { _ = try bad.decoded(r2) }
        var truncated = XMLPullParser(Array("<x><y>".utf8))
        #expect(throws: XMLPullParser.Failure(offset: 6, message: "input ends inside <y>")) {
            while try truncated.next() != .endOfInput {}
        }
    }
}
