/// Unbiased whole numbers below a bound from the project's generator.
extension Xoshiro256StarStar {
    /// A uniform whole number in 0..<`bound` (bound ≥ 1), without modulo bias: Lemire's
    /// multiply-and-reject method ("Fast random integer generation in an interval", ACM
    /// TOMACS 2019). The 128-bit product x·bound of a 64-bit x splits into a high word (the
    /// result) and a low word; products whose low word falls below 2⁶⁴ mod bound are drawn
    /// again, so each result has exactly ⌊2⁶⁴/bound⌋ preimages.
    public mutating func bounded(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "bounded needs a bound of at least 1")
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return m.high
    }
}
