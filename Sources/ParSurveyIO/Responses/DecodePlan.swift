import ParSurveyModel
/// What a worker needs to validate the rows of one batch, fixed before the first row and
/// shared read-only by all workers: each column's role, the single-byte answer tables, the
/// known units.
package struct DecodePlan: @unchecked Sendable {
    /// A column's role, as the schema resolved it.
    typealias Slot = ColumnRole

    /// The questionnaire.
    let questionnaire: Questionnaire
    /// The batch file (for rejects).
    let file: String
    /// Header names (NFC, trimmed).
    let names: [String]
    /// One slot per column.
    let slots: [Slot]
    /// Names of the kept variable columns, in column order.
    let variableNames: [String]
    /// The id column (0-based).
    let idColumn: Int
    /// `singleByte[scale * 256 + byte]`: the stored code of a one-byte answer, or `noMatch`.
    let singleByte: [UInt8]
    /// Canonical unit names by comparison key, when the manifest lists units.
    let unitKeys: [String: String]?
    /// Reject reasons of unit spellings not in `unitKeys` for a stated reason, by comparison key.
    let unitReasons: [String: UnitValidity]
    /// Whether the batch has a unit column.
    let hasUnit: Bool
    /// Whether the batch has a group column.
    let hasGroup: Bool
    /// Whether the batch has a weight column.
    let hasWeight: Bool
    /// The approval column (0-based) when only approved rows are kept.
    let approvalColumn: Int?

    /// Bounds on field and record length (rows beyond them are rejected).
    let limits: ReaderLimits
    /// Per scale, why an answer matching no option is rejected (built once: rejects share
    /// the text).
    let noMatchKinds: [RejectKind]
    /// Per column, whether an invalid answer there is read as missing (its question's
    /// `invalidAnswer` is `missing`) instead of rejecting the row.
    let invalidToMissing: [Bool]
    /// The header's names as bytes, when a data row equal to them is refused as the header
    /// pasted again (CSV); nil otherwise.
    let headerBytes: [[UInt8]]?

    /// Marks a byte that is not an answer code by itself.
    static let noMatch: UInt8 = 0xFF

    /// The plan for `schema`.
    package init(
        schema: BatchSchema, file: String, questionnaire: Questionnaire, singleByte: [UInt8], unitKeys: [String: String]?,
        unitReasons: [String: UnitValidity] = [:],
        approvalColumn: Int? = nil, limits: ReaderLimits = .standard, headerBytes: [[UInt8]]? = nil
    ) {
        self.questionnaire = questionnaire
        self.limits = limits
        self.headerBytes = headerBytes
        noMatchKinds = questionnaire.scales.map {
            .unknownOption(scale: $0.id, allowed: $0.acceptedList, allowedVietnamese: $0.acceptedListVietnamese)
        }
        invalidToMissing = schema.roles.map { role in
            if case let .question(q, _) = role { return questionnaire.invalidAnswerPolicy(ofQuestion: q) == .missing }
            return false
        }
        self.approvalColumn = approvalColumn
        self.file = file
        self.names = schema.names
        self.singleByte = singleByte
        self.unitKeys = unitKeys
        self.unitReasons = unitReasons
        var idColumn = 0
        var hasUnit = false
        var hasGroup = false
        var hasWeight = false
        for (c, role) in schema.roles.enumerated() {
            switch role {
            case .id: idColumn = c
            case .unit: hasUnit = true
            case .group: hasGroup = true
            case .weight: hasWeight = true
            case .question, .variable: break
            }
        }
        self.slots = schema.roles
        self.variableNames = schema.variableNames
        self.idColumn = idColumn
        self.hasUnit = hasUnit
        self.hasGroup = hasGroup
        self.hasWeight = hasWeight
    }

    /// The single-byte answer tables of `questionnaire`'s scales (printable ASCII codes only:
    /// never a control byte or a quote, so the one-pass reader can trust a hit without asking
    /// whether the byte ends a field).
    package static func singleByteTables(_ questionnaire: Questionnaire) -> [UInt8] {
        var t = [UInt8](repeating: noMatch, count: questionnaire.scales.count * 256)
        for (s, scale) in questionnaire.scales.enumerated() {
            for b in 0x20..<0x7F where b != Int(ASCII.quote) {
                t[s * 256 + b] = scale.code(for: String(decoding: [UInt8(b)], as: UTF8.self)) ?? noMatch
            }
        }
        return t
    }
}
