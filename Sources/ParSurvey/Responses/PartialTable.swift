/// The rows one worker validated from one stretch of a batch, before they join the table:
/// columns as in `ResponseTable` but with the worker's own categorical codes, line numbers
/// relative to where the stretch starts, and ids not yet checked for duplicates.
struct PartialTable {
    /// Rows validated (not yet checked for duplicate ids).
    var rowCount = 0
    /// `answers[q][row]`.
    var answers: [[UInt8]]
    /// Ids, NFC and trimmed, one after another.
    var idBytes: [UInt8] = []
    /// End offset of each row's id in `idBytes`.
    var idEnds: [Int] = []
    /// `ByteHash` of each row's id.
    var idHashes: [UInt64] = []
    /// Unit codes into the worker's unit levels (empty when no unit column is mapped).
    var unit: [UInt32] = []
    /// Group codes into the worker's group levels (empty when no group column is mapped).
    var group: [UInt32] = []
    /// Design weights (empty when no weight column is mapped).
    var weights: [Double] = []
    /// One code column per kept variable column of the batch, in column order.
    var variables: [[UInt32]]
    /// 1-based line of each row, counted from the start of the stretch.
    var lines: [UInt32] = []
    /// Rejected records, lines counted from the start of the stretch, in line order.
    var rejects: [Reject] = []
    /// Records read (blank lines are not records).
    var read = 0
    /// Blank lines skipped.
    var blankLines = 0

    /// An empty partial table for `questions` questions and `variables` variable columns.
    init(questions: Int, variables: Int) {
        answers = Array(repeating: [], count: questions)
        self.variables = Array(repeating: [], count: variables)
    }

    /// Empties the table, keeping its storage.
    mutating func clear() {
        rowCount = 0
        for q in answers.indices { answers[q].removeAll(keepingCapacity: true) }
        for v in variables.indices { variables[v].removeAll(keepingCapacity: true) }
        idBytes.removeAll(keepingCapacity: true)
        idEnds.removeAll(keepingCapacity: true)
        idHashes.removeAll(keepingCapacity: true)
        unit.removeAll(keepingCapacity: true)
        group.removeAll(keepingCapacity: true)
        weights.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        rejects.removeAll()
        read = 0
        blankLines = 0
    }

    /// Drops whatever a record being decoded has written beyond the last full row.
    mutating func dropIncompleteRow() {
        for q in answers.indices where answers[q].count > rowCount { answers[q].removeLast() }
        for v in variables.indices where variables[v].count > rowCount { variables[v].removeLast() }
        if unit.count > rowCount { unit.removeLast() }
        if group.count > rowCount { group.removeLast() }
        if weights.count > rowCount { weights.removeLast() }
        if idEnds.count > rowCount {
            idBytes.removeSubrange((rowCount == 0 ? 0 : idEnds[rowCount - 1])...)
            idEnds.removeLast()
            idHashes.removeLast()
        }
    }
}
