extension ParIndexTable {
    /// Whether every unit has standard errors for the survey components it has.
    public var hasStandardErrors: Bool {
        !rows.isEmpty && rows.allSatisfy { r in
            (r.missing.contains(.satisfaction) || !scheme.components.contains { $0.source == .satisfaction } || r.satisfactionStandardError != nil)
                && (r.missing.contains(.leadership) || !scheme.components.contains { $0.source == .leadership } || r.leadershipStandardError != nil)
        }
    }

    /// Fills each row's rank interval and the probability of its published rank by
    /// `RankSimulation`, within each ranking group: survey points (satisfaction + leadership,
    /// unrounded, times the row's rescaling factor) drawn from Normal(estimate,
    /// √(SE_s² + SE_l²)) — the two surveys are independent samples — plus the fixed rest of
    /// the total (self-assessment, bonus and penalty). Does nothing unless every unit has the
    /// standard errors of its survey components.
    public mutating func simulateRanks(seed: UInt64 = RankSimulation.defaultSeed, draws: Int = RankSimulation.defaultDraws) {
        guard hasStandardErrors else { return }
        for members in Self.groupMembers(rows) {
            let ranks = RankSimulation.simulate(
                fixed: members.map { i in
                    let r = rows[i]
                    return r.scale == 1 ? Double(r.total - r.satisfaction - r.leadership) / 100
                        : Double(r.total) / 100 - r.scale * Double(r.satisfaction + r.leadership) / 100
                },
                estimates: members.map { i in rows[i].scale * (rows[i].satisfactionPoints + rows[i].leadershipPoints) },
                standardErrors: members.map { i in
                    let r = rows[i]
                    let s = r.satisfactionStandardError ?? 0, l = r.leadershipStandardError ?? 0
                    return r.scale * (s * s + l * l).squareRoot()
                },
                seed: seed, draws: draws)
            for (j, i) in members.enumerated() {
                rows[i].rankInterval = ranks[j].best...ranks[j].worst
                rows[i].rankProbability = ranks[j].probability(ofRank: rows[i].rank)
            }
        }
        rankSimulation = (seed, draws)
    }
}
