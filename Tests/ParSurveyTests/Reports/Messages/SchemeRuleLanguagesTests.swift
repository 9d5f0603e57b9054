import Foundation
import Testing

@testable import ParSurvey

/// The scheme and annex template rules in both languages (issue 14): a malformed shipped
/// scheme gives a Vietnamese message written here by hand and the English message as it has
/// always read (`SchemeErrorTests` pins more English).
@Suite struct SchemeRuleLanguagesTests {
    /// The message of the scheme error of the shipped scheme with `old` replaced by `new`.
    static func schemeMessage(_ old: String, _ new: String) throws -> LocalizedText {
        let base = IndexScheme.binhDinh2021DistrictJSON
        #expect(base.contains(old), "\(old)")
        do {
            _ = try IndexScheme.parse(Array(base.replacingOccurrences(of: old, with: new).utf8), file: "scheme.json")
        } catch {
            return ErrorMessages.message(for: error)
        }
        Issue.record("no error for \(new)")
        return LocalizedText(vi: "", en: "")
    }

    @Test func schemeRulesInBothLanguages() throws {
        let cases: [(String, String, String, String)] = [
            (
                // 60 + 30 + 12 = 102, not 100
                "\"maxPoints\": 10,\n      \"source\": \"leadership\"", "\"maxPoints\": 12,\n      \"source\": \"leadership\"",
                "mục “components” của phương pháp tính Chỉ số: tổng điểm tối đa của các thành phần bằng 102,00 (60,00 + 30,00 + 12,00), không bằng totalPoints 100,00",
                "scheme key 'components': component maxima sum to 102.00 (60.00 + 30.00 + 12.00), not totalPoints 100.00"
            ),
            (
                "\"source\": \"leadership\"", "\"source\": \"leaders\"",
                "mục “components[2].source” của phương pháp tính Chỉ số: “leaders” không phải là nguồn điểm hợp lệ (chọn một trong: selfAssessment, satisfaction, leadership)",
                "scheme key 'components[2].source': 'leaders' is not a source (selfAssessment, satisfaction, leadership)"
            ),
            (
                "\"mode\": \"halfUp\"", "\"mode\": \"halfEven\"",
                "mục “rounding.mode” của phương pháp tính Chỉ số: chỉ hỗ trợ cách làm tròn “halfUp” (làm tròn nửa lên, trên số thập phân như đã viết), không phải “halfEven”",
                "scheme key 'rounding.mode': only 'halfUp' rounding (on the decimal text) is supported, not 'halfEven'"
            ),
            (
                "\"maxPoints\": 1.5", "\"maxPoints\": 1.505",
                "mục “criteria[2].criteria[1].maxPoints” của phương pháp tính Chỉ số: “1.505” không phải là số dương có tối đa hai chữ số thập phân",
                "scheme key 'criteria[2].criteria[1].maxPoints': '1.505' is not a positive number with at most two decimals"
            ),
        ]
        for (old, new, vi, en) in cases {
            let m = try Self.schemeMessage(old, new)
            #expect(m.vi == vi)
            #expect(m.en == en)
        }
    }

    @Test func annexTemplateRulesInBothLanguages() throws {
        let cases: [(String, String, String, String)] = [
            (
                "\"UBND huyện {name}\"", "\"UBND huyện {ten}\"",
                "mục “annex.unitNames.district” của phương pháp tính Chỉ số: “UBND huyện {ten}” không chứa chỗ điền “{name}”",
                "scheme key 'annex.unitNames.district': 'UBND huyện {ten}' does not hold {name}"
            ),
            (
                "\"averageRow\":", "\"tables\": [{\"kind\": \"chart\"}], \"averageRow\":",
                "mục “annex.tables[0].kind” của phương pháp tính Chỉ số: “chart” không phải là loại bảng hợp lệ (chọn một trong: index, selfAssessment, survey)",
                "scheme key 'annex.tables[0].kind': 'chart' is not a table kind (index, selfAssessment, survey)"
            ),
            (
                "\"averageRow\":", "\"tables\": [{\"kind\": \"selfAssessment\", \"criteria\": [\"1.1\", \"1.1\"]}], \"averageRow\":",
                "mục “annex.tables[0].criteria[1]” của phương pháp tính Chỉ số: “1.1” có tên hai lần trong danh sách",
                "scheme key 'annex.tables[0].criteria[1]': '1.1' is listed twice"
            ),
        ]
        for (old, new, vi, en) in cases {
            let m = try Self.schemeMessage(old, new)
            #expect(m.vi == vi)
            #expect(m.en == en)
        }
    }
}
