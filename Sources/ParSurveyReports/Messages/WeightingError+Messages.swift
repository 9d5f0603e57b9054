import ParSurveyModel
import ParSurveyWeighting

extension WeightingError: LocalizedErrorMessage {
    /// The message of a weighting plan that could not be read or applied.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unreadable(_, reason):
            return LocalizedText(vi: "không đọc được tệp gia quyền: \(SystemReason.vietnamese(reason))", en: "cannot read: \(reason)")
        case let .notJSON(_, _, _, message):
            return LocalizedText(
                vi: "tệp phương án gia quyền không đúng cú pháp JSON: \(JSONSyntaxProblem.vietnamese(english: message))",
                en: "weighting plan is not valid JSON: \(message)")
        case let .invalidPlan(_, path, message):
            return LocalizedText(
                vi: "mục “\(path)” của phương án gia quyền: \(message.localized.vi)", en: "weighting plan key '\(path)': \(message)")
        case let .invalidTargets(_, _, _, message):
            return LocalizedText(vi: "tệp số liệu tổng thể để gia quyền không hợp lệ: \(message)", en: message)
        case let .unknownVariable(step, name, available):
            let list = available.isEmpty ? ("không có", "none") : (available.joined(separator: ", "), available.joined(separator: ", "))
            return LocalizedText(
                vi: "\(step): dữ liệu phiếu khảo sát không có cột “\(name)” (các cột hiện có: \(list.0))",
                en: "\(step): no column '\(name)' in the batches (available: \(list.1))")
        case let .blankCategory(step, variable, rows, count):
            return LocalizedText(
                vi: "\(step): \(count) người trả lời để trống “\(variable)”; gia quyền cần biết nhóm của mọi người trả lời "
                    + "(trường hợp đầu tiên tại \(rows.joined(separator: ", ")))",
                en: "\(step): \(count) respondent\(count == 1 ? " has" : "s have") a blank '\(variable)'; weighting needs every "
                    + "respondent's category (first at \(rows.joined(separator: ", ")))")
        case let .categoryWithoutTarget(step, category, row, known):
            let list = ErrorMessages.list(known)
            return LocalizedText(
                vi: "\(row): nhóm “\(category)” không có số liệu tổng thể trong bước \(step) (các nhóm có số liệu: \(list))",
                en: "\(row): category '\(category)' has no population target in \(step) (targets: \(list))")
        case let .emptyCategory(step, categories, population):
            let names = (categories.map { "“\($0)”" }.joined(separator: ", "), categories.map { "'\($0)'" }.joined(separator: ", "))
            let n = ErrorMessages.number(population)
            let one = categories.count == 1
            return LocalizedText(
                vi: "\(step): \(names.0) có dân số (\(n.vi)\(one ? "" : " đối với nhóm đầu tiên")) nhưng không có người trả lời; "
                    + "đề nghị gộp \(one ? "nhóm này" : "từng nhóm") vào một nhóm liền kề bằng \"collapse\": [{\"from\": …, \"into\": …}]",
                en: "\(step): \(names.1) \(one ? "has" : "have") a population (\(n.en)\(one ? "" : " for the first")) but no respondents; "
                    + "merge \(one ? "it" : "each") into a neighbouring category with \"collapse\": [{\"from\": …, \"into\": …}]")
        case let .zeroTarget(step, category, row):
            return LocalizedText(
                vi: "\(row): nhóm “\(category)” có người trả lời nhưng dân số bằng 0 trong bước \(step)",
                en: "\(row): category '\(category)' has respondents but a population of 0 in \(step)")
        case let .marginsDisagree(step, unit, totals):
            let u = (unit.map { " tại “\($0)”" } ?? "", unit.map { " in '\($0)'" } ?? "")
            return LocalizedText(
                vi: "\(step): tổng dân số theo các biên không khớp nhau\(u.0): \(totals.joined(separator: ", ")); "
                    + "đề nghị sửa số liệu tổng thể hoặc dùng tỷ lệ",
                en:
                    "\(step): the margins' population totals disagree\(u.1): \(totals.joined(separator: ", ")); fix the targets or give shares"
            )
        case let .sharesDoNotSumToOne(step, unit, sum):
            let n = ErrorMessages.number(sum)
            return LocalizedText(
                vi: "\(step): tổng các tỷ lệ\(unit.map { " của “\($0)”" } ?? "") bằng \(n.vi), không bằng 1",
                en: "\(step): shares\(unit.map { " of '\($0)'" } ?? "") add up to \(n.en), not 1")
        case let .notConverged(step, sweeps, error, category, reason):
            let n = ErrorMessages.number(error * 100)
            return LocalizedText(
                vi: "\(step): phép cân chỉnh theo biên (raking) không hội tụ (\(reason)) sau \(sweeps) vòng lặp: "
                    + "sai lệch biên lớn nhất \(n.vi)% tại “\(category)”; đề nghị kiểm tra các biên (ô quá ít người trả lời?), "
                    + "gộp nhóm hoặc tăng maxSweeps",
                en: "\(step): raking did not converge (\(reason)) after \(sweeps) sweep\(sweeps == 1 ? "" : "s"): "
                    + "largest margin error \(n.en)% at '\(category)'; check the margins (sparse cells?), collapse categories or raise maxSweeps"
            )
        case let .invalidWeight(step, row, value):
            return LocalizedText(
                vi: "\(row): bước \(step) cho trọng số \(ErrorMessages.number(value).vi) (trọng số phải là số dương, hữu hạn)",
                en: "\(row): \(step) gives a weight of \(value) (weights must be positive and finite)")
        case let .trimInfeasible(step, unit, message):
            return LocalizedText(
                vi: "\(step): không thể đáp ứng giới hạn cắt trọng số\(unit.map { " tại “\($0)”" } ?? ""): \(message)",
                en: "\(step): trimming bounds cannot be met\(unit.map { " in '\($0)'" } ?? ""): \(message)")
        case let .notApplicable(step, message):
            return LocalizedText(vi: "\(step): không áp dụng được: \(message)", en: "\(step): \(message)")
        }
    }
}
