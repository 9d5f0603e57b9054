import ParSurveyModel
import Foundation

/// File names made from data (a questionnaire id, an XLSForm `form_id`) are checked when
/// the data is loaded and again when a file is written: a name must stay in its output
/// folder whatever the data says.
public enum SafeFileName {
    /// Why `name` cannot be used as (part of) a file name, or nil when it can: no path
    /// separators (`/`, `\`), not `.` or `..` nor starting with `.`, no control
    /// characters, at most 200 bytes.
    public static func problem(_ name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.contains("/") || name.contains("\\") { return "contains a path separator ('/' or '\\')" }
        if name.hasPrefix(".") { return "starts with '.' ('..' leaves the folder, '.name' is hidden)" }
        if name.unicodeScalars.contains(where: { TerminalText.needsEscape($0, false) }) { return "contains control characters" }
        if name.utf8.count > 200 { return "is longer than 200 bytes" }
        return nil
    }

    /// `dir/name`, refused (exit 73) when `name` is not a plain file name or the result
    /// would lie outside `dir`.
    public static func path(in dir: String, name: String) throws(OutputFile.Failure) -> String {
        let full = (dir as NSString).appendingPathComponent(name)
        if let p = problem(name) {
            throw .cannotCreate(
                path: TerminalText.escape(full), reason: "the file name '\(TerminalText.escape(name))' comes from the data and \(p)")
        }
        let parent = URL(fileURLWithPath: full).standardizedFileURL.deletingLastPathComponent().path
        guard parent == URL(fileURLWithPath: dir).standardizedFileURL.path else {
            throw .cannotCreate(path: full, reason: "the file would lie outside the output folder \(dir)")
        }
        return full
    }
}
