/// Which batch columns hold the respondent id, the unit, the group and the weight.
/// Question columns are matched to question ids; other columns are kept as variables.
public struct ColumnMapping: Sendable, Equatable {
    /// Respondent id column (required in every batch).
    public var id: String
    /// Unit column (district or commune); nil puts every row in one unit.
    public var unit: String?
    /// Respondent group column, optional.
    public var group: String?
    /// Design weight column, optional.
    public var weight: String?

    /// Creates a mapping; by default the id column is `id` and nothing else is mapped.
    public init(id: String = "id", unit: String? = nil, group: String? = nil, weight: String? = nil) {
        self.id = id
        self.unit = unit
        self.group = group
        self.weight = weight
    }
}
