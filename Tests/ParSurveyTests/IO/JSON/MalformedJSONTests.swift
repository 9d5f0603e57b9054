import Foundation
import ParSurveyCommands
import Testing
@testable import ParSurvey

/// The JSON files of the malformed corpus: a JSON Lines batch with a value nested 10,000
/// deep (and a duplicate key, an unknown key), and broken questionnaires.
@Suite struct MalformedJSONTests {
    typealias C = MalformedCorpus

    @Test func jsonLinesNested10000DeepRejectsThatLineOnly() throws {
        let p = C.path("nested-10000.jsonl")
        let l = try C.load([p])
        // Line 2 is `{"id":"J2","district":"Tây Sơn","q1":` (39 bytes) then 10,000 `[`. The object is
        // depth 1, so the 256th `[` (byte column 39 + 256 = 295) is depth 257, one past the limit.
        #expect(
            l.rejects.map(\.message) == [
                "\(p):2:295: not valid JSON: JSON nested deeper than 256 levels",
                "\(p):4:3: key appears twice in the line (column 'q1', value '5')",
                "\(p):5: key not in the first line's keys (column 'q4', value '5')",
            ])
        #expect(l.table.ids == ["J1", "J3"])
        // J3: q1 by label, q2 null (blank), q3 the number 4.
        #expect(l.table.answers == [[4, 4], [5, 0], [5, 4]])
        #expect(C.counts(l) == [[5, 2, 3]])
    }

    @Test func jsonParserStopsAtTheDepthLimitWithoutExhaustingTheStack() {
        let deep = Array(String(repeating: "[", count: 10_000).utf8) + Array(String(repeating: "]", count: 10_000).utf8)
        // The outermost `[` is depth 1; the 257th (column 257) is one level past the limit.
        #expect(throws: JSONParser.Failure(.tooDeep(limit: 256), line: 1, column: 257)) {
            try JSONParser.parse(deep)
        }
    }

    func questionnaireError(_ name: String) -> String? {
        do {
            _ = try Questionnaire.load(path: C.path(name))
            return nil
        } catch { return error.description }
    }

    @Test func questionnaireWhoseElementListsItselfAsAQuestion() {
        let p = C.path("questionnaire-cycle.json")
        #expect(
            questionnaireError("questionnaire-cycle.json")
                == "\(p): questionnaire key 'elements[0].questions[3].id': duplicate id 'E1' (also at elements[0].id)")
    }

    @Test func questionnaireWithDuplicateIdsDifferingOnlyInCase() {
        // Data columns match question ids case-insensitively, so q1 and Q1 would share a column.
        let p = C.path("questionnaire-duplicate-ids.json")
        #expect(
            questionnaireError("questionnaire-duplicate-ids.json")
                == "\(p): questionnaire key 'elements[1].questions[0].id': duplicate id 'Q1' (also at elements[0].questions[0].id)")
    }

    @Test func questionnaireWithZeroQuestions() {
        let p = C.path("questionnaire-no-questions.json")
        #expect(
            questionnaireError("questionnaire-no-questions.json")
                == "\(p): questionnaire key 'elements[0].questions': an element needs at least one question")
    }

    @Test func questionnaireWhosePointsDoNotSumToMaxPoints() {
        // points 3 + 3 + 3.5 = 9.5 against maxPoints 10.
        let p = C.path("questionnaire-points-sum.json")
        #expect(
            questionnaireError("questionnaire-points-sum.json")
                == "\(p): questionnaire key 'elements': question points sum to 9.5, not maxPoints 10")
    }

    @Test func questionnaireNested10000Deep() {
        // `{"id": ` is 7 bytes; the 256th `[` (column 7 + 256 = 263) is depth 257.
        let p = C.path("questionnaire-nested-10000.json")
        #expect(
            questionnaireError("questionnaire-nested-10000.json")
                == "\(p):1:263: questionnaire is not valid JSON: JSON nested deeper than 256 levels")
    }

    @Test func questionnaireErrorsAreDataErrors() {
        do { _ = try Questionnaire.load(path: C.path("questionnaire-cycle.json")) } catch { #expect(error.exitCode == .dataError) }
    }
}
