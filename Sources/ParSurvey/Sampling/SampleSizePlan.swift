import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

/// How many forms each unit needs (or, inverted, what margin of error a number of forms
/// buys): the rule, its parameters and the per-unit results. Pure computation, no I/O.
public struct SampleSizePlan: Sendable {
    /// The rule that gives the number of respondents.
    public enum Rule: Sendable, Equatable {
        /// Yamane / the ministry: n = N / (1 + N·e²).
        case yamane(error: Double)
        /// A target margin of error m on a share: n₀ = z²·p(1−p)·deff / m², finite correction.
        case margin(Double)
        /// The inverse: the number of forms is given; the margin it buys is computed.
        case given
    }

    /// One unit's inputs.
    public struct UnitInput: Sendable, Equatable {
        /// Unit name.
        public var unit: String
        /// Population (frame) size N.
        public var population: Int
        /// Anticipated design effect (default 1).
        public var designEffect: Double = 1
        /// The share p the size is planned for (0.5: the worst case).
        public var share: Double = 0.5
        /// Forms given (the inverse), if any.
        public var forms: Int?

        /// Creates a unit's inputs.
        public init(unit: String, population: Int, designEffect: Double = 1, share: Double = 0.5, forms: Int? = nil) {
            self.unit = unit
            self.population = population
            self.designEffect = designEffect
            self.share = share
            self.forms = forms
        }
    }

    /// One unit's result.
    public struct UnitSize: Sendable, Equatable {
        /// The unit's inputs.
        public var input: UnitInput
        /// Respondents the rule asks for, unrounded (nil for the inverse).
        public var exactRespondents: Double?
        /// Respondents needed, rounded up.
        public var respondents: Int
        /// Forms to send: respondents ÷ response rate, rounded up, then the minimum, the
        /// maximum and N applied (or the forms given).
        public var forms: Int
        /// Respondents the forms are expected to bring: forms × response rate.
        public var expectedRespondents: Double
        /// Margin of error on the share that the expected respondents buy.
        public var margin: Double
        /// The same in points of the 30-point satisfaction score (30 × margin).
        public var scoreMargin: Double
        /// What changed the number: "min", "max", "census" (all N), or nil.
        public var note: String?
    }

    /// The rule.
    public var rule: Rule
    /// z of the confidence level (1.96 for 95 %).
    public var z: Double = SampleSizeFormula.z(confidence: 0.95)
    /// Expected response rate in (0, 1].
    public var responseRate: Double = 1
    /// Minimum forms per unit.
    public var minimum: Int?
    /// Maximum forms per unit.
    public var maximum: Int?

    /// Creates a plan.
    public init(
        rule: Rule, z: Double = SampleSizeFormula.z(confidence: 0.95), responseRate: Double = 1,
        minimum: Int? = nil, maximum: Int? = nil
    ) {
        self.rule = rule
        self.z = z
        self.responseRate = responseRate
        self.minimum = minimum
        self.maximum = maximum
    }

    /// The sizes of every unit, in the order given.
    public func sizes(_ units: [UnitInput]) -> [UnitSize] { units.map(size) }

    /// One unit's size.
    public func size(_ u: UnitInput) -> UnitSize {
        let big = Double(u.population)
        var exact: Double?
        var respondents: Int
        var forms: Int
        var note: String?
        switch rule {
        case let .yamane(e):
            exact = SampleSizeFormula.yamane(population: big, error: e)
        case let .margin(m):
            exact = SampleSizeFormula.forMargin(m, share: u.share, z: z, designEffect: u.designEffect, population: big)
        case .given:
            exact = nil
        }
        if let x = exact {
            respondents = SampleSizeFormula.roundUp(x)
            forms = SampleSizeFormula.roundUp(Double(respondents) / responseRate)
            if let lo = minimum, forms < lo {
                forms = lo
                note = "min"
            }
            if let hi = maximum, forms > hi {
                forms = hi
                note = "max"
            }
            if forms >= u.population {
                forms = u.population
                note = "census"
            }
        } else {
            forms = u.forms ?? 0
            respondents = forms
        }
        let expected = Double(forms) * responseRate
        let m = SampleSizeFormula.margin(respondents: expected, share: u.share, z: z, designEffect: u.designEffect, population: big)
        return UnitSize(
            input: u, exactRespondents: exact, respondents: respondents, forms: forms,
            expectedRespondents: expected, margin: m, scoreMargin: 30 * m, note: note)
    }
}
