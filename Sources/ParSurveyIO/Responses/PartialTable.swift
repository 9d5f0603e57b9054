import ParSurveyModel
/// The rows one worker validated from one stretch of a batch, before they join the table:
/// columns as in `ResponseTable` but with the worker's own categorical codes, line numbers
/// relative to where the stretch starts, and ids not yet checked for duplicates.
package struct PartialTable {
    /// Rows validated (not yet checked for duplicate ids).
    package var rowCount = 0
    /// Fixed-width columns (answers, codes, weights, lines, id ends and hashes).
    private(set) var columns: StretchColumns
    /// Ids, NFC and trimmed, one after another (`columns.idEnds` says where each ends).
    var idBytes: [UInt8] = []
    /// Rejected records, lines counted from the start of the stretch, in line order.
    package var rejects: [Reject] = []
    /// Answers set to missing under the `missing` policy, in line order, and the row each
    /// belongs to (dropped with the row when the row is then rejected).
    package var invalidAnswers: [InvalidAnswer] = []
    var invalidAnswerRows: [Int] = []
    /// Records read (blank lines are not records).
    package var read = 0
    /// Blank lines skipped.
    var blankLines = 0
    /// Records left out as not approved (counted in `read`).
    var excluded = 0
    /// Lines of the stretch with bytes that are not UTF-8 (counted up to 2; only when the
    /// decoder checks).
    var badUTF8Lines = 0
    /// The worker's levels per code column (all of them, local code order) when the
    /// stretch was parsed; set by the reader for the merge.
    var levels: [[String]] = []

    /// Code column of the unit.
    static let unitColumn = 0
    /// Code column of the group.
    static let groupColumn = 1
    /// Code column of the `k`-th kept variable.
    static func variableColumn(_ k: Int) -> Int { 2 + k }

    /// An empty partial table for `questions` questions and `variables` variable columns.
    init(questions: Int, variables: Int) {
        columns = StretchColumns(capacity: 1024, questions: questions, codeColumns: 2 + variables)
    }

    /// Makes room for `rows` more rows.
    @inline(__always)
    mutating func reserve(_ rows: Int) {
        if rowCount + rows > columns.capacity { columns = columns.grown(to: rowCount + rows, keeping: rowCount) }
    }

    /// Empties the table, keeping its storage.
    mutating func clear() {
        rowCount = 0
        idBytes.removeAll(keepingCapacity: true)
        rejects.removeAll()
        invalidAnswers.removeAll()
        invalidAnswerRows.removeAll()
        read = 0
        blankLines = 0
        excluded = 0
        badUTF8Lines = 0
        levels = []
    }

    /// Drops the id bytes a record being decoded has written (its other values lie beyond
    /// `rowCount` and are simply overwritten).
    mutating func dropIncompleteRow() {
        let end = rowCount == 0 ? 0 : columns.idEnds[rowCount - 1]
        if idBytes.count > end { idBytes.removeSubrange(end...) }
        while let r = invalidAnswerRows.last, r >= rowCount {
            invalidAnswerRows.removeLast()
            invalidAnswers.removeLast()
        }
    }

    /// Where row `r`'s id starts in `idBytes`.
    @inline(__always)
    func idStart(_ r: Int) -> Int { r == 0 ? 0 : columns.idEnds[r - 1] }
}
