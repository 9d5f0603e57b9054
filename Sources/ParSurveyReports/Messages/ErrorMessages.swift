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
