import ParSurveyIO
import ParSurveyModel
/// A small table renderer: aligned plain text, Markdown, or CSV, from the same cells.
public struct TextTable: Sendable {
    /// Column alignment.
    public enum Alignment: Sendable { case left, right }

    /// Column headers.
    public var headers: [String]
    /// Alignment per column.
    public var alignments: [Alignment]
    /// Rows of cells.
    public var rows: [[String]] = []

    /// A table with `headers`; `alignments` defaults to left for the first column, right after.
    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.indices.map { $0 == 0 ? .left : .right }
    }

    /// Appends a row.
    public mutating func add(_ row: [String]) { rows.append(row) }

    /// Aligned text, two spaces between columns, a rule under the header. Widths are
    /// display columns (`TerminalText.width`: combining marks count none).
    public func text() -> String { text(width: nil) }

    /// Aligned text no wider than `width` display columns when it can be: a table that is
    /// wider is cut into blocks of columns, one under the other, each repeating the first
    /// `keyColumns` columns (rank and unit) so that every block reads on its own.
    public func text(width: Int?, keyColumns: Int = 1) -> String {
        // what a terminal shows: control characters in the data escaped
        let headers = headers.map { TerminalText.escape($0) }
        let rows = rows.map { $0.map { TerminalText.escape($0) } }
        var widths = headers.map(TerminalText.width)
        for r in rows {
            for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], TerminalText.width(c)) }
        }
        let keys = min(keyColumns, headers.count)
        var blocks: [[Int]] = [Array(headers.indices)]
        if let width, widths.reduce(0, +) + 2 * (widths.count - 1) > width, headers.count > keys {
            let keyWidth = widths.prefix(keys).reduce(0, +) + 2 * keys
            blocks = []
            var current: [Int] = []
            var used = keyWidth
            for i in keys..<headers.count {
                if !current.isEmpty && used + widths[i] > width {
                    blocks.append(Array(0..<keys) + current)
                    current = []
                    used = keyWidth
                }
                current.append(i)
                used += widths[i] + 2
            }
            blocks.append(Array(0..<keys) + current)
        }
        func line(_ cells: [String], _ columns: [Int]) -> String {
            columns.map { i in
                TerminalText.pad(i < cells.count ? cells[i] : "", to: widths[i], left: alignments[i] == .left)
            }.joined(separator: "  ").replacingTrailingSpaces()
        }
        var out = ""
        for (b, columns) in blocks.enumerated() {
            if b > 0 { out += "\n" }
            out += line(headers, columns) + "\n"
            out += columns.map { String(repeating: "─", count: widths[$0]) }.joined(separator: "  ") + "\n"
            for r in rows { out += line(r, columns) + "\n" }
        }
        return out
    }

    /// A Markdown pipe table (cells escaped).
    public func markdown() -> String {
        func esc(_ s: String) -> String { MarkupEscaping.markdownCell(s) }
        var out = "| " + headers.map(esc).joined(separator: " | ") + " |\n"
        out += "|" + alignments.map { $0 == .left ? " --- |" : " ---: |" }.joined() + "\n"
        for r in rows { out += "| " + r.map(esc).joined(separator: " | ") + " |\n" }
        return out
    }

    /// CSV (RFC 4180, LF line ends), cells neutralised against spreadsheet formula injection.
    public func csv() -> String {
        var out = headers.map(CSVField.encode).joined(separator: ",") + "\n"
        for r in rows { out += r.map(CSVField.encode).joined(separator: ",") + "\n" }
        return out
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
