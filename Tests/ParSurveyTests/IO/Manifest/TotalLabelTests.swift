import Foundation
import ParSurveyCommands
import Testing
@testable import ParSurvey

/// The all-units total's name is data (the manifest's `totalLabel`): "Toàn huyện" for Tây
/// Sơn's communes, "Toàn tỉnh" / "Whole province" by default.
@Suite struct TotalLabelTests {
    static let taySon = TestPaths.repo("Samples/tay-son-communes-2021")

    static func manifest(_ totalLabel: String) -> String {
        let dir = TestPaths.temporaryFolder()
        let text =
            #"{"title": "Thử", "year": 2021, "totalLabel": "# + totalLabel
            + #", "components": [{"questionnaire": "q.json", "batches": ["b.csv"]}]}"#
        _ = FileManager.default.createFile(atPath: dir + "/survey.json", contents: Data(text.utf8))
        return dir + "/survey.json"
    }

    @Test func manifestCarriesTheLabel() throws {
        let m = try SurveyManifest.load(path: Self.taySon)
        #expect(m.totalLabel == LocalizedText(vi: "Toàn huyện", en: "Whole district"))
        #expect(try SurveyManifest.load(path: TestPaths.sample).totalLabel == nil)
    }

    @Test func badLabelIsATypedErrorWithItsKeyPath() {
        let number = Self.manifest("3")
        #expect(throws: ManifestError.invalid(file: number, path: "totalLabel", message: .wrongType(expected: .object, found: .number))) {
            _ = try SurveyManifest.load(path: number)
        }
        let fr = Self.manifest(#"{"vi": "Toàn huyện", "fr": "Tout le district"}"#)
        #expect(throws: ManifestError.invalid(file: fr, path: "totalLabel.fr", message: .unknown)) { _ = try SurveyManifest.load(path: fr) }
        let empty = Self.manifest("{}")
        #expect(throws: ManifestError.invalid(file: empty, path: "totalLabel", message: .needsText)) {
            _ = try SurveyManifest.load(path: empty)
        }
    }

    /// The last row of `score`'s table names the total (hand-written expected first cells).
    func scoreTotalRow(_ folder: String, _ lang: String) -> String? {
        let r = CLIRunner.run(["score", folder, "--component", "satisfaction", "--format", "table", "--lang", lang])
        #expect(r.code == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").map(String.init).first { $0.hasPrefix("Toàn ") || $0.hasPrefix("Whole ") }
    }

    @Test func scoreNamesTheTotalInBothLanguages() {
        #expect(scoreTotalRow(Self.taySon, "vi")?.hasPrefix("Toàn huyện ") == true)
        #expect(scoreTotalRow(Self.taySon, "en")?.hasPrefix("Whole district ") == true)
        // Default, unchanged: Bình Định's districts.
        #expect(scoreTotalRow(TestPaths.sample, "vi")?.hasPrefix("Toàn tỉnh ") == true)
        #expect(scoreTotalRow(TestPaths.sample, "en")?.hasPrefix("Whole province ") == true)
    }

    @Test func reportNamesTheTotalInTheGroupTableAndFindings() {
        let vi = CLIRunner.run(["report", Self.taySon, "--format", "markdown", "--date", "2021-12-31"])
        #expect(vi.code == 0, "\(vi.stderr)")
        // Tây Sơn's leaders.csv: 157 forms in all (100 district, 57 party; counted with Python's csv module).
        #expect(vi.stdout.contains("| Toàn huyện | 157 |"))
        #expect(!vi.stdout.contains("Toàn tỉnh") && !vi.stdout.contains("toàn tỉnh"))
        #expect(vi.stdout.contains("Tiêu chí hài lòng thấp nhất toàn huyện: "))
        let en = CLIRunner.run(["report", Self.taySon, "--format", "markdown", "--lang", "en", "--date", "2021-12-31"])
        #expect(en.stdout.contains("| Whole district | 157 |") && !en.stdout.contains("Whole province"))
    }

    @Test func sentenceFormLowersOnlyTheFirstLetter() {
        var s = ReportStyle(language: .vi)
        s.totalLabel = LocalizedText(vi: "Toàn tỉnh Gia Lai", en: "All of Gia Lai")
        #expect(s.totalNameInSentence == "toàn tỉnh Gia Lai")
        #expect(s.unitName(LocalizedText.allUnitsKey) == "Toàn tỉnh Gia Lai" && s.unitName("Tây Sơn") == "Tây Sơn")
    }
}
