/// Diverging stacked bars of an answer distribution per group: negative answers left of
/// zero, the neutral answer centred on zero, positive answers right; each segment labelled
/// with its percentage when it has room; groups significantly below the unit's share marked ▼
/// with the questions.
enum DivergingStackedBars {
    /// How far the bars reach left and right of zero (fractions), rounded up to tenths: one
    /// scale for all charts of a section, so their bars compare.
    static func extent(_ charts: [LikertChart]) -> (left: Double, right: Double) {
        var left = 0.1
        var right = 0.1
        for c in charts {
            for r in c.rows where !r.shares.isEmpty {
                let (l, rr) = reach(r.shares, c.categories)
                left = max(left, l)
                right = max(right, rr)
            }
        }
        return (min(1, (left * 10 - 1e-9).rounded(.up) / 10), min(1, (right * 10 - 1e-9).rounded(.up) / 10))
    }

    static func reach(_ shares: [Double], _ categories: [LikertCategory]) -> (Double, Double) {
        var neg = 0.0
        var neu = 0.0
        var pos = 0.0
        for (k, s) in shares.enumerated() {
            switch categories[k].side {
            case .negative: neg += s
            case .neutral: neu += s
            case .positive: pos += s
            }
        }
        return (neg + neu / 2, pos + neu / 2)
    }

    static func svg(_ chart: LikertChart, extent: (left: Double, right: Double), totalLabel: String, legend: Bool, style: ReportStyle)
        -> String
    {
        let rowH = 18.0
        let barH = 13.0
        let size = 10.5
        let top = 38.0
        let labels = chart.rows.map { $0.isTotal ? totalLabel : $0.label }
        let labelW = min(170, (labels.map { SVGCanvas.textWidth($0, size: size) }.max() ?? 60) + 8)
        let flagW = chart.rows.contains { !$0.below.isEmpty } ? 100.0 : 46.0
        let x0 = labelW
        let x1 = SVGCanvas.pageWidth - flagW
        let scale = (x1 - x0) / (extent.left + extent.right)
        let zero = x0 + extent.left * scale
        let colours = ChartPalette.likert(chart.categories)
        let legendRows = legend ? legendLayout(chart.categories, style: style, width: SVGCanvas.pageWidth - 4) : []
        let plotBottom = top + Double(chart.rows.count) * rowH + 4
        var c = SVGCanvas(height: plotBottom + (legend ? 16 + Double(legendRows.count) * 15 : 2))
        let heading = chart.id + " — " + chart.title.text(style.language)
        c.text(SVGCanvas.fit(heading, width: SVGCanvas.pageWidth - 4, size: 11.5), 2, 13, size: 11.5, bold: true)
        // Axis: ticks every 10 % (20 % when wide), labelled as absolute percentages.
        let step = extent.left + extent.right > 1.2 ? 0.2 : 0.1
        var t = -((extent.left / step).rounded(.down)) * step
        while t <= extent.right + 1e-9 {
            let xt = zero + t * scale
            c.line(xt, top - 3, xt, plotBottom, stroke: abs(t) < 1e-9 ? "#555" : "#e6e6e6")
            c.text(
                style.number(abs(t) * 100, places: 0) + (abs(t) < 1e-9 ? "" : style.language == .vi ? " %" : "%"), xt, top - 7,
                anchor: .middle, size: 9, fill: "#555")
            t += step
        }
        let nX = x1 + 36  // right edge of the respondents column
        c.text("n", nX, top - 7, anchor: .end, size: 9, fill: "#555")
        for (i, r) in chart.rows.enumerated() {
            let y = top + Double(i) * rowH + (rowH - barH) / 2 + (r.isTotal ? 3 : 0)
            if r.isTotal { c.line(0, y - 3, SVGCanvas.pageWidth, y - 3, stroke: "#bbbbbb") }
            c.text(SVGCanvas.fit(labels[i], width: labelW - 6, size: size), 2, y + barH - 3, size: size, bold: r.isTotal)
            if !r.shares.isEmpty {
                let (l, _) = reach(r.shares, chart.categories)
                var x = zero - l * scale
                for (k, s) in r.shares.enumerated() where s > 0 {
                    let w = s * scale
                    let pct = style.number(s * 100, places: 0)
                    c.rect(
                        x, y, w, barH, fill: colours[k].fill,
                        title:
                            "\(labels[i]) — \(chart.categories[k].code) \(chart.categories[k].label.text(style.language)): \(style.percent(s, places: 1))"
                    )
                    if SVGCanvas.textWidth(pct, size: 9) + 3 <= w {
                        c.text(pct, x + w / 2, y + barH - 3.5, anchor: .middle, size: 9, fill: colours[k].text)
                    }
                    x += w
                }
            }
            let flags = r.below.isEmpty ? "" : flagText(r.below, width: SVGCanvas.pageWidth - nX - 6, size: 9.5)
            c.text(style.count(r.respondents), nX, y + barH - 3, anchor: .end, size: 9.5, fill: "#444")
            if !flags.isEmpty {
                c.text(
                    flags, nX + 5, y + barH - 3, size: 9.5, fill: "#b2182b",
                    bold: true)
            }
        }
        // Legend: every category with its colour, in scale order.
        var ly = plotBottom + 16
        for row in legendRows {
            var lx = 2.0
            for (k, text) in row {
                c.rect(lx, ly - 9, 11, 11, fill: colours[k].fill, stroke: "#999")
                c.text(text, lx + 15, ly, size: 9.5)
                lx += 15 + SVGCanvas.textWidth(text, size: 9.5) + 12
            }
            ly += 15
        }
        let title = heading
        let desc =
            style.t("Phân bố câu trả lời (có trọng số) theo ", "Weighted answer distribution by ")
            + labels.dropLast().joined(separator: ", ")
        return c.render(title: title, description: desc)
    }

    /// `▼ q1 q3 q8` when it fits `width`, else as many ids as fit and the count of the others
    /// (`▼ q1 q3 +4`): never an id cut in the middle (the caption lists them all).
    static func flagText(_ ids: [String], width: Double, size: Double) -> String {
        func fits(_ t: String) -> Bool { Double(t.count) * size * 0.56 <= width }
        let all = "▼ " + ids.joined(separator: " ")
        if fits(all) { return all }
        var keep = ids.count - 1
        while keep > 0 && !fits("▼ " + ids.prefix(keep).joined(separator: " ") + " +\(ids.count - keep)") { keep -= 1 }
        return "▼ " + (keep > 0 ? ids.prefix(keep).joined(separator: " ") + " " : "") + "+\(ids.count - keep)"
    }

    /// Legend entries (`4 Hài lòng`) broken into lines that fit `width`.
    static func legendLayout(_ categories: [LikertCategory], style: ReportStyle, width: Double) -> [[(Int, String)]] {
        var rows: [[(Int, String)]] = [[]]
        var used = 0.0
        for (k, cat) in categories.enumerated() {
            let text = cat.code + " " + cat.label.text(style.language)
            let w = 15 + SVGCanvas.textWidth(text, size: 9.5) + 12
            if used + w > width && !rows[rows.count - 1].isEmpty {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append((k, text))
            used += w
        }
        return rows
    }
}
