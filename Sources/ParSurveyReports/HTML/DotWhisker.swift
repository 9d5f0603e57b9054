/// A unit's satisfaction profile as dots with confidence-interval whiskers: the overall
/// index, the elements, then the criteria lowest first (weaknesses at the top), on a common
/// percentage axis; each row labelled with its value.
enum DotWhisker {
    /// The lower end of a common axis for `profiles`: the lowest interval end, down to a multiple of 10.
    static func axisMinimum(_ profiles: [UnitProfile]) -> Double {
        var low = 1.0
        for p in profiles {
            for item in [p.overall] + p.elements + p.criteria {
                if let v = item.interval?.low ?? item.estimate { low = min(low, v) }
            }
        }
        return max(0, (low * 10).rounded(.down) / 10)
    }

    static func svg(_ p: UnitProfile, axisMin: Double, style: ReportStyle) -> String {
        let rowH = 12.0
        let size = 9.0
        let top = 20.0
        let labelW = 410.0
        let valueW = 52.0
        let x0 = labelW + 8
        let x1 = SVGCanvas.pageWidth - valueW
        func x(_ v: Double) -> Double { x0 + (x1 - x0) * (v - axisMin) / (1 - axisMin) }
        let items: [(ProfileItem, Kind)] = [(p.overall, .overall)] + p.elements.map { ($0, .element) } + p.criteria.map { ($0, .criterion) }
        let gap = 8.0
        let lineH = 9.5
        // Labels wrap (never cut short): criteria that begin alike stay apart.
        let labels: [[String]] = items.map { item, kind in
            let label: String
            switch kind {
            case .overall: label = style.t("Chỉ số hài lòng chung", "Overall satisfaction index")
            case .element: label = item.id + "  " + item.label.text(style.language)
            case .criterion: label = item.id + " (" + (item.element ?? "") + ")  " + item.label.text(style.language)
            }
            return SVGCanvas.wrap(label, width: kind == .criterion ? labelW : labelW - 30, size: size)
        }
        let height = top + Double(items.count) * rowH + labels.reduce(0) { $0 + Double($1.count - 1) * lineH } + 2 * gap + 4
        var c = SVGCanvas(height: height)
        let bottom = height - 4
        for t in stride(from: Int((axisMin * 100).rounded()), through: 100, by: 10) {
            let xt = x(Double(t) / 100)
            c.line(xt, top - 4, xt, bottom, stroke: "#e6e6e6")
            c.text(
                style.number(Double(t), places: 0) + (style.language == .vi ? " %" : "%"), xt, top - 8, anchor: .middle, size: 9,
                fill: "#555")
        }
        if let o = p.overall.estimate { c.line(x(o), top - 2, x(o), bottom, stroke: "#777", dash: "3,3") }
        var y = top
        for (i, (item, kind)) in items.enumerated() {
            if i == 1 || i == 1 + p.elements.count {
                y += gap
                c.line(0, y - gap / 2 - 1, SVGCanvas.pageWidth, y - gap / 2 - 1, stroke: "#cccccc")
            }
            let extra = Double(labels[i].count - 1) * lineH
            let cy = y + (rowH + extra) / 2
            for (j, line) in labels[i].enumerated() {
                c.text(line, 2, y + rowH / 2 + 3.3 + Double(j) * lineH, size: size, bold: kind != .criterion)
            }
            let colour = kind == .overall ? ChartPalette.overall : kind == .element ? ChartPalette.element : ChartPalette.criterion
            if let ci = item.interval {
                c.line(x(max(axisMin, ci.low)), cy, x(min(1, ci.high)), cy, stroke: colour, width: 1.4)
                c.line(x(max(axisMin, ci.low)), cy - 3, x(max(axisMin, ci.low)), cy + 3, stroke: colour, width: 1.2)
                c.line(x(min(1, ci.high)), cy - 3, x(min(1, ci.high)), cy + 3, stroke: colour, width: 1.2)
            }
            if let v = item.estimate {
                let cx = x(v)
                switch kind {
                case .overall: c.rect(cx - 4, cy - 4, 8, 8, fill: colour)
                case .element: c.polygon([(cx, cy - 5), (cx + 5, cy), (cx, cy + 5), (cx - 5, cy)], fill: colour)
                case .criterion: c.circle(cx, cy, 3.5, fill: colour)
                }
            }
            c.text(
                style.percent(item.estimate, places: 1), SVGCanvas.pageWidth - 2, cy + 3.3, anchor: .end, size: size,
                bold: kind != .criterion)
            y += rowH + extra
        }
        let title = style.t(
            "\(p.unit): chỉ số hài lòng chung, theo yếu tố và theo tiêu chí (thấp nhất trước)",
            "\(p.unit): overall, element and criterion satisfaction (lowest criteria first)")
        let desc = p.criteria.prefix(3).map { "\($0.id) \(style.percent($0.estimate, places: 1))" }.joined(separator: ", ")
        return c.render(title: title, description: style.t("Ba tiêu chí thấp nhất: ", "Three lowest criteria: ") + desc)
    }

    enum Kind { case overall, element, criterion }
}

extension DotWhisker {
    /// The marks explained (under the section heading rather than in every chart).
    static func legend(level: Double?, style: ReportStyle) -> String {
        style.t("■ chỉ số chung · ◆ yếu tố · ● tiêu chí · ├─┤ khoảng tin cậy ", "■ overall index · ◆ element · ● criterion · ├─┤ ")
            + (level.map { style.levelLabel($0) } ?? "") + style.t("", " confidence interval")
    }
}
