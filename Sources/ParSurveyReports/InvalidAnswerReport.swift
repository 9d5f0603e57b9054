import ParSurveyIO
import ParSurveyModel

/// The answers set to missing under a questionnaire's `invalidAnswer: "missing"`: one row per
/// case (file, line, column, question, value, kind, reason in the run's language), the table an
/// appraisal council files; counts per batch and per question for the accounting.
public enum InvalidAnswerReport {
    /// The cases as a table, headers and reasons in `language`; the kind as its stable code.
    public static func table(_ cases: [InvalidAnswer], language: Language) -> TextTable {
        let vi = language == .vi
        var t = TextTable(
            headers: vi
                ? ["Tệp", "Dòng", "Cột", "Tên cột", "Câu hỏi", "Giá trị", "Loại", "Lý do"]
                : ["File", "Line", "Column", "Column name", "Question", "Value", "Kind", "Reason"],
            alignments: [.left, .right, .right, .left, .left, .left, .left, .left])
        for c in cases {
            t.add([
                c.file, String(c.line), String(c.column), c.columnName, c.question, c.value, c.kind.code,
                RejectMessages.text(c.kind, language),
            ])
        }
        return t
    }

    /// The cases as CSV (`--invalid-answers FILE`): `table` in `language`.
    public static func csv(_ cases: [InvalidAnswer], language: Language) -> String {
        table(cases, language: language).csv()
    }

    /// Answers set to missing per question id (questions without any left out), in the
    /// questionnaire's order when given, else by id.
    public static func countsByQuestion(_ account: BatchAccount, questionnaire: Questionnaire? = nil) -> [(question: String, count: Int)] {
        let by = account.answersSetToMissingByQuestion
        let order = questionnaire.map { $0.questions.map(\.id) } ?? by.keys.sorted()
        return order.compactMap { q in by[q].map { (q, $0) } }
    }

    /// A report section (title, the cases, a note with the counts per question) for one
    /// component; nil when no answer was set to missing. The hook a report includes.
    public static func section(_ accounts: [BatchAccount], questionnaire: Questionnaire) -> TableSection? {
        let total = BatchAccount.total(accounts)
        guard total.answersSetToMissing > 0 else { return nil }
        let counts = countsByQuestion(total, questionnaire: questionnaire)
        let vi = ReportStyle(format: .table, language: .vi)
        let en = ReportStyle(format: .table, language: .en)
        let perQuestion = counts.map { "\($0.question) \($0.count)" }.joined(separator: ", ")
        return TableSection(
            title: questionnaire.title,
            heading: LocalizedText(
                vi: "Câu trả lời không hợp lệ được tính là thiếu (bộ câu hỏi quy định invalidAnswer: missing): "
                    + "\(vi.count(total.answersSetToMissing)) câu trả lời; phiếu vẫn được nhận",
                en: "Invalid answers counted as missing (the questionnaire says invalidAnswer: missing): "
                    + "\(en.count(total.answersSetToMissing)) answers; the forms were accepted"),
            tableVI: table(total.invalidAnswers, language: .vi),
            tableEN: table(total.invalidAnswers, language: .en),
            outside: LocalizedText(vi: "Theo câu hỏi: " + perQuestion, en: "By question: " + perQuestion))
    }

    /// The accounting line's addition: ` · câu trả lời chuyển thành thiếu N` ("" when none).
    static func summary(_ total: BatchAccount, style: ReportStyle) -> String {
        let n = total.answersSetToMissing
        guard n > 0 else { return "" }
        return style.t(" · câu trả lời chuyển thành thiếu \(style.count(n))", " · answers set to missing \(style.count(n))")
    }

    /// The accounting JSON's counts for one batch (or the total).
    static func jsonCounts(_ a: BatchAccount) -> [(key: String, value: JSONValue)] {
        let by = a.answersSetToMissingByQuestion.sorted { $0.key < $1.key }
        return [
            ("answersSetToMissing", JSONWriter.int(a.answersSetToMissing)),
            ("answersSetToMissingByQuestion", .object(by.map { ($0.key, JSONWriter.int($0.value)) })),
        ]
    }

    /// The cases as JSON objects (file, line, column, columnName, question, value, kind,
    /// reason in English, message in `language`).
    public static func json(_ cases: [InvalidAnswer], language: Language) -> JSONValue {
        .array(
            cases.map { c in
                .object([
                    ("file", .string(c.file)), ("line", JSONWriter.int(c.line)), ("column", JSONWriter.int(c.column)),
                    ("columnName", .string(c.columnName)), ("question", .string(c.question)), ("value", .string(c.value)),
                    ("kind", .string(c.kind.code)), ("reason", .string(c.reason)),
                    ("message", .string(RejectMessages.text(c.kind, language))),
                ])
            })
    }
}
