/// `rake`: iterative proportional fitting to several margins (R: `rake`,
/// `calibrate(calfun = "raking")`).
public struct RakingStep: Sendable {
    /// Key path in the plan.
    public var path: String
    /// The margins, adjusted in this order every sweep.
    public var margins: [MarginSpec]
    /// Every margin crossed with the unit (each unit raked to its own margins).
    public var withinUnit: Bool
    /// Stop when no cell of the joint table changes by more than `tolerance` × Σ input
    /// weights in a sweep (R's `epsilon` below 1).
    public var tolerance: Double
    /// At most this many sweeps (R's `maxit`).
    public var maxSweeps: Int
    /// After stopping, every margin must be met within this relative error.
    public var marginTolerance: Double

    package init(path: String, margins: [MarginSpec], withinUnit: Bool, tolerance: Double, maxSweeps: Int, marginTolerance: Double) {
        self.path = path
        self.margins = margins
        self.withinUnit = withinUnit
        self.tolerance = tolerance
        self.maxSweeps = maxSweeps
        self.marginTolerance = marginTolerance
    }
}
