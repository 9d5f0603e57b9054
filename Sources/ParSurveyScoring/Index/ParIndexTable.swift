import ParSurveyModel
import ParSurveyStatistics
/// One unit's line of the PAR Index table. Points are hundredths, as published.
public struct ParIndexRow: Sendable {
    /// Unit name.
    public var unit: String
    /// Self-assessment (60), hundredths.
    public var selfAssessment: Int
    /// Satisfaction (30), hundredths, rounded half-up.
    public var satisfaction: Int
    /// Leadership (10), hundredths, rounded half-up.
    public var leadership: Int
    /// Sum of the three rounded components, hundredths.
    public var total: Int
    /// Rank by total (ties share a rank: 1, 2, 2, 4).
    public var rank: Int
    /// Number of units ranked.
    public var of: Int
    /// Unrounded satisfaction points.
    public var satisfactionPoints: Double
    /// Unrounded leadership points.
    public var leadershipPoints: Double
    /// Satisfaction index 0..1.
    public var satisfactionIndex: Double
    /// Leadership index 0..1.
    public var leadershipIndex: Double
    /// Last year's figures, when given.
    public var previous: PreviousYearRow?
    /// Standard error of the unrounded satisfaction points (nil when not known).
    public var satisfactionStandardError: Double? = nil
    /// Standard error of the unrounded leadership points (nil when not known).
    public var leadershipStandardError: Double? = nil
    /// Confidence interval of the satisfaction points.
    public var satisfactionInterval: ConfidenceInterval? = nil
    /// Confidence interval of the leadership points.
    public var leadershipInterval: ConfidenceInterval? = nil
    /// 5th–95th percentile of the simulated rank (`RankSimulation`), best first.
    public var rankInterval: ClosedRange<Int>? = nil
    /// Simulated probability of the published rank.
    public var rankProbability: Double? = nil

    /// Bonus minus penalty points (hundredths), included in `total`.
    public var adjustment: Int = 0
    /// Components the unit lacks (shown as missing; see the scheme's `missingComponent`).
    public var missing: [SchemeComponent.Source] = []
    /// Factor applied to the sum of the present components (rescale policy; 1 otherwise).
    public var scale: Double = 1
    /// Grade band of the total, when the scheme has bands.
    public var grade: GradeBand? = nil
    /// Ranking group, when the scheme has groups.
    public var rankGroup: RankingGroup? = nil
    /// The previous year's figures cannot be carried into this unit (a split without shares).
    public var previousNotComparable = false

    /// Survey points (satisfaction + leadership), hundredths.
    public var survey: Int { satisfaction + leadership }
}

/// The 100-point PAR Index table: self-assessment + satisfaction + leadership, ranked.
public struct ParIndexTable: Sendable {
    /// Rows in the units' declared order.
    public var rows: [ParIndexRow]
    /// Seed and draws of the rank simulation, once run (`simulateRanks`).
    public var rankSimulation: (seed: UInt64, draws: Int)? = nil
    /// The index scheme the table was made with.
    public var scheme: IndexScheme
    /// Confidence level of the table's intervals (and of the year-over-year changes).
    public var level: Double = 0.95

    /// Rows sorted by ranking group (the scheme's order), rank, then declared order.
    public var ranked: [ParIndexRow] {
        let groupOrder = Dictionary(uniqueKeysWithValues: scheme.rankingGroups.enumerated().map { ($1.id, $0) })
        return rows.enumerated().sorted {
            (groupOrder[$0.element.rankGroup?.id ?? ""] ?? 0, $0.element.rank, $0.offset)
                < (groupOrder[$1.element.rankGroup?.id ?? ""] ?? 0, $1.element.rank, $1.offset)
        }.map(\.element)
    }

    /// Standard competition ranks of `totals`, highest first: ties share a rank (1, 2, 2, 4).
    public static func competitionRanks(_ totals: [Int]) -> [Int] {
        // Sorted once: a total's rank is 1 + the position of the first equal total, O(n log n).
        let order = totals.indices.sorted { totals[$0] > totals[$1] }
        var ranks = [Int](repeating: 0, count: totals.count)
        for (pos, i) in order.enumerated() {
            ranks[i] = pos > 0 && totals[order[pos - 1]] == totals[i] ? ranks[order[pos - 1]] : pos + 1
        }
        return ranks
    }
}

/// A unit's points in one survey component (unrounded), as merge takes them.
public struct UnitPoints: Sendable, Equatable {
    /// Unit name.
    public var unit: String
    /// Index 0..1.
    public var index: Double
    /// Points (maxPoints × index), unrounded.
    public var points: Double
    /// Standard error of the points, when known.
    public var standardError: Double?
    /// Confidence interval of the points, when known.
    public var confidenceInterval: ConfidenceInterval?
    /// The questionnaire's maximum points behind `points` (nil: the scheme's maximum).
    public var maxPoints: Double?

    /// Creates unit points.
    public init(
        unit: String, index: Double, points: Double, standardError: Double? = nil,
        confidenceInterval: ConfidenceInterval? = nil, maxPoints: Double? = nil
    ) {
        self.maxPoints = maxPoints
        self.unit = unit
        self.index = index
        self.points = points
        self.standardError = standardError
        self.confidenceInterval = confidenceInterval
    }
}

/// Why components could not be merged.
public enum MergeError: ParSurveyError, Equatable {
    /// A unit lacks a component.
    case missing(unit: String, component: String)
    /// A unit appears in a component but not in the unit list.
    case unexpectedUnit(unit: String, source: String)
    /// A component result file could not be used.
    case badComponent(file: String, message: String)
    /// A unit's type is in none of the scheme's ranking groups.
    case noRankingGroup(unit: String, type: String?)
    /// The data has a component the scheme does not.
    case notInScheme(scheme: String, component: String)

    public var kind: ErrorKind {
        switch self {
        case .missing: return "merge.missing"
        case .unexpectedUnit: return "merge.unexpectedUnit"
        case .badComponent: return "merge.badComponent"
        case .noRankingGroup: return "merge.noRankingGroup"
        case .notInScheme: return "merge.notInScheme"
        }
    }

    public var location: SourceLocation? {
        if case let .badComponent(file, _) = self { return SourceLocation(file: file) }
        return nil
    }

    public var description: String {
        switch self {
        case let .missing(unit, component): return "unit '\(unit)' has no \(component); every unit needs all three components"
        case let .unexpectedUnit(unit, source): return "unit '\(unit)' in the \(source) is not in the list of units"
        case let .badComponent(file, message): return "\(file): \(message)"
        case let .noRankingGroup(unit, type):
            return "unit '\(unit)' "
                + (type.map { "has type '\($0)', which is in none of the scheme's ranking groups" }
                    ?? "has no unit type (the scheme ranks by unit type: name a register in the manifest)")
        case let .notInScheme(scheme, component): return "the data has a \(component) component but scheme '\(scheme)' does not"
        }
    }
}
