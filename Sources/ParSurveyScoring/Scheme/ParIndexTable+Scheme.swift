import ParSurveyModel
extension ParIndexTable {
    /// Merges the components as `scheme` says (docs/SCHEMES.md): self-assessment = sum of the
    /// top-level criteria; survey points = the scheme component's maximum × the component's
    /// index (the unrounded points rescaled when the questionnaire's maximum differs), rounded
    /// half-up to 2 decimals; bonus minus penalty points added; a missing component refused,
    /// counted 0 or the present ones rescaled to the full scale; grade bands; ranks within
    /// each ranking group (unit types from `unitTypes`, keyed by `TextKey.key(unit)`).
    ///
    /// A nil component list means the run has no such component at all. `units` fixes the
    /// order (nil: the self-assessment's, else the first survey's). `notComparable` holds the
    /// keys of units whose previous figures cannot be carried over (a split without shares).
    public static func merge(
        scheme: IndexScheme, selfAssessment: SelfAssessment?, satisfaction: [UnitPoints]?,
        leadership: [UnitPoints]?, previous: [PreviousYearRow] = [], units: [String]? = nil,
        unitTypes: [String: String] = [:], notComparable: Set<String> = []
    ) throws(MergeError) -> ParIndexTable {
        let saComp = scheme.component(.selfAssessment)
        let satComp = scheme.component(.satisfaction)
        let leadComp = scheme.component(.leadership)
        if satisfaction != nil, satComp == nil { throw .notInScheme(scheme: scheme.id, component: "satisfaction") }
        if leadership != nil, leadComp == nil { throw .notInScheme(scheme: scheme.id, component: "leadership") }
        if selfAssessment != nil, saComp == nil { throw .notInScheme(scheme: scheme.id, component: "self-assessment") }
        let order = units ?? selfAssessment?.units ?? (satisfaction ?? leadership ?? []).map(\.unit)
        func index(_ list: [UnitPoints]?) -> [String: UnitPoints] {
            var d: [String: UnitPoints] = [:]
            for p in list ?? [] { d[TextKey.key(p.unit)] = p }
            return d
        }
        let sat = index(satisfaction)
        let lead = index(leadership)
        var sa: [String: String] = [:]
        for u in selfAssessment?.units ?? [] { sa[TextKey.key(u)] = u }
        let known = Set(order.map(TextKey.key))
        for u in selfAssessment?.units ?? [] where !known.contains(TextKey.key(u)) {
            throw .unexpectedUnit(unit: u, source: "self-assessment")
        }
        for p in satisfaction ?? [] where !known.contains(TextKey.key(p.unit)) {
            throw .unexpectedUnit(unit: p.unit, source: "satisfaction survey")
        }
        for p in leadership ?? [] where !known.contains(TextKey.key(p.unit)) {
            throw .unexpectedUnit(unit: p.unit, source: "leaders' survey")
        }
        var previousByKey: [String: PreviousYearRow] = [:]
        for p in previous where previousByKey[TextKey.key(p.unit)] == nil { previousByKey[TextKey.key(p.unit)] = p }

        /// Survey points on the scheme's scale.
        func rescaled(_ p: UnitPoints, _ comp: SchemeComponent) -> UnitPoints {
            let schemeMax = Double(comp.maxPoints) / 100
            guard let qMax = p.maxPoints, qMax != schemeMax, qMax > 0 else { return p }
            let f = schemeMax / qMax
            var q = p
            q.points = p.points * f
            q.standardError = p.standardError.map { $0 * f }
            q.confidenceInterval = p.confidenceInterval?.scaled(by: f)
            return q
        }

        var rows: [ParIndexRow] = []
        for u in order {
            let k = TextKey.key(u)
            var missing: [SchemeComponent.Source] = []
            var presentMax = 0
            var presentSum = 0
            var saTotal = 0
            var adjustment = 0
            if let c = saComp {
                if let name = sa[k], let t = selfAssessment?.total(name) {
                    saTotal = t
                    adjustment = selfAssessment!.adjustment(name)
                    presentMax += c.maxPoints
                    presentSum += t
                } else {
                    if scheme.missingComponent == .refuse { throw .missing(unit: u, component: "self-assessment") }
                    missing.append(.selfAssessment)
                }
            }
            var s = UnitPoints(unit: u, index: 0, points: 0)
            var l = UnitPoints(unit: u, index: 0, points: 0)
            var sh = 0
            var lh = 0
            if let c = satComp {
                if let p = sat[k] {
                    s = rescaled(p, c)
                    sh = DecimalText.roundedScaled(s.points)
                    presentMax += c.maxPoints
                    presentSum += sh
                } else {
                    if scheme.missingComponent == .refuse { throw .missing(unit: u, component: "satisfaction survey data") }
                    missing.append(.satisfaction)
                }
            }
            if let c = leadComp {
                if let p = lead[k] {
                    l = rescaled(p, c)
                    lh = DecimalText.roundedScaled(l.points)
                    presentMax += c.maxPoints
                    presentSum += lh
                } else {
                    if scheme.missingComponent == .refuse { throw .missing(unit: u, component: "leaders' survey data") }
                    missing.append(.leadership)
                }
            }
            if presentMax == 0 { throw .missing(unit: u, component: "component at all") }
            var base = presentSum
            var scale = 1.0
            if scheme.missingComponent == .rescale, !missing.isEmpty {
                // Half-up in integers: round(presentSum × total / presentMax).
                base = (2 * presentSum * scheme.totalPoints + presentMax) / (2 * presentMax)
                scale = Double(scheme.totalPoints) / Double(presentMax)
            }
            let total = base + adjustment
            var row = ParIndexRow(
                unit: u, selfAssessment: saTotal, satisfaction: sh, leadership: lh,
                total: total, rank: 0, of: order.count,
                satisfactionPoints: s.points, leadershipPoints: l.points,
                satisfactionIndex: s.index, leadershipIndex: l.index,
                previous: notComparable.contains(k) ? nil : previousByKey[k],
                satisfactionStandardError: s.standardError, leadershipStandardError: l.standardError,
                satisfactionInterval: s.confidenceInterval, leadershipInterval: l.confidenceInterval)
            row.adjustment = adjustment
            row.missing = missing
            row.scale = scale
            row.grade = scheme.grade(of: total)
            row.previousNotComparable = notComparable.contains(k)
            if !scheme.rankingGroups.isEmpty {
                let type = unitTypes[k]
                guard let t = type, let g = scheme.rankingGroup(ofType: t) else { throw .noRankingGroup(unit: u, type: type) }
                row.rankGroup = g
            }
            rows.append(row)
        }
        for members in groupMembers(rows) {
            let ranks = competitionRanks(members.map { rows[$0].total })
            for (j, i) in members.enumerated() {
                rows[i].rank = ranks[j]
                rows[i].of = members.count
            }
        }
        return ParIndexTable(rows: rows, scheme: scheme)
    }

    /// Row indices per ranking group, in the scheme's group order (one group without groups).
    static func groupMembers(_ rows: [ParIndexRow]) -> [[Int]] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (i, r) in rows.enumerated() {
            let g = r.rankGroup?.id ?? ""
            if members[g] == nil { order.append(g) }
            members[g, default: []].append(i)
        }
        return order.map { members[$0]! }
    }
}
