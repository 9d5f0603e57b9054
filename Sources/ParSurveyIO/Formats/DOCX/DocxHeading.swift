/// The two-column heading of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP,
/// Phụ lục I): the issuing agency on the left, the national name and motto on the right, each
/// block centred in its column with a short rule under it, in a table without borders.
public struct DocxHeading: Sendable, Equatable {
    /// One line of a heading block.
    public struct Line: Sendable, Equatable {
        /// The text as written (upper case is applied by `caps`, not by rewriting it).
        public var text: String
        /// Bold.
        public var bold: Bool
        /// Shown in capitals (`w:caps`).
        public var caps: Bool
        /// Font size in half-points (26 = 13 pt, the document's size).
        public var halfPoints: Int

        /// Creates a line.
        public init(_ text: String, bold: Bool = false, caps: Bool = false, halfPoints: Int = 26) {
            self.text = text
            self.bold = bold
            self.caps = caps
            self.halfPoints = halfPoints
        }
    }

    /// Left block: the issuing agency ("ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH").
    public var agency: [Line]
    /// Right block: the national name and the motto.
    public var nation: [Line]
    /// The left column's share of the text width (the right has the rest).
    public var agencyShare: Double

    /// Creates a heading.
    public init(agency: [Line], nation: [Line], agencyShare: Double = 0.4) {
        self.agency = agency
        self.nation = nation
        self.agencyShare = agencyShare
    }

    /// The form's usual weights: the agency's last line bold (the issuing body; the line above
    /// it, the governing body, plain), all in capitals; the national name bold in capitals; the
    /// motto bold at 14 pt.
    public static func administrative(agency: [String], nation: [String]) -> DocxHeading {
        DocxHeading(
            agency: agency.enumerated().map { i, t in Line(t, bold: i == agency.count - 1, caps: true) },
            nation: nation.enumerated().map { i, t in i == 0 ? Line(t, bold: true, caps: true) : Line(t, bold: true, halfPoints: 28) })
    }
}

extension DocxWriter {
    /// The heading as a borderless two-column table `width` twips wide. Under the agency a rule
    /// half as long as its last line; under the motto a rule as long as the motto (the decree's
    /// proportions), each an empty paragraph with a top border, centred by equal indents.
    static func headingXML(_ h: DocxHeading, width: Int) -> String {
        let left = Int((Double(width) * h.agencyShare).rounded(.down))
        let right = width - left
        var x = "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>"
        x += ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"auto\"/>"
        }
        .joined()
        x += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        x += "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
        x +=
            "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
        x += "</w:tblPr><w:tblGrid><w:gridCol w:w=\"\(left)\"/><w:gridCol w:w=\"\(right)\"/></w:tblGrid>"
        x += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        x += headingCell(h.agency, width: left, rule: h.agency.last.map { estimatedWidth($0) / 2 } ?? 0)
        x += headingCell(h.nation, width: right, rule: h.nation.count > 1 ? estimatedWidth(h.nation[h.nation.count - 1]) : 0)
        return x + "</w:tr></w:tbl>"
    }

    /// One column of the heading: its lines centred, then the rule (`rule` twips; 0: none).
    static func headingCell(_ lines: [DocxHeading.Line], width: Int, rule: Int) -> String {
        var x = "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
        for l in lines {
            var props = l.bold ? "<w:b/><w:bCs/>" : ""
            if l.caps { props += "<w:caps/>" }
            if l.halfPoints != 26 { props += "<w:sz w:val=\"\(l.halfPoints)\"/><w:szCs w:val=\"\(l.halfPoints)\"/>" }
            x += "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r>" + (props.isEmpty ? "" : "<w:rPr>\(props)</w:rPr>")
            x += "<w:t xml:space=\"preserve\">\(XLSXWriter.escape(l.text))</w:t></w:r></w:p>"
        }
        if rule > 0 {
            let indent = max(0, (width - min(rule, width)) / 2)
            x +=
                "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
                + "<w:spacing w:before=\"80\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>"
                + "<w:ind w:left=\"\(indent)\" w:right=\"\(indent)\"/><w:jc w:val=\"center\"/></w:pPr></w:p>"
        }
        if lines.isEmpty && rule == 0 { x += "<w:p/>" }  // a cell must hold a paragraph
        return x + "</w:tc>"
    }

    /// A line's printed width in twips, estimated from its length: Times New Roman averages
    /// about 0.5 em a character in lower case and 0.68 em in capitals (bold a little wider).
    static func estimatedWidth(_ l: DocxHeading.Line) -> Int {
        let em = Double(l.halfPoints) * 10  // twips: half-points × 10 = points × 20
        let perChar = (l.caps || l.text == l.text.uppercased() ? 0.68 : 0.5) * (l.bold ? 1.04 : 1)
        return Int((Double(l.text.count) * perChar * em).rounded())
    }
}
