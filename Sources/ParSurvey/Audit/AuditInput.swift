/// What every audit rule reads, prepared once from a `ResponseTable`: answers row-major
/// (one byte per question, a form's answers side by side), answered counts, each form's
/// satisfied share, and the metadata columns (times parsed once per distinct value).
public struct AuditInput: Sendable {
    /// The table audited.
    public let table: ResponseTable
    /// Questions per form.
    public let questionCount: Int
    /// `codes[row * questionCount + q]`: the stored answer (0 blank).
    let codes: [UInt8]
    /// Answered (non-blank) questions of each row.
    let answered: [UInt8]
    /// Each row's share of valid answers that are satisfied (or its mean credit); NaN when
    /// it has no valid answer.
    let formShare: [Double]
    /// Valid answers and satisfied (credit) sum per row.
    let validCount: [UInt8]
    /// When each form was started, finished, submitted (`Int64.min`: unknown).
    let start: [Int64]?, end: [Int64]?, submitted: [Int64]?
    /// The device and interviewer columns, when present.
    let device: CategoricalColumn?, interviewer: CategoricalColumn?
    /// Names of the metadata columns found (for the report).
    public let columnsUsed: [(role: String, column: String)]

    /// Unknown time.
    static let noTime = Int64.min

    /// Prepares `table` under `options` (which name or let it find the metadata columns).
    public init(_ table: ResponseTable, options: AuditOptions) throws(AuditError) {
        self.table = table
        let n = table.rowCount
        let nq = table.questionnaire.questions.count
        questionCount = nq
        var codes = [UInt8](repeating: 0, count: n * nq)
        var answered = [UInt8](repeating: 0, count: n)
        var valid = [UInt8](repeating: 0, count: n)
        var sum = [Double](repeating: 0, count: n)
        let q = table.questionnaire
        codes.withUnsafeMutableBufferPointer { out in
            for qi in 0..<nq {
                let values = AnswerValues(scale: q.scale(ofQuestion: qi), method: q.scoring)
                table.answers[qi].withUnsafeBufferPointer { col in
                    for r in 0..<n {
                        let b = col[r]
                        out[r * nq + qi] = b
                        if b != 0 { answered[r] &+= 1 }
                        if values.valid[Int(b)] {
                            valid[r] &+= 1
                            sum[r] += values.value[Int(b)]
                        }
                    }
                }
            }
        }
        self.codes = codes
        self.answered = answered
        self.validCount = valid
        self.formShare = (0..<n).map { valid[$0] == 0 ? .nan : sum[$0] / Double(valid[$0]) }
        var used: [(String, String)] = []
        func find(_ given: String?, _ names: [String], role: String) throws(AuditError) -> CategoricalColumn? {
            if let g = given {
                guard let key = table.variableOrder.first(where: { TextKey.key($0) == TextKey.key(g) }) else {
                    throw .missingColumn(column: g, role: role, available: table.variableOrder)
                }
                used.append((role, key))
                return table.variables[key]
            }
            for name in names {
                if let key = table.variableOrder.first(where: { TextKey.key($0) == name }) {
                    used.append((role, key))
                    return table.variables[key]
                }
            }
            return nil
        }
        func times(_ c: CategoricalColumn?) -> [Int64]? {
            guard let c else { return nil }
            let parsed = c.levels.map { AuditTime.parse($0, defaultOffset: options.defaultZoneOffset) ?? Self.noTime }
            return c.codes.map { parsed[Int($0)] }
        }
        start = times(try find(options.startColumn, AuditOptions.startNames, role: "start"))
        end = times(try find(options.endColumn, AuditOptions.endNames, role: "end"))
        submitted = times(try find(options.submittedColumn, AuditOptions.submittedNames, role: "submitted"))
        device = try find(options.deviceColumn, AuditOptions.deviceNames, role: "device")
        interviewer = try find(options.interviewerColumn, AuditOptions.interviewerNames, role: "interviewer")
        columnsUsed = used
    }

    /// The answers of row `r`.
    @inline(__always) func vector(_ r: Int) -> ArraySlice<UInt8> { codes[(r * questionCount)..<((r + 1) * questionCount)] }

    /// Rows as forms are identified in reports: respondent id, `file:line`.
    public func describe(_ row: Int) -> (id: String, file: String, line: Int) {
        let o = table.origins[row]
        return (table.id(row), table.batches[Int(o.batch)], Int(o.line))
    }
}
