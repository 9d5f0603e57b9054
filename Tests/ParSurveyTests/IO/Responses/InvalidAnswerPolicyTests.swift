import Foundation
import Testing
@testable import ParSurvey

/// The questionnaire's `invalidAnswer` policy, read the same from every format; the counts
/// are hand-counted in `Fixtures/invalid-answers/README.md`.
@Suite struct InvalidAnswerPolicyTests {
    static func questionnaire(_ name: String) throws -> Questionnaire {
        try Questionnaire.load(path: TestPaths.fixture(name))
    }
    static let rejectForm = "pipeline/small-questionnaire.json"
    static let missing = "invalid-answers/small-missing.json"
    static let override = "invalid-answers/small-override.json"
    static let batch = TestPaths.fixture("invalid-answers/three-invalid.csv")

    static func load(_ q: String, path: String, mapping: ColumnMapping = ColumnMapping(unit: "unit")) throws -> BatchLoader {
        var loader = BatchLoader(questionnaire: try questionnaire(q), mapping: mapping)
        try loader.load(path: path)
        return loader
    }

    /// The three cases of `three-invalid.csv` (and of its other formats), as (line, column, question, value, kind).
    static func expectThreeCases(_ cases: [InvalidAnswer], file: String) {
        #expect(cases.map(\.file) == [file, file, file])
        #expect(cases.map(\.line) == [3, 4, 4])
        #expect(cases.map(\.column) == [3, 4, 5])
        #expect(cases.map(\.question) == ["a1", "a2", "b1"])
        #expect(cases.map(\.value) == ["7", "Hài lòng lắm", "x"])
        #expect(cases.allSatisfy { $0.kind.code == "unknown-option" })
    }

    @Test func defaultRejectsTheWholeForm() throws {
        let q = try Self.questionnaire(Self.rejectForm)
        #expect(q.invalidAnswer == .rejectForm && q.questions.allSatisfy { $0.invalidAnswer == nil })
        let l = try Self.load(Self.rejectForm, path: Self.batch)
        #expect(l.accounts == [BatchAccount(file: Self.batch, read: 5, accepted: 3, rejected: 2)])
        #expect(l.rejects.map(\.line) == [3, 4])
        #expect(l.rejects.map(\.columnName) == ["a1", "a2"])  // r3: the first invalid answer rejects the form
        #expect(l.accounts[0].answersSetToMissing == 0)
    }

    @Test func missingKeepsTheFormAndListsEveryCase() throws {
        let l = try Self.load(Self.missing, path: Self.batch)
        let a = try #require(l.accounts.first)
        #expect(a.read == 5 && a.accepted == 5 && a.rejected == 0 && a.excluded == 0)
        #expect(a.read == a.accepted + a.rejected + a.excluded)
        #expect(l.rejects.isEmpty)
        #expect(a.answersSetToMissing == 3)
        #expect(a.answersSetToMissingByQuestion == ["a1": 1, "a2": 1, "b1": 1])
        Self.expectThreeCases(a.invalidAnswers, file: Self.batch)
        // the invalid answers read as missing (0), as a blank would
        #expect(l.table.answers[0] == [5, 0, 4, 2, 4])
        #expect(l.table.answers[1] == [4, 4, 0, 5, 1])
        #expect(l.table.answers[2] == [3, 2, 0, 4, 5])
    }

    // a1 under reject-form: r1 5, r4 2, r5 4 → 2 satisfied of 3. Under missing: r1 5, r3 4,
    // r4 2, r5 4 → 3 of 4 = 0.75 (r2's 7 leaves the denominator). b1: r1 3, r2 2, r4 4, r5 5 → 0.5.
    @Test func sharesAreComputedOnTheRemainingAnswers() throws {
        let mapping = ColumnMapping(unit: "unit")
        let strict = try LoadedResponses.load(
            questionnaire: try Self.questionnaire(Self.rejectForm), batches: [Self.batch], mapping: mapping)
        let lenient = try LoadedResponses.load(
            questionnaire: try Self.questionnaire(Self.missing), batches: [Self.batch], mapping: mapping)
        let s = try #require(try ComponentScorer.score(.designWeights(strict.table)).groups.first)
        let m = try #require(try ComponentScorer.score(.designWeights(lenient.table)).groups.first)
        #expect(s.respondents == 3 && m.respondents == 5)
        #expect(abs(s.criteria[0].index! - 2.0 / 3.0) < 1e-15)
        #expect(m.criteria.map(\.answered) == [4, 4, 4])
        #expect(m.criteria[0].index == 0.75)
        #expect(m.criteria[1].index == 0.75)
        #expect(m.criteria[2].index == 0.5)
    }

    @Test func aQuestionOverridesTheQuestionnaire() throws {
        let q = try Self.questionnaire(Self.override)
        #expect(q.invalidAnswerPolicy(ofQuestion: 0) == .missing && q.invalidAnswerPolicy(ofQuestion: 2) == .rejectForm)
        let l = try Self.load(Self.override, path: Self.batch)
        // r3's b1 rejects the form, so its a2 (set to missing first) is not listed
        #expect(l.accounts[0].read == 5 && l.accounts[0].accepted == 4 && l.accounts[0].rejected == 1)
        #expect(l.rejects.map(\.line) == [4] && l.rejects[0].columnName == "b1")
        #expect(l.accounts[0].invalidAnswers.map(\.question) == ["a1"])
    }

    @Test func aFormRejectedForAnotherReasonListsNoCase() throws {
        // r2 repeats r1's id; its invalid a1 does not count, the form is rejected as a duplicate
        let csv = TestPaths.write("id,unit,a1,a2,b1\nr1,U,5,4,3\nr1,U,7,4,2\nr3,,8,4,4\n", name: "dup-invalid.csv")
        let l = try Self.load(Self.missing, path: csv)
        #expect(l.accounts[0].read == 3 && l.accounts[0].accepted == 1 && l.accounts[0].rejected == 2)
        #expect(l.rejects.map(\.kind) == [.duplicateID(firstFile: csv, firstLine: 2), .emptyUnit])
        #expect(l.accounts[0].invalidAnswers.isEmpty)
    }

    @Test func quotedCSVJSONLinesWorkbookAndKoboApplyThePolicyIdentically() throws {
        let rows: [[String]] = [
            ["r1", "U", "5", "4", "3"], ["r2", "U", "7", "4", "2"], ["r3", "U", "4", "Hài lòng lắm", "x"],
            ["r4", "U", "2", "5", "4"], ["r5", "U", "4", "1", "5"],
        ]
        let header = ["id", "unit", "a1", "a2", "b1"]
        // CSV with every field quoted (the general path)
        let quoted = TestPaths.write(
            ([header] + rows).map { $0.map { "\"\($0)\"" }.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n",
            name: "quoted-invalid.csv")
        // JSON Lines, answers as numbers where they are numbers
        let jsonl = TestPaths.write(
            rows.map { r in
                "{" + zip(header, r).map { k, v in "\"\(k)\": " + (Int(v) != nil && k != "id" ? v : "\"\(v)\"") }.joined(separator: ", ")
                    + "}"
            }.joined(separator: "\n") + "\n", name: "invalid.jsonl")
        // a workbook (rows from 1: the header is row 1, as in the CSV)
        let xlsx = TestPaths.write("", name: "invalid.xlsx")
        let sheet = XLSXSheet(name: "s", rows: ([header] + rows).map { $0.map { XLSXValue.text($0) } })
        try Data(XLSXWriter.workbook([sheet])).write(to: URL(fileURLWithPath: xlsx))
        // a KoBoToolbox export: group paths, ';', _uuid as the id
        let kobo = TestPaths.write(
            (["_uuid", "grp/unit", "E1/a1", "E1/a2", "E2/b1", "_validation_status"].joined(separator: ";") + "\n")
                + rows.map { ($0 + ["validation_status_approved"]).joined(separator: ";") }.joined(separator: "\n") + "\n",
            name: "kobo-invalid.csv")
        for (path, jsonLines) in [(quoted, false), (jsonl, true), (xlsx, false), (kobo, false)] {
            let mapping = path == kobo ? ColumnMapping(id: "id", unit: "unit") : ColumnMapping(unit: "unit")
            let strict = try Self.load(Self.rejectForm, path: path, mapping: mapping)
            #expect(strict.accounts[0].read == 5 && strict.accounts[0].accepted == 3 && strict.accounts[0].rejected == 2, "\(path)")
            let l = try Self.load(Self.missing, path: path, mapping: mapping)
            let a = try #require(l.accounts.first)
            #expect(a.read == 5 && a.accepted == 5 && a.rejected == 0, "\(path): \(l.rejects.map(\.message))")
            // JSON Lines count lines from the first object (no header line)
            let cases = a.invalidAnswers.map { c in
                var c = c
                if jsonLines { c.line += 1 }
                return c
            }
            Self.expectThreeCases(cases, file: path)
            #expect(l.table.answers[0] == [5, 0, 4, 2, 4], "\(path)")
            #expect(l.table.answers[2] == [3, 2, 0, 4, 5], "\(path)")
        }
    }

    @Test func plainCSVTakesTheOnePassPathForTheValidRows() throws {
        var loader = BatchLoader(questionnaire: try Self.questionnaire(Self.missing), mapping: ColumnMapping(unit: "unit"))
        try loader.load(path: Self.batch)
        // r1, r4, r5 on the one-pass path; r2 and r3 decoded again by the general path, which
        // records their cases once
        #expect(loader.onePassRows == 3)
        #expect(loader.accounts[0].answersSetToMissing == 3)
    }

    @Test func aBadPolicyIsAClearError() throws {
        let text = try String(contentsOfFile: TestPaths.fixture(Self.missing), encoding: .utf8)
        let bad = text.replacingOccurrences(of: "\"invalidAnswer\": \"missing\"", with: "\"invalidAnswer\": \"drop\"")
        #expect(
            throws: QuestionnaireError.invalid(
                file: "q.json", path: "invalidAnswer", message: "'drop' is not an invalid-answer policy (reject-form or missing)")
        ) {
            _ = try Questionnaire.parse(Array(bad.utf8), file: "q.json")
        }
        let perQuestion = text.replacingOccurrences(of: "\"scale\": \"s5\"}", with: "\"scale\": \"s5\", \"invalidAnswer\": 1}")
        #expect(throws: QuestionnaireError.self) { _ = try Questionnaire.parse(Array(perQuestion.utf8), file: "q.json") }
    }
}
