import ParSurveyModel
import ParSurveyStatistics
/// The last check before results are shown, written or merged: every number a component
/// result holds is finite (an `inf` or `nan` is never published), and indices and points
/// lie in their ranges. A failure names the component, the unit and the quantity.
public enum FiniteResults {
    /// A result that cannot be published.
    public struct Failure: ParSurveyError, Equatable {
        /// The questionnaire id of the component.
        public var component: String
        /// The unit (or group) whose number is wrong.
        public var unit: String
        /// Which number (`points`, `criteria[q1].standardError`, ...).
        public var quantity: String
        /// Its value.
        public var value: Double

        public var kind: ErrorKind { "results.notFinite" }
        public var description: String {
            "component '\(component)', unit '\(unit)': \(quantity) is \(value) — not a number that can be published "
                + "(are some weights, population totals or question weights extreme?)"
        }
    }

    /// Throws on the first number of `r` that is not finite or out of range.
    public static func check(_ r: ComponentResult) throws(Failure) {
        let id = r.questionnaire.id
        for g in r.groups + [r.overall] {
            func need(_ x: Double?, _ what: String, in range: ClosedRange<Double>? = nil) throws(Failure) {
                guard let x else { return }
                let tolerance = 1e-9 * max(1, range.map { abs($0.upperBound) } ?? 1)
                if !x.isFinite || range.map({ x < $0.lowerBound - tolerance || x > $0.upperBound + tolerance }) == true {
                    throw Failure(component: id, unit: g.group, quantity: what, value: x)
                }
            }
            func need(_ ci: ConfidenceInterval?, _ what: String) throws(Failure) {
                try need(ci?.low, what + ".low")
                try need(ci?.high, what + ".high")
            }
            try need(g.sumOfWeights, "sumOfWeights")
            try need(g.index, "index", in: 0...1)
            try need(g.points, "points", in: 0...r.maxPoints)
            try need(g.standardError, "standardError", in: 0...Double.greatestFiniteMagnitude)
            try need(g.confidenceInterval, "confidenceInterval")
            try need(g.pointsStandardError, "pointsStandardError", in: 0...Double.greatestFiniteMagnitude)
            try need(g.pointsConfidenceInterval, "pointsConfidenceInterval")
            try need(g.kishDesignEffect, "kishDesignEffect")
            for c in g.criteria {
                try need(c.index, "criteria[\(c.id)].index", in: 0...1)
                try need(c.weightedAnswered, "criteria[\(c.id)].weightedAnswered")
                try need(c.standardError, "criteria[\(c.id)].standardError")
                try need(c.confidenceInterval, "criteria[\(c.id)].confidenceInterval")
                try need(c.designEffect, "criteria[\(c.id)].designEffect")
            }
            for e in g.elements {
                try need(e.index, "elements[\(e.id)].index", in: 0...1)
                try need(e.standardError, "elements[\(e.id)].standardError")
                try need(e.confidenceInterval, "elements[\(e.id)].confidenceInterval")
            }
        }
    }
}
