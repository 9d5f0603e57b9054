/// A sampling design over plain arrays (no domain types), as R's
/// `svydesign(ids = ~psu1 + psu2 + …, strata = ~stratum, fpc = ~N1 + N2 + …, nest = …)`:
/// stage-1 strata, nested cluster codes per stage, and per stage and stratum the number of
/// sampled clusters and the population size (∞: with replacement).
///
/// Stage s > 1 is stratified by the stage s − 1 clusters (R: `strata[, s] =
/// interaction(strata, ids[, s − 1])`), and its clusters are numbered within their parent
/// (R forces subclusters to nest in clusters). With `stages` empty every row is its own PSU
/// (R: `ids = ~1`); the stage-1 FPC then applies to rows.
public struct SurveyDesign: Sendable, Equatable {
    /// What to do with a stratum holding a single PSU (R's `options(survey.lonely.psu)`).
    public enum LonelyPSU: String, Sendable, CaseIterable {
        /// Stop (R's default).
        case fail
        /// Centre the stratum's PSU total at zero instead of the stratum mean.
        case adjust
        /// Leave the stratum out and scale the variance by strata / strata with ≥ 2 PSUs.
        case average
        /// The stratum adds nothing (the PSU was sampled with certainty).
        case certainty
        /// As certainty (R: "remove").
        case remove
    }

    /// One sampling stage above the rows.
    public struct Stage: Sendable, Equatable {
        /// Cluster of each row at this stage (numbered across the design, nested in parents).
        public var clusterOfRow: [UInt32]
        /// Cluster labels as given (for messages), one per cluster.
        public var clusterNames: [String]
        /// The stratum of each cluster at this stage: the stage-1 stratum for stage 1, the
        /// parent cluster (of the previous stage) for later stages.
        public var clusterStratum: [Int32]
        /// The parent cluster (previous stage) of each cluster; the stage-1 stratum at stage 1.
        public var parent: [Int32] { clusterStratum }
        /// Number of sampled clusters in each stratum of this stage.
        public var sampled: [Int]
        /// Population size (clusters) of each stratum of this stage; ∞ without FPC.
        public var population: [Double]

        /// Number of clusters.
        public var clusterCount: Int { clusterNames.count }
    }

    /// Stage-1 stratum code of each row.
    public var strata: [UInt32]
    /// Stratum names (one per code).
    public var strataNames: [String]
    /// The stages (empty: each row is a PSU).
    public var stages: [Stage]
    /// Rows per stage-1 stratum (the PSU counts when rows are the PSUs).
    public var stratumRows: [Int]
    /// Population size of each stage-1 stratum when rows are the PSUs (∞: no FPC).
    public var rowPopulation: [Double]
    /// The lonely-PSU rule.
    public var lonely: LonelyPSU

    /// Rows.
    public var rowCount: Int { strata.count }

    /// Number of sampled PSUs in each stage-1 stratum.
    public var stratumPSUs: [Int] { stages.first?.sampled ?? stratumRows }

    /// Population of each stage-1 stratum (PSUs; ∞ without FPC).
    public var stratumPopulation: [Double] { stages.first?.population ?? rowPopulation }

    /// PSUs − strata over the whole design (R's `degf`).
    public var degreesOfFreedom: Int {
        let psus = stratumPSUs
        return psus.reduce(0, +) - psus.filter { $0 > 0 }.count
    }

    /// Stage-1 PSU of each row (the row itself when rows are the PSUs).
    public func psu(ofRow i: Int) -> Int { stages.isEmpty ? i : Int(stages[0].clusterOfRow[i]) }

    /// The number of stages whose variance R adds (`svyrecvar`'s `multistage`): stage s + 1
    /// counts only when some stratum of stage s has a finite population (n/N > 0).
    public var varianceStages: Int {
        var k = min(stages.count, 1)
        while k < stages.count, stages[k - 1].population.contains(where: { $0.isFinite }) { k += 1 }
        return k
    }
}
