/// What one column of a batch holds: resolved once from the header against the
/// questionnaire and the column mapping (`BatchSchema.roles`), then read as it is by the row
/// decoders' hot loops (`DecodePlan.slots`).
enum ColumnRole: Equatable {
    /// Question `q` (index in the questionnaire), answered on scale `scale`.
    case question(q: Int, scale: Int)
    /// The respondent id.
    case id
    /// The unit.
    case unit
    /// The respondent group.
    case group
    /// The design weight.
    case weight
    /// The `k`-th kept variable column of the batch (`BatchSchema.variableNames[k]`).
    case variable(Int)
}
