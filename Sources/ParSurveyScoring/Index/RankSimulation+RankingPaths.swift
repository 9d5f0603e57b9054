extension RankSimulation {
    /// How the draws of one simulation were ranked: a probe for tests and benchmarks that
    /// the fast path ran (every draw is counted in exactly one field).
    package struct RankingPaths: Sendable, Equatable {
        /// Draws ranked by pairwise comparison (at most `pairwiseLimit` units).
        package var pairwise = 0
        /// Draws ranked by counting units per total (`SortedRanker`, span within its limit).
        package var counted = 0
        /// Draws ranked by the radix sort (`SortedRanker`, wider spans).
        package var sorted = 0

        /// Creates an empty probe.
        package init(pairwise: Int = 0, counted: Int = 0, sorted: Int = 0) {
            self.pairwise = pairwise
            self.counted = counted
            self.sorted = sorted
        }
    }
}
