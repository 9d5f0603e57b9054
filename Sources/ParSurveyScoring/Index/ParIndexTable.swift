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

    /// Survey points (satisfaction + leadership), hundredths.
    public var survey: Int { satisfaction + leadership }
}

/// The 100-point PAR Index table: self-assessment + satisfaction + leadership, ranked.
public struct ParIndexTable: Sendable {
    /// Rows in the units' declared order.
    public var rows: [ParIndexRow]
    /// Seed and draws of the rank simulation, once run (`simulateRanks`).
    public var rankSimulation: (seed: UInt64, draws: Int)? = nil

    /// Rows sorted by rank (then declared order).
    public var ranked: [ParIndexRow] {
        rows.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }

    /// Merges the components. `units` fixes the order (nil: the self-assessment's order).
    /// Every unit must have all three components.
    public static func merge(selfAssessment: SelfAssessment, satisfaction: [UnitPoints], leadership: [UnitPoints],
                             previous: [PreviousYearRow] = [], units: [String]? = nil) throws(MergeError) -> ParIndexTable {
        let order = units ?? selfAssessment.units
        func index(_ list: [UnitPoints]) -> [String: UnitPoints] {
            var d: [String: UnitPoints] = [:]
            for p in list { d[TextKey.key(p.unit)] = p }
            return d
        }
        let sat = index(satisfaction), lead = index(leadership)
        let sa = Dictionary(uniqueKeysWithValues: selfAssessment.units.map { (TextKey.key($0), $0) })
        let known = Set(order.map(TextKey.key))
        for u in selfAssessment.units where !known.contains(TextKey.key(u)) { throw .unexpectedUnit(unit: u, source: "self-assessment") }
        for p in satisfaction where !known.contains(TextKey.key(p.unit)) { throw .unexpectedUnit(unit: p.unit, source: "satisfaction survey") }
        for p in leadership where !known.contains(TextKey.key(p.unit)) { throw .unexpectedUnit(unit: p.unit, source: "leaders' survey") }
        var rows: [ParIndexRow] = []
        for u in order {
            let k = TextKey.key(u)
            guard let saName = sa[k], let saTotal = selfAssessment.total(saName) else { throw .missing(unit: u, component: "self-assessment") }
            guard let s = sat[k] else { throw .missing(unit: u, component: "satisfaction survey data") }
            guard let l = lead[k] else { throw .missing(unit: u, component: "leaders' survey data") }
            let sh = DecimalText.roundedScaled(s.points), lh = DecimalText.roundedScaled(l.points)
            rows.append(ParIndexRow(unit: u, selfAssessment: saTotal, satisfaction: sh, leadership: lh,
                                    total: saTotal + sh + lh, rank: 0, of: order.count,
                                    satisfactionPoints: s.points, leadershipPoints: l.points,
                                    satisfactionIndex: s.index, leadershipIndex: l.index,
                                    previous: previous.first { TextKey.key($0.unit) == k },
                                    satisfactionStandardError: s.standardError, leadershipStandardError: l.standardError,
                                    satisfactionInterval: s.confidenceInterval, leadershipInterval: l.confidenceInterval))
        }
        let ranks = competitionRanks(rows.map(\.total))
        for i in rows.indices { rows[i].rank = ranks[i] }
        return ParIndexTable(rows: rows)
    }

    /// Standard competition ranks of `totals`, highest first: ties share a rank (1, 2, 2, 4).
    public static func competitionRanks(_ totals: [Int]) -> [Int] {
        totals.map { t in 1 + totals.filter { $0 > t }.count }
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

    /// Creates unit points.
    public init(unit: String, index: Double, points: Double, standardError: Double? = nil,
                confidenceInterval: ConfidenceInterval? = nil) {
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

    public var exitCode: ExitCode { .dataError }

    public var description: String {
        switch self {
        case let .missing(unit, component): return "unit '\(unit)' has no \(component); every unit needs all three components"
        case let .unexpectedUnit(unit, source): return "unit '\(unit)' in the \(source) is not in the list of units"
        case let .badComponent(file, message): return "\(file): \(message)"
        }
    }
}
