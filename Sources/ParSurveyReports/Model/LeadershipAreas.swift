import ParSurveyModel
import ParSurveyScoring
import ParSurveyStatistics
/// The leaders' survey by PAR area (the questionnaire's elements): for each unit in rank
/// order, and for each respondent group across all units, the area indices (mean credit) with
/// their confidence intervals, and the component's index.
public struct LeadershipAreas: Sendable {
    /// One line of the table: a unit or a respondent group.
    public struct Line: Sendable {
        /// Unit name or respondent group code.
        public var name: String
        /// A respondent group's declared name (the questionnaire's `respondentGroups`); nil:
        /// print `name`.
        public var label: LocalizedText? = nil
        /// Published rank of a unit (nil for a group or the total).
        public var rank: Int?
        /// Respondents.
        public var respondents: Int
        /// The component's index with its interval.
        public var overall: ProfileItem
        /// One item per area, in questionnaire order.
        public var areas: [ProfileItem]
    }

    /// The areas: element ids and titles, in questionnaire order.
    public var areas: [(id: String, title: LocalizedText)]
    /// Units in rank order.
    public var units: [Line]
    /// Respondent groups across all units (empty: no group column).
    public var groups: [Line]
    /// All respondents together.
    public var total: Line
    /// Confidence level of the intervals (nil: none computed).
    public var level: Double?
    /// The group column's name (nil: no group section).
    public var groupColumn: String?

    /// The areas of `result` (by unit) and of `byGroup` (by respondent group, if any).
    package static func of(_ result: ComponentResult, byGroup: ComponentResult?, table: ParIndexTable) -> LeadershipAreas {
        let q = result.questionnaire
        func line(_ g: GroupScore, rank: Int?) -> Line {
            Line(
                name: g.group, rank: rank, respondents: g.respondents,
                overall: ProfileItem(id: "", label: q.title, estimate: g.index, interval: g.confidenceInterval),
                areas: g.elements.enumerated().map { i, e in
                    ProfileItem(id: e.id, label: q.elements[i].title, estimate: e.index, interval: e.confidenceInterval)
                })
        }
        let units = table.ranked.compactMap { row in
            result.groups.first { TextKey.key($0.group) == TextKey.key(row.unit) }.map { line($0, rank: row.rank) }
        }
        // Groups the questionnaire names come first, in its order; the others keep theirs.
        let groups = (byGroup?.groups ?? []).enumerated().sorted { a, b in
            (q.respondentGroupPosition(a.element.group) ?? Int.max, a.offset) < (
                q.respondentGroupPosition(b.element.group) ?? Int.max, b.offset
            )
        }.map { _, g in
            var l = line(g, rank: nil)
            l.label = q.respondentGroupLabel(g.group)
            return l
        }
        return LeadershipAreas(
            areas: q.elements.map { ($0.id, $0.title) }, units: units, groups: groups,
            total: line(result.overall, rank: nil), level: result.confidenceLevel, groupColumn: byGroup?.groupedBy)
    }
}
