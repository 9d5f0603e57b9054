import ParSurveyModel
import ParSurveyScoring

extension ScoringNote {
    /// The note in Vietnamese and English; the English is `description`.
    public var localizedMessage: LocalizedText {
        LocalizedText(vi: vietnamese, en: description)
    }

    /// The note in `language`.
    public func text(_ language: Language) -> String { language == .vi ? vietnamese : description }

    private var vietnamese: String {
        switch self {
        case let .unanswered(group, questions):
            return "\(group): không có câu trả lời hợp lệ cho \(questions.joined(separator: ", ")); các câu này không tính vào chỉ số"
        case let .lonelyStrata(strata):
            return "tầng chỉ có một người trả lời nên không góp phần vào sai số chuẩn: " + strata.joined(separator: ", ")
        case let .groupsWithoutAnswers(groups):
            return "không có câu trả lời hợp lệ, không đưa vào kiểm định: " + groups.joined(separator: ", ")
        case let .fewAnswers(minimum, groups, counts):
            return "ít hơn \(minimum) câu trả lời hợp lệ: " + zip(groups, counts).map { "\($0) (\($1))" }.joined(separator: ", ")
        case let .emptyCells(empty, cells):
            return "\(empty) trong \(cells) ô của bảng không có câu trả lời"
        case .sparseTable:
            return "bảng thưa: hiệu ứng thiết kế tính theo tỷ lệ kỳ vọng khi các nhóm như nhau "
                + "(tỷ lệ quan sát cho ma trận suy biến, hàm svychisq của R dừng ở đây)"
        case let .noTest(groups, categories):
            return "không kiểm định được: chỉ có \(groups) nhóm và \(categories) mức trả lời có câu trả lời"
        case .noVariance:
            return "không kiểm định được: các câu trả lời không có biến thiên do chọn mẫu"
        }
    }
}
