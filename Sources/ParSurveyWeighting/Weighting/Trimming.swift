/// Capping weights at bounds and handing the excess to the weights inside the bounds.
///
/// One pass (R's `trimWeights`): weights below `lower` or above `upper` are set to the bound;
/// the total removed (or added) is given to the other weights, **additively** (the same
/// amount to each, as `trimWeights`) or **proportionally** (each multiplied by
/// (Σ untrimmed + excess) / Σ untrimmed). Strict trimming repeats the pass until no weight
/// is outside the bounds (R: `strict = TRUE`). The sum of weights is kept.
enum Trimming {
    /// What a trimming run gives for one group of weights.
    struct Outcome {
        /// The trimmed weights.
        var weights: [Double]
        /// Rows (positions in the group) that were outside the bounds in some pass.
        var trimmed: [Bool]
        /// Passes that trimmed something.
        var passes: Int
    }

    /// Why the bounds cannot be met.
    struct Infeasible: Error {
        var message: String
    }

    /// Most passes a strict trimming may take.
    static let maxPasses = 10_000

    /// Trims one group of weights (a unit's, or all).
    static func run(
        _ weights: [Double], lower: Double?, upper: Double?, redistribution: TrimmingStep.Redistribution,
        strict: Bool
    ) throws(Infeasible) -> Outcome {
        let lo = lower ?? -Double.infinity
        let hi = upper ?? Double.infinity
        let n = weights.count
        let sum = weights.reduce(0, +)
        if strict {
            if hi * Double(n) < sum * (1 - 1e-12) {
                throw Infeasible(
                    message:
                        "\(n) weights capped at \(WeightingError.number(hi)) sum to at most \(WeightingError.number(hi * Double(n))), below their total \(WeightingError.number(sum))"
                )
            }
            if lo * Double(n) > sum * (1 + 1e-12) {
                throw Infeasible(
                    message:
                        "\(n) weights of at least \(WeightingError.number(lo)) sum to at least \(WeightingError.number(lo * Double(n))), above their total \(WeightingError.number(sum))"
                )
            }
        }
        var w = weights
        var trimmed = [Bool](repeating: false, count: n)
        var outside = [Bool](repeating: false, count: n)
        var passes = 0
        while true {
            var any = false
            var inside = 0
            var insideSum = 0.0
            var excess = 0.0
            for i in 0..<n {
                let x = w[i]
                if x < lo || x > hi {
                    outside[i] = true
                    trimmed[i] = true
                    any = true
                    let capped = x < lo ? lo : hi
                    excess += x - capped
                    w[i] = capped
                } else {
                    outside[i] = false
                    inside += 1
                    insideSum += x
                }
            }
            if !any { break }
            passes += 1
            if inside == 0 {
                throw Infeasible(message: "every weight is outside the bounds; nothing is left to take the excess")
            }
            switch redistribution {
            case .additive:
                let add = excess / Double(inside)
                for i in 0..<n where !outside[i] { w[i] += add }
            case .proportional:
                let f = (insideSum + excess) / insideSum
                for i in 0..<n where !outside[i] { w[i] *= f }
            }
            if !strict { break }
            if passes >= maxPasses {
                throw Infeasible(message: "weights still outside the bounds after \(maxPasses) passes")
            }
        }
        return Outcome(weights: w, trimmed: trimmed, passes: passes)
    }
}
