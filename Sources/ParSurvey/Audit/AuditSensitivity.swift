/// How every unit's points and rank move when flagged forms are left out: the same
/// scoring with and without them (`--exclude-flagged`).
public struct AuditSensitivity: Sendable {
    /// One unit's points (hundredths) and rank, with and without the flagged forms.
    public struct Row: Sendable {
        /// The unit.
        public var unit: String
        /// Points with every form, and without the flagged ones (hundredths; nil: no score).
        public var before: Int?, after: Int?
        /// Rank with every form, and without the flagged ones.
        public var rankBefore: Int?, rankAfter: Int?
        /// Points moved (hundredths).
        public var change: Int? { before.flatMap { b in after.map { $0 - b } } }
    }

    /// What the points are (a component, or the 100-point index).
    public var title: LocalizedText
    /// Per unit, in the order of the scores before.
    public var rows: [Row]

    /// Competition ranks (1 + units strictly above) of hundredths, nil left unranked.
    static func ranks(_ points: [Int?]) -> [Int?] {
        points.map { p in p.map { v in 1 + points.filter { ($0 ?? Int.min) > v }.count } }
    }

    /// A component's unit points before and after.
    public static func component(before: ComponentResult, after: ComponentResult) -> AuditSensitivity {
        let units = before.groups.map(\.group) + after.groups.map(\.group).filter { u in !before.groups.contains { $0.group == u } }
        func points(_ r: ComponentResult) -> [Int?] { units.map { u in r.groups.first { $0.group == u }?.publishedHundredths } }
        let b = points(before)
        let a = points(after)
        let rb = ranks(b)
        let ra = ranks(a)
        return AuditSensitivity(
            title: before.questionnaire.title,
            rows: units.indices.map {
                Row(unit: units[$0], before: b[$0], after: a[$0], rankBefore: rb[$0], rankAfter: ra[$0])
            })
    }

    /// The PAR Index totals and ranks before and after.
    public static func index(before: ParIndexTable, after: ParIndexTable) -> AuditSensitivity {
        AuditSensitivity(
            title: LocalizedText(vi: "Chỉ số CCHC (100 điểm)", en: "PAR Index (100 points)"),
            rows: before.ranked.map { row in
                let other = after.rows.first { $0.unit == row.unit }
                return Row(unit: row.unit, before: row.total, after: other?.total, rankBefore: row.rank, rankAfter: other?.rank)
            })
    }
}
