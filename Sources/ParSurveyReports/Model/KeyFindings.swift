import ParSurveyModel
import ParSurveyScoring
/// What the report says first: the top and bottom units of each ranking group, the runs of
/// neighbouring ranks that the survey's sampling error cannot separate, the largest changes
/// from last year, the weakest criteria province-wide and the grade bands.
public struct KeyFindings: Sendable {
    /// One ranking group's top and bottom units (all units when the scheme has no groups).
    public struct Group: Sendable {
        /// The ranking group's title (nil: the scheme ranks all units together).
        public var title: LocalizedText?
        /// Up to three units from the top, in rank order.
        public var top: [ParIndexRow]
        /// Up to three units from the bottom, lowest last (none that are also in `top`).
        public var bottom: [ParIndexRow]
        /// Runs of two or more neighbouring units whose 5–95 % rank ranges overlap.
        public var inseparable: [[ParIndexRow]]
        /// Units per grade band, highest band first (empty: the scheme has no bands).
        public var grades: [(grade: GradeBand, units: [String])]
    }

    /// A unit's change in total points since last year, with its interval when last year's
    /// standard errors are known (`YearChange`).
    public struct Change: Sendable {
        /// The unit.
        public var unit: String
        /// This year's total minus last year's (points).
        public var change: Double
        /// Last year's total was derived (merged units), not published.
        public var derived: Bool
        /// The change with its standard error and interval (nil interval: last year gave no
        /// standard errors, so the change cannot be told from noise).
        public var year: YearChange
        /// The interval excludes 0: the change is larger than its noise.
        public var isClear: Bool { year.isClear }
    }

    /// One group per ranking group.
    public var groups: [Group]
    /// Up to three largest changes by size, largest first: when last year's standard errors
    /// are known, only changes larger than their noise (`YearChange.isClear`); otherwise the
    /// largest raw changes (`changesHaveIntervals` false says so).
    public var changes: [Change]
    /// Whether the changes were judged against their intervals.
    public var changesHaveIntervals: Bool
    /// Satisfaction criteria with the lowest index across all respondents (up to three).
    public var weakestSatisfaction: [ProfileItem]
    /// Self-assessment criteria with the largest share of points lost across units (up to three).
    public var weakestSelfAssessment: [(criterion: SelfAssessmentLosses.Criterion, share: Double)]
    /// Leaders' survey areas with the lowest index across all respondents (up to two).
    public var weakestLeadership: [ProfileItem]

    /// The change in a unit's total since last year at confidence `level`, with its interval
    /// (nil: no comparable previous year).
    package static func change(_ row: ParIndexRow, level: Double) -> Change? {
        guard let p = row.previous, !row.previousNotComparable, let y = row.yearChanges(level: level) else { return nil }
        return Change(unit: row.unit, change: y.total.points, derived: p.derived, year: y.total)
    }

    /// The findings of `model`.
    public init(_ model: ReportModel) {
        let ranked = model.table.ranked
        var order: [String] = []
        var byGroup: [String: [ParIndexRow]] = [:]
        for r in ranked {
            let id = r.rankGroup?.id ?? ""
            if byGroup[id] == nil { order.append(id) }
            byGroup[id, default: []].append(r)
        }
        groups = order.map { id in
            let rows = byGroup[id]!
            let top = Array(rows.prefix(3))
            let bottom = Array(rows.dropFirst(top.count).suffix(3))
            var runs: [[ParIndexRow]] = []
            var run: [ParIndexRow] = []
            for r in rows {
                if let last = run.last, let a = last.rankInterval, let b = r.rankInterval, a.overlaps(b) {
                    run.append(r)
                } else {
                    if run.count > 1 { runs.append(run) }
                    run = [r]
                }
            }
            if run.count > 1 { runs.append(run) }
            let grades = model.table.scheme.grades.compactMap { g -> (GradeBand, [String])? in
                let units = rows.filter { $0.grade?.id == g.id }.map(\.unit)
                return units.isEmpty ? nil : (g, units)
            }
            return Group(title: rows.first?.rankGroup?.title, top: top, bottom: bottom, inseparable: runs, grades: grades)
        }
        let all = ranked.compactMap { Self.change($0, level: model.table.level) }
        changesHaveIntervals = !all.isEmpty && all.allSatisfy { $0.year.interval != nil }
        let candidates = changesHaveIntervals ? all.filter(\.isClear) : all
        changes = Array(
            candidates.enumerated().sorted { a, b in
                abs(a.element.change) != abs(b.element.change) ? abs(a.element.change) > abs(b.element.change) : a.offset < b.offset
            }
            .map(\.element).filter { $0.change != 0 }.prefix(3))
        if let sat = model.satisfaction {
            let q = sat.questionnaire
            let items = sat.overall.criteria.enumerated().map { i, c in
                ProfileItem(
                    id: c.id, label: q.questions[i].text, element: q.elements[q.questions[i].elementIndex].id, estimate: c.index,
                    interval: c.confidenceInterval, answered: c.answered)
            }
            weakestSatisfaction = Array(
                items.enumerated().filter { $0.element.estimate != nil }.sorted { a, b in
                    a.element.estimate! != b.element.estimate! ? a.element.estimate! < b.element.estimate! : a.offset < b.offset
                }
                .map(\.element).prefix(3))
        } else {
            weakestSatisfaction = []
        }
        weakestSelfAssessment = Array((model.selfAssessment?.weakest ?? []).prefix(3))
        if let l = model.leadership {
            weakestLeadership = Array(
                l.total.areas.enumerated().filter { $0.element.estimate != nil }.sorted { a, b in
                    a.element.estimate! != b.element.estimate! ? a.element.estimate! < b.element.estimate! : a.offset < b.offset
                }
                .map(\.element).prefix(2))
        } else {
            weakestLeadership = []
        }
    }
}
