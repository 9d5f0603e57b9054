import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

extension FieldworkProgress {
    /// Progress of one manifest component against the drawn sample its `sample` key names
    /// (nil when it names none): its batches read again, each accepted form matched to the
    /// sample by `sample.batchColumn` (else the respondent id), rejected rows counted per unit;
    /// units in the manifest's order. Returns the loaded batches' accounts too.
    public static func of(
        manifest: SurveyManifest, component spec: ComponentSpec, questionnaire q: Questionnaire,
        target: Double? = nil, minimum: Int? = nil, z: Double = SampleSizeFormula.z(confidence: 0.95),
        share: Double = 0.5, designEffect: Double = 1
    ) throws -> (progress: FieldworkProgress, accounts: [BatchAccount])? {
        guard let s = spec.sample else { return nil }
        let sample = try DrawnSample.load(s)
        let loaded = try LoadedResponses.load(
            questionnaire: q, batches: spec.batches, mapping: spec.columns, units: manifest.units, options: spec.read)
        let table = loaded.table
        var idColumn: CategoricalColumn?
        if let c = s.batchColumn {
            guard let name = table.variableOrder.first(where: { TextKey.key($0) == TextKey.key(c) }), let col = table.variable(name) else {
                throw ManifestError.invalid(file: manifest.path, path: "sample.batchColumn", message: "the batches have no column '\(c)'")
            }
            idColumn = col
        }
        var forms: [FieldworkProgress.Form] = []
        forms.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            let id = idColumn.map { $0.levels[Int($0.codes[row])] } ?? table.id(row)
            forms.append(
                .init(frameID: id.isEmpty ? nil : id, unit: table.unit.levels[Int(table.unit.codes[row])], origin: table.origin(row)))
        }
        let progress = FieldworkProgress(
            sample: sample, forms: forms, rejected: rejectedPerUnit(loaded.rejects, unitColumn: spec.columns.unit),
            target: target, minimum: minimum, z: z, share: share, designEffect: designEffect)
        var ordered = progress
        if let order = manifest.units {
            let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { (TextKey.key($1), $0) })
            ordered.units = progress.units.enumerated().sorted { a, b in
                let ra = rank[TextKey.key(a.element.unit)] ?? order.count + a.offset
                let rb = rank[TextKey.key(b.element.unit)] ?? order.count + b.offset
                return ra < rb
            }.map(\.element)
        }
        return (ordered, loaded.accounts)
    }

    /// Rejected rows per unit: each batch file with rejects is read again as a table and the
    /// reject's line looked up; rows whose unit cannot be read count under "".
    static func rejectedPerUnit(_ rejects: [Reject], unitColumn: String?) -> [String: Int] {
        var out: [String: Int] = [:]
        var lineUnits: [String: [Int: String]] = [:]
        for r in rejects {
            if lineUnits[r.file] == nil {
                var map: [Int: String] = [:]
                if let u = unitColumn, let t = try? SamplingTable.read(r.file), let c = t.optionalColumn(u) {
                    for row in t.rows { map[row.line] = row.fields[c] }
                }
                lineUnits[r.file] = map
            }
            out[lineUnits[r.file]?[r.line] ?? "", default: 0] += 1
        }
        return out
    }
}

extension TableSection {
    /// The report's section for a component's progress, in both languages (Markdown cells).
    public static func of(_ p: FieldworkProgress, questionnaire q: Questionnaire) -> TableSection {
        let vi = ReportStyle(format: .markdown, language: .vi)
        let en = ReportStyle(format: .markdown, language: .en)
        return TableSection(
            title: q.title,
            heading: LocalizedText(vi: FieldworkReport.heading(p, style: vi), en: FieldworkReport.heading(p, style: en)),
            tableVI: FieldworkReport.table(p, style: vi), tableEN: FieldworkReport.table(p, style: en),
            outside: LocalizedText(vi: FieldworkReport.outsideLines(p, style: vi), en: FieldworkReport.outsideLines(p, style: en)))
    }
}
