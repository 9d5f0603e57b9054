import Foundation
@testable import ParSurvey

/// One scenario of `Fixtures/uncertainty/<name>.json`: a dataset, its design (unit, strata),
/// its weights (the design weight column, or weights R calibrated, read from
/// `weights_<data>.csv` with 17 significant digits) and the calibration variables, loaded into
/// `WeightedResponses` exactly as the R script built its design.
struct ReferenceScenario {
    let reference: JSONValue
    let table: ResponseTable
    let unitColumn: String
    let data: WeightedResponses

    init(_ name: String) throws {
        reference = try ReferenceFixture.json(name + ".json")
        let spec = reference
        let file = spec["data"]!.string!
        unitColumn = spec["unit"]!.string!
        let questionnaire = try Questionnaire.load(path: TestPaths.repo(spec["questionnaire"]!.string!))
        let path = TestPaths.fixture("uncertainty/" + file)
        let header = String(decoding: try InputFile.read(path).prefix(200), as: UTF8.self)
        let mapping = ColumnMapping(id: "id", unit: unitColumn, weight: header.contains(",weight,") ? "weight" : nil)
        let loaded = try LoadedResponses.load(questionnaire: questionnaire, batches: [path], mapping: mapping)
        precondition(loaded.rejects.isEmpty, "fixture rows rejected: \(loaded.rejects.map(\.message))")
        table = loaded.table
        let weightName = spec["weights"]!.string!
        var weights = table.weights
        if weightName != "weight" && weightName != "none" {
            let stem = (file as NSString).deletingPathExtension
            weights = try Self.readWeights(TestPaths.fixture("uncertainty/weights_\(stem).csv"), column: weightName, ids: table.ids)
        }
        var calibrated: [Double]?
        if let name = spec["calibratedWeights"]?.string {  // trimmed after calibrating
            let stem = (file as NSString).deletingPathExtension
            calibrated = try Self.readWeights(TestPaths.fixture("uncertainty/weights_\(stem).csv"), column: name, ids: table.ids)
        }
        let strataName = spec["strata"]!.string!
        let strata: CategoricalColumn? = strataName == unitColumn ? nil : table.variable(strataName)
        var calibration: CalibrationDesign?
        let calSpec = spec["calibration"]!.items
        let unitName = unitColumn
        let loadedTable = loaded.table
        if !calSpec.isEmpty {
            var names: [String] = []
            var variables: [[UInt32]] = []
            var counts: [Int] = []
            for item in calSpec {
                let parts = item.string.map { [$0] } ?? item.items.map { $0.string! }
                let crossed = Self.cross(parts.map { $0 == unitName ? loadedTable.unit : loadedTable.variable($0)! })
                names.append(parts.joined(separator: "×"))
                variables.append(crossed.codes)
                counts.append(crossed.levels)
            }
            calibration = CalibrationDesign(names: names, variables: variables, levelCounts: counts)
        }
        var survey: SurveyDesign?
        if let d = spec["design"] {  // issue 18: clusters, stages, FPC, lonely PSUs (designs.R)
            survey = try Self.surveyDesign(d, table: loadedTable, unit: unitName)
        }
        data = WeightedResponses(
            table: table, weights: weights, designWeights: table.weights, calibration: calibration,
            strata: strata, method: weightName, calibratedWeights: calibrated, surveyDesign: survey)
    }

    /// The design of a scenario's `design` block: `strata`, `ids` (one column per stage),
    /// `fpc` (one per stage), `lonely`.
    static func surveyDesign(_ d: JSONValue, table: ResponseTable, unit: String) throws -> SurveyDesign {
        func column(_ name: String) -> CategoricalColumn { name == unit ? table.unit : table.variable(name)! }
        func categorical(_ name: String) -> SurveyDesign.Column {
            let c = column(name)
            return SurveyDesign.Column(name: name, codes: c.codes, levels: c.levels)
        }
        let fpc = (d["fpc"]?.items ?? []).map { item -> SurveyDesign.NumericColumn in
            let c = column(item.string!)
            return SurveyDesign.NumericColumn(name: item.string!, values: c.codes.map { Double(c.levels[Int($0)])! })
        }
        return try SurveyDesign.build(
            rowCount: table.rowCount, strata: d["strata"]?.string.map(categorical),
            clusters: (d["ids"]?.items ?? []).map { categorical($0.string!) }, fpc: fpc, nest: false,
            lonely: d["lonely"]?.string.flatMap(SurveyDesign.LonelyPSU.init(rawValue:)) ?? .fail)
    }

    /// The codes of the crossing of `columns` (levels numbered by first appearance).
    static func cross(_ columns: [CategoricalColumn]) -> (codes: [UInt32], levels: Int) {
        var index: [[UInt32]: UInt32] = [:]
        let n = columns[0].count
        var codes = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            let key = columns.map { $0.codes[i] }
            if let c = index[key] {
                codes[i] = c
            } else {
                let c = UInt32(index.count)
                index[key] = c
                codes[i] = c
            }
        }
        return (codes, index.count)
    }

    /// Weights by respondent id from a CSV `id,<column>,…`.
    static func readWeights(_ path: String, column: String, ids: [String]) throws -> [Double] {
        let csv = try SimpleCSV(bytes: try InputFile.read(path))
        let idc = csv.column("id")!
        let wc = csv.column(column)!
        var byID: [String: Double] = [:]
        for r in csv.rows { byID[r.fields[idc]] = Double(r.fields[wc])! }
        return ids.map { byID[$0]! }
    }

    /// The component scored by `by` (nil or the unit column: by unit).
    func score(by: String?, options: UncertaintyOptions = UncertaintyOptions()) throws -> ComponentResult {
        try ComponentScorer.score(data, groupBy: by == unitColumn ? nil : by, uncertainty: options)
    }
}
