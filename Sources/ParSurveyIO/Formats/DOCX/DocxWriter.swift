/// A table for a Word document: header row (repeated on every page), rows of text, and
/// each column's alignment and relative width.
public struct DocxTable: Sendable {
    /// Header cells.
    public var headers: [String]
    /// Body rows (one cell per header).
    public var rows: [[String]]
    /// Right-aligned columns (numbers); others are left-aligned.
    public var rightAligned: Set<Int>
    /// Relative column widths (any unit); empty: from the longest text of each column.
    public var widths: [Double]

    /// Creates a table.
    public init(headers: [String], rows: [[String]], rightAligned: Set<Int> = [], widths: [Double] = []) {
        self.headers = headers
        self.rows = rows
        self.rightAligned = rightAligned
        self.widths = widths
    }
}

/// Writes a minimal Word document (`.docx`, WordprocessingML in a ZIP): a styles part
/// (Times New Roman 13, as Vietnamese administrative documents use), centred bold title
/// lines, then tables with single borders whose header row repeats on each page; A4,
/// landscape when asked. Same input, same bytes.
public enum DocxWriter {
    /// A4 in twentieths of a point, and 2 cm margins.
    static let a4Short = 11906, a4Long = 16838, margin = 1134

    /// The document's bytes: the `heading` table when given, `titles` (centred; the first
    /// `boldTitles` bold and larger, the rest italic), then `tables` each after its optional
    /// caption, then `notes` as plain paragraphs.
    public static func document(
        heading: DocxHeading? = nil, titles: [String], boldTitles: Int = 1, tables: [(caption: String?, table: DocxTable)],
        notes: [String] = [], landscape: Bool
    ) -> [UInt8] {
        var zip = ZipWriter()
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        zip.add(
            "[Content_Types].xml",
            Array(
                (head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                    + "</Types>").utf8))
        zip.add(
            "_rels/.rels",
            Array(
                (head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"word/document.xml\"/></Relationships>").utf8))
        zip.add(
            "word/_rels/document.xml.rels",
            Array(
                (head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>").utf8))
        zip.add("word/styles.xml", Array((head + styles(w)).utf8))

        let pageW = landscape ? a4Long : a4Short
        let pageH = landscape ? a4Short : a4Long
        let textWidth = pageW - 2 * margin
        var body = ""
        if let heading { body += headingXML(heading, width: textWidth) + "<w:p/>" }
        for (i, t) in titles.enumerated() {
            body += "<w:p><w:pPr><w:pStyle w:val=\"\(i < max(1, boldTitles) ? "Title" : "Subtitle")\"/></w:pPr>\(run(t))</w:p>"
        }
        for (caption, table) in tables {
            if let caption { body += "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/></w:pPr>\(run(caption))</w:p>" }
            body += tableXML(table, width: textWidth)
            body += "<w:p/>"
        }
        for n in notes { body += "<w:p>\(run(n))</w:p>" }
        body +=
            "<w:sectPr><w:pgSz w:w=\"\(pageW)\" w:h=\"\(pageH)\"" + (landscape ? " w:orient=\"landscape\"" : "") + "/>"
            + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
        zip.add("word/document.xml", Array((head + "<w:document xmlns:w=\"\(w)\"><w:body>" + body + "</w:body></w:document>").utf8))
        return zip.finish()
    }

    static func run(_ text: String, bold: Bool = false) -> String {
        "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">\(XLSXWriter.escape(text))</w:t></w:r>"
    }

    static func tableXML(_ t: DocxTable, width: Int) -> String {
        let n = t.headers.count
        var rel =
            t.widths.count == n
            ? t.widths
            : (0..<n).map { c in
                let longest = t.rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0
                // a header wraps onto two or three lines; the body's longest text sets the width
                return Double(max(longest, min(t.headers[c].count, 14), 3))
            }
        let sum = rel.reduce(0, +)
        rel = rel.map { $0 / (sum > 0 ? sum : 1) }
        let twips = rel.map { Int(($0 * Double(width)).rounded(.down)) }
        var x = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        x +=
            "<w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            }.joined() + "</w:tblBorders>"
        x +=
            "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>"
        x +=
            "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        x += "<w:tblGrid>" + twips.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        func row(_ cells: [String], header: Bool) -> String {
            var r = "<w:tr>" + (header ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
            for c in 0..<n {
                let text = c < cells.count ? cells[c] : ""
                let jc = header ? "center" : (t.rightAligned.contains(c) ? "right" : "left")
                r +=
                    "<w:tc><w:tcPr><w:tcW w:w=\"\(twips[c])\" w:type=\"dxa\"/>"
                    + (header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/><w:vAlign w:val=\"center\"/>" : "")
                    + "</w:tcPr>"
                r +=
                    "<w:p><w:pPr><w:spacing w:before=\"40\" w:after=\"40\"/><w:jc w:val=\"\(jc)\"/></w:pPr>\(run(text, bold: header))</w:p></w:tc>"
            }
            return r + "</w:tr>"
        }
        x += row(t.headers, header: true)
        for r in t.rows { x += row(r, header: false) }
        return x + "</w:tbl>"
    }

    static func styles(_ w: String) -> String {
        "<w:styles xmlns:w=\"\(w)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\" w:eastAsia=\"Times New Roman\"/>"
            + "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"60\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"120\"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:spacing w:before=\"120\" w:after=\"60\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            }.joined()
            + "</w:tblBorders></w:tblPr></w:style>"
            + "</w:styles>"
    }
}
