import ParSurveyModel
/// The decision annex as Markdown: the heading lines, the bold title, the decision line in
/// italics, then one table per section (numbers right-aligned, group headings and the average
/// row in bold).
public enum AnnexMarkdown {
    /// The document.
    public static func render(_ a: DecisionAnnex, language: Language) -> String {
        let e = MarkupEscaping.markdownCell
        var s = ""
        for l in a.agency { s += e(l) + "  \n" }
        s += "\n"
        for l in a.nation { s += "**" + e(l) + "**  \n" }
        s += "\n"
        for l in a.title { s += "**" + e(l) + "**  \n" }
        s += "\n*" + e(a.decisionLine) + "*\n"
        for t in a.tables {
            s += "\n### " + e(t.caption) + "\n\n"
            s += "| " + t.headers.map(e).joined(separator: " | ") + " |\n"
            let numeric = (0..<t.headers.count).map { c in
                c == 0 || t.unitRows.contains { c < $0.cells.count && $0.cells[c].isNumber }
            }
            s += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
            for r in t.rows {
                var cells = r.cells.map { e($0.text(language)) }
                if r.kind == .group {
                    cells = [cells.first ?? "", cells.dropFirst().joined(separator: " ")]
                }
                while cells.count < t.headers.count { cells.append("") }
                if r.kind != .unit { cells = cells.map { $0.isEmpty ? $0 : "**" + $0 + "**" } }
                s += "| " + cells.joined(separator: " | ") + " |\n"
            }
        }
        if !a.notes.isEmpty { s += "\n" + a.notes.map { "*" + e($0) + "*" }.joined(separator: "\n\n") + "\n" }
        return s
    }
}
