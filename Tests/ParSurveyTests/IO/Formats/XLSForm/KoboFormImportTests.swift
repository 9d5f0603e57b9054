import Foundation
import Testing
@testable import ParSurvey

/// A form shaped as KoBoToolbox users write it (Scripts/fixtures/make_kobo_form.py):
/// screening and demographic selects become respondent variables by the stated rule
/// (`XLSFormRole`), scored selects stay questions of their innermost group.
@Suite struct KoboFormImportTests {
    static let form = TestPaths.fixture("formats/xlsform/kobo-real.xlsx")

    /// What each row of the fixture script's form must become, read off the script: 4 `sat`
    /// questions in groups E1 and E2 inside the wrapper group 'survey'; consent and commune
    /// before the groups, gender and age group (lists without a satisfied choice) and age
    /// (`parsurvey_role` variable) are variables; 'contact' is ignored by its role.
    @Test func realShapedFormImportsWithVariablesListed() throws {
        let r = try XLSFormImporter.convert(XLSFormSheets.load(workbook: Self.form))
        let q = r.questionnaire
        #expect(q.id == "kobo-thu" && q.version == "2026.1" && q.component == .satisfaction && q.scoring == .shareSatisfied)
        #expect(q.title == LocalizedText(vi: "Phiếu khảo sát thử (KoBoToolbox)", en: "Trial survey (KoBoToolbox)"))
        #expect(q.elements.map(\.id) == ["E1", "E2"])
        #expect(q.elements.map(\.title.en) == ["Access to services", "Administrative procedures"])
        #expect(q.elements.map { $0.questions.map(\.id) } == [["q1", "q2"], ["q3", "q4"]])
        #expect(q.questions[3].text == LocalizedText(vi: "Phí đúng quy định", en: "The fees are as regulated"))
        #expect(q.scales.map(\.id) == ["sat"])
        let o = q.scales[0].options
        #expect(o.map(\.code) == ["1", "2", "3", "4", "5", "9"])
        #expect(
            o.map(\.satisfied) == [false, false, false, true, true, false] && o.map(\.missing) == [false, false, false, false, false, true])
        #expect(r.variables.map(\.name) == ["consent", "commune", "gender", "age_group", "age"])
        #expect(
            r.variables.map(\.description) == [
                "row 7: select_one yn 'consent' → variable (outside any group)",
                "row 8: select_one commune 'commune' → variable (outside any group)",
                "row 19: select_one gender 'gender' → variable (list 'gender' has no credit or satisfied choice)",
                "row 20: select_one age_group 'age_group' → variable (list 'age_group' has no credit or satisfied choice)",
                "row 21: integer 'age' → variable (parsurvey_role variable)",
            ])
        #expect(
            r.skipped == [
                "row 2: start 'start'", "row 3: end 'end'", "row 4: deviceid 'deviceid'", "row 5: today 'today'",
                "row 6: note 'intro'", "row 9: group 'survey' (no scored questions of its own)",
                "row 18: group 'respondent' (no scored questions of its own)", "row 22: select_one yn 'contact'",
                "row 25: calculate 'q1_satisfied'",
            ])
    }

    @Test func commandPrintsWhatBecameWhat() {
        let r = CLIRunner.run(["import-xlsform", Self.form])
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stderr.contains("4 scored questions in 2 elements (E1, E2), 1 scales"))
        #expect(
            r.stderr.contains(
                "5 respondent variables (kept from the data, not scored):\n  row 7: select_one yn 'consent' → variable (outside any group)\n"
            ))
        #expect(r.stderr.contains("  row 22: select_one yn 'contact'\n"))
    }

    /// A role column decides over the rule; a bad role names its cell.
    @Test func roleColumnDecides() throws {
        var sheets = try XLSFormSheets.load(workbook: Self.form)
        let role = try #require(sheets.survey.column("parsurvey_role"))
        let gender = try #require(sheets.survey.rows.firstIndex { $0.cells[1] == "gender" })
        sheets.survey.rows[gender].cells[role] = "ignore"
        let r = try XLSFormImporter.convert(sheets)
        #expect(r.variables.map(\.name) == ["consent", "commune", "age_group", "age"])
        #expect(r.skipped.contains("row 19: select_one gender 'gender'"))
        sheets.survey.rows[gender].cells[role] = "maybe"
        #expect(
            throws: XLSFormError.invalid(
                file: Self.form, sheet: "survey", row: 19, column: "parsurvey_role",
                message: "'maybe' is not a role (use score, variable or ignore, or leave empty)")
        ) {
            _ = try XLSFormImporter.convert(sheets)
        }
        // marked score but outside any group and without an element: reported as before
        let consent = try #require(sheets.survey.rows.firstIndex { $0.cells[1] == "consent" })
        sheets.survey.rows[gender].cells[role] = ""
        sheets.survey.rows[consent].cells[role] = "score"
        do throws(XLSFormError) {
            _ = try XLSFormImporter.convert(sheets)
            Issue.record("converted")
        } catch {
            guard case let .incomplete(_, missing) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(missing.contains("survey row 7: question 'consent' is outside any group and has no 'element' column value"))
        }
    }

    @Test(.enabled(if: ExternalTool.find("xls2xform") != nil))
    func pyxformAcceptsTheFixture() throws {
        let out = TestPaths.temporaryFolder() + "/form.xml"
        let r = try ExternalTool.run(try #require(ExternalTool.find("xls2xform")), [Self.form, out])
        #expect(r.code == 0, "\(r.stdout)\(r.stderr)")
        let xml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(xml.contains("lang=\"Tiếng Việt (vi)\"") && xml.contains("lang=\"English (en)\""))
        #expect(xml.contains("constraint=\". &gt;= 18 and . &lt;= 100\""))
    }
}
