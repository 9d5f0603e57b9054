/// Finds duplicate respondent ids: a hash set of row numbers, compared by bytes (ids are
/// stored NFC, so equal bytes ⇔ equal ids).
///
/// The set is split into 256 shards by the top byte of the id's hash, and a stretch's ids
/// are checked shard by shard (each shard's rows in file order). Rows with equal ids fall
/// in the same shard, so the first occurrence still wins; and while one shard is worked on
/// it stays in cache, instead of a cache and TLB miss per id in one big table. Each shard
/// is open addressing with linear probing, at most 5/8 full; a slot holds the low 32 bits of
/// the hash (which also give its position) and row + 1.
struct IDIndex {
    private static let shardCount = 256
    private var shards = [[UInt64]](repeating: [UInt64](repeating: 0, count: 64), count: IDIndex.shardCount)
    private var counts = [Int](repeating: 0, count: IDIndex.shardCount)
    /// Keeps the touching reads from being optimised away.
    private(set) var sink: UInt64 = 0

    @inline(__always)
    private static func shard(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 56) }

    /// Checks the ids of `n` new rows, in order (their `hashes`), against every row recorded
    /// so far and against each other; records each id not seen before as row `base + r`.
    /// `isEqual(r, row)` compares new row r's id with row `row` (a new row if `row >= base`).
    /// Returns the duplicates: new row r and the row that had the id first, in order of r.
    /// When some are returned, the rows after them are recorded under numbers that do not
    /// count the duplicates: call `renumber` with the rows kept.
    mutating func insert(
        hashes: UnsafePointer<UInt64>, count n: Int, base: Int,
        isEqual: (Int, Int) -> Bool
    ) -> [(row: Int, first: Int)] {
        // Rows grouped by shard, each group in row order (a counting sort).
        var start = [Int](repeating: 0, count: Self.shardCount + 1)
        for r in 0..<n { start[Self.shard(hashes[r]) + 1] += 1 }
        for s in 0..<Self.shardCount { start[s + 1] += start[s] }
        var order = [Int32](repeating: 0, count: n)
        var fill = start
        for r in 0..<n {
            let s = Self.shard(hashes[r])
            order[fill[s]] = Int32(r)
            fill[s] += 1
        }
        var duplicates: [(row: Int, first: Int)] = []
        for s in 0..<Self.shardCount where start[s + 1] > start[s] {
            reserve(shard: s, extra: start[s + 1] - start[s])
            let slots = shards[s].count
            let mask = slots - 1
            shards[s].withUnsafeMutableBufferPointer { table in
                // Read every slot this shard's rows will start at: independent loads that
                // overlap, so the probes below find them in cache.
                var touched: UInt64 = 0
                for k in start[s]..<start[s + 1] { touched &+= table[Int(truncatingIfNeeded: hashes[Int(order[k])]) & mask] }
                sink ^= touched
                for k in start[s]..<start[s + 1] {
                    let r = Int(order[k])
                    let tag = hashes[r] & 0xFFFF_FFFF
                    var i = Int(truncatingIfNeeded: tag) & mask
                    var found: Int?
                    while true {
                        let v = table[i]
                        if v == 0 { break }
                        if v >> 32 == tag {
                            let other = Int(v & 0xFFFF_FFFF) - 1
                            if isEqual(r, other) {
                                found = other
                                break
                            }
                        }
                        i = (i + 1) & mask
                    }
                    if let first = found {
                        duplicates.append((r, first))
                    } else {
                        table[i] = tag << 32 | UInt64(base + r + 1)
                        counts[s] += 1
                    }
                }
            }
        }
        return duplicates.sorted { $0.row < $1.row }
    }

    /// After duplicates were found among new rows numbered from `base`: the new row that was
    /// recorded as `base + kept[k]` is row `base + k`.
    mutating func renumber(kept: [Int], hashes: UnsafePointer<UInt64>, base: Int) {
        for (k, r) in kept.enumerated() where k != r {
            let s = Self.shard(hashes[r])
            let tag = hashes[r] & 0xFFFF_FFFF
            let mask = shards[s].count - 1
            var i = Int(truncatingIfNeeded: tag) & mask
            while shards[s][i] != tag << 32 | UInt64(base + r + 1) { i = (i + 1) & mask }
            shards[s][i] = tag << 32 | UInt64(base + k + 1)
        }
    }

    /// Makes room for `extra` more ids in shard `s`.
    private mutating func reserve(shard s: Int, extra: Int) {
        var size = shards[s].count
        while (counts[s] + extra) * 8 > size * 5 { size *= 2 }
        if size == shards[s].count { return }
        var grown = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for v in shards[s] where v != 0 {
            var i = Int(truncatingIfNeeded: v >> 32) & mask
            while grown[i] != 0 { i = (i + 1) & mask }
            grown[i] = v
        }
        shards[s] = grown
    }

    /// Makes room for about `extra` more ids in all (spread evenly over the shards).
    mutating func reserve(_ extra: Int) {
        for s in 0..<Self.shardCount { reserve(shard: s, extra: extra / Self.shardCount + 1) }
    }

    /// Forgets every row from `rows` on (after a batch is rolled back).
    mutating func truncate(to rows: Int) {
        for s in 0..<Self.shardCount {
            for i in shards[s].indices where shards[s][i] != 0 && Int(shards[s][i] & 0xFFFF_FFFF) > rows {
                shards[s][i] = 0
                counts[s] -= 1
            }
            // Re-place the survivors so that probing finds them past the holes.
            let kept = shards[s].filter { $0 != 0 }
            let mask = shards[s].count - 1
            shards[s] = [UInt64](repeating: 0, count: shards[s].count)
            for v in kept {
                var i = Int(truncatingIfNeeded: v >> 32) & mask
                while shards[s][i] != 0 { i = (i + 1) & mask }
                shards[s][i] = v
            }
        }
    }
}
