/// Holm's step-down correction for multiple tests (R's `p.adjust(p, "holm")`).
public enum Holm {
    /// Adjusted p-values in the order given: sort ascending, multiply the i-th smallest by
    /// (m − i + 1), keep the running maximum, cap at 1. Ties keep their input order.
    public static func adjust(_ p: [Double]) -> [Double] {
        let m = p.count
        let order = p.indices.sorted { (p[$0], $0) < (p[$1], $1) }
        var adjusted = [Double](repeating: 1, count: m)
        var running = 0.0
        for (rank, i) in order.enumerated() {
            running = max(running, min(1, Double(m - rank) * p[i]))
            adjusted[i] = running
        }
        return adjusted
    }
}
