import ParSurveyModel
import ParSurveyReports

extension SamplingError: LocalizedErrorMessage {
    /// The message of a sample size, draw or fieldwork check that could not be made.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unreadable(_, reason):
            return LocalizedText(vi: "không đọc được tệp: \(SystemReason.vietnamese(reason))", en: "cannot read: \(reason)")
        case let .invalid(_, _, message): return LocalizedText(vi: "tệp không hợp lệ: \(message)", en: message)
        case let .option(name, message):
            return LocalizedText(vi: "giá trị của \(name) không hợp lệ: \(message)", en: "\(name): \(message)")
        }
    }
}

extension AuditError: LocalizedErrorMessage {
    /// The message of an audit that could not run.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .missingColumn(column, role, available):
            let list = available.isEmpty ? ("không có", "none") : (available.joined(separator: ", "), available.joined(separator: ", "))
            return LocalizedText(
                vi: "dữ liệu phiếu khảo sát không có cột “\(column)” (vai trò: \(role); các cột khác: \(list.0))",
                en: "no \(role) column '\(column)' in the batches (other columns: \(list.1))")
        case let .frame(_, _, message):
            return LocalizedText(vi: "không dùng được tệp danh sách mẫu (khung mẫu): \(message)", en: message)
        }
    }
}
