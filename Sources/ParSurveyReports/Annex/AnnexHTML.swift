import ParSurveyModel
/// The decision annex as one print-ready HTML page: A4 landscape, Times New Roman, the official
/// heading (agency on the left, the national motto on the right, each underlined by a short
/// rule), the centred title and decision line, then the tables with their header rows repeated
/// on each printed page. Inline CSS, no scripts, nothing fetched; same annex, same bytes.
public enum AnnexHTML {
    /// The page.
    public static func render(_ a: DecisionAnnex, language: Language) -> String {
        let e = MarkupEscaping.html
        var h = "<!DOCTYPE html>\n<html lang=\"\(language == .vi ? "vi" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<title>\(e(a.title.joined(separator: " ")))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n"
        h += "<table class=\"heading\"><tr>\n<td class=\"agency\">"
        h += a.agency.enumerated().map { i, l in i == a.agency.count - 1 ? "<b>\(e(l))</b>" : e(l) }.joined(separator: "<br>")
        h += "<div class=\"rule\"></div></td>\n<td class=\"nation\">"
        h += a.nation.enumerated().map { i, l in i == 0 ? "<b>\(e(l))</b>" : "<b class=\"motto\">\(e(l))</b>" }.joined(separator: "<br>")
        h += "<div class=\"rule wide\"></div></td>\n</tr></table>\n"
        h += "<h1>" + a.title.map(e).joined(separator: "<br>") + "</h1>\n"
        h += "<p class=\"decision\">\(e(a.decisionLine))</p>\n"
        for t in a.tables {
            h += "<h2>\(e(t.caption))</h2>\n<table class=\"annex\">\n<thead><tr>"
            h += t.headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for r in t.rows {
                switch r.kind {
                case .group:
                    let label = r.cells.map { $0.text(language) }
                    h += "<tr class=\"group\"><td class=\"c\">\(e(label.first ?? ""))</td>"
                    h += "<td colspan=\"\(t.headers.count - 1)\">\(e(label.dropFirst().joined(separator: " ")))</td></tr>\n"
                default:
                    h += r.kind == .average ? "<tr class=\"average\">" : "<tr>"
                    for (c, cell) in r.cells.enumerated() {
                        let cls = c == 0 ? " class=\"c\"" : cell.isNumber || cell == .missing ? " class=\"n\"" : ""
                        h += "<td\(cls)>\(e(cell.text(language)))</td>"
                    }
                    h += "</tr>\n"
                }
            }
            h += "</tbody>\n</table>\n"
        }
        if !a.notes.isEmpty {
            h += "<div class=\"notes\">" + a.notes.map { "<p>\(e($0))</p>" }.joined() + "</div>\n"
        }
        return h + "</body>\n</html>\n"
    }

    static let css = """
        @page { size: A4 landscape; margin: 15mm 15mm 15mm 20mm; }
        body { font-family: "Times New Roman", Times, "Noto Serif", serif; font-size: 13pt; color: #000; margin: 0; }
        table.heading { width: 100%; border-collapse: collapse; margin-bottom: 8pt; }
        table.heading td { vertical-align: top; text-align: center; padding: 0; font-size: 13pt; line-height: 1.3; }
        td.agency { width: 40%; }
        td.nation { width: 60%; }
        .motto { font-size: 14pt; }
        .rule { width: 30%; margin: 2pt auto 0; border-top: 1px solid #000; }
        .rule.wide { width: 45%; }
        h1 { font-size: 14pt; text-align: center; margin: 10pt 0 2pt; line-height: 1.3; }
        p.decision { text-align: center; font-style: italic; margin: 0 0 10pt; }
        h2 { font-size: 13pt; margin: 12pt 0 4pt; }
        table.annex { width: 100%; border-collapse: collapse; font-size: 11pt; page-break-inside: auto; }
        table.annex th, table.annex td { border: 1px solid #000; padding: 2pt 4pt; }
        table.annex th { font-weight: bold; text-align: center; vertical-align: middle; }
        table.annex thead { display: table-header-group; }
        table.annex tr { page-break-inside: avoid; }
        table.annex th:nth-child(1) { width: 4%; }
        table.annex th:nth-child(2) { width: 20%; }
        table.annex td:not(:nth-child(2)) { white-space: nowrap; }
        td.n { text-align: center; }
        td.c { text-align: center; }
        tr.group td, tr.average td { font-weight: bold; }
        .notes p { font-size: 11pt; font-style: italic; margin: 4pt 0; }

        """
}
