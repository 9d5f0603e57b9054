/// One cell to write: text (an inline string) or a number.
public enum XLSXValue: Sendable, Equatable {
    /// Text, written as an inline string.
    case text(String)
    /// A number, written in its shortest round-trip form.
    case number(Double)
}

/// A sheet to write: its name and rows of cells (nil = empty cell).
public struct XLSXSheet: Sendable {
    /// Sheet name (at most 31 characters, no `[]:*?/\`).
    public var name: String
    /// Rows from row 1.
    public var rows: [[XLSXValue?]]
    /// Column widths in characters (empty: the application's default).
    public var columnWidths: [Double] = []
    /// Columns (0-based) whose numbers show two decimals (`84.11`, `25.70`).
    public var decimalColumns: Set<Int> = []
    /// Whether the header row stays in view when scrolling.
    public var freezeHeader = false
    /// The header row (0-based; bold, and frozen with the rows above it): rows above it are a
    /// heading (an annex's agency, motto and title lines).
    public var headerRow = 0
    /// Merged cells (a heading line across the table).
    public var merges: [XLSXRange] = []
    /// Cells with their own look (centred, bold, italic), overriding the row's.
    public var cellStyles: [XLSXCellPosition: XLSXCellStyle] = [:]
    /// Row heights in points, by 0-based row (others: the application's default).
    public var rowHeights: [Int: Double] = [:]
    /// Columns (0-based) whose cells below the header wrap within the column's width (long
    /// reasons); when any, every cell below the header aligns to the top (set `rowHeights` for
    /// the lines they take; no two-decimal format then).
    public var wrapColumns: Set<Int> = []
    /// Printed on A4 landscape, fitted to the page's width, the header row repeated on each page.
    public var landscape = false

    /// Creates a sheet.
    public init(name: String, rows: [[XLSXValue?]]) {
        self.name = name
        self.rows = rows
    }
}

/// Writes a minimal `.xlsx` workbook: content types, relationships, workbook, a styles part
/// and one worksheet per sheet with inline strings. Same sheets, same bytes.
public enum XLSXWriter {
    /// The workbook's bytes.
    public static func workbook(_ sheets: [XLSXSheet]) -> [UInt8] {
        precondition(!sheets.isEmpty, "a workbook needs a sheet")
        var zip = ZipWriter()
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        var types =
            head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for i in sheets.indices {
            types +=
                "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        types += "</Types>"
        zip.add("[Content_Types].xml", Array(types.utf8))
        zip.add(
            "_rels/.rels",
            Array(
                (head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").utf8))
        var wb = head + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>"
        var rels = head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (i, s) in sheets.enumerated() {
            wb += "<sheet name=\"\(escape(sheetName(s.name)))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        wb += "</sheets>" + printTitles(sheets) + "</workbook>"
        rels += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>"
        zip.add("xl/workbook.xml", Array(wb.utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(rels.utf8))
        zip.add(
            "xl/styles.xml",
            Array(
                (head + "<styleSheet xmlns=\"\(main)\">"
                    + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                    + "<font><i/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"8\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                    + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
                    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
                    + [0, 1, 2].map {
                        "<xf numFmtId=\"0\" fontId=\"\($0)\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
                            + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
                    }.joined() + "</cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                    + "</styleSheet>").utf8))
        for (i, s) in sheets.enumerated() {
            zip.add("xl/worksheets/sheet\(i + 1).xml", sheetXML(s, namespace: main, head: head))
        }
        return zip.finish()
    }

    static func sheetXML(_ s: XLSXSheet, namespace: String, head: String) -> [UInt8] {
        var x = head + "<worksheet xmlns=\"\(namespace)\">"
        if s.landscape { x += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        if s.freezeHeader && s.rows.count > s.headerRow + 1 {
            let below = s.headerRow + 1
            x +=
                "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(below)\" topLeftCell=\"A\(below + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        }
        if !s.columnWidths.isEmpty {
            x +=
                "<cols>"
                + s.columnWidths.enumerated().map {
                    "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\(number($0.element))\" customWidth=\"1\"/>"
                }.joined() + "</cols>"
        }
        x += "<sheetData>"
        for (r, row) in s.rows.enumerated() {
            x += "<row r=\"\(r + 1)\"" + (s.rowHeights[r].map { " ht=\"\(number($0))\" customHeight=\"1\"" } ?? "") + ">"
            for (c, cell) in row.enumerated() {
                guard let cell else { continue }
                let ref = XLSXSheetReader.columnName(c) + String(r + 1)
                // header row in bold; 0.00 below it; a heading cell as it asks
                var style = r == s.headerRow ? " s=\"1\"" : (r > s.headerRow && s.decimalColumns.contains(c) ? " s=\"2\"" : "")
                if r > s.headerRow && !s.wrapColumns.isEmpty { style = s.wrapColumns.contains(c) ? " s=\"3\"" : " s=\"4\"" }
                if let own = s.cellStyles[XLSXCellPosition(row: r, column: c)] { style = " s=\"\(own.index)\"" }
                switch cell {
                case let .text(t):
                    if t.isEmpty { continue }
                    x += "<c r=\"\(ref)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(t))</t></is></c>"
                case let .number(v):
                    guard v.isFinite else { continue }
                    x += "<c r=\"\(ref)\"\(style)><v>\(number(v))</v></c>"
                }
            }
            x += "</row>"
        }
        x += "</sheetData>"
        if !s.merges.isEmpty {
            x +=
                "<mergeCells count=\"\(s.merges.count)\">" + s.merges.map { "<mergeCell ref=\"\($0.reference)\"/>" }.joined()
                + "</mergeCells>"
        }
        if s.landscape {
            x +=
                "<pageMargins left=\"0.59\" right=\"0.59\" top=\"0.59\" bottom=\"0.59\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        }
        x += "</worksheet>"
        return Array(x.utf8)
    }

    /// The workbook's print titles: each landscape sheet's header row repeats on every page.
    static func printTitles(_ sheets: [XLSXSheet]) -> String {
        let names = sheets.enumerated().filter { $0.element.landscape }.map { i, s in
            let quoted = "'" + String(sheetName(s.name).flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
            return
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">\(escape(quoted))!$\(s.headerRow + 1):$\(s.headerRow + 1)</definedName>"
        }
        return names.isEmpty ? "" : "<definedNames>" + names.joined() + "</definedNames>"
    }

    /// Shortest round-trip text of a number, without a trailing `.0`.
    public static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// XML text escaping; control characters other than tab and line breaks are dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A valid sheet name: forbidden characters replaced, at most 31 characters.
    static func sheetName(_ s: String) -> String {
        let cleaned = String(s.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }
}
