import ParSurveyIO
import ParSurveyModel

extension RegisterError: LocalizedErrorMessage {
    /// The message of a unit register or crosswalk that was refused.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unreadable(_, reason):
            return LocalizedText(vi: "không đọc được tệp danh mục đơn vị: \(SystemReason.vietnamese(reason))", en: "cannot read: \(reason)")
        case let .invalid(_, _, column, value, message):
            let c = column.isEmpty ? ("", "") : ("cột “\(column)”: ", "column '\(column)': ")
            let v = ErrorMessages.value(value)
            return LocalizedText(
                vi: "danh mục đơn vị không hợp lệ: \(c.0)\(message)\(v.vi)", en: "\(c.1)\(message)\(v.en)")
        }
    }
}
