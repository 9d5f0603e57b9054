import ParSurveyStatistics

/// The `design` block of a weighting plan: how the sample was drawn, for variance estimation
/// (R: `svydesign(ids = ~ids[0] + ids[1] + …, strata = ~strata, fpc = ~fpc[0] + …, nest = nest)`
/// with `options(survey.lonely.psu = lonelyPSU)`). See docs/UNCERTAINTY.md.
///
/// ```json
/// "design": {"strata": "district", "ids": ["commune", "village"], "fpc": ["communes_N", "villages_N"],
///            "nest": false, "lonelyPSU": "fail"}
/// ```
public struct DesignSpec: Sendable, Equatable {
    /// Stage-1 strata column (nil: one stratum).
    public var strata: String?
    /// Cluster id columns, one per stage (empty: respondents are the PSUs).
    public var ids: [String]
    /// FPC columns, one per stage or fewer: population sizes (> 1) or sampling fractions (≤ 1).
    public var fpc: [String]
    /// Cluster ids restart within strata (R's `nest = TRUE`).
    public var nest: Bool
    /// The lonely-PSU rule (default: fail, as R).
    public var lonelyPSU: SurveyDesign.LonelyPSU

    /// Creates a design block.
    public init(
        strata: String? = nil, ids: [String] = [], fpc: [String] = [], nest: Bool = false,
        lonelyPSU: SurveyDesign.LonelyPSU = .fail
    ) {
        self.strata = strata
        self.ids = ids
        self.fpc = fpc
        self.nest = nest
        self.lonelyPSU = lonelyPSU
    }
}
