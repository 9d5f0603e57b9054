/// Colour-blind-safe colours of the charts: Okabe–Ito for the three components and the
/// dot-and-whisker marks, ColorBrewer RdBu (diverging) for answer categories; text on a
/// coloured bar is white on the dark colours and near-black on the light ones.
enum ChartPalette {
    /// Self-assessment, satisfaction, leadership (Okabe–Ito blue, orange, bluish green).
    static let components = ["#0072B2", "#E69F00", "#009E73"]
    /// Text colour on each component colour.
    static let componentText = ["#ffffff", "#222222", "#222222"]
    /// Criteria dots (blue), element diamonds (vermillion), the overall index (black).
    static let criterion = "#0072B2", element = "#D55E00", overall = "#000000"
    /// Neutral answers.
    static let neutral = "#d9d9d9"

    /// Colours of `count` negative categories, most negative first.
    static func negatives(_ count: Int) -> [String] {
        switch count {
        case 0: return []
        case 1: return ["#ef8a62"]
        case 2: return ["#b2182b", "#ef8a62"]
        default: return Array(repeating: "#67001f", count: count - 3) + ["#b2182b", "#ef8a62", "#fddbc7"]
        }
    }

    /// Colours of `count` positive categories, least positive first.
    static func positives(_ count: Int) -> [String] {
        switch count {
        case 0: return []
        case 1: return ["#67a9cf"]
        case 2: return ["#67a9cf", "#2166ac"]
        default: return ["#d1e5f0", "#67a9cf", "#2166ac"] + Array(repeating: "#053061", count: count - 3)
        }
    }

    /// A colour for each category of a chart, and its text colour.
    static func likert(_ categories: [LikertCategory]) -> [(fill: String, text: String)] {
        let neg = negatives(categories.filter { $0.side == .negative }.count)
        let pos = positives(categories.filter { $0.side == .positive }.count)
        var n = 0
        var p = 0
        return categories.map { c in
            switch c.side {
            case .negative:
                defer { n += 1 }
                return (neg[n], dark(neg[n]) ? "#ffffff" : "#222222")
            case .positive:
                defer { p += 1 }
                return (pos[p], dark(pos[p]) ? "#ffffff" : "#222222")
            case .neutral: return (neutral, "#222222")
            }
        }
    }

    static func dark(_ colour: String) -> Bool { ["#67001f", "#b2182b", "#2166ac", "#053061"].contains(colour) }
}
