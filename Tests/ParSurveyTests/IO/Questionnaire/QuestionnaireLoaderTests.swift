import Foundation
import ParSurveyCommands
import Testing
@testable import ParSurvey

/// The shipped instruments load; broken ones name the offending key.
@Suite struct QuestionnaireLoaderTests {
    @Test func shippedSIPASQuestionnaire() throws {
        let q = try Questionnaire.load(path: TestPaths.repo("Questionnaires/sipas-citizen.json"))
        #expect(q.component == .satisfaction && q.maxPoints == 30 && q.scoring == .shareSatisfied)
        // DOMAIN.md: 5 elements, 4 + 5 + 6 + 3 + 4 = 22 criteria.
        #expect(q.elements.map(\.questions.count) == [4, 5, 6, 3, 4])
        #expect(q.questions.map(\.id) == (1...22).map { "q\($0)" })
        #expect(q.scales[0].options.filter(\.satisfied).map(\.code) == ["4", "5"])
    }

    @Test func shippedLeadersQuestionnaire() throws {
        let q = try Questionnaire.load(path: TestPaths.repo("Questionnaires/leaders.json"))
        #expect(q.component == .leadership && q.maxPoints == 10 && q.scoring == .meanCredit)
        #expect(q.elements.count == 7)
        #expect(abs(q.questions.reduce(0) { $0 + $1.points! } - 10) < 1e-12)
        #expect(q.scales[0].options.map(\.credit) == [1, 0.6, 0.2, 0, nil])
        #expect(q.scales[0].options.map(\.missing) == [false, false, false, false, true])
    }

    static func base() throws -> String {
        String(decoding: try InputFile.read(TestPaths.fixture("pipeline/leaders-small.json")), as: UTF8.self)
    }

    static func expectInvalid(_ json: String, path: String, message: String) {
        #expect(throws: QuestionnaireError.invalid(file: "q.json", path: path, message: .rule(message))) {
            try Questionnaire.parse(Array(json.utf8), file: "q.json")
        }
    }

    @Test func pointsSummingTo9point5() throws {
        let json = try Self.base().replacingOccurrences(of: "\"points\": 4", with: "\"points\": 3.5")
        Self.expectInvalid(json, path: "elements", message: "question points sum to 9.5, not maxPoints 10")
    }

    @Test func unknownKeyIsNotIgnored() throws {
        let json = try Self.base().replacingOccurrences(of: "\"points\": 4", with: "\"points\": 4, \"pionts\": 1")
        Self.expectInvalid(json, path: "elements[1].questions[0].pionts", message: "unknown key (not understood; check the spelling)")
    }

    @Test func unknownScale() throws {
        let json = try Self.base().replacingOccurrences(of: "\"scale\": \"ae\", \"points\": 4", with: "\"scale\": \"af\", \"points\": 4")
        Self.expectInvalid(json, path: "elements[1].questions[0].scale", message: "no scale with id 'af' (scales: ae)")
    }

    @Test func duplicateQuestionId() throws {
        let json = try Self.base().replacingOccurrences(of: "\"id\": \"l2\"", with: "\"id\": \"l1\"")
        Self.expectInvalid(json, path: "elements[1].questions[0].id", message: "duplicate id 'l1' (also at elements[0].questions[0].id)")
    }

    @Test func nonPositiveWeight() throws {
        let json = try Self.base().replacingOccurrences(of: "\"id\": \"L2\",", with: "\"id\": \"L2\", \"weight\": -1,")
        Self.expectInvalid(json, path: "elements[1].weight", message: "weight must be positive, found -1.0")
    }

    @Test func notJSONNamesLineAndColumn() {
        #expect(throws: QuestionnaireError.notJSON(file: "q.json", line: 2, column: 10, message: "expected a quoted key")) {
            try Questionnaire.parse(Array("{\"id\": \"x\",\n  \"a\": 1,}".utf8), file: "q.json")
        }
    }

    @Test func missingFileExits66() {
        do {
            _ = try Questionnaire.load(path: "/nonexistent/q.json")
            Issue.record("no error")
        } catch {
            #expect(error.exitCode == .noInput)
            #expect(error.description == "/nonexistent/q.json: cannot read questionnaire: no such file")
        }
    }
}
