extension ParIndexTable {
    /// Whether every unit has standard errors for the survey components it has.
    public var hasStandardErrors: Bool {
        !rows.isEmpty
            && rows.allSatisfy { r in
                (r.missing.contains(.satisfaction) || !scheme.components.contains { $0.source == .satisfaction }
                    || r.satisfactionStandardError != nil)
                    && (r.missing.contains(.leadership) || !scheme.components.contains { $0.source == .leadership }
                        || r.leadershipStandardError != nil)
            }
    }

    /// Fills each row's rank interval and the probability of its published rank by
    /// `RankSimulation`, within each ranking group, by the published rule: satisfaction and
    /// leadership points (unrounded) each drawn from Normal(points, SE) — the two surveys are
    /// independent samples, their SEs from the design — each rounded half-up to 2 decimals,
    /// added to the fixed rest of the total (self-assessment, bonus and penalty; rescaled as
    /// published when the unit lacks a component), ties sharing a rank. Does nothing unless
    /// every unit has the standard errors of its survey components.
    public mutating func simulateRanks(seed: UInt64 = RankSimulation.defaultSeed, draws: Int = RankSimulation.defaultDraws) {
        guard hasStandardErrors else { return }
        for members in Self.groupMembers(rows) {
            var fixed: [Int] = []
            var rules: [RankSimulation.Rescale?] = []
            for i in members {
                let r = rows[i]
                var rule: RankSimulation.Rescale?
                var f = r.total - r.satisfaction - r.leadership
                if r.scale != 1 {
                    let presentMax = scheme.components.filter { !r.missing.contains($0.source) }.reduce(0) { $0 + $1.maxPoints }
                    let candidate = RankSimulation.Rescale(adjustment: r.adjustment, total: scheme.totalPoints, presentMax: presentMax)
                    let inside = r.missing.contains(.selfAssessment) ? 0 : r.selfAssessment
                    let published =
                        candidate.adjustment
                        + (2 * (inside + r.satisfaction + r.leadership) * candidate.total + presentMax) / (2 * max(presentMax, 1))
                    // The rule as published; a table whose total it does not reproduce keeps its fixed rest.
                    if presentMax > 0 && published == r.total {
                        rule = candidate
                        f = inside
                    }
                }
                fixed.append(f)
                rules.append(rule)
            }
            let ranks = RankSimulation.simulate(
                fixed: fixed,
                estimates: members.map { i in [rows[i].satisfactionPoints, rows[i].leadershipPoints] },
                standardErrors: members.map { i in [rows[i].satisfactionStandardError ?? 0, rows[i].leadershipStandardError ?? 0] },
                rescale: rules.contains { $0 != nil } ? rules : nil,
                seed: seed, draws: draws)
            for (j, i) in members.enumerated() {
                rows[i].rankInterval = ranks[j].best...ranks[j].worst
                rows[i].rankProbability = ranks[j].probability(ofRank: rows[i].rank)
            }
        }
        rankSimulation = (seed, draws)
    }
}
