/// The xoshiro256** pseudo-random generator (Blackman & Vigna, 2018; reference C code at
/// prng.di.unimi.it), its 256-bit state filled from a 64-bit seed by four SplitMix64 outputs.
/// Deterministic on every platform: the same seed gives the same stream.
package struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64

    /// A generator seeded with `seed`.
    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform number in the open interval (0, 1): the top 53 bits, plus ½, times 2⁻⁵³.
    public mutating func nextOpenUnit() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// Fills `out` with `nextOpenUnit()` values, in order (the state kept in registers).
    package mutating func fillOpenUnit(_ out: UnsafeMutableBufferPointer<Double>) {
        var g = self
        for i in out.indices { out[i] = g.nextOpenUnit() }
        self = g
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
