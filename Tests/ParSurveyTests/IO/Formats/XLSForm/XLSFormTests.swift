import Foundation
import Testing
@testable import ParSurvey

/// XLSForm import and export: round trips on the shipped questionnaires, a KoBoToolbox-style
/// form written by openpyxl, and the report of what a form lacks.
@Suite struct XLSFormTests {
    static func shipped(_ name: String) throws -> JSONValue {
        let json = try JSONParser.parse([UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.repo("Questionnaires/" + name)))))
        // XLSForm has no place yet for the respondent groups' names (`respondentGroups`): the
        // round trip gives everything else.
        guard case let .object(pairs) = json else { return json }
        return .object(pairs.filter { $0.key != "respondentGroups" })
    }

    /// questionnaire → XLSForm workbook bytes → read back → questionnaire JSON equal, key by
    /// key and value by value, to the shipped file.
    @Test(arguments: ["sipas-citizen.json", "leaders.json"])
    func workbookRoundTripGivesTheShippedQuestionnaire(_ name: String) throws {
        let q = try Questionnaire.load(path: TestPaths.repo("Questionnaires/" + name))
        let dir = TestPaths.temporaryFolder()
        let form = dir + "/form.xlsx"
        let w = CLIRunner.run(["export-xlsform", TestPaths.repo("Questionnaires/" + name), "--output", form])
        #expect(w.code == 0, "\(w.stderr)")
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: form))) == XLSFormExporter.workbook(q))
        let back = try XLSFormImporter.convert(XLSFormSheets.load(workbook: form))
        #expect(back.json == (try Self.shipped(name)))
        #expect(back.skipped.isEmpty)
        let r = CLIRunner.run(["import-xlsform", form])
        #expect(r.code == 0)
        #expect(try JSONParser.parse(Array(r.stdout.utf8)) == Self.shipped(name))
    }

    @Test(arguments: ["sipas-citizen.json", "leaders.json"])
    func csvSheetsRoundTrip(_ name: String) throws {
        let dir = TestPaths.temporaryFolder()
        let w = CLIRunner.run(["export-xlsform", TestPaths.repo("Questionnaires/" + name), "--csv-dir", dir])
        #expect(w.code == 0, "\(w.stderr)")
        let r = CLIRunner.run([
            "import-xlsform", "--survey", dir + "/survey.csv", "--choices", dir + "/choices.csv", "--settings", dir + "/settings.csv",
        ])
        #expect(r.code == 0, "\(r.stderr)")
        #expect(try JSONParser.parse(Array(r.stdout.utf8)) == Self.shipped(name))
    }

    @Test func exportedSheetsFollowXLSForm() throws {
        let q = try Questionnaire.load(path: TestPaths.repo("Questionnaires/leaders.json"))
        let s = XLSFormExporter.sheets(q)
        #expect(s.map(\.name) == ["survey", "choices", "settings"])
        #expect(s[0].rows[0].prefix(4) == [.text("type"), .text("name"), .text("label::Tiếng Việt (vi)"), .text("label::English (en)")])
        #expect(s[0].rows[1][0] == .text("begin_group") && s[0].rows[1][1] == .text("L1"))
        #expect(s[0].rows[2][0] == .text("select_one rating4") && s[0].rows[2][1] == .text("l1") && s[0].rows[2][6] == .number(0.75))
        // 7 elements × (begin + end) + 17 questions + header
        #expect(s[0].rows.count == 1 + 14 + 17)
        #expect(s[1].rows.count == 1 + 5)
        #expect(s[1].rows[5][1] == .text("E") && s[1].rows[5][6] == .text("TRUE") && s[1].rows[5][4] == nil)
    }

    /// A form as a KoBoToolbox user writes it (openpyxl, Scripts/fixtures/make_xlsx.py).
    @Test func koboStyleFormBecomesAQuestionnaire() throws {
        let r = try XLSFormImporter.convert(XLSFormSheets.load(workbook: TestPaths.fixture("formats/xlsform/kobo-form.xlsx")))
        let q = r.questionnaire
        #expect(
            q.id == "thu-nghiem" && q.version == "2024.1" && q.component == .satisfaction && q.maxPoints == 30 && q.scoring == .meanCredit)
        #expect(q.title == LocalizedText(vi: "Phiếu thử", en: ""))
        #expect(q.elements.map(\.id) == ["A", "B"] && q.elements.map(\.weight) == [2, 1])
        #expect(q.questions.map(\.id) == ["c1", "c2", "c3"] && q.questions.map(\.weight) == [1, 3, 1])
        #expect(q.questions[0].text == LocalizedText(vi: "Chỗ ngồi", en: "Seats"))
        #expect(q.scales.map(\.id) == ["sat"])  // 'why' is only used by select_multiple
        let o = q.scales[0].options
        #expect(o.map(\.code) == ["1", "2", "3", "9"] && o.map(\.credit) == [0, 0.5, 1, nil])
        #expect(o.map(\.satisfied) == [false, false, true, false] && o.map(\.missing) == [false, false, false, true])
        #expect(r.skipped == ["row 2: start 'start'", "row 3: note 'intro'", "row 9: select_multiple why 'why'", "row 11: text 'comment'"])
    }

    @Test func whatTheFormLacksIsListedAllAtOnce() throws {
        let file = TestPaths.fixture("formats/xlsform/incomplete-form.xlsx")
        #expect(
            throws: XLSFormError.incomplete(
                file: file,
                missing: [
                    "settings 'component': satisfaction or leadership",
                    "settings 'max_points': the component's maximum points (30 or 10)",
                    "settings 'scoring': shareSatisfied or meanCredit",
                ])
        ) { _ = try XLSFormImporter.convert(XLSFormSheets.load(workbook: file)) }
        // a meanCredit form whose choices lack credits, and a leadership form without points
        var sheets = try XLSFormSheets.load(workbook: file)
        sheets.settings = XLSFormTable(
            name: "settings", header: ["form_id", "version", "form_title", "component", "max_points", "scoring"],
            rows: [(2, ["x", "1", "X", "leadership", "10", "meanCredit"])])
        do throws(XLSFormError) {
            _ = try XLSFormImporter.convert(sheets)
            Issue.record("an incomplete form was converted")
        } catch {
            guard case let .incomplete(_, missing) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(
                missing.contains("survey row 5: question 'c1' has no 'points' (a leadership questionnaire gives each question its points)"))
            #expect(
                missing.contains(
                    "choices row 2: list 'sat' choice '1' has no 'credit' (scoring meanCredit needs one on every choice that is not missing)"
                ))
            // this form has no 'missing' column, so '9' is an ordinary choice and needs a credit too
            #expect(
                missing.contains(
                    "choices row 5: list 'sat' choice '9' has no 'credit' (scoring meanCredit needs one on every choice that is not missing)"
                ))
            #expect(!missing.contains { $0.contains("choice 'a'") })  // list 'why' is not used by a select_one
        }
        let cli = CLIRunner.run(["import-xlsform", file])
        #expect(cli.code == 65 && cli.stdout.isEmpty)
    }
}
