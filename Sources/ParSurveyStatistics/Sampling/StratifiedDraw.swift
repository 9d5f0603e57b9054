/// A stratified simple random sample without replacement, with a reserve list: pure
/// computation over member positions, deterministic for a seed on every platform.
///
/// One `Xoshiro256StarStar(seed:)` stream serves all strata in the order given. In a stratum
/// of N_h members (in the order given, e.g. sorted by id) a partial Fisher–Yates shuffle
/// draws n_h + r_h positions: for i = 0, 1, …, swap position i with i + U(N_h − i), where U
/// is `bounded` (unbiased). The first n_h are the sample, the next r_h the reserve in the
/// order they are to be used. Every n_h-subset is equally likely: π = n_h / N_h.
public enum StratifiedDraw {
    /// One stratum to draw from.
    public struct Stratum: Sendable, Equatable {
        /// Its members (any identifiers, e.g. frame row numbers), in a fixed order.
        public var members: [Int]
        /// Sample size n_h (≤ members.count).
        public var size: Int
        /// Reserve size r_h (size + reserve ≤ members.count).
        public var reserve: Int

        /// Creates a stratum.
        public init(members: [Int], size: Int, reserve: Int = 0) {
            self.members = members
            self.size = size
            self.reserve = reserve
        }
    }

    /// What was drawn in one stratum.
    public struct Selection: Sendable, Equatable {
        /// The sampled members, in draw order.
        public var sample: [Int]
        /// The reserve members, in the order they are to be used.
        public var reserve: [Int]
    }

    /// Draws every stratum in order from one stream seeded with `seed`.
    public static func draw(_ strata: [Stratum], seed: UInt64) -> [Selection] {
        var rng = Xoshiro256StarStar(seed: seed)
        return strata.map { draw($0, rng: &rng) }
    }

    /// Draws one stratum from `rng`.
    public static func draw(_ s: Stratum, rng: inout Xoshiro256StarStar) -> Selection {
        precondition(s.size >= 0 && s.reserve >= 0 && s.size + s.reserve <= s.members.count, "stratum sizes out of range")
        var m = s.members
        let k = s.size + s.reserve
        for i in 0..<k {
            let j = i + Int(rng.bounded(UInt64(m.count - i)))
            m.swapAt(i, j)
        }
        return Selection(sample: Array(m[0..<s.size]), reserve: Array(m[s.size..<k]))
    }
}
