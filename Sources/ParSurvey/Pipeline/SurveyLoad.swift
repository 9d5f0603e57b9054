import ParSurveyIO
import ParSurveyModel
/// Loaded responses of one component: the table, its accounting and its rejects.
public struct LoadedResponses: Sendable {
    /// The accepted rows.
    public var table: ResponseTable
    /// One account per batch.
    public var accounts: [BatchAccount]
    /// Rejected rows.
    public var rejects: [Reject]

    /// Totals over all batches: read, accepted, rejected, excluded.
    public var totals: BatchAccount { BatchAccount.total(accounts) }

    /// Reads every batch of a component; `progress` is told how far reading has got.
    public static func load(
        questionnaire: Questionnaire, batches: [String], mapping: ColumnMapping,
        units: [String]? = nil, options: BatchReadOptions = BatchReadOptions(),
        progress: ((BatchProgress) -> Void)? = nil, aliases: [String: String] = [:],
        unitReasons: [String: UnitValidity] = [:]
    ) throws(BatchError) -> LoadedResponses {
        var loader = BatchLoader(questionnaire: questionnaire, mapping: mapping, units: units, options: options)
        loader.addUnitAliases(aliases)
        loader.addUnitReasons(unitReasons)
        loader.progress = progress
        for b in batches { try loader.load(path: b) }
        return LoadedResponses(table: loader.table, accounts: loader.accounts, rejects: loader.rejects)
    }
}
