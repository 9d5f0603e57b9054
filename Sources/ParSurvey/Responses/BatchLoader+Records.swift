/// The steps every batch format shares: the header becomes a schema (with the
/// KoBoToolbox/ODK conventions applied), and each record is counted, filtered for approval
/// and validated by `addRecord`, so a row from a workbook or an export is judged exactly as
/// a CSV row is.
extension BatchLoader {
    /// The schema of a header, after `ExportDialect.adapt`; names in messages stay as written.
    mutating func makeSchema(header: [String], file: String) throws(BatchError) -> BatchSchema {
        let adapted = ExportDialect.adapt(header, questionnaire: questionnaire, mapping: mapping)
        var schema = try BatchSchema(header: adapted.names, file: file, questionnaire: questionnaire, mapping: adapted.mapping)
        schema.names = header
        schema.approvalColumn = adapted.approvalColumn
        if options.approvedOnly && adapted.approvalColumn == nil {
            throw .header(file: file, column: 0, value: "",
                          message: "--approved-only needs a _validation_status (KoBoToolbox) or ReviewState (ODK Central) column")
        }
        return schema
    }

    /// Counts one record and accepts, rejects or (under `approvedOnly`) excludes it.
    mutating func takeRecord(schema: BatchSchema, file: String, batch: UInt32, line: Int, flags: RecordFlags, count: Int,
                             account: inout BatchAccount, field: (Int) -> ArraySlice<UInt8>) {
        account.read += 1
        if options.approvedOnly, let a = schema.approvalColumn, a < count, flags.isEmpty, !ExportDialect.isApproved(field(a)) {
            account.excluded += 1
            return
        }
        if addRecord(schema: schema, file: file, batch: batch, line: line, flags: flags, count: count, field: field) {
            account.accepted += 1
        } else {
            account.rejected += 1
        }
    }
}
