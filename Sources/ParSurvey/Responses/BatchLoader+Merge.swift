extension BatchLoader {
    /// Moves the rows a worker validated into the table, in file order: checks ids against
    /// every earlier row (the first occurrence wins, later ones are rejected), gives each new
    /// categorical value its table code in order of first appearance, turns relative lines
    /// into file lines (`lineBase` is the file line of the stretch's line 1), and interleaves
    /// the rejects by line. Clears the worker's partial table.
    mutating func merge(_ worker: inout RowDecoder, lineBase: Int, batch: UInt32, account: inout BatchAccount) {
        let plan = worker.plan
        let base = table.rowCount
        let n = worker.partial.rowCount
        account.read += worker.partial.read
        account.blankLines += worker.partial.blankLines
        var kept: [Int] = []  // partial rows kept, in order
        kept.reserveCapacity(n)
        var duplicates: [Reject] = []
        if n > 0 {
            table.idBytes.withUnsafeBytes { tb in
                table.idEnds.withUnsafeBufferPointer { te in idIndex.reserve(n, idBytes: tb, idEnds: te) }
            }
            let p = worker.partial
            table.idBytes.withUnsafeBytes { tb in
                table.idEnds.withUnsafeBufferPointer { te in
                    p.idBytes.withUnsafeBytes { pb in
                        p.idEnds.withUnsafeBufferPointer { pe in
                            func bytes(_ r: Int) -> UnsafeRawBufferPointer {  // partial row r
                                UnsafeRawBufferPointer(rebasing: pb[(r == 0 ? 0 : pe[r - 1])..<pe[r]])
                            }
                            for r in 0..<n {
                                let id = bytes(r)
                                let first = idIndex.firstRow(hash: p.idHashes[r], row: base + kept.count) { row in
                                    let other: UnsafeRawBufferPointer
                                    if row < base {
                                        other = UnsafeRawBufferPointer(rebasing: tb[(row == 0 ? 0 : te[row - 1])..<te[row]])
                                    } else {
                                        other = bytes(kept[row - base])
                                    }
                                    return other.elementsEqual(id)
                                }
                                guard let first else { kept.append(r); continue }
                                let origin = first < base ? table.origins[first]
                                    : RowOrigin(batch: batch, line: UInt32(clamping: lineBase + Int(p.lines[kept[first - base]]) - 1))
                                let column = plan.idColumn + 1
                                duplicates.append(Reject(
                                    file: plan.file, line: lineBase + Int(p.lines[r]) - 1, column: column,
                                    columnName: plan.names[plan.idColumn],
                                    value: Self.shorten(String(decoding: id, as: UTF8.self)),
                                    reason: "duplicate respondent id (first at \(table.batches[Int(origin.batch)]):\(origin.line))"))
                            }
                        }
                    }
                }
            }
        }
        appendRows(&worker, kept: kept.count == n ? nil : kept, lineBase: lineBase, batch: batch)
        mergeRejects(worker.partial.rejects, duplicates, lineBase: lineBase)
        account.accepted += kept.count
        account.rejected += worker.partial.rejects.count + duplicates.count
        worker.partial.clear()
    }

    /// Appends the kept rows (all rows when `kept` is nil) of the worker's partial table.
    private mutating func appendRows(_ worker: inout RowDecoder, kept: [Int]?, lineBase: Int, batch: UInt32) {
        let p = worker.partial
        let plan = worker.plan
        let count = kept?.count ?? p.rowCount
        if count == 0 { return }
        func pick<T>(_ column: [T]) -> [T] { kept.map { $0.map { column[$0] } } ?? column }
        let rows = kept ?? Array(0..<p.rowCount)  // small: one stretch
        let before = table.rowCount  // rows of earlier stretches and batches
        for q in table.answers.indices { table.answers[q].append(contentsOf: pick(p.answers[q])) }
        if kept == nil {
            let offset = table.idBytes.count
            table.idBytes.append(contentsOf: p.idBytes)
            table.idEnds.append(contentsOf: p.idEnds.lazy.map { $0 + offset })
        } else {
            for r in rows {
                table.idBytes.append(contentsOf: p.idBytes[(r == 0 ? 0 : p.idEnds[r - 1])..<p.idEnds[r]])
                table.idEnds.append(table.idBytes.count)
            }
        }
        if plan.hasUnit {
            Self.appendCodes(&table.unit, local: pick(p.unit), levels: &worker.unitLevels)
        } else {
            let c = table.unit.code(for: Self.allUnitsName)
            table.unit.codes.append(contentsOf: repeatElement(c, count: count))
        }
        if plan.hasGroup, table.group != nil {
            Self.appendCodes(&table.group!, local: pick(p.group), levels: &worker.groupLevels)
        }
        if table.designWeights != nil { table.designWeights!.append(contentsOf: pick(p.weights)) }
        for (k, name) in plan.variableNames.enumerated() {
            var col = table.variables.removeValue(forKey: name) ?? {
                var c = CategoricalColumn()
                if before > 0 { c.codes = Array(repeating: c.code(for: ""), count: before) }
                table.variableOrder.append(name)
                return c
            }()
            Self.appendCodes(&col, local: pick(p.variables[k]), levels: &worker.variableLevels[k])
            table.variables[name] = col
        }
        for name in table.variables.keys where table.variables[name]!.count < table.rowCount {
            var col = table.variables.removeValue(forKey: name)!
            col.codes.append(contentsOf: repeatElement(col.code(for: ""), count: table.rowCount - col.count))
            table.variables[name] = col
        }
        for r in rows {
            table.origins.append(RowOrigin(batch: batch, line: UInt32(clamping: lineBase + Int(p.lines[r]) - 1)))
        }
    }

    /// Appends worker-local codes to a table column, giving each local level its table code
    /// the first time a row uses it.
    private static func appendCodes(_ column: inout CategoricalColumn, local: [UInt32], levels: inout LevelInterner) {
        for l in local {
            var g = levels.globalCodes[Int(l)]
            if g == LevelInterner.unassigned {
                g = column.code(for: levels.levels[Int(l)])
                levels.globalCodes[Int(l)] = g
            }
            column.codes.append(g)
        }
    }

    /// Appends the worker's rejects (relative lines) and the duplicate-id rejects (file
    /// lines) in line order.
    private mutating func mergeRejects(_ local: [Reject], _ duplicates: [Reject], lineBase: Int) {
        var i = 0, j = 0
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
}

extension BatchLoader {
    /// Makes room for `extra` more rows in every column (done once per batch, from the first
    /// window's bytes per row, so a big batch does not grow its columns by copying).
    mutating func reserveRows(_ extra: Int) {
        let n = table.rowCount + extra
        for q in table.answers.indices { table.answers[q].reserveCapacity(n) }
        table.idEnds.reserveCapacity(n)
        table.idBytes.reserveCapacity(table.idBytes.count + extra * max(1, table.idBytes.count / max(1, table.rowCount)) + extra / 8)
        table.unit.codes.reserveCapacity(n)
        table.group?.codes.reserveCapacity(n)
        table.designWeights?.reserveCapacity(n)
        for k in table.variables.keys { table.variables[k]!.codes.reserveCapacity(n) }
        table.origins.reserveCapacity(n)
        table.idBytes.withUnsafeBytes { b in
            table.idEnds.withUnsafeBufferPointer { e in idIndex.reserve(extra, idBytes: b, idEnds: e) }
        }
    }
}
