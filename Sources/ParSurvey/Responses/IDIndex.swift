/// Finds duplicate respondent ids over a table's id byte arena: an open-addressing hash set
/// of row numbers, compared by bytes (ids are stored NFC, so equal bytes ⇔ equal ids),
/// linear probing, at most 5/8 full.
struct IDIndex {
    /// 0 empty, else (row + 1) in the low 32 bits and the id hash's high 32 bits above.
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 1024)
    private var count = 0

    /// Row of an earlier id equal to the one with `hash` (`isEqual(row)` compares the bytes
    /// of an earlier row with it); if there is none, records that `row` holds it and returns
    /// nil. Call `reserve` first: this never grows the table.
    @inline(__always)
    mutating func firstRow(hash: UInt64, row: Int, isEqual: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        let tag = hash >> 32
        var s = Int(truncatingIfNeeded: hash) & mask
        while true {
            let v = slots[s]
            if v == 0 { break }
            if v >> 32 == tag {
                let r = Int(v & 0xFFFF_FFFF) - 1
                if isEqual(r) { return r }
            }
            s = (s + 1) & mask
        }
        slots[s] = tag << 32 | UInt64(row + 1)
        count += 1
        return nil
    }

    /// Makes room so that `extra` more ids can be added without growing.
    mutating func reserve(_ extra: Int, idBytes: UnsafeRawBufferPointer, idEnds: UnsafeBufferPointer<Int>) {
        var size = slots.count
        while (count + extra) * 8 > size * 5 { size *= 2 }  // at most 5/8 full
        if size != slots.count { rebuild(size: size, rows: count, idBytes: idBytes, idEnds: idEnds) }
    }

    /// Forgets every row from `rows` on (after a batch is rolled back).
    mutating func truncate(to rows: Int, idBytes: UnsafeRawBufferPointer, idEnds: UnsafeBufferPointer<Int>) {
        rebuild(size: slots.count, rows: rows, idBytes: idBytes, idEnds: idEnds)
    }

    private mutating func rebuild(size: Int, rows: Int, idBytes: UnsafeRawBufferPointer, idEnds: UnsafeBufferPointer<Int>) {
        slots = [UInt64](repeating: 0, count: size)
        count = 0
        let mask = size - 1
        for r in 0..<rows {
            let start = r == 0 ? 0 : idEnds[r - 1]
            let h = ByteHash.of(UnsafeRawBufferPointer(rebasing: idBytes[start..<idEnds[r]]))
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = (h >> 32) << 32 | UInt64(r + 1)
            count += 1
        }
    }
}
