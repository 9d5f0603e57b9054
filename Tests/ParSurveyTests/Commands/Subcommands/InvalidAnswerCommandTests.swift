import Foundation
import Testing
@testable import ParSurvey

/// `validate` and the council table end to end: `--invalid-answers FILE`, the accounting's
/// "answers set to missing", reject reasons in the run's language.
@Suite struct InvalidAnswerCommandTests {
    static let missing = TestPaths.fixture("invalid-answers/small-missing.json")
    static let strict = TestPaths.fixture("pipeline/small-questionnaire.json")
    static let batch = TestPaths.fixture("invalid-answers/three-invalid.csv")

    @Test func validateWritesTheCouncilTableInVietnamese() throws {
        let out = TestPaths.write("", name: "council.csv")
        let r = CLIRunner.run(["validate", "--questionnaire", Self.missing, Self.batch, "--unit", "unit", "--invalid-answers", out])
        #expect(r.code == 0, "\(r.stderr)")
        // the accounting: 5 read = 5 accepted + 0 rejected, 3 answers set to missing
        #expect(r.stdout.contains("Câu trả lời chuyển thành thiếu"))
        #expect(r.stdout.contains("câu trả lời không khớp phương án nào của thang 's5'"))
        // Vietnamese lists the options with their Vietnamese labels only (small-missing.json).
        #expect(r.stdout.contains("các phương án hợp lệ: 1 \"Rất không hài lòng\", 2 \"Không hài lòng\", 3 \"Bình thường\""))
        #expect(!r.stdout.contains("Very dissatisfied"))
        let en = CLIRunner.run(["validate", "--questionnaire", Self.missing, Self.batch, "--unit", "unit", "--lang", "en"])
        #expect(en.stdout.contains("allowed: 1 \"Rất không hài lòng\" / \"Very dissatisfied\", 2"))
        let csv = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(csv.count == 4)
        #expect(csv[0] == "Tệp,Dòng,Cột,Tên cột,Câu hỏi,Giá trị,Loại,Lý do")
        #expect(csv[1].hasPrefix("\(Self.batch),3,3,a1,a1,7,unknown-option,\"câu trả lời không khớp phương án nào của thang 's5'"))
        #expect(csv[2].hasPrefix("\(Self.batch),4,4,a2,a2,Hài lòng lắm,unknown-option,"))
        #expect(csv[3].hasPrefix("\(Self.batch),4,5,b1,b1,x,unknown-option,"))
    }

    static func item(_ v: JSONValue?, _ i: Int) -> JSONValue? {
        if case let .array(items) = v, i < items.count { return items[i] }
        return nil
    }

    @Test func accountingJSONCountsPerBatchAndQuestion() throws {
        let r = CLIRunner.run([
            "validate", "--questionnaire", Self.missing, Self.batch, "--unit", "unit", "--format", "json", "--lang", "en",
        ])
        #expect(r.code == 0, "\(r.stderr)")
        let json = try JSONParser.parse(Array(r.stdout.utf8))
        let component = try #require(Self.item(json["components"], 0))
        let total = try #require(component["accounting"]?["total"])
        #expect(total["read"] == JSONWriter.int(5) && total["accepted"] == JSONWriter.int(5) && total["rejected"] == JSONWriter.int(0))
        #expect(total["answersSetToMissing"] == JSONWriter.int(3))
        #expect(total["answersSetToMissingByQuestion"]?["b1"] == JSONWriter.int(1))
        #expect(Self.item(component["invalidAnswers"], 1)?["value"] == .string("Hài lòng lắm"))
        #expect(Self.item(component["invalidAnswers"], 1)?["kind"] == .string("unknown-option"))
    }

    @Test func rejectFormKeepsOutputsWithoutTheNewCountsAndWordsRejectsInTheRunsLanguage() throws {
        let rejects = TestPaths.write("", name: "rejects.csv")
        let r = CLIRunner.run([
            "validate", "--questionnaire", Self.strict, Self.batch, "--unit", "unit", "--rejects", rejects, "--format", "json", "--lang",
            "en",
        ])
        #expect(r.code == 0)
        #expect(!r.stdout.contains("answersSetToMissing") && !r.stdout.contains("invalidAnswers"))
        #expect(r.stdout.contains("\"kind\": \"unknown-option\"") || r.stdout.contains("\"kind\":\"unknown-option\""))
        let vi = CLIRunner.run(["validate", "--questionnaire", Self.strict, Self.batch, "--unit", "unit", "--rejects", rejects])
        #expect(vi.stdout.contains("\(Self.batch):3:3: câu trả lời không khớp phương án nào của thang 's5'"))
        let csv = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(csv.hasPrefix("file,line,column,columnName,value,reason,kind,message\n"))
        #expect(csv.contains(",7,\"answer matches no option of scale 's5'; allowed: "))
    }

    // The report hook: one section per component with cases, none without.
    @Test func reportSectionListsTheCasesAndCountsPerQuestion() throws {
        let q = try Questionnaire.load(path: Self.missing)
        let loaded = try LoadedResponses.load(questionnaire: q, batches: [Self.batch], mapping: ColumnMapping(unit: "unit"))
        let section = try #require(InvalidAnswerReport.section(loaded.accounts, questionnaire: q))
        #expect(section.tableVI.rows.count == 3 && section.tableEN.rows.count == 3)
        #expect(section.tableEN.rows.map { $0[4] } == ["a1", "a2", "b1"])
        #expect(section.outside.vi == "Theo câu hỏi: a1 1, a2 1, b1 1")
        #expect(section.heading.vi.contains("3 câu trả lời"))
        let strict = try LoadedResponses.load(
            questionnaire: try Questionnaire.load(path: Self.strict), batches: [Self.batch], mapping: ColumnMapping(unit: "unit"))
        #expect(InvalidAnswerReport.section(strict.accounts, questionnaire: q) == nil)
    }
}
