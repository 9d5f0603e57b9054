import ParSurveyIO
import ParSurveyModel

extension HeaderProblem {
    /// The problem in Vietnamese (the English is `english`). Column and question names stay
    /// as the file writes them.
    public var vietnamese: String {
        switch self {
        case let .emptyName(column): return "cột \(column) không có tên"
        case let .repeats(previous): return "tên cột trùng với tên cột \(previous)"
        case let .noColumn(role, name, columns):
            return "không có cột \(role.vietnamese) “\(name)” trong dòng tiêu đề (các cột: \(columns))"
        case .mappedAndQuestion: return "cột này vừa là một cột đã khai báo (mã phiếu, đơn vị, nhóm, trọng số) vừa là một câu hỏi"
        case let .missingQuestions(ids, q): return "thiếu cột của câu hỏi \(ids.joined(separator: ", ")) trong bảng hỏi “\(q)”"
        case let .ambiguousQuestion(a, ca, b, cb, q):
            return "hai cột “\(a)” (cột \(ca)) và “\(b)” (cột \(cb)) cùng kết thúc bằng “\(q)”: không rõ cột nào là câu hỏi; "
                + "đề nghị đổi tên hoặc bỏ bớt một cột"
        case let .noSuchQuestion(name, q): return "cột có tên giống câu hỏi nhưng bảng hỏi “\(q)” không có câu hỏi “\(name)”"
        case .notUTF8: return "tên cột không phải văn bản UTF-8 (lưu tệp dạng CSV UTF-8)"
        case .strayQuoteOrNUL: return "dòng tiêu đề có dấu ngoặc kép lạc chỗ hoặc byte NUL"
        case let .badCell(row, problem): return "dòng tiêu đề \(row): \(problem.vietnamese)"
        case let .firstLineNotJSON(line, problem, column):
            return "dòng \(line) không phải một đối tượng JSON: \(problem.vietnamese) tại cột \(column)"
        case let .firstLineNotObject(line, found): return "dòng \(line) là \(found.vietnamese), không phải một đối tượng JSON"
        }
    }
}

extension HeaderProblem.Role {
    /// `mã phiếu`, `đơn vị`, ….
    var vietnamese: String {
        switch self {
        case .respondentID: return "mã phiếu"
        case .unit: return "đơn vị"
        case .respondentGroup: return "nhóm người trả lời"
        case .weight: return "trọng số"
        }
    }
}
