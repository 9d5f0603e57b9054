import Foundation
import ParSurveyModel

/// An error that can say what went wrong in Vietnamese and English, from its values.
///
/// The place (`file:line:column`) is not part of the message: the command line prints it
/// on a line of its own under the message, with the offending input line.
public protocol LocalizedErrorMessage {
    /// What went wrong, in both languages, for a provincial officer to read.
    var localizedMessage: LocalizedText { get }
}

/// The message catalogue: every library error's message in Vietnamese and English.
public enum ErrorMessages {
    /// The message of `error` in both languages; an error the catalogue does not know
    /// keeps its English description (in both languages, behind a Vietnamese lead-in).
    public static func message(for error: any ParSurveyError) -> LocalizedText {
        if let e = error as? any LocalizedErrorMessage { return e.localizedMessage }
        return LocalizedText(vi: "lỗi (\(error.kind)): \(error.description)", en: error.description)
    }

    /// `x` with a decimal comma (vi) and a decimal point (en), at most 6 significant digits.
    static func number(_ x: Double) -> (vi: String, en: String) {
        let en = x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(format: "%.6g", x)
        return (en.replacingOccurrences(of: ".", with: ","), en)
    }

    /// `a, b, c` (all of them, or the first `limit` and "…").
    static func list(_ items: [String], limit: Int = 12) -> String {
        items.count > limit ? items.prefix(limit).joined(separator: ", ") + ", …" : items.joined(separator: ", ")
    }

    /// ` (value 'x')` / ` (giá trị “x”)`, or nothing for an empty value.
    static func value(_ v: String) -> (vi: String, en: String) {
        v.isEmpty ? ("", "") : (" (giá trị “\(v)”)", " (value '\(v)')")
    }
}

extension KeyProblem {
    /// The problem in both languages.
    public var localized: LocalizedText {
        switch self {
        case .missing: return LocalizedText(vi: "thiếu mục bắt buộc", en: description)
        case .duplicated: return LocalizedText(vi: "mục này xuất hiện hai lần", en: description)
        case .unknown: return LocalizedText(vi: "mục không được hỗ trợ (đề nghị kiểm tra lại chính tả)", en: description)
        case let .wrongType(expected, found):
            return LocalizedText(vi: "cần \(expected.vietnamese), nhưng giá trị là \(found.vietnamese)", en: description)
        case .needsText: return LocalizedText(vi: "cần có nội dung tiếng Việt (\"vi\") hoặc tiếng Anh (\"en\")", en: description)
        case let .check(rule): return LocalizedText(vi: rule.vietnamese, en: description)
        case let .rule(text): return LocalizedText(vi: text, en: text)
        }
    }
}

extension JSONKind {
    /// `một chuỗi ký tự`, `một mảng`… (the Vietnamese name of the type).
    var vietnamese: String {
        switch self {
        case .null: return "null (rỗng)"
        case .boolean: return "giá trị true/false"
        case .number: return "một số"
        case .string: return "một chuỗi ký tự"
        case .array: return "một danh sách (mảng)"
        case .object: return "một đối tượng"
        case .stringOrNumber: return "một chuỗi ký tự hoặc một số"
        case .trueOrFalse: return "true hoặc false"
        }
    }
}
