import Foundation
import Testing

@testable import ParSurvey

/// The weighting plan's own rules in both languages (issue 14): the Vietnamese written here
/// by hand, the English as it has always read.
@Suite struct WeightingPlanRuleLanguagesTests {
    /// The message of the plan error of `text`.
    static func planMessage(_ text: String) throws -> LocalizedText {
        let json = try JSONParser.parse(Array(text.utf8))
        do {
            _ = try WeightingPlan.parse(json, path: "plan.json", folder: ".")
        } catch {
            return ErrorMessages.message(for: error)
        }
        Issue.record("no error for \(text)")
        return LocalizedText(vi: "", en: "")
    }

    @Test func planRulesInBothLanguages() throws {
        let cases: [(String, String, String)] = [
            (
                #"{"steps": [{"step": "reweight"}]}"#,
                "mục “steps[0].step” của phương án gia quyền: không có bước “reweight” (các bước: postStratify, rake, trim, groupShares, normalize)",
                "weighting plan key 'steps[0].step': unknown step 'reweight' (steps: postStratify, rake, trim, groupShares, normalize)"
            ),
            (
                #"{"steps": [{"step": "trim", "bounds": "absolute", "upper": 5, "redistribution": "even"}]}"#,
                "mục “steps[0].redistribution” của phương án gia quyền: cần \"additive\" (như trimWeights của R) hoặc \"proportional\", không phải “even”",
                "weighting plan key 'steps[0].redistribution': expected \"additive\" (R's trimWeights) or \"proportional\", not 'even'"
            ),
            (
                #"{"steps": [{"step": "trim", "bounds": "absolute", "upper": 5, "redistribution": "additive", "rerake": true}]}"#,
                "mục “steps[0].rerake” của phương án gia quyền: không có bước cân chỉnh (“rake”) nào trước đó để làm lại",
                "weighting plan key 'steps[0].rerake': no earlier rake step to repeat"
            ),
            (
                #"{"steps": [{"step": "normalize", "to": 0}]}"#,
                "mục “steps[0].to” của phương án gia quyền: cần \"sampleSize\", \"population\" hoặc một số dương",
                "weighting plan key 'steps[0].to': expected \"sampleSize\", \"population\" or a positive number"
            ),
        ]
        for (text, vi, en) in cases {
            let m = try Self.planMessage(text)
            #expect(m.vi == vi)
            #expect(m.en == en)
        }
    }
}
