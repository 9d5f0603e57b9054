import ParSurveyIO
import ParSurveyModel

extension BatchError: LocalizedErrorMessage {
    /// The message of a batch (survey forms file) that could not be read.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .unreadable(_, reason):
            return LocalizedText(
                vi: "không đọc được tệp dữ liệu phiếu khảo sát: \(SystemReason.vietnamese(reason))", en: "cannot read batch: \(reason)")
        case .empty:
            return LocalizedText(
                vi: "tệp dữ liệu phiếu khảo sát không có nội dung (không có dòng tiêu đề)",
                en: "the file is empty (no header line)")
        case .utf16:
            return LocalizedText(
                vi: "tệp được lưu ở dạng văn bản UTF-16 (“Unicode text” của Excel) mà không có dấu thứ tự byte; "
                    + "đề nghị lưu lại tệp theo dạng “CSV UTF-8”",
                en:
                    "the file is UTF-16 text (Excel \"Unicode text\") without a byte-order mark; save it as \"CSV UTF-8\" or declare its encoding"
            )
        case let .unterminatedQuote(_, _, _, value):
            return LocalizedText(
                vi: "ô dữ liệu mở dấu ngoặc kép tại đây nhưng không có dấu đóng (ô bắt đầu bằng “\(value)”)",
                en: "a quoted field opens here and is never closed (unterminated quote; the field starts '\(value)')")
        case let .header(_, column, value, message):
            let v = column > 0 ? (" (cột “\(value)”)", " (header '\(value)')") : ("", "")
            return LocalizedText(vi: "dòng tiêu đề không hợp lệ: \(message.vietnamese)\(v.0)", en: "\(message)\(v.1)")
        case let .unsupportedFormat(_, message):
            return LocalizedText(vi: "định dạng tệp không được hỗ trợ: \(message)", en: message)
        case let .workbook(_, message):
            return LocalizedText(vi: "không đọc được tệp bảng tính: \(message)", en: message)
        case let .encoding(_, p):
            let looks =
                p.guess == .cp1258
                ? (vi: "Windows-1258 (tệp “CSV” của Windows tiếng Việt)", en: "Windows-1258 (Vietnamese Windows \"CSV\")")
                : p.sure
                    ? (vi: "Windows-1252 (tệp “CSV” của Windows phương Tây)", en: "Windows-1252 (Western Windows \"CSV\")")
                    : (vi: "Windows-1252 hoặc Windows-1258", en: "Windows-1252 (Western Windows \"CSV\") or Windows-1258")
            let lines = p.lines == 1 ? "1 dòng" : "\(p.lines)\(p.lines >= 5 ? "+" : "") dòng"
            return LocalizedText(
                vi: "tệp không phải văn bản UTF-8: byte 0x\(p.byteHex) tại dòng \(p.line), byte thứ \(p.column) "
                    + "(\(lines) bị ảnh hưởng); tệp có vẻ được lưu theo bảng mã \(looks.vi); "
                    + "đề nghị khai báo bảng mã của tệp, hoặc lưu lại tệp theo dạng “CSV UTF-8”",
                en: "not UTF-8 text: byte 0x\(p.byteHex) at line \(p.line), byte \(p.column) (\(p.linesText) affected); "
                    + "it looks like \(looks.en); declare the encoding, or save the file as \"CSV UTF-8\"")
        case .noApprovalColumn:
            return LocalizedText(
                vi: "chỉ lấy các phiếu đã được duyệt, nhưng tệp không có cột trạng thái duyệt "
                    + "(_validation_status của KoBoToolbox hoặc ReviewState của ODK Central)",
                en: "only approved submissions were asked for, but there is no _validation_status (KoBoToolbox) "
                    + "or ReviewState (ODK Central) column")
        case let .limitExceeded(_, _, _, message):
            return LocalizedText(vi: "tệp vượt quá giới hạn cho phép: \(message)", en: message)
        }
    }
}
