import ParSurveyIO
import ParSurveyModel

extension OfficeAnnex {
    /// `sheet` with the annex's heading above its table, as the Word annex has it: the agency
    /// (over STT and unit) beside the national name and motto (over the other columns), a
    /// blank row, the title lines (bold) and the decision line (italic) merged across the
    /// table, a blank row, then the header row, frozen with everything above it. Printed on A4
    /// landscape, fitted to the width, the header row repeated on each page. Numbers stay
    /// numbers: only the heading's text cells are new.
    static func headed(_ table: XLSXSheet, _ a: DecisionAnnex, columns n: Int) -> XLSXSheet {
        guard n > 1 else { return table }
        var s = table
        let split = n >= 4 ? 2 : 1
        let last = n - 1
        var rows: [[XLSXValue?]] = []
        var merges: [XLSXRange] = []
        var styles: [XLSXCellPosition: XLSXCellStyle] = [:]
        var heights: [Int: Double] = [:]
        func merge(_ r: Int, _ from: Int, _ to: Int) {
            if to > from { merges.append(XLSXRange(row: r, column: from, lastRow: r, lastColumn: to)) }
        }
        for i in 0..<max(a.agency.count, a.nation.count) {
            var row = [XLSXValue?](repeating: nil, count: n)
            if i < a.agency.count {
                row[0] = .text(a.agency[i])
                styles[XLSXCellPosition(row: i, column: 0)] = i == a.agency.count - 1 ? .centredBold : .centred
                merge(i, 0, split - 1)
            }
            if i < a.nation.count {
                row[split] = .text(a.nation[i])
                styles[XLSXCellPosition(row: i, column: split)] = .centredBold
                merge(i, split, last)
            }
            rows.append(row)
        }
        rows.append([])
        // the merged width in characters, for the height of a line that wraps
        let width = max(1, table.columnWidths.prefix(n).reduce(0, +))
        for (k, line) in (a.title + [a.decisionLine]).enumerated() {
            let r = rows.count
            rows.append([.text(line)])
            styles[XLSXCellPosition(row: r, column: 0)] = k < a.title.count ? .centredBold : .centredItalic
            merge(r, 0, last)
            let lines = Int((Double(line.count) * 1.15 / width).rounded(.up))
            if lines > 1 { heights[r] = 15 * Double(lines) }
        }
        rows.append([])
        s.headerRow = rows.count
        // the header row wraps, centred, within the columns' widths (its texts are long)
        // (a wrapped row keeps the default height unless told: LibreOffice Calc 7.4 showed one line)
        var headerLines = 1
        for c in 0..<n {
            styles[XLSXCellPosition(row: s.headerRow, column: c)] = .centredBold
            if let header = table.rows.first, c < header.count, c < table.columnWidths.count, case let .text(h)? = header[c] {
                headerLines = max(headerLines, Int((Double(h.count) * 1.15 / max(1, table.columnWidths[c] - 1)).rounded(.up)))
            }
        }
        if headerLines > 1 { heights[s.headerRow] = 15 * Double(headerLines) }
        s.rows = rows + table.rows
        s.merges = merges
        s.cellStyles = styles
        s.rowHeights = heights
        s.landscape = true
        return s
    }
}
