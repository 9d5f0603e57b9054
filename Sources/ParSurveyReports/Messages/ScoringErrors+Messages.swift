import Foundation
import ParSurveyModel
import ParSurveyScoring

extension ScoringError: LocalizedErrorMessage {
    /// The message of a component that could not be scored.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unknownColumn(c, available):
            let list = ErrorMessages.columnList(available)
            return LocalizedText(
                vi: "không có cột “\(c)” để chia nhóm (các cột hiện có: \(list.vi))",
                en: "no column '\(c)' to group by (available: \(list.en))")
        }
    }
}

extension ComparisonError: LocalizedErrorMessage {
    /// The message of a comparison that could not be made.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unknownColumn(c, available):
            let list = ErrorMessages.columnList(available)
            return LocalizedText(
                vi: "không có cột “\(c)” để so sánh giữa các nhóm (các cột hiện có: \(list.vi))",
                en: "no column '\(c)' to group by (available: \(list.en))")
        }
    }
}

extension ErrorMessages {
    /// The columns a grouping could have used: `a, b, c`, or "không có" / "none".
    static func columnList(_ available: [String]) -> (vi: String, en: String) {
        let list = available.joined(separator: ", ")
        return (available.isEmpty ? "không có" : list, available.isEmpty ? "none" : list)
    }
}

extension FiniteResults.Failure: LocalizedErrorMessage {
    /// The message of a result that cannot be published.
    public var localizedMessage: LocalizedText {
        LocalizedText(
            vi: "thành phần “\(component)”, đơn vị “\(unit)”: \(quantity) có giá trị \(value), không phải một số có thể công bố "
                + "(kiểm tra trọng số, tổng thể dân số hoặc trọng số câu hỏi có bất thường không)",
            en: "component '\(component)', unit '\(unit)': \(quantity) is \(value) — not a number that can be published "
                + "(are some weights, population totals or question weights extreme?)")
    }
}

extension MergeError: LocalizedErrorMessage {
    /// The message of components that could not be merged into the index.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .missing(unit, component):
            return LocalizedText(
                vi: "đơn vị “\(unit)” thiếu \(component); mỗi đơn vị cần đủ cả ba thành phần",
                en: "unit '\(unit)' has no \(component); every unit needs all three components")
        case let .unexpectedUnit(unit, source):
            return LocalizedText(
                vi: "đơn vị “\(unit)” trong \(source) không có trong danh sách đơn vị",
                en: "unit '\(unit)' in the \(source) is not in the list of units")
        case let .badComponent(_, message):
            return LocalizedText(vi: "không dùng được tệp kết quả thành phần: \(Self.vietnamese(message))", en: message)
        case let .noRankingGroup(unit, type):
            if let type {
                return LocalizedText(
                    vi: "đơn vị “\(unit)” thuộc loại “\(type)”, không nằm trong nhóm xếp hạng nào của phương pháp tính Chỉ số",
                    en: "unit '\(unit)' has type '\(type)', which is in none of the scheme's ranking groups")
            }
            return LocalizedText(
                vi: "đơn vị “\(unit)” chưa có loại đơn vị (phương pháp tính Chỉ số xếp hạng theo loại đơn vị: "
                    + "đề nghị khai báo danh mục đơn vị trong tệp mô tả cuộc khảo sát)",
                en: "unit '\(unit)' has no unit type (the scheme ranks by unit type: name a register in the manifest)")
        case let .notInScheme(scheme, component):
            return LocalizedText(
                vi: "dữ liệu có thành phần \(component) nhưng phương pháp tính Chỉ số “\(scheme)” không có thành phần này",
                en: "the data has a \(component) component but scheme '\(scheme)' does not")
        }
    }
}

extension SelfAssessmentError: LocalizedErrorMessage {
    /// The message of a self-assessment table that was refused.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unreadable(_, reason):
            return LocalizedText(
                vi: "không đọc được tệp kết quả tự đánh giá: \(SystemReason.vietnamese(reason))",
                en: "cannot read self-assessment: \(reason)")
        case let .invalid(_, _, _, value, message):
            let v = ErrorMessages.value(value)
            return LocalizedText(vi: "kết quả tự đánh giá không hợp lệ: \(message)\(v.vi)", en: "\(message)\(v.en)")
        case let .invalidCell(_, place, value, message):
            let v = ErrorMessages.value(value)
            return LocalizedText(vi: "kết quả tự đánh giá, \(place): \(message)\(v.vi)", en: "\(place): \(message)\(v.en)")
        }
    }
}

extension MergeError {
    /// The reading problems of a component file in Vietnamese (`cannot read: …`, `line 3,
    /// column 5: not valid JSON: …`); the other rules of the file stay as they are for now.
    static func vietnamese(_ message: String) -> String {
        if message.hasPrefix("cannot read: ") {
            return "không đọc được tệp: " + SystemReason.vietnamese(String(message.dropFirst("cannot read: ".count)))
        }
        if message.hasPrefix("line "), let r = message.range(of: ": not valid JSON: ") {
            let place = message[message.index(message.startIndex, offsetBy: 5)..<r.lowerBound]
                .replacingOccurrences(of: ", column ", with: ", cột ")
            return "dòng \(place): không đúng cú pháp JSON: " + JSONSyntaxProblem.vietnamese(english: String(message[r.upperBound...]))
        }
        return message
    }
}
