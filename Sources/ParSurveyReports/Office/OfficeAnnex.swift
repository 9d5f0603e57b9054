import ParSurveyIO
import ParSurveyModel
import ParSurveyScoring
/// The decision annex (`DecisionAnnex`, the same model as the HTML and Markdown annex) as a
/// Word document and as workbook sheets: STT, the units' names, points, grade, rank, the
/// average row; no ± and no rank intervals. Numbers are written as the annex's language
/// writes them in Word (`84,11` in vi) and are numbers in Excel.
public enum OfficeAnnex {
    /// The Word document: the heading (agency | national name and motto, a borderless table),
    /// the title lines (bold), the decision line (italic), then each table after its caption,
    /// then the notes. A4 landscape when a table has more than six columns.
    public static func document(_ a: DecisionAnnex, language: Language) -> [UInt8] {
        let tables = a.tables.map { t -> (caption: String?, table: DocxTable) in
            (t.caption, docxTable(t, language: language))
        }
        let landscape = a.tables.contains { $0.headers.count > 6 }
        return DocxWriter.document(
            heading: .administrative(agency: a.agency, nation: a.nation), titles: a.title + [a.decisionLine], boldTitles: a.title.count,
            tables: tables, notes: a.notes, landscape: landscape)
    }

    /// One annex table as a Word table (a group heading's text in its first two cells).
    public static func docxTable(_ t: AnnexTable, language: Language) -> DocxTable {
        let rows = t.rows.map { r in r.cells.map { $0.text(language) } }
        let right = Set((0..<t.headers.count).filter { c in c == 0 || t.unitRows.contains { c < $0.cells.count && $0.cells[c].isNumber } })
        let widths = (0..<t.headers.count).map { c -> Double in
            if c == 0 { return 5 }
            if c == 1 { return 22 }
            return 12
        }
        return DocxTable(headers: t.headers, rows: rows, rightAligned: right, widths: widths)
    }

    /// One annex table as a sheet: header row, then the rows with numbers as numbers (points
    /// and percentages with two decimals shown); with `heading`, that annex's heading rows
    /// above the table (`headed`).
    public static func sheet(_ t: AnnexTable, name: String, heading: DecisionAnnex? = nil) -> XLSXSheet {
        var decimals = Set<Int>()
        let rows = t.rows.map { r -> [XLSXValue?] in
            r.cells.enumerated().map { c, cell -> XLSXValue? in
                switch cell {
                case let .text(s): return s.isEmpty ? nil : .text(s)
                case let .integer(n): return .number(Double(n))
                case let .hundredths(h):
                    decimals.insert(c)
                    return .number(Double(h) / 100)
                case .missing: return .text("—")
                case .empty: return nil
                }
            }
        }
        var sheet = XLSXSheet(name: name, rows: [t.headers.map { .text($0) }] + rows)
        sheet.columnWidths = (0..<t.headers.count).map { c in
            let longest = t.rows.map { r in c < r.cells.count ? r.cells[c].text(.en).count : 0 }.max() ?? 0
            return min(60, max(8, Double(max(longest, min(t.headers[c].count, 24)) + 2)))
        }
        sheet.decimalColumns = decimals
        sheet.freezeHeader = true
        return heading.map { headed(sheet, $0, columns: t.headers.count) } ?? sheet
    }

    /// The annex as a workbook: one sheet per table ("Phụ lục 1", "Phụ lục 2", …), the first
    /// under the annex's heading.
    public static func workbook(_ a: DecisionAnnex, language: Language) -> [UInt8] {
        let base = language == .vi ? "Phụ lục" : "Annex"
        let sheets = a.tables.enumerated().map { i, t in
            sheet(t, name: a.tables.count == 1 ? base : "\(base) \(i + 1)", heading: i == 0 ? a : nil)
        }
        return XLSXWriter.workbook(sheets)
    }
}
