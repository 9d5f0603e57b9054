/// Where a row came from: its batch (index into `ResponseTable.batches`) and 1-based line.
public struct RowOrigin: Sendable, Equatable {
    /// Index of the batch file.
    public var batch: UInt32
    /// 1-based line of the record's start.
    public var line: UInt32

    package init(batch: UInt32, line: UInt32) {
        self.batch = batch
        self.line = line
    }
}

/// The accepted respondents of one questionnaire, columnar: one byte column of answers per
/// question, compact codes for unit, group and other variables, design weights as doubles.
/// Built once by `BatchLoader`, read by everything after.
public struct ResponseTable: Sendable {
    /// The questionnaire the answers follow.
    public let questionnaire: Questionnaire
    /// Batch file paths, in the order read.
    public package(set) var batches: [String] = []
    /// Respondent ids (NFC, trimmed) as UTF-8 bytes, one after another; `idEnds[row]` is
    /// where row `row`'s id ends (it starts where the previous one ends).
    public package(set) var idBytes: [UInt8] = []
    /// End offset of each row's id in `idBytes`.
    public package(set) var idEnds: [Int] = []
    /// Answers: `answers[q][row]` is 0 for blank, else the 1-based option position.
    public package(set) var answers: [[UInt8]]
    /// The unit of each row (a single level when no unit column is mapped).
    public package(set) var unit: CategoricalColumn
    /// Respondent group (leaders' survey), if mapped.
    public package(set) var group: CategoricalColumn?
    /// Design weights from the weight column; nil means every weight is 1.
    public package(set) var designWeights: [Double]?
    /// Other columns, kept as categorical variables (for `--by` and weighting margins).
    public package(set) var variables: [String: CategoricalColumn] = [:]
    /// Names of the kept variables in file order.
    public package(set) var variableOrder: [String] = []
    /// Origin of each row.
    public package(set) var origins: [RowOrigin] = []

    /// An empty table for `questionnaire`.
    public init(questionnaire: Questionnaire, units: [String] = []) {
        self.questionnaire = questionnaire
        self.answers = Array(repeating: [], count: questionnaire.questions.count)
        self.unit = CategoricalColumn(levels: units)
    }

    /// Number of respondents.
    public var rowCount: Int { idEnds.count }

    /// Respondent ids as strings (built on demand; use `id(_:)` for one row).
    public var ids: [String] { (0..<rowCount).map(id) }

    /// The respondent id of row `row`.
    public func id(_ row: Int) -> String {
        let start = row == 0 ? 0 : idEnds[row - 1]
        return String(decoding: idBytes[start..<idEnds[row]], as: UTF8.self)
    }

    /// The weights to use: design weights, or 1 for every row.
    public var weights: [Double] { designWeights ?? [Double](repeating: 1, count: rowCount) }

    /// A categorical variable by column name (`unit` and `group` columns included).
    public func variable(_ name: String) -> CategoricalColumn? { variables[name] }

    /// `file:line` of row `row`.
    public func origin(_ row: Int) -> String { "\(batches[Int(origins[row].batch)]):\(origins[row].line)" }

    /// Removes rows `keep` and after from every column, the ids and the origins (a batch
    /// refused as a whole leaves nothing behind).
    package mutating func removeRows(from keep: Int) {
        guard keep < rowCount else { return }
        idBytes.removeSubrange((keep == 0 ? 0 : idEnds[keep - 1])...)
        idEnds.removeSubrange(keep...)
        for q in answers.indices { answers[q].removeSubrange(keep...) }
        unit.codes.removeSubrange(keep...)
        group?.codes.removeSubrange(keep...)
        designWeights?.removeSubrange(keep...)
        for k in variables.keys { variables[k]?.codes.removeSubrange(keep...) }
        origins.removeSubrange(keep...)
    }
}
