/// Why a row was rejected (or, under the `missing` invalid-answer policy, why an answer was
/// set to missing), as a value: the reader records the kind and its facts; words come later,
/// in English (`english`, what `Reject.reason` has always said) or in either language
/// (`RejectMessages` in ParSurveyReports).
public enum RejectKind: Sendable, Equatable, Hashable {
    /// The row has `found` fields where the header has `expected`.
    case fieldCount(found: Int, expected: Int)
    /// A field is `bytes` long, over the reader's `limit`.
    case fieldTooLong(bytes: Int, limit: Int)
    /// The row is `bytes` long, over the reader's `limit`.
    case recordTooLong(bytes: Int, limit: Int)
    /// The header line appears again as a data row.
    case headerRepeated
    /// A NUL byte inside a field.
    case nulInField
    /// A NUL byte in the row.
    case nulInRow
    /// A quote inside an unquoted field.
    case quoteInUnquotedField
    /// Text after a closing quote.
    case textAfterClosingQuote
    /// Bytes that are not UTF-8 in a field of the given role.
    case invalidUTF8(FieldRole)
    /// The unit field is empty.
    case emptyUnit
    /// The unit is not among the manifest's units.
    case unknownUnit
    /// The unit is known to the register but not valid in the survey year (`detail`: the
    /// year, the register and the name's entries with their validity dates).
    case unitNotValid(detail: UnitValidity)
    /// The respondent group field is empty.
    case emptyGroup
    /// The respondent id field is empty.
    case emptyID
    /// The design weight is not a positive number in range; `detail` says how, in English.
    case badWeight(detail: String)
    /// The answer matches no option of the scale `scale`; `allowed` lists its options with
    /// both labels, `allowedVietnamese` with the Vietnamese label only (empty: use `allowed`).
    case unknownOption(scale: String, allowed: String, allowedVietnamese: String = "")
    /// The respondent id was already seen at `firstFile`:`firstLine`.
    case duplicateID(firstFile: String, firstLine: Int)
    /// A JSON Lines line that is not valid JSON (`detail`: what the parser found).
    case notJSON(detail: JSONSyntaxProblem)
    /// A JSON Lines line holding a value of kind `found`, not an object.
    case notJSONObject(found: JSONKind)
    /// A JSON Lines key not among the first line's keys.
    case unknownKey
    /// A JSON Lines key given twice in one line.
    case repeatedKey
    /// A JSON Lines value that is not a string, a number or null.
    case notScalar
    /// A spreadsheet cell that cannot be read (`detail`: why, naming the cell).
    case badCell(detail: CellProblem)

    /// The role of the field a kind is about.
    public enum FieldRole: String, Sendable, Equatable, Hashable {
        /// An answer to a question.
        case answer
        /// The unit (district or commune).
        case unit
        /// The respondent group.
        case group
        /// The respondent id.
        case id
        /// Any other kept column.
        case variable
    }

    /// A short stable name (for CSV and JSON outputs and for filtering): `unknown-option`,
    /// `field-count`, ….
    public var code: String {
        switch self {
        case .fieldCount: return "field-count"
        case .fieldTooLong: return "field-too-long"
        case .recordTooLong: return "row-too-long"
        case .headerRepeated: return "header-repeated"
        case .nulInField: return "nul-in-field"
        case .nulInRow: return "nul-in-row"
        case .quoteInUnquotedField: return "stray-quote"
        case .textAfterClosingQuote: return "text-after-quote"
        case let .invalidUTF8(role): return "invalid-utf8-" + role.rawValue
        case .emptyUnit: return "empty-unit"
        case .unknownUnit: return "unknown-unit"
        case .unitNotValid: return "unit-not-valid"
        case .emptyGroup: return "empty-group"
        case .emptyID: return "empty-id"
        case .badWeight: return "bad-weight"
        case .unknownOption: return "unknown-option"
        case .duplicateID: return "duplicate-id"
        case .notJSON: return "not-json"
        case .notJSONObject: return "not-json-object"
        case .unknownKey: return "unknown-key"
        case .repeatedKey: return "repeated-key"
        case .notScalar: return "not-scalar"
        case .badCell: return "bad-cell"
        }
    }

    /// Whether the kind is about an answer's value: what a questionnaire's `invalidAnswer:
    /// "missing"` turns into a missing answer instead of a rejected form.
    public var isInvalidAnswer: Bool {
        switch self {
        case .unknownOption, .invalidUTF8(.answer): return true
        default: return false
        }
    }

    /// The reason in English, as rejects have always worded it.
    public var english: String {
        switch self {
        case let .fieldCount(found, expected):
            return "row has \(found) field\(found == 1 ? "" : "s"), the header has \(expected)"
        case let .fieldTooLong(bytes, limit):
            return "field is \(DecimalText.grouped(bytes)) bytes, longer than the limit of \(DecimalText.grouped(limit)) bytes"
        case let .recordTooLong(bytes, limit):
            return "row is \(DecimalText.grouped(bytes)) bytes, longer than the limit of \(DecimalText.grouped(limit)) bytes"
        case .headerRepeated: return "the header line is repeated as a data row (two exports pasted together?)"
        case .nulInField: return "NUL byte in the field (binary or corrupt data)"
        case .nulInRow: return "NUL byte in the row (binary or corrupt data)"
        case .quoteInUnquotedField: return "a quote inside an unquoted field (quote the whole field and double the quote)"
        case .textAfterClosingQuote: return "text after a closing quote (quote the whole field and double inner quotes)"
        case let .invalidUTF8(role):
            switch role {
            case .answer: return "invalid UTF-8 in the answer (save the file as CSV UTF-8)"
            case .unit: return "invalid UTF-8 in the unit name (save the file as CSV UTF-8)"
            case .group: return "invalid UTF-8 in the respondent group"
            case .id: return "invalid UTF-8 in the respondent id"
            case .variable: return "invalid UTF-8 (save the file as CSV UTF-8)"
            }
        case .emptyUnit: return "empty unit"
        case .unknownUnit: return "unknown unit (not in the manifest's units)"
        case let .unitNotValid(detail): return detail.english
        case .emptyGroup: return "empty respondent group"
        case .emptyID: return "empty respondent id"
        case let .badWeight(detail): return detail
        case let .unknownOption(scale, allowed, _): return "answer matches no option of scale '\(scale)'; allowed: \(allowed)"
        case let .duplicateID(file, line): return "duplicate respondent id (first at \(file):\(line))"
        case let .notJSON(detail): return "not valid JSON: \(detail.english)"
        case let .notJSONObject(found): return "line is \(found.english), not a JSON object"
        case .unknownKey: return "key not in the first line's keys"
        case .repeatedKey: return "key appears twice in the line"
        case .notScalar: return "expected a string or number"
        case let .badCell(detail): return detail.english
        }
    }
}
