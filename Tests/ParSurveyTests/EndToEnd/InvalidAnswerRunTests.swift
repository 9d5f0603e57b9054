import Foundation
import Testing
@testable import ParSurvey

/// `run` and `report` on the Bình Định sample with one invalid answer under
/// `invalidAnswer: "missing"`: the form is kept, the case is listed and counted.
@Suite struct InvalidAnswerRunTests {
    /// A run folder: the sample's manifest with the citizen questionnaire set to `missing` and
    /// Tây Sơn's first form (TS-0001, line 2) answering q1 (column 6) with `7`.
    static func folder() throws -> String {
        let dir = TestPaths.temporaryFolder()
        let sample = TestPaths.sample
        var q = try String(contentsOfFile: TestPaths.repo("Questionnaires/sipas-citizen.json"), encoding: .utf8)
        q = "{\n  \"invalidAnswer\": \"missing\"," + q.dropFirst(1)
        try q.write(toFile: dir + "/sipas-missing.json", atomically: true, encoding: .utf8)
        var tay = try String(contentsOfFile: sample + "/citizens/tay-son.csv", encoding: .utf8)
        let first = "TS-0001,Tây Sơn,Phú Phong,Nam,30-44,5,4,5,9,"
        #expect(tay.contains(first))
        tay = tay.replacingOccurrences(of: first, with: "TS-0001,Tây Sơn,Phú Phong,Nam,30-44,7,4,5,9,")
        try tay.write(toFile: dir + "/tay-son.csv", atomically: true, encoding: .utf8)
        let units = [
            "quy-nhon", "an-nhon", "hoai-nhon", "an-lao", "hoai-an", "phu-my", "phu-cat", "tay-son", "tuy-phuoc", "van-canh", "vinh-thanh",
        ]
        let batches = units.map { $0 == "tay-son" ? dir + "/tay-son.csv" : sample + "/citizens/\($0).csv" }
        var manifest = try String(contentsOfFile: sample + "/survey.json", encoding: .utf8)
        manifest = manifest.replacingOccurrences(of: "\"../../Questionnaires/sipas-citizen.json\"", with: "\"\(dir)/sipas-missing.json\"")
        manifest = manifest.replacingOccurrences(
            of: "\"../../Questionnaires/leaders.json\"", with: "\"\(TestPaths.repo("Questionnaires/leaders.json"))\"")
        for (u, b) in zip(units, batches) { manifest = manifest.replacingOccurrences(of: "\"citizens/\(u).csv\"", with: "\"\(b)\"") }
        for f in [
            "leaders/leaders.csv", "weighting/citizens.json", "weighting/leaders.json", "self-assessment.csv", "previous-2020.csv",
            "register.csv",
        ] {
            manifest = manifest.replacingOccurrences(of: "\"\(f)\"", with: "\"\(sample)/\(f)\"")
        }
        try manifest.write(toFile: dir + "/survey.json", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func runKeepsTheFormAndWritesTheCouncilTable() throws {
        let dir = try Self.folder()
        let table = dir + "/invalid.csv"
        let r = CLIRunner.run(["run", dir, "--format", "json", "--invalid-answers", table])
        #expect(r.code == 0, "\(r.stderr)")
        // 299 Tây Sơn forms read, all accepted (the sample has no reject), 1 answer set to missing
        #expect(
            r.stdout.contains("\"answersSetToMissing\": 1") || r.stdout.contains("\"answersSetToMissing\":1"), "\(r.stdout.prefix(400))")
        let csv = try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(csv.count == 2)
        #expect(csv[1].hasPrefix("\(dir)/tay-son.csv,2,6,q1,q1,7,unknown-option,"))
        let md = CLIRunner.run(["report", dir, "--format", "markdown"])
        #expect(md.code == 0, "\(md.stderr)")
        #expect(md.stdout.contains("Câu trả lời không hợp lệ được tính là thiếu"))
        #expect(md.stdout.contains("Theo câu hỏi: q1 1"))
    }
}
