import ParSurveyScoring
/// One bar per unit split into its three components (self-assessment, satisfaction,
/// leadership) on one 0–100 axis, ranked, each segment labelled with its points and the bar
/// with its total.
enum ComponentBars {
    static func svg(_ table: ParIndexTable, style: ReportStyle) -> String {
        let rows = table.ranked
        let size = 11.0
        let rowH = 22.0
        let barH = 15.0
        let top = 24.0
        let labels = rows.map { "\($0.rank)/\($0.of)  \($0.unit)" }
        let labelW = min(220, (labels.map { SVGCanvas.textWidth($0, size: size) }.max() ?? 60) + 12)
        let x0 = labelW
        let totalW = 46.0
        let x1 = SVGCanvas.pageWidth - totalW
        func x(_ points: Double) -> Double { x0 + (x1 - x0) * points / 100 }
        let names = [SchemeComponent.Source.selfAssessment, .satisfaction, .leadership].map { source in
            source.name.text(style.language)
                + (table.scheme.component(source).map { " (" + SchemeNotes.maxText($0.maxPoints, style) + ")" } ?? "")
        }
        var c = SVGCanvas(height: top + Double(rows.count) * rowH + 40)
        for t in stride(from: 0, through: 100, by: 10) {
            let xt = x(Double(t))
            c.line(xt, top - 4, xt, top + Double(rows.count) * rowH, stroke: t == 0 ? "#888" : "#e3e3e3")
            c.text(String(t), xt, top - 8, anchor: .middle, size: 9.5, fill: "#555")
        }
        for (i, r) in rows.enumerated() {
            let y = top + Double(i) * rowH + (rowH - barH) / 2
            c.text(labels[i], 2, y + barH - 3.5, size: size)
            var start = 0.0
            for (k, h) in [r.selfAssessment, r.satisfaction, r.leadership].enumerated() {
                let pts = Double(h) / 100
                let w = x(start + pts) - x(start)
                c.rect(x(start), y, w, barH, fill: ChartPalette.components[k], title: "\(r.unit): \(names[k]) \(style.points(h))")
                let text = style.points(h)
                if SVGCanvas.textWidth(text, size: 9.5) + 4 <= w {
                    c.text(text, x(start) + w / 2, y + barH - 4, anchor: .middle, size: 9.5, fill: ChartPalette.componentText[k])
                }
                start += pts
            }
            c.text(style.points(r.total), x(start) + 4, y + barH - 3.5, size: size, bold: true)
        }
        // Legend.
        var lx = x0
        let ly = top + Double(rows.count) * rowH + 18
        for (k, n) in names.enumerated() {
            c.rect(lx, ly - 10, 12, 12, fill: ChartPalette.components[k])
            c.text(n, lx + 16, ly, size: 10)
            lx += 16 + SVGCanvas.textWidth(n, size: 10) + 18
        }
        c.text(style.t("Tổng (100)", "Total (100)") + " →", lx, ly, size: 10, bold: true)
        let title = style.t(
            "Điểm thành phần của từng đơn vị trên thang 0–100 (xếp theo hạng)",
            "Component points of each unit on one 0–100 axis (ranked)")
        let desc = rows.map {
            "\($0.rank). \($0.unit): \(style.points($0.selfAssessment)) + \(style.points($0.satisfaction)) + \(style.points($0.leadership)) = \(style.points($0.total))"
        }
        .joined(separator: "; ")
        return c.render(title: title, description: desc)
    }
}
