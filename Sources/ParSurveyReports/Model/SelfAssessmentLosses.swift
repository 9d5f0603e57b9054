import ParSurveyModel
import ParSurveyScoring
/// Where each unit lost self-assessment points: for every criterion of the index scheme (and
/// its sub-criteria), the maximum minus the appraised score, as the appraisal council writes
/// it ("trừ 0,25 điểm"); units in rank order; points in hundredths.
public struct SelfAssessmentLosses: Sendable {
    /// A criterion of the scheme's tree.
    public struct Criterion: Sendable, Equatable {
        /// Id (`1.3`, `1.3.1`).
        public var id: String
        /// Title.
        public var title: LocalizedText
        /// Maximum points (hundredths).
        public var maxPoints: Int
        /// The parent's id (nil: a top-level criterion).
        public var parent: String?
    }

    /// One unit's losses.
    public struct UnitLosses: Sendable, Equatable {
        /// The unit.
        public var unit: String
        /// Its published rank.
        public var rank: Int
        /// Appraised score: the sum of the top-level criteria (hundredths).
        public var score: Int
        /// The sum of the top-level maxima the unit was scored on (hundredths).
        public var maxPoints: Int
        /// Bonus minus penalty points (hundredths; 0 without such items).
        public var adjustment: Int
        /// Criterion id → maximum − score (hundredths), for every criterion the unit's rows list.
        public var lost: [String: Int]
        /// Points lost on the top-level criteria: `maxPoints − score`.
        public var totalLost: Int { maxPoints - score }
    }

    /// The scheme's criteria, depth first (top-level criteria and their children).
    public var criteria: [Criterion]
    /// Units in rank order.
    public var units: [UnitLosses]

    /// The top-level criteria.
    public var topLevel: [Criterion] { criteria.filter { $0.parent == nil } }

    /// Points lost on `criterion` summed over the units that list it (hundredths).
    public func provinceLost(_ criterion: String) -> Int { units.reduce(0) { $0 + ($1.lost[criterion] ?? 0) } }

    /// The maxima of `criterion` summed over the units that list it (hundredths).
    public func provinceMax(_ criterion: String) -> Int {
        let m = criteria.first { $0.id == criterion }?.maxPoints ?? 0
        return units.reduce(0) { $0 + ($1.lost[criterion] == nil ? 0 : m) }
    }

    /// Top-level criteria by the share of their points lost across all units, largest first
    /// (ties: scheme order); criteria where no point was lost are left out.
    public var weakest: [(criterion: Criterion, share: Double)] {
        topLevel.compactMap { c -> (Criterion, Double)? in
            let m = provinceMax(c.id)
            let l = provinceLost(c.id)
            return m > 0 && l > 0 ? (c, Double(l) / Double(m)) : nil
        }
        .enumerated().sorted { a, b in a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset }.map { $0.element }
    }

    /// The losses of `sa` under `scheme`, units in the order of `table.ranked`.
    package static func of(_ sa: SelfAssessment, scheme: IndexScheme, table: ParIndexTable) -> SelfAssessmentLosses {
        var criteria = scheme.allCriteria.map {
            Criterion(id: $0.criterion.id, title: $0.criterion.title, maxPoints: $0.criterion.maxPoints, parent: $0.parent)
        }
        if criteria.isEmpty, let first = sa.units.first {
            criteria = (sa.items[first] ?? []).filter { sa.topLevel.contains($0.criterion) }.map {
                Criterion(id: $0.criterion, title: LocalizedText(vi: $0.criterion, en: $0.criterion), maxPoints: $0.max, parent: nil)
            }
        }
        let top = Set(criteria.filter { $0.parent == nil }.map(\.id))
        var units: [UnitLosses] = []
        for row in table.ranked {
            guard let key = sa.units.first(where: { TextKey.key($0) == TextKey.key(row.unit) }), let items = sa.items[key] else { continue }
            var lost: [String: Int] = [:]
            var score = 0
            var maxPoints = 0
            for item in items where sa.adjustmentSigns[item.criterion] == nil {
                lost[item.criterion] = item.max - item.score
                if top.contains(item.criterion) {
                    score += item.score
                    maxPoints += item.max
                }
            }
            units.append(
                UnitLosses(unit: row.unit, rank: row.rank, score: score, maxPoints: maxPoints, adjustment: sa.adjustment(key), lost: lost))
        }
        return SelfAssessmentLosses(criteria: criteria, units: units)
    }
}
