/// Fixed-width columns for up to `capacity` rows, in memory one worker owns: the hot loop
/// writes through pointers, with no per-value bounds, capacity or uniqueness checks. Made
/// anew (copying the rows so far) when more room is needed, so every property is constant.
final class StretchColumns {
    /// Rows each column has room for.
    let capacity: Int
    /// Number of answer columns.
    let questions: Int
    /// Number of code columns: 0 unit, 1 group, 2 + k the k-th kept variable.
    let codeColumns: Int
    /// Distance between answer columns, in bytes: `capacity` plus a cache line, so the
    /// columns do not all fall in the same cache set (a power-of-two stride made each row's
    /// writes evict each other).
    let answerStride: Int
    /// Distance between code columns, in codes.
    let codeStride: Int
    /// Answers, column after column: `answers[q * answerStride + row]`.
    let answers: UnsafeMutablePointer<UInt8>
    /// Worker-local categorical codes: `codes[k * codeStride + row]`.
    let codes: UnsafeMutablePointer<UInt32>
    /// Design weights.
    let weights: UnsafeMutablePointer<Double>
    /// Relative 1-based lines.
    let lines: UnsafeMutablePointer<UInt32>
    /// End of each row's id in the partial table's id bytes.
    let idEnds: UnsafeMutablePointer<Int>
    /// `ByteHash` of each row's id.
    let idHashes: UnsafeMutablePointer<UInt64>

    /// Columns for `capacity` rows of `questions` answers and `codeColumns` code columns.
    init(capacity: Int, questions: Int, codeColumns: Int) {
        self.capacity = max(capacity, 1)
        self.questions = questions
        self.codeColumns = codeColumns
        let c = self.capacity
        answerStride = c + 64
        codeStride = c + 16
        answers = .allocate(capacity: max(questions, 1) * answerStride)
        codes = .allocate(capacity: codeColumns * codeStride)
        weights = .allocate(capacity: c)
        lines = .allocate(capacity: c)
        idEnds = .allocate(capacity: c)
        idHashes = .allocate(capacity: c)
    }

    deinit {
        answers.deallocate()
        codes.deallocate()
        weights.deallocate()
        lines.deallocate()
        idEnds.deallocate()
        idHashes.deallocate()
    }

    /// Columns with room for at least `rows` rows holding the first `count` rows of these.
    func grown(to rows: Int, keeping count: Int) -> StretchColumns {
        let g = StretchColumns(capacity: max(rows, capacity * 2), questions: questions, codeColumns: codeColumns)
        for q in 0..<questions { (g.answers + q * g.answerStride).update(from: answers + q * answerStride, count: count) }
        for k in 0..<codeColumns { (g.codes + k * g.codeStride).update(from: codes + k * codeStride, count: count) }
        g.weights.update(from: weights, count: count)
        g.lines.update(from: lines, count: count)
        g.idEnds.update(from: idEnds, count: count)
        g.idHashes.update(from: idHashes, count: count)
        return g
    }

    /// Answer column `q`, first `count` rows.
    func answers(_ q: Int, count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: answers + q * answerStride, count: count)
    }

    /// Code column `k`, first `count` rows.
    func codes(_ k: Int, count: Int) -> UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: codes + k * codeStride, count: count) }
}
