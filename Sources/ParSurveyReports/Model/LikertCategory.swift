import ParSurveyModel
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
