import ParSurvey

/// Turns an error into what the command line prints on standard error: the message in the
/// chosen language, the place (`  --> file:line:column`), the offending input line with a
/// caret under the column, and a hint naming the option that helps.
///
/// ```
/// par-survey: lỗi: ô dữ liệu mở dấu ngoặc kép tại đây nhưng không có dấu đóng (…)
///   --> batch.csv:3:2
///    |
///  3 | r2,"Tây Sơn,4
///    |    ^
/// ```
enum ErrorRenderer {
    /// What the command line says about `error` in `language`.
    static func render(_ error: any ParSurveyError, language: Language, width: Int = SourceExcerpt.defaultWidth) -> String {
        let (shownError, prefix) = unwrap(error)
        // English: the library's description, which starts `file:line:column:` as scripts
        // expect; Vietnamese: the catalogue's message, the place on the line below.
        let message = language == .en ? error.description : ErrorMessages.message(for: shownError).text(language)
        let lead = language == .vi ? "lỗi" : "error"
        let location = shownError.location ?? error.location
        // Vietnamese: a place without a line is named before the message (as the English
        // description does); a line gets the `-->` line and the excerpt, in both languages.
        var named = message
        if language == .vi, let file = prefix ?? location.flatMap({ $0.line == 0 && !$0.file.isEmpty ? $0.file : nil }) {
            named = "\(file): " + message
        }
        var s = "par-survey: \(lead): " + TerminalText.escape(named, keepLineBreaks: true) + "\n"
        if let location, !location.file.isEmpty, location.line > 0 {
            s += "  --> " + TerminalText.escape(location.description) + "\n"
            if let excerpt = SourceExcerpt.read(location, width: width) {
                let number = String(excerpt.line)
                let gutter = String(repeating: " ", count: number.count + 2)
                s += gutter + "|\n"
                s += " \(number) | " + excerpt.text + "\n"
                s += gutter + "| " + String(repeating: " ", count: excerpt.caretOffset) + "^\n"
            }
        }
        if let hint = ErrorHints.hint(for: shownError) {
            s += "  = " + (language == .vi ? "gợi ý: " : "hint: ") + hint.text(language) + "\n"
        }
        return s
    }

    /// The error to describe and the file to name before it: a `ParSurveyFailure` shows its
    /// underlying error (named after its file when the error does not say).
    static func unwrap(_ error: any ParSurveyError) -> (any ParSurveyError, String?) {
        if let f = error as? ParSurveyFailure, let u = f.underlying {
            let (inner, prefix) = unwrap(u)
            return (inner, prefix ?? (inner.location == nil ? f.file : nil))
        }
        return (error, nil)
    }

    /// The language of error messages: `--lang` wherever it is on the command line, else
    /// Vietnamese (an invalid value is itself an error, reported in Vietnamese).
    static func language(_ args: [String]) -> Language {
        var lang = Language.vi
        for (i, a) in args.enumerated() {
            if a == "--" { break }
            if a == "--lang", i + 1 < args.count, let l = Language(rawValue: args[i + 1]) { lang = l }
            if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) { lang = l }
        }
        return lang
    }
}

extension ErrorRenderer {
    /// What the command line says about a wrong command line, and where its help is.
    static func renderUsage(_ e: UsageError, command: String, language: Language) -> String {
        switch language {
        case .en:
            return "par-survey \(command): \(TerminalText.escape(e.message, keepLineBreaks: true))\n"
                + "Run 'par-survey \(command) --help' for usage.\n"
        case .vi:
            return "par-survey \(command): lỗi: \(TerminalText.escape(e.vi ?? e.message, keepLineBreaks: true))\n"
                + "Xem cách dùng lệnh: par-survey \(command) --help\n"
        }
    }
}
