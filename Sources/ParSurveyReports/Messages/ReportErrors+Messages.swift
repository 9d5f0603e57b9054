import ParSurveyModel

extension ReportError: LocalizedErrorMessage {
    /// The message of a report that could not be made.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unknownUnit(unit, units):
            return LocalizedText(
                vi: "“\(unit)” không phải là đơn vị của lần tính này; các đơn vị: \(units.joined(separator: ", "))",
                en: "'\(unit)' is not a unit of this run; units: \(units.joined(separator: ", "))")
        }
    }
}

extension SpreadsheetCSVError: LocalizedErrorMessage {
    /// The message of a report's CSV text the spreadsheet writer could not read (an internal error).
    public var localizedMessage: LocalizedText {
        LocalizedText(
            vi: "lỗi nội bộ của chương trình: văn bản CSV của báo cáo có dấu ngoặc kép không đóng tại dòng \(line), ô \(field); "
                + "chưa ghi tệp bảng tính nào (đề nghị báo lỗi này cho nhóm phát triển)",
            en: "internal error: the report's CSV text has an unterminated quote at line \(line), field \(field); "
                + "no spreadsheet was written (please report this)")
    }
}

extension AnnexError: LocalizedErrorMessage {
    /// The message of an annex the scheme's `annex` block cannot be built as.
    public var localizedMessage: LocalizedText {
        LocalizedText(
            vi: "mục “annex.\(path)” của bộ tiêu chí: “\(element)” không phải là yếu tố của phiếu “\(questionnaire)” "
                + "(các yếu tố: \(elements.joined(separator: ", ")))",
            en: description)
    }
}
