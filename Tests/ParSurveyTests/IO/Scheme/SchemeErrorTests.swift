import Foundation
import Testing
@testable import ParSurvey

/// Bad schemes and self-assessments through the CLI: each error names the file, the key path
/// or line, and the value.
@Suite struct SchemeErrorTests {
    /// A run folder using the Bình Định sample's batches with `scheme` and `selfAssessment`.
    static func runFolder(scheme: String, selfAssessment: String? = nil) throws -> String {
        let dir = TestPaths.temporaryFolder()
        let s = TestPaths.sample
        let manifest = """
            {"year": 2021, "scheme": "scheme.json",
             "components": [
               {"questionnaire": "\(TestPaths.repo("Questionnaires/sipas-citizen.json"))", "batches": ["\(s)/citizens/*.csv"],
                "columns": {"id": "id", "unit": "district"}},
               {"questionnaire": "\(TestPaths.repo("Questionnaires/leaders.json"))", "batches": ["\(s)/leaders/leaders.csv"],
                "columns": {"id": "id", "unit": "unit", "group": "group"}}],
             "selfAssessment": "\(selfAssessment == nil ? s + "/self-assessment.csv" : "sa.csv")"}
            """
        try manifest.write(toFile: dir + "/survey.json", atomically: true, encoding: .utf8)
        try scheme.write(toFile: dir + "/scheme.json", atomically: true, encoding: .utf8)
        if let selfAssessment { try selfAssessment.write(toFile: dir + "/sa.csv", atomically: true, encoding: .utf8) }
        return dir
    }

    static let shipped = IndexScheme.binhDinh2021DistrictJSON

    static func expectError(_ dir: String, _ text: String) {
        let r = CLIRunner.run(["--lang", "en"] + ["run", dir])
        #expect(r.code == 65)
        #expect(r.stderr.contains(text), "stderr: \(r.stderr)")
    }

    @Test func componentMaximaMustSumToTheTotal() throws {
        let dir = try Self.runFolder(
            scheme: Self.shipped.replacingOccurrences(
                of: "\"maxPoints\": 10,\n      \"source\": \"leadership\"",
                with: "\"maxPoints\": 12,\n      \"source\": \"leadership\""))
        Self.expectError(
            dir,
            dir + "/scheme.json: scheme key 'components': component maxima sum to 102.00 (60.00 + 30.00 + 12.00), not totalPoints 100.00")
    }

    @Test func subCriteriaMustAddUp() throws {
        let dir = try Self.runFolder(scheme: Self.shipped.replacingOccurrences(of: "\"maxPoints\": 3.5", with: "\"maxPoints\": 4"))
        Self.expectError(
            dir,
            "scheme key 'criteria[2].criteria': sub-criteria of '1.3' have maxima summing to 10.50 (2.00 + 1.50 + 3.00 + 4.00), not its maxPoints 10.00"
        )
    }

    @Test func unknownAndDuplicateKeys() throws {
        let d1 = try Self.runFolder(
            scheme: Self.shipped.replacingOccurrences(of: "\"missingComponent\"", with: "\"rounds\": 2, \"missingComponent\""))
        Self.expectError(d1, "scheme key 'rounds': unknown key")
        let d2 = try Self.runFolder(
            scheme: Self.shipped.replacingOccurrences(of: "\"totalPoints\": 100,", with: "\"totalPoints\": 100, \"totalPoints\": 100,"))
        Self.expectError(d2, "scheme key 'totalPoints': key appears twice")
        let d3 = try Self.runFolder(scheme: Self.shipped.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2"))
        Self.expectError(d3, "scheme key 'schemaVersion': version 2 is not supported")
    }

    static let groups = ["1.1,9,10", "1.2,5,5", "1.3,6,10", "1.4,6,7", "1.5,10,11", "1.6,3,5", "1.7,9,12"]

    /// The sample's self-assessment with Tây Sơn's rows replaced by `taySon`.
    static func selfAssessment(taySon: [String]) throws -> String {
        let text = try String(contentsOfFile: TestPaths.sample + "/self-assessment.csv", encoding: .utf8)
        let kept = text.split(separator: "\n").filter { !$0.hasPrefix("Tây Sơn,") }.map(String.init)
        // Header, then Tây Sơn's rows from line 2, then the other units.
        return ([kept[0]] + taySon.map { "Tây Sơn," + $0 } + kept.dropFirst()).joined(separator: "\n") + "\n"
    }

    @Test func criterionTheSchemeLacks() throws {
        let dir = try Self.runFolder(scheme: Self.shipped, selfAssessment: try Self.selfAssessment(taySon: Self.groups + ["1.8,1,2"]))
        Self.expectError(
            dir,
            dir
                + "/sa.csv:9:2: unknown criterion (scheme 'binh-dinh-2021-district' has 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7 and their sub-criteria) (value '1.8')"
        )
    }

    @Test func scoreAboveItsMaximum() throws {
        let dir = try Self.runFolder(
            scheme: Self.shipped, selfAssessment: try Self.selfAssessment(taySon: ["1.1,10.25,10"] + Self.groups.dropFirst()))
        Self.expectError(dir, dir + "/sa.csv:2:3: score is above the criterion's max 10.00 (value '10.25')")
    }

    @Test func bonusBeyondItsBound() throws {
        let scheme = Self.shipped.replacingOccurrences(
            of: "\"missingComponent\"",
            with: """
                "adjustments": [{"id": "T1", "title": {"vi": "Điểm thưởng", "en": "Bonus"}, "kind": "bonus", "maxPoints": 2}],
                  "missingComponent"
                """)
        let dir = try Self.runFolder(scheme: scheme, selfAssessment: try Self.selfAssessment(taySon: Self.groups + ["T1,2.5,2"]))
        Self.expectError(dir, dir + "/sa.csv:9:3: bonus 'T1' is beyond its bound 2.00 (value '2.5')")
    }
}
