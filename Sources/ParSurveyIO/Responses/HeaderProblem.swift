import ParSurveyModel

/// What is wrong with a batch's header (the first line of a CSV, the first row of a sheet,
/// the first object of a JSON Lines file), as a value. `english` is the reader's message as
/// it has always read; the message catalogue words it in Vietnamese.
public enum HeaderProblem: Sendable, Hashable, CustomStringConvertible {
    /// A column without a name (1-based).
    case emptyName(column: Int)
    /// A column name that repeats an earlier column's (1-based).
    case repeats(previous: Int)
    /// A mapped column (`role`) the header does not have; `columns` lists the header's names.
    case noColumn(role: Role, name: String, columns: String)
    /// A column that is both a mapped column and a question.
    case mappedAndQuestion
    /// Questions of the questionnaire with no column.
    case missingQuestions([String], questionnaire: String)
    /// Two columns whose names both end in one question id.
    case ambiguousQuestion(first: String, column: Int, second: String, secondColumn: Int, question: String)
    /// A column named like a question the questionnaire does not have.
    case noSuchQuestion(String, questionnaire: String)
    /// A header name that is not UTF-8.
    case notUTF8
    /// A stray quote or NUL byte in the header line.
    case strayQuoteOrNUL
    /// A header cell of a workbook that cannot be read.
    case badCell(row: Int, CellProblem)
    /// The first line of a JSON Lines file is not valid JSON.
    case firstLineNotJSON(line: Int, JSONSyntaxProblem, column: Int)
    /// The first line of a JSON Lines file is a JSON value other than an object.
    case firstLineNotObject(line: Int, found: JSONKind)

    /// The role of a mapped column.
    public enum Role: String, Sendable, Hashable {
        case respondentID = "respondent id"
        case unit
        case respondentGroup = "respondent group"
        case weight
    }

    /// The reader's message in English.
    public var description: String { english }

    /// The reader's message in English, as it has always read.
    public var english: String {
        switch self {
        case let .emptyName(column): return "column \(column) has an empty name"
        case let .repeats(previous): return "column name repeats column \(previous)"
        case let .noColumn(role, name, columns): return "no \(role.rawValue) column '\(name)' in the header (columns: \(columns))"
        case .mappedAndQuestion: return "column is both a mapped column and a question"
        case let .missingQuestions(ids, q):
            return "missing question column\(ids.count > 1 ? "s" : "") \(ids.joined(separator: ", ")) of questionnaire '\(q)'"
        case let .ambiguousQuestion(a, ca, b, cb, q):
            return
                "columns '\(a)' (column \(ca)) and '\(b)' (column \(cb)) both end in '\(q)': which one is the question is ambiguous; rename or remove one"
        case let .noSuchQuestion(name, q): return "column looks like a question but questionnaire '\(q)' has no question '\(name)'"
        case .notUTF8: return "header is not valid UTF-8 (save the file as CSV UTF-8)"
        case .strayQuoteOrNUL: return "header line has a stray quote or NUL byte"
        case let .badCell(row, problem): return "header row \(row): " + problem.english
        case let .firstLineNotJSON(line, problem, column):
            return "line \(line) is not a JSON object: \(problem.english) at column \(column)"
        case let .firstLineNotObject(line, found): return "line \(line) is \(found.english), not a JSON object"
        }
    }
}
