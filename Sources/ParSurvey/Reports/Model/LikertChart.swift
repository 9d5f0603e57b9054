/// Which side of a diverging stacked bar an answer category sits on.
public enum LikertSide: Sendable, Equatable {
    /// Left of zero (dissatisfied, poor).
    case negative
    /// Centred on zero (neutral).
    case neutral
    /// Right of zero (satisfied, good).
    case positive
}

/// An answer category of a chart.
public struct LikertCategory: Sendable {
    /// Its code (`4`, `A`).
    public var code: String
    /// Its label from the questionnaire.
    public var label: LocalizedText
    /// Its side.
    public var side: LikertSide

    /// The valid (non-missing) options of `scale` with their sides: by credit when every option
    /// has one (below ½ negative, ½ neutral, above ½ positive); otherwise options marked
    /// satisfied are positive, the option just below them neutral when the count of the others
    /// is odd, the rest negative.
    public static func categories(of scale: AnswerScale) -> [LikertCategory] {
        let valid = scale.options.filter { !$0.missing }
        if valid.allSatisfy({ $0.credit != nil }) {
            return valid.map { o in
                let c = o.credit!
                return LikertCategory(code: o.code, label: o.label, side: abs(c - 0.5) < 1e-12 ? .neutral : c < 0.5 ? .negative : .positive)
            }
        }
        let others = valid.filter { !$0.satisfied }.count
        var seen = 0
        return valid.map { o in
            if o.satisfied { return LikertCategory(code: o.code, label: o.label, side: .positive) }
            seen += 1
            let neutral = others % 2 == 1 && seen == others
            return LikertCategory(code: o.code, label: o.label, side: neutral ? .neutral : .negative)
        }
    }
}

/// One bar: a group's distribution of valid answers (weighted row shares).
public struct LikertRow: Sendable {
    /// The group (commune, unit) or the total's label.
    public var label: String
    /// Respondents of the group.
    public var respondents: Int
    /// Valid answers counted (over the chart's questions).
    public var answers: Int
    /// Weighted share of each category among valid answers (sums to 1; empty when none).
    public var shares: [Double]
    /// Questions on which the group is significantly below the unit's share (Holm).
    public var below: [String]
    /// Whether this is the total row of everyone compared.
    public var isTotal: Bool
}

/// The Rao–Scott result of one question, with the groups flagged below.
public struct QuestionTest: Sendable {
    /// Question id.
    public var id: String
    /// Question text.
    public var text: LocalizedText
    /// The test (nil when it could not be computed; see `warnings`).
    public var test: RaoScottTest?
    /// Groups significantly below everyone's share (Holm).
    public var below: [String]
    /// Sparse cells, small groups, fallbacks.
    public var warnings: [String]
}

/// One diverging stacked bar chart: the answers to an element's questions (pooled) or to one
/// question, per group.
public struct LikertChart: Sendable {
    /// Element or question id.
    public var id: String
    /// Its title or text.
    public var title: LocalizedText
    /// The questions pooled.
    public var questions: [String]
    /// Answer categories, in scale order.
    public var categories: [LikertCategory]
    /// One row per group, then the total.
    public var rows: [LikertRow]
    /// One test per question.
    public var tests: [QuestionTest]
}

/// The charts of one comparison: across units (`unit` nil) or across one unit's groups.
public struct DistributionSection: Sendable {
    /// The unit whose groups are compared; nil: the units themselves are compared.
    public var unit: String?
    /// One chart per element (or per question, for the focus unit).
    public var charts: [LikertChart]
    /// Whether the charts are per question.
    public var perQuestion: Bool
}
