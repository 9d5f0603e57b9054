/// Loaded responses of one component: the table, its accounting and its rejects.
public struct LoadedResponses: Sendable {
    /// The accepted rows.
    public var table: ResponseTable
    /// One account per batch.
    public var accounts: [BatchAccount]
    /// Rejected rows.
    public var rejects: [Reject]

    /// Totals over all batches: read, accepted, rejected.
    public var totals: BatchAccount {
        accounts.reduce(into: BatchAccount(file: "")) {
            $0.read += $1.read
            $0.accepted += $1.accepted
            $0.rejected += $1.rejected
            $0.excluded += $1.excluded
            $0.blankLines += $1.blankLines
        }
    }

    /// Reads every batch of a component.
    public static func load(questionnaire: Questionnaire, batches: [String], mapping: ColumnMapping,
                            units: [String]? = nil, options: BatchReadOptions = BatchReadOptions()) throws(BatchError) -> LoadedResponses {
        var loader = BatchLoader(questionnaire: questionnaire, mapping: mapping, units: units, options: options)
        for b in batches { try loader.load(path: b) }
        return LoadedResponses(table: loader.table, accounts: loader.accounts, rejects: loader.rejects)
    }
}
