extension ResponseTable {
    /// The table without the rows where `drop` is true (every column kept in step; levels
    /// unchanged, so codes keep their meaning).
    public func removingRows(_ drop: [Bool]) -> ResponseTable {
        precondition(drop.count == rowCount, "one mark per row")
        var t = ResponseTable(questionnaire: questionnaire)
        t.batches = batches
        t.unit = unit
        t.unit.codes = []
        t.group = group.map {
            var g = $0
            g.codes = []
            return g
        }
        t.designWeights = designWeights.map { _ in [] }
        t.variableOrder = variableOrder
        for (k, v) in variables {
            var c = v
            c.codes = []
            t.variables[k] = c
        }
        let keep = drop.indices.filter { !drop[$0] }
        for q in answers.indices { t.answers[q] = keep.map { answers[q][$0] } }
        t.unit.codes = keep.map { unit.codes[$0] }
        if let g = group { t.group!.codes = keep.map { g.codes[$0] } }
        if let w = designWeights { t.designWeights = keep.map { w[$0] } }
        for (k, v) in variables { t.variables[k]!.codes = keep.map { v.codes[$0] } }
        t.origins = keep.map { origins[$0] }
        t.idBytes.reserveCapacity(idBytes.count)
        for r in keep {
            let start = r == 0 ? 0 : idEnds[r - 1]
            t.idBytes += idBytes[start..<idEnds[r]]
            t.idEnds.append(t.idBytes.count)
        }
        return t
    }
}
