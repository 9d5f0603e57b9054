/// Sharing a unit's sample size among its strata (pure arithmetic).
public enum StratumAllocation: String, Sendable, CaseIterable {
    /// n_h proportional to N_h, rounded by largest remainders (Hamilton); ties go to the
    /// earlier stratum; a stratum left with 0 gets 1, taken from the largest n_h.
    case proportional
    /// n / H each; the remainder goes one by one to the first strata.
    case equal
    /// Each stratum's n is given in the sizes table.
    case given

    /// Shares `n` among strata of sizes `sizes` (in the strata's order); nil for `.given`.
    /// Never gives a stratum more than its N_h when n ≤ ΣN_h for proportional allocation; equal
    /// allocation may (the caller reports it).
    public func allocate(_ n: Int, among sizes: [Int]) -> [Int]? {
        let h = sizes.count
        guard h > 0 else { return [] }
        switch self {
        case .given: return nil
        case .equal:
            return (0..<h).map { n / h + ($0 < n % h ? 1 : 0) }
        case .proportional:
            let total = sizes.reduce(0, +)
            // quotas n·N_h/N as exact fractions: whole part and remainder (numerator mod N)
            var out = sizes.map { n * $0 / total }
            let rest = sizes.map { n * $0 % total }
            var left = n - out.reduce(0, +)
            let order = (0..<h).sorted { rest[$0] != rest[$1] ? rest[$0] > rest[$1] : $0 < $1 }
            for k in order where left > 0 {
                out[k] += 1
                left -= 1
            }
            for k in 0..<h where out[k] == 0 && n >= h {
                let donor = (0..<h).max { out[$0] != out[$1] ? out[$0] < out[$1] : $0 > $1 }!
                out[donor] -= 1
                out[k] = 1
            }
            return out
        }
    }
}
