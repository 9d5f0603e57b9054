import Foundation
@testable import ParSurvey

/// The malformed-input corpus under `Tests/ParSurveyTests/Fixtures/malformed/`
/// (made by `make_fixtures.py` there) and helpers to read it with the test questionnaire
/// `mini.json` (three questions q1..q3 on the SIPAS 1–5 + 9 scale).
enum MalformedCorpus {
    /// The path of a corpus file.
    static func path(_ name: String) -> String { TestPaths.fixture("malformed/" + name) }

    /// The corpus questionnaire.
    static let mini: Questionnaire = try! Questionnaire.load(path: path("mini.json"))

    /// The units the corpus batches may name.
    static let units = ["Tây Sơn", "An Lão"]

    /// The allowed-answers list of the satisfaction5 scale, as reject messages print it.
    static let allowed =
        #"1 "Rất không hài lòng" / "Very dissatisfied", 2 "Không hài lòng" / "Dissatisfied", 3 "Bình thường" / "Neutral", 4 "Hài lòng" / "Satisfied", 5 "Rất hài lòng" / "Very satisfied", 9 "Không biết / không trả lời" / "Don't know / no answer""#

    /// A loader with id, unit `district` (and `weight` if asked) mapped.
    static func loader(weight: Bool = false) -> BatchLoader {
        BatchLoader(
            questionnaire: mini, mapping: ColumnMapping(id: "id", unit: "district", weight: weight ? "weight" : nil),
            units: units)
    }

    /// Loads `paths` in order into one loader.
    static func load(_ paths: [String], weight: Bool = false) throws(BatchError) -> BatchLoader {
        var l = loader(weight: weight)
        for p in paths { try l.load(path: p) }
        return l
    }

    /// The error loading `path` raises, or nil when it loads.
    static func error(_ path: String, weight: Bool = false) -> BatchError? {
        do {
            _ = try load([path], weight: weight)
            return nil
        } catch { return error }
    }

    /// `read/accepted/rejected` of a loader's accounts, one per batch.
    static func counts(_ l: BatchLoader) -> [[Int]] { l.accounts.map { [$0.read, $0.accepted, $0.rejected] } }

    /// Writes `bytes` to a new temporary file named `name`.
    static func temporary(_ name: String, _ bytes: [UInt8]) -> String {
        let p = TestPaths.temporaryFolder() + "/" + name
        _ = FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }
}
