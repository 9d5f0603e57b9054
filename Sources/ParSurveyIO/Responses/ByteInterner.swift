import Foundation

/// A fast, non-cryptographic 64-bit hash of a byte string (8 bytes per step). Used to intern
/// field values and to find duplicate ids without making a `String` per field. Seeded at
/// random for each process, so a file cannot be made of ids that all collide; nothing read
/// depends on the hash values, only how fast it is found.
enum ByteHash {
    private static let seed = UInt64.random(in: .min ... .max)

    /// The hash of `bytes`.
    @inline(__always)
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h: UInt64 = seed ^ (UInt64(bytes.count) &* k)
        var i = 0
        let n = bytes.count
        while i + 8 <= n {
            let w = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* k
            h ^= h >> 31
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                w |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ w) &* k
            h ^= h >> 31
        }
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }
}

/// Distinct byte strings, each given a dense number in order of first insertion. Looking a
/// value up costs a hash and a byte compare; no `String` or `Array` is made on a hit.
struct ByteInterner {
    /// All interned values, one after another.
    private(set) var arena: [UInt8] = []
    /// End offset of each value in `arena`.
    private(set) var ends: [Int] = []
    /// Open-addressing slots: 0 empty, else (entry number + 1) in the low 32 bits and the
    /// hash's high 32 bits above.
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 16)

    /// Number of distinct values.
    var count: Int { ends.count }

    /// The bytes of entry `i`.
    func bytes(_ i: Int) -> ArraySlice<UInt8> { arena[(i == 0 ? 0 : ends[i - 1])..<ends[i]] }

    /// The entry number of `value`, or nil.
    @inline(__always)
    func find(_ value: UnsafeRawBufferPointer, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        let tag = hash >> 32
        var s = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { sl in
            arena.withUnsafeBytes { ar in
                while true {
                    let v = sl[s]
                    if v == 0 { return nil }
                    if v >> 32 == tag {
                        let e = Int(v & 0xFFFF_FFFF) - 1
                        let start = e == 0 ? 0 : ends[e - 1]
                        if ends[e] - start == value.count
                            && (value.count == 0 || memcmp(ar.baseAddress! + start, value.baseAddress!, value.count) == 0)
                        {
                            return e
                        }
                    }
                    s = (s + 1) & mask
                }
            }
        }
    }

    /// Adds `value` (which must not be present) and returns its entry number.
    @discardableResult
    mutating func insert(_ value: UnsafeRawBufferPointer, hash: UInt64) -> Int {
        let e = ends.count
        arena.append(contentsOf: value)
        ends.append(arena.count)
        if (e + 1) * 2 > slots.count { rehash(to: slots.count * 2) } else { place(e, hash: hash) }
        return e
    }

    private mutating func place(_ e: Int, hash: UInt64) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = (hash >> 32) << 32 | UInt64(e + 1)
    }

    private mutating func rehash(to size: Int) {
        slots = [UInt64](repeating: 0, count: size)
        for e in 0..<ends.count {
            let start = e == 0 ? 0 : ends[e - 1]
            let h = arena.withUnsafeBytes { ByteHash.of(UnsafeRawBufferPointer(rebasing: $0[start..<ends[e]])) }
            place(e, hash: h)
        }
    }
}
