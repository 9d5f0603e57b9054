import ParSurveyModel

/// The words of every reject kind in Vietnamese and English, for the people who file them: an
/// appraisal council reads the Vietnamese. English is `RejectKind.english` (what `Reject.reason`
/// has always said); Vietnamese says the same facts in the council's terms (phiếu, ô, dòng).
public enum RejectMessages {
    /// Why, in `language` (no location).
    public static func text(_ kind: RejectKind, _ language: Language) -> String {
        language == .en ? kind.english : vietnamese(kind)
    }

    /// A reject's reason in `language`, with the spreadsheet cell when it came from a workbook.
    public static func reason(_ reject: Reject, _ language: Language) -> String {
        guard language == .vi else { return reject.reason }
        let text = vietnamese(reject.kind)
        if reject.cell.isEmpty { return text }
        if case .badCell = reject.kind { return text }
        return text + " (ô \(reject.cell))"
    }

    /// `file:line:column: reason (column 'name', value 'v')` in `language`.
    public static func message(_ reject: Reject, _ language: Language) -> String {
        guard language == .vi else { return reject.message }
        var s = "\(reject.file):\(reject.line)"
        if reject.column > 0 { s += ":\(reject.column)" }
        s += ": " + reason(reject, language)
        if !reject.columnName.isEmpty { s += " (cột '\(reject.columnName)', giá trị '\(reject.value)')" }
        return s
    }

    /// A short name of the kind for a table's column (`Phương án không hợp lệ`).
    public static func title(_ kind: RejectKind) -> LocalizedText {
        switch kind {
        case .fieldCount: return LocalizedText(vi: "Sai số ô trong dòng", en: "Wrong number of fields")
        case .fieldTooLong: return LocalizedText(vi: "Ô quá dài", en: "Field too long")
        case .recordTooLong: return LocalizedText(vi: "Dòng quá dài", en: "Row too long")
        case .headerRepeated: return LocalizedText(vi: "Lặp dòng tiêu đề", en: "Header repeated")
        case .nulInField, .nulInRow: return LocalizedText(vi: "Dữ liệu hỏng", en: "Corrupt data")
        case .quoteInUnquotedField, .textAfterClosingQuote: return LocalizedText(vi: "Sai dấu nháy", en: "Misplaced quote")
        case .invalidUTF8: return LocalizedText(vi: "Sai bảng mã", en: "Not UTF-8")
        case .emptyUnit: return LocalizedText(vi: "Thiếu đơn vị", en: "Unit missing")
        case .unknownUnit: return LocalizedText(vi: "Đơn vị không có trong danh sách", en: "Unknown unit")
        case .unitNotValid: return LocalizedText(vi: "Đơn vị không hợp lệ trong kỳ", en: "Unit not valid")
        case .emptyGroup: return LocalizedText(vi: "Thiếu nhóm người trả lời", en: "Group missing")
        case .emptyID: return LocalizedText(vi: "Thiếu mã phiếu", en: "Id missing")
        case .badWeight: return LocalizedText(vi: "Trọng số không hợp lệ", en: "Bad weight")
        case .unknownOption: return LocalizedText(vi: "Câu trả lời không hợp lệ", en: "Invalid answer")
        case .duplicateID: return LocalizedText(vi: "Trùng mã phiếu", en: "Duplicate id")
        case .notJSON, .notJSONObject, .unknownKey, .repeatedKey, .notScalar:
            return LocalizedText(vi: "Dòng JSON không hợp lệ", en: "Bad JSON line")
        case .badCell: return LocalizedText(vi: "Ô bảng tính không đọc được", en: "Unreadable cell")
        }
    }

    private static func vietnamese(_ kind: RejectKind) -> String {
        switch kind {
        case let .fieldCount(found, expected):
            return "dòng có \(found) ô, trong khi dòng tiêu đề có \(expected) cột"
        case let .fieldTooLong(bytes, limit):
            return "ô dài \(grouped(bytes)) byte, vượt giới hạn \(grouped(limit)) byte"
        case let .recordTooLong(bytes, limit):
            return "dòng dài \(grouped(bytes)) byte, vượt giới hạn \(grouped(limit)) byte"
        case .headerRepeated:
            return "dòng tiêu đề lặp lại thành một dòng dữ liệu (hai tệp xuất bị dán nối vào nhau?)"
        case .nulInField: return "ô chứa byte NUL (dữ liệu nhị phân hoặc tệp bị hỏng)"
        case .nulInRow: return "dòng chứa byte NUL (dữ liệu nhị phân hoặc tệp bị hỏng)"
        case .quoteInUnquotedField:
            return "có dấu nháy kép trong ô không đặt trong nháy (đặt cả ô trong nháy kép và viết dấu nháy bên trong hai lần)"
        case .textAfterClosingQuote:
            return "có ký tự sau dấu nháy đóng (đặt cả ô trong nháy kép và viết dấu nháy bên trong hai lần)"
        case let .invalidUTF8(role):
            let what: String
            switch role {
            case .answer: what = "câu trả lời"
            case .unit: what = "tên đơn vị"
            case .group: what = "nhóm người trả lời"
            case .id: what = "mã phiếu"
            case .variable: what = "nội dung ô"
            }
            return "\(what) không phải văn bản UTF-8 (lưu tệp dạng CSV UTF-8)"
        case .emptyUnit: return "phiếu không ghi đơn vị"
        case .unknownUnit: return "đơn vị không có trong danh sách đơn vị của đợt khảo sát"
        case let .unitNotValid(detail): return detail.vietnamese
        case .emptyGroup: return "phiếu không ghi nhóm người trả lời"
        case .emptyID: return "phiếu không ghi mã phiếu"
        case let .badWeight(detail):
            switch detail {
            case "empty weight": return "trọng số để trống"
            case "weight is not a number": return "trọng số không phải là số"
            case "weight is too large (not finite)": return "trọng số quá lớn"
            case "weight must be positive": return "trọng số phải là số dương"
            default: return "trọng số ngoài khoảng cho phép (\(detail))"
            }
        case let .unknownOption(scale, allowed, vietnamese):
            return
                "câu trả lời không khớp phương án nào của thang '\(scale)'; các phương án hợp lệ: \(vietnamese.isEmpty ? allowed : vietnamese)"
        case let .duplicateID(file, line): return "trùng mã phiếu (mã này đã có ở \(file):\(line))"
        case let .notJSON(detail): return "dòng không phải JSON hợp lệ: \(detail.vietnamese)"
        case let .notJSONObject(found): return "dòng là \(found.vietnamese), không phải một đối tượng JSON"
        case .unknownKey: return "khóa không có trong các khóa của dòng đầu tiên"
        case .repeatedKey: return "khóa xuất hiện hai lần trong dòng"
        case .notScalar: return "giá trị phải là chuỗi hoặc số"
        case let .badCell(detail): return "ô bảng tính không đọc được: \(detail.vietnamese)"
        }
    }

    /// `1048576` → `1.048.576` (Vietnamese thousands separator).
    private static func grouped(_ n: Int) -> String { DecimalText.grouped(n, separator: ".") }
}
