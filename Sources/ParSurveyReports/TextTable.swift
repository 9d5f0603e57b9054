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

    /// Aligned text, two spaces between columns, a rule under the header.
    public func text() -> String {
        // what a terminal shows: control characters in the data escaped
        let headers = headers.map { TerminalText.escape($0) }
        let rows = rows.map { $0.map { TerminalText.escape($0) } }
        var widths = headers.map(\.count)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: max(0, widths[i] - c.count))
                return alignments[i] == .left ? c + pad : pad + c
            }.joined(separator: "  ").replacingTrailingSpaces()
        }
        var out = line(headers) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows { out += line(r) + "\n" }
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
