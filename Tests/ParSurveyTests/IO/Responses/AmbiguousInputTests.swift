import Foundation
import Testing
@testable import ParSurvey

/// Issue 17, item 10: inputs that were silently half-used are now errors or warnings.
/// Through the built binary.
@Suite struct AmbiguousInputTests {
    typealias C = MalformedCorpus

    @Test func aSecondSatisfactionComponentIsAnErrorNamingBoth() throws {
        let folder = try SampleCopy.make()
        let manifestPath = folder + "/survey.json"
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: manifestPath))) as! [String: Any]
        var components = json["components"] as! [[String: Any]]
        var second = components[0]
        second["questionnaire"] = "../../Questionnaires/./sipas-citizen.json"
        components.append(second)
        json["components"] = components
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: manifestPath))
        let r = try CLIRunner.runBinary(["run", folder])
        #expect(r.code == 65)
        #expect(
            r.stderr.contains("two satisfaction components: ") && r.stderr.contains("/Questionnaires/sipas-citizen.json and ")
                && r.stderr.contains("/Questionnaires/./sipas-citizen.json (questionnaire 'sipas-citizen')"), "\(r.stderr)")
    }

    @Test func aKoboHeaderWithTwoColumnsEndingInOneQuestionIsAnError() throws {
        let batch = TestPaths.write("_uuid,district,E/q1,X/q1,q2,q3\nu1,Tây Sơn,4,1,5,4\n", name: "kobo.csv")
        let r = try CLIRunner.runBinary(["--lang", "en", "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", batch])
        #expect(r.code == 65)
        #expect(r.stderr.contains("columns 'E/q1' (column 3) and 'X/q1' (column 4) both end in 'q1'"), "\(r.stderr)")
        let vi = try CLIRunner.runBinary(["validate", "--questionnaire", C.path("mini.json"), "--unit", "district", batch])
        #expect(vi.stderr.contains("hai cột “E/q1” (cột 3) và “X/q1” (cột 4) cùng kết thúc bằng “q1”"), "\(vi.stderr)")
    }

    @Test(arguments: ["\u{200B}", "\u{FEFF}", "\u{2060}", "\u{200D}"])
    func idsDifferingOnlyByAnInvisibleCharacterAtAnEndAreOneRespondent(_ mark: String) throws {
        let batch = TestPaths.write(
            "id,district,q1,q2,q3\nA1,Tây Sơn,4,5,4\n\(mark)A1\(mark),Tây Sơn,1,1,1\nA2,Tây Sơn,4,4,4\n", name: "ids.csv")
        let r = try CLIRunner.runBinary([
            "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", "--format", "json", batch,
        ])
        #expect(r.code == 0)
        // 3 read = 2 accepted + 1 rejected (the second A1 is a duplicate)
        #expect(
            r.stdout.contains("\"read\": 3") && r.stdout.contains("\"accepted\": 2") && r.stdout.contains("\"rejected\": 1"), "\(r.stdout)")
        #expect(TextKey.clean("\(mark)A1\(mark)") == "A1")
    }

    @Test func cp1252OnWindows1258BytesWarns() throws {
        // "Nguyễn" in Windows-1258: N g u y 0xEA (ê) 0xDE (combining tilde) n
        // "Tây Sơn" in 1258: T â y S ơ n
        var bytes = Array("id,district,name,q1,q2,q3\n".utf8) + Array("A1,".utf8) + [0x54, 0xE2, 0x79, 0x20, 0x53, 0xD5, 0x6E]
        bytes += Array(",Nguy".utf8) + [0xEA, 0xDE] + Array("n,4,5,4\n".utf8)
        let p = TestPaths.temporaryFolder() + "/w1258.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        let r = try CLIRunner.runBinary([
            "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", "--encoding", "cp1252", p, "--lang", "en",
        ])
        #expect(
            r.stderr.contains("par-survey: warning: \(p): read as --encoding cp1252, but its bytes look like Windows-1258"), "\(r.stderr)")
        let right = try CLIRunner.runBinary([
            "validate", "--questionnaire", C.path("mini.json"), "--unit", "district", "--encoding", "cp1258", p, "--lang", "en",
        ])
        #expect(right.code == 0 && !right.stderr.contains("warning"))
    }

    @Test func aZipWithTwoEntriesOfOneNameIsAnError() throws {
        var z = ZipWriter()
        z.add("[Content_Types].xml", Array("<Types/>".utf8))
        z.add("xl/workbook.xml", Array("<workbook/>".utf8))
        z.add("xl/workbook.xml", Array("<workbook other='1'/>".utf8))
        let p = TestPaths.temporaryFolder() + "/twice.xlsx"
        try Data(z.finish()).write(to: URL(fileURLWithPath: p))
        let r = try CLIRunner.runBinary(["validate", "--questionnaire", C.path("mini.json"), "--unit", "district", p])
        #expect(r.code == 65)
        #expect(r.stderr.contains(p) && r.stderr.contains("two entries are named 'xl/workbook.xml' (entries 2 and 3)"), "\(r.stderr)")
    }
}
