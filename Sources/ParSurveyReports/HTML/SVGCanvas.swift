import ParSurveyModel
/// A small SVG writer for the report's charts: shapes and escaped text in a fixed view box,
/// coordinates with one decimal, every chart with a `<title>` (and a `<desc>`).
struct SVGCanvas {
    /// The view box width and height.
    let width: Double
    var height: Double
    private var body = ""

    /// Width of the view box every chart uses: the printable width of A4 at 96 px per inch, roughly.
    static let pageWidth = 700.0

    init(width: Double = SVGCanvas.pageWidth, height: Double) {
        self.width = width
        self.height = height
    }

    /// `12.5`, `12` (no trailing `.0`), always with a `.`.
    static func num(_ x: Double) -> String {
        let s = DecimalText.format(x, places: 1, language: .en)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : (s == "-0" ? "0" : s)
    }

    /// Estimated width of `text` at `size` (sans-serif, Vietnamese letters included).
    static func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.62 }

    /// `text` cut with `…` to fit `width` at `size` (measured at 0.56 em a letter, what long
    /// sentences average in DejaVu Sans and Noto Sans; `textWidth` stays generous for layout).
    static func fit(_ text: String, width: Double, size: Double) -> String {
        if Double(text.count) * size * 0.56 <= width { return text }
        let keep = max(1, Int(width / (size * 0.56)) - 1)
        return String(text.prefix(keep)).replacingTrailingSpaces() + "…"
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil, title: String? = nil) {
        body +=
            "<rect x=\"\(Self.num(x))\" y=\"\(Self.num(y))\" width=\"\(Self.num(max(0, w)))\" height=\"\(Self.num(h))\" fill=\"\(fill)\""
        if let s = stroke { body += " stroke=\"\(s)\" stroke-width=\"0.6\"" }
        if let t = title { body += "><title>\(MarkupEscaping.html(t))</title></rect>\n" } else { body += "/>\n" }
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(
        _ s: String, _ x: Double, _ y: Double, anchor: Anchor = .start, size: Double = 11, fill: String = "#222",
        bold: Bool = false
    ) {
        body += "<text x=\"\(Self.num(x))\" y=\"\(Self.num(y))\""
        if anchor != .start { body += " text-anchor=\"\(anchor.rawValue)\"" }
        if size != 11 { body += " font-size=\"\(Self.num(size))\"" }
        if fill != "#222" { body += " fill=\"\(fill)\"" }
        if bold { body += " font-weight=\"bold\"" }
        body += ">" + MarkupEscaping.html(s) + "</text>\n"
    }

    mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = "#999", width: Double = 1, dash: String? = nil
    ) {
        body += "<line x1=\"\(Self.num(x1))\" y1=\"\(Self.num(y1))\" x2=\"\(Self.num(x2))\" y2=\"\(Self.num(y2))\" stroke=\"\(stroke)\""
        if width != 1 { body += " stroke-width=\"\(Self.num(width))\"" }
        if let d = dash { body += " stroke-dasharray=\"\(d)\"" }
        body += "/>\n"
    }

    mutating func circle(_ cx: Double, _ cy: Double, _ r: Double, fill: String) {
        body += "<circle cx=\"\(Self.num(cx))\" cy=\"\(Self.num(cy))\" r=\"\(Self.num(r))\" fill=\"\(fill)\"/>\n"
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String) {
        body +=
            "<polygon points=\"" + points.map { Self.num($0.0) + "," + Self.num($0.1) }.joined(separator: " ") + "\" fill=\"\(fill)\"/>\n"
    }

    /// The SVG element: scales to the page width, with its title and description.
    func render(title: String, description: String? = nil) -> String {
        // Inline in HTML: no namespace attribute needed (and no URL in the page).
        var s = "<svg viewBox=\"0 0 \(Self.num(width)) \(Self.num(height))\" role=\"img\">\n"
        s += "<title>" + MarkupEscaping.html(title) + "</title>\n"
        if let d = description { s += "<desc>" + MarkupEscaping.html(d) + "</desc>\n" }
        return s + body + "</svg>\n"
    }
}
