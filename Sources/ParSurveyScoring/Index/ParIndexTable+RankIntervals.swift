extension ParIndexTable {
    /// Whether every unit has standard errors for both survey components.
    public var hasStandardErrors: Bool {
        !rows.isEmpty && rows.allSatisfy { $0.satisfactionStandardError != nil && $0.leadershipStandardError != nil }
    }

    /// Fills each row's rank interval and the probability of its published rank by
    /// `RankSimulation`: survey points (satisfaction + leadership, unrounded) drawn from
    /// Normal(estimate, √(SE_s² + SE_l²)) — the two surveys are independent samples — plus the
    /// fixed self-assessment. Does nothing unless every unit has both standard errors.
    public mutating func simulateRanks(seed: UInt64 = RankSimulation.defaultSeed, draws: Int = RankSimulation.defaultDraws) {
        guard hasStandardErrors else { return }
        let ranks = RankSimulation.simulate(
            fixed: rows.map { Double($0.selfAssessment) / 100 },
            estimates: rows.map { $0.satisfactionPoints + $0.leadershipPoints },
            standardErrors: rows.map { r in
                let s = r.satisfactionStandardError!, l = r.leadershipStandardError!
                return (s * s + l * l).squareRoot()
            },
            seed: seed, draws: draws)
        rankSimulation = (seed, draws)
        for i in rows.indices {
            rows[i].rankInterval = ranks[i].best...ranks[i].worst
            rows[i].rankProbability = ranks[i].probability(ofRank: rows[i].rank)
        }
    }
}
