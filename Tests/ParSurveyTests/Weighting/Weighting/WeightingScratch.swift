import Foundation
import ParSurvey

/// A small weighting case written to a temporary folder: a batch, a plan and its targets.
struct WeightingScratch {
    static let questionnaire = TestPaths.fixture("weighting/questionnaire.json")
    static let mapping = ColumnMapping(id: "id", unit: "district", group: "group", weight: "weight")

    let folder: String

    /// Writes `files` (name → text) into a new temporary folder.
    init(_ files: [String: String]) {
        folder = TestPaths.temporaryFolder()
        for (name, text) in files {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8))
        }
    }

    /// Loads `batch.csv` and applies `plan.json`.
    func run(mapping: ColumnMapping = Self.mapping) throws -> WeightingResult {
        let q = try Questionnaire.load(path: Self.questionnaire)
        let table = try LoadedResponses.load(questionnaire: q, batches: [folder + "/batch.csv"], mapping: mapping).table
        return try WeightingEngine.apply(try WeightingPlan.load(path: folder + "/plan.json"), to: table, columns: mapping)
    }

    /// The weighting error `run` throws (nil when it succeeds).
    func failure(mapping: ColumnMapping = Self.mapping) -> WeightingError? {
        do {
            _ = try run(mapping: mapping)
            return nil
        } catch let e as WeightingError { return e } catch { return nil }
    }
}
