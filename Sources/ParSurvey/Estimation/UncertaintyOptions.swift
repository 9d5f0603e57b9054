/// How standard errors and intervals are computed.
public struct UncertaintyOptions: Sendable, Equatable {
    /// Confidence level of every interval (default 0.95).
    public var level: Double
    /// Treat the final weights as fixed design weights, ignoring calibration (R: `svydesign`
    /// on the final weights); by default standard errors after post-stratification or raking
    /// are calibration-aware (GREG residuals).
    public var fixedWeights: Bool

    /// Creates options.
    public init(level: Double = 0.95, fixedWeights: Bool = false) {
        self.level = level
        self.fixedWeights = fixedWeights
    }

    /// A short description of the variance method for `data`, for reports.
    public func method(for data: WeightedResponses) -> String {
        let strata = data.strata == data.table.unit ? "unit" : "stratum column"
        let calibration: String
        if data.calibration == nil { calibration = "weights as given" }
        else if fixedWeights { calibration = "weights treated as fixed (calibration ignored)" }
        else { calibration = "calibration-aware (GREG residuals)" }
        return "stratified by \(strata), one stage with replacement; \(calibration)"
    }
}
