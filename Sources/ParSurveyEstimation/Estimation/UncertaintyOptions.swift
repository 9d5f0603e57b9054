import ParSurveyModel
import ParSurveyWeighting
/// How standard errors and intervals are computed.
public struct UncertaintyOptions: Sendable, Equatable {
    /// Confidence level of every interval (default 0.95).
    public var level: Double
    /// Treat the final weights as fixed design weights, ignoring calibration (R: `svydesign`
    /// on the final weights); by default standard errors after post-stratification or raking
    /// are calibration-aware (GREG residuals).
    public var fixedWeights: Bool
    /// Rows per segment of the pass that sums element and overall influences (segments are
    /// summed on any core and added in order). Results do not depend on it beyond the last
    /// bits; tests make it small to exercise many segments on small data.
    package var rowSegment = 1 << 14

    /// Creates options.
    public init(level: Double = 0.95, fixedWeights: Bool = false) {
        self.level = level
        self.fixedWeights = fixedWeights
    }

    /// A short description of the variance method for `data`, for reports.
    public func method(for data: WeightedResponses) -> LocalizedText {
        let byUnit = data.strata == data.table.unit
        let strata = LocalizedText(
            vi: byUnit ? "phân tầng theo đơn vị" : "phân tầng theo cột tầng",
            en: byUnit ? "stratified by unit" : "stratified by the stratum column")
        let calibration: LocalizedText
        if data.calibration == nil {
            calibration = LocalizedText(vi: "trọng số như đã cho", en: "weights as given")
        } else if fixedWeights {
            calibration = LocalizedText(
                vi: "trọng số coi là cố định (bỏ qua hiệu chỉnh)", en: "weights treated as fixed (calibration ignored)")
        } else {
            // plain Vietnamese in the body; the methods appendix names GREG
            calibration = LocalizedText(vi: "tính đến phần hiệu chỉnh trọng số", en: "calibration-aware (GREG residuals)")
        }
        return LocalizedText(
            vi: strata.vi + ", một giai đoạn, có hoàn lại; " + calibration.vi,
            en: strata.en + ", one stage with replacement; " + calibration.en)
    }
}
