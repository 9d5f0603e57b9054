import ParSurveyModel
/// The steps every batch format shares: the header becomes a schema (with the
/// KoBoToolbox/ODK conventions applied), and each record goes through a `RowDecoder`
/// (approval filter, validation) and joins the table by `merge`, so a row from a workbook
/// or an export is judged exactly as a CSV row is.
extension BatchLoader {
    /// The schema of a header, after `ExportDialect.adapt`; names in messages stay as written.
    mutating func makeSchema(header: [String], file: String) throws(BatchError) -> BatchSchema {
        let adapted = ExportDialect.adapt(header, questionnaire: questionnaire, mapping: mapping)
        if let (a, b) = adapted.ambiguous {
            throw .header(
                file: file, column: b + 1, value: header[b],
                message: .ambiguousQuestion(
                    first: header[a], column: a + 1, second: header[b], secondColumn: b + 1, question: adapted.names[a]))
        }
        var schema = try BatchSchema(header: adapted.names, file: file, questionnaire: questionnaire, mapping: adapted.mapping)
        schema.names = header
        schema.approvalColumn = adapted.approvalColumn
        if options.approvedOnly && adapted.approvalColumn == nil {
            throw .noApprovalColumn(file: file)
        }
        return schema
    }

    /// A decoder for records of `schema` given one at a time (workbooks, JSON Lines), with
    /// the approval filter under `options.approvedOnly`.
    func recordDecoder(schema: BatchSchema, file: String) -> RowDecoder {
        var d = RowDecoder(
            plan: DecodePlan(
                schema: schema, file: file, questionnaire: questionnaire, singleByte: singleByte,
                unitKeys: knownUnits == nil ? nil : unitKeys, unitReasons: unitReasons,
                approvalColumn: options.approvedOnly ? schema.approvalColumn : nil,
                limits: limits))
        d.onePass = false
        return d
    }

    /// Counts one record (its fields' bytes) and validates it into `decoder`: accepted,
    /// rejected or (under `approvedOnly`) excluded once the decoder is merged.
    static func takeRecord(_ fields: [[UInt8]], line: Int, flags: RecordFlags = [], decoder: inout RowDecoder) {
        var joined: [UInt8] = []
        var spans: [FieldSpan] = []
        for f in fields {
            spans.append(FieldSpan(start: joined.count, end: joined.count + f.count))
            joined += f
        }
        decoder.partial.read += 1
        joined.withUnsafeBufferPointer { b in
            spans.withUnsafeBufferPointer { decoder.decode(b, spans: $0, flags: flags, line: line) }
        }
    }

    /// Merges what `decoder` holds (lines are file lines) into the table.
    mutating func mergeRecords(_ decoder: RowDecoder, batch: UInt32, account: inout BatchAccount) {
        var codes = [[UInt32]](repeating: [], count: 2 + decoder.plan.variableNames.count)
        var p = decoder.partial
        p.levels = decoder.levels
        merge(p, plan: decoder.plan, codes: &codes, lineBase: 1, batch: batch, account: &account)
    }
}
