import Foundation
import ParSurveyModel

extension BatchLoader {
    /// Moves the rows a worker validated into the table, in file order: checks ids against
    /// every earlier row (the first occurrence wins, later ones are rejected), gives each new
    /// categorical value its table code in order of first appearance, turns relative lines
    /// into file lines (`lineBase` is the file line of the stretch's line 1), and interleaves
    /// the rejects by line. `codes[k][local]` is the table code of the worker's local level
    /// in code column k (`unassignedCode` until a kept row uses it).
    mutating func merge(
        _ p: PartialTable, plan: DecodePlan, codes: inout [[UInt32]], lineBase: Int, batch: UInt32,
        account: inout BatchAccount
    ) {
        let n = p.rowCount
        account.read += p.read
        account.blankLines += p.blankLines
        account.excluded += p.excluded
        let (kept, duplicates) = checkIDs(p, plan: plan, lineBase: lineBase, batch: batch)
        appendRows(p, plan: plan, codes: &codes, kept: kept, lineBase: lineBase, batch: batch)
        mergeRejects(p.rejects, duplicates, lineBase: lineBase)
        Self.keepInvalidAnswers(p, kept: kept, lineBase: lineBase, account: &account)
        account.accepted += kept?.count ?? n
        account.rejected += p.rejects.count + duplicates.count
    }

    /// Marks a worker-local level without a table code yet.
    static let unassignedCode = UInt32.max

    /// Finds the rows whose id was seen before (in the table or earlier in `p`) and records
    /// the others' ids in the index. Returns the rows kept (nil: all) and the rejects.
    private mutating func checkIDs(_ p: PartialTable, plan: DecodePlan, lineBase: Int, batch: UInt32) -> ([Int]?, [Reject]) {
        let n = p.rowCount
        if n == 0 { return (nil, []) }
        let base = table.rowCount
        let ends = p.columns.idEnds
        let hashes = p.columns.idHashes
        let found = table.idBytes.withUnsafeBytes { tb in
            table.idEnds.withUnsafeBufferPointer { te in
                p.idBytes.withUnsafeBytes { pb in
                    idIndex.insert(hashes: hashes, count: n, base: base) { r, row in
                        let a = pb.baseAddress! + (r == 0 ? 0 : ends[r - 1])
                        let length = ends[r] - (r == 0 ? 0 : ends[r - 1])
                        if row < base {
                            let start = row == 0 ? 0 : te[row - 1]
                            return te[row] - start == length && Self.sameBytes(tb.baseAddress! + start, a, length)
                        }
                        let o = row - base
                        let start = o == 0 ? 0 : ends[o - 1]
                        return ends[o] - start == length && Self.sameBytes(pb.baseAddress! + start, a, length)
                    }
                }
            }
        }
        if found.isEmpty { return (nil, []) }
        var kept: [Int] = []
        kept.reserveCapacity(n - found.count)
        var next = 0
        for d in found {
            while next < d.row {
                kept.append(next)
                next += 1
            }
            next = d.row + 1
        }
        while next < n {
            kept.append(next)
            next += 1
        }
        idIndex.renumber(kept: kept, hashes: hashes, base: base)
        let duplicates = found.map { d in
            let firstLine = d.first < base ? Int(table.origins[d.first].line) : lineBase + Int(p.columns.lines[d.first - base]) - 1
            let firstBatch = d.first < base ? Int(table.origins[d.first].batch) : Int(batch)
            let start = p.idStart(d.row)
            return Reject(
                file: plan.file, line: lineBase + Int(p.columns.lines[d.row]) - 1, column: plan.idColumn + 1,
                columnName: plan.names[plan.idColumn],
                value: Self.shorten(String(decoding: p.idBytes[start..<ends[d.row]], as: UTF8.self)),
                kind: .duplicateID(firstFile: table.batches[firstBatch], firstLine: Int(UInt32(clamping: firstLine))))
        }
        return (kept, duplicates)
    }

    /// Adds the answers set to missing in rows that were kept (not duplicates) to the
    /// batch's account, with file lines.
    private static func keepInvalidAnswers(_ p: PartialTable, kept: [Int]?, lineBase: Int, account: inout BatchAccount) {
        if p.invalidAnswers.isEmpty { return }
        let keptRows = kept.map(Set.init)
        for (a, row) in zip(p.invalidAnswers, p.invalidAnswerRows) where keptRows?.contains(row) ?? true {
            var a = a
            a.line = lineBase + a.line - 1
            account.invalidAnswers.append(a)
        }
    }

    /// Whether `count` bytes at `a` and `b` are equal.
    @inline(__always)
    private static func sameBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
        if count <= 16 {
            for i in 0..<count where a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            return true
        }
        return memcmp(a, b, count) == 0
    }

    /// Appends the kept rows (all rows when `kept` is nil) of the worker's partial table.
    private mutating func appendRows(
        _ p: PartialTable, plan: DecodePlan, codes: inout [[UInt32]], kept: [Int]?,
        lineBase: Int, batch: UInt32
    ) {
        let cols = p.columns
        for k in codes.indices where codes[k].count < p.levels[k].count {
            codes[k] += repeatElement(Self.unassignedCode, count: p.levels[k].count - codes[k].count)
        }
        let count = kept?.count ?? p.rowCount
        if count == 0 { return }
        let before = table.rowCount  // rows of earlier stretches and batches
        func pick<T>(_ column: UnsafeMutablePointer<T>) -> [T] {
            kept.map { $0.map { column[$0] } } ?? Array(UnsafeBufferPointer(start: column, count: count))
        }
        for q in table.answers.indices {
            if let kept {
                table.answers[q].append(contentsOf: kept.lazy.map { cols.answers[q * cols.answerStride + $0] })
            } else {
                table.answers[q].append(contentsOf: cols.answers(q, count: count))
            }
        }
        if let kept {
            for r in kept {
                table.idBytes.append(contentsOf: p.idBytes[p.idStart(r)..<cols.idEnds[r]])
                table.idEnds.append(table.idBytes.count)
            }
        } else {
            let offset = table.idBytes.count
            table.idBytes.append(contentsOf: p.idBytes)
            table.idEnds.append(contentsOf: UnsafeBufferPointer(start: cols.idEnds, count: count).lazy.map { $0 + offset })
        }
        if plan.hasUnit {
            Self.appendCodes(&table.unit, p, PartialTable.unitColumn, kept: kept, count: count, codes: &codes)
        } else {
            let c = table.unit.code(for: Self.allUnitsName)
            table.unit.codes.append(contentsOf: repeatElement(c, count: count))
        }
        if plan.hasGroup, table.group != nil {
            Self.appendCodes(&table.group!, p, PartialTable.groupColumn, kept: kept, count: count, codes: &codes)
        }
        if table.designWeights != nil { table.designWeights!.append(contentsOf: pick(cols.weights)) }
        for (k, name) in plan.variableNames.enumerated() {
            var col =
                table.variables.removeValue(forKey: name)
                ?? {
                    var c = CategoricalColumn()
                    c.codes.reserveCapacity(max(reservedRows, before + count))
                    if before > 0 { c.codes.append(contentsOf: repeatElement(c.code(for: ""), count: before)) }
                    table.variableOrder.append(name)
                    return c
                }()
            Self.appendCodes(&col, p, PartialTable.variableColumn(k), kept: kept, count: count, codes: &codes)
            table.variables[name] = col
        }
        for name in table.variables.keys where table.variables[name]!.count < table.rowCount {
            var col = table.variables.removeValue(forKey: name)!
            col.codes.append(contentsOf: repeatElement(col.code(for: ""), count: table.rowCount - col.count))
            table.variables[name] = col
        }
        let lines = pick(cols.lines)
        table.origins.append(contentsOf: lines.lazy.map { RowOrigin(batch: batch, line: UInt32(clamping: lineBase + Int($0) - 1)) })
    }

    /// Appends worker-local codes to a table column, giving each local level its table code
    /// the first time a row uses it.
    private static func appendCodes(
        _ column: inout CategoricalColumn, _ p: PartialTable, _ k: Int, kept: [Int]?, count: Int,
        codes: inout [[UInt32]]
    ) {
        let local = p.columns.codes + k * p.columns.codeStride
        func add(_ r: Int) {
            let l = Int(local[r])
            var g = codes[k][l]
            if g == unassignedCode {
                g = column.code(for: p.levels[k][l])
                codes[k][l] = g
            }
            column.codes.append(g)
        }
        if let kept { for r in kept { add(r) } } else { for r in 0..<count { add(r) } }
    }

    /// Appends the worker's rejects (relative lines) and the duplicate-id rejects (file
    /// lines) in line order.
    private mutating func mergeRejects(_ local: [Reject], _ duplicates: [Reject], lineBase: Int) {
        var i = 0
        var j = 0
        while i < local.count || j < duplicates.count {
            if i < local.count && (j == duplicates.count || lineBase + local[i].line - 1 < duplicates[j].line) {
                var r = local[i]
                r.line = lineBase + r.line - 1
                rejects.append(r)
                i += 1
            } else {
                rejects.append(duplicates[j])
                j += 1
            }
        }
    }

    /// Makes room for `rows` rows in every column (from the bytes per row seen so far, so a
    /// big batch does not grow its columns by doubling: less copying, less memory).
    mutating func reserveRows(upTo rows: Int) {
        let extra = rows - table.rowCount
        if extra <= 0 { return }
        reservedRows = rows
        for q in table.answers.indices { table.answers[q].reserveCapacity(rows) }
        table.idEnds.reserveCapacity(rows)
        table.idBytes.reserveCapacity(table.idBytes.count + extra * (table.idBytes.count / max(1, table.rowCount) + 1))
        table.unit.codes.reserveCapacity(rows)
        table.group?.codes.reserveCapacity(rows)
        table.designWeights?.reserveCapacity(rows)
        for k in table.variables.keys { table.variables[k]!.codes.reserveCapacity(rows) }
        table.origins.reserveCapacity(rows)
        idIndex.reserve(extra)
    }
}
