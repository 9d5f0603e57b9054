/// Rows grouped by their combination of codes in several columns: a compact cell number per
/// row (cells numbered in order of first appearance) and the first row of each cell. One pass
/// over the rows with integer arithmetic only.
struct CellIndex {
    /// The cell of each row.
    let cellOfRow: [Int32]
    /// The first row of each cell (to read its values and to point at it in messages).
    let firstRow: [Int]

    /// Number of cells.
    var count: Int { firstRow.count }

    /// Groups `rowCount` rows by `columns` (`columns[k][row] < levelCounts[k]`).
    init(columns: [[UInt32]], levelCounts: [Int], rowCount: Int) {
        var cellOfRow = [Int32](repeating: 0, count: rowCount)
        var firstRow: [Int] = []
        // mixed-radix code of a row's combination; a flat lookup table when the product is small
        var strides: [Int] = []
        var product = 1
        var fits = true
        for n in levelCounts {
            strides.append(product)
            let (p, overflow) = product.multipliedReportingOverflow(by: max(n, 1))
            if overflow {
                fits = false
                break
            }
            product = p
        }
        if fits && product <= 1 << 22 {
            var lookup = [Int32](repeating: -1, count: product)
            for row in 0..<rowCount {
                var code = 0
                for k in columns.indices { code += Int(columns[k][row]) * strides[k] }
                var cell = lookup[code]
                if cell < 0 {
                    cell = Int32(firstRow.count)
                    lookup[code] = cell
                    firstRow.append(row)
                }
                cellOfRow[row] = cell
            }
        } else if fits {
            var lookup: [Int: Int32] = [:]
            for row in 0..<rowCount {
                var code = 0
                for k in columns.indices { code += Int(columns[k][row]) * strides[k] }
                let cell: Int32
                if let c = lookup[code] {
                    cell = c
                } else {
                    cell = Int32(firstRow.count)
                    lookup[code] = cell
                    firstRow.append(row)
                }
                cellOfRow[row] = cell
            }
        } else {
            var lookup: [[UInt32]: Int32] = [:]
            for row in 0..<rowCount {
                let key = columns.map { $0[row] }
                let cell: Int32
                if let c = lookup[key] {
                    cell = c
                } else {
                    cell = Int32(firstRow.count)
                    lookup[key] = cell
                    firstRow.append(row)
                }
                cellOfRow[row] = cell
            }
        }
        self.cellOfRow = cellOfRow
        self.firstRow = firstRow
    }
}
