/// `postStratify`: wᵢ ← wᵢ · N_g / Σ_{j∈g} wⱼ for each cell g (R: `postStratify`).
public struct PostStratificationStep: Sendable {
    /// Key path in the plan.
    public var path: String
    /// The cells and their targets.
    public var margin: MarginSpec
    /// Cells crossed with the unit (each unit to its own totals).
    public var withinUnit: Bool

    package init(path: String, margin: MarginSpec, withinUnit: Bool) {
        self.path = path
        self.margin = margin
        self.withinUnit = withinUnit
    }
}
