/// Why a text is not valid JSON, as a value: what the JSON parser found (the place is the
/// parser's line and column). `english` is the parser's message as it has always read; the
/// message catalogue words it in Vietnamese.
public enum JSONSyntaxProblem: Sendable, Hashable, CustomStringConvertible {
    /// More text after the one JSON value.
    case textAfterValue
    /// The text ends where a value should go on.
    case unexpectedEnd
    /// A character that starts no JSON value (shown printable).
    case unexpectedCharacter(String)
    /// A misspelt `true`, `false` or `null` (the word expected).
    case invalidLiteral(expected: String)
    /// Arrays and objects nested deeper than the limit.
    case tooDeep(limit: Int)
    /// An object key that is not a quoted string.
    case expectedQuotedKey
    /// No `:` after an object key.
    case expectedColon(key: String)
    /// The text ends inside an object.
    case unterminatedObject
    /// Neither `,` nor `}` after an object member.
    case expectedCommaOrBrace
    /// The text ends inside an array.
    case unterminatedArray
    /// Neither `,` nor `]` after an array element.
    case expectedCommaOrBracket
    /// A number that breaks the grammar (`-`, `+1`).
    case invalidNumber
    /// A number with a leading zero (`012`).
    case leadingZero
    /// No digits after a decimal point (`1.`).
    case noDigitsAfterPoint
    /// No digits in an exponent (`1e`).
    case noExponentDigits
    /// A number too large for a double (`1e999`).
    case numberOutOfRange(String)
    /// A string that is never closed.
    case unterminatedString
    /// A raw control character (a tab, a line break) inside a string.
    case controlCharacter
    /// A `\u` escape of half a surrogate pair.
    case unpairedSurrogate
    /// A `\u` escape without four hexadecimal digits.
    case invalidUnicodeEscape
    /// A backslash escape JSON does not have (`\x`).
    case invalidEscape(String)
    /// A string that is not UTF-8.
    case invalidUTF8InString

    /// The parser's message in English.
    public var description: String { english }

    /// The parser's message in English, as it has always read.
    public var english: String {
        switch self {
        case .textAfterValue: return "unexpected text after the JSON value"
        case .unexpectedEnd: return "unexpected end of JSON"
        case let .unexpectedCharacter(c): return "unexpected character '\(c)'"
        case let .invalidLiteral(word): return "invalid literal (expected \(word))"
        case let .tooDeep(limit): return "JSON nested deeper than \(limit) levels"
        case .expectedQuotedKey: return "expected a quoted key"
        case let .expectedColon(key): return "expected ':' after key \"\(key)\""
        case .unterminatedObject: return "unterminated object"
        case .expectedCommaOrBrace: return "expected ',' or '}' in object"
        case .unterminatedArray: return "unterminated array"
        case .expectedCommaOrBracket: return "expected ',' or ']' in array"
        case .invalidNumber: return "invalid number"
        case .leadingZero: return "invalid number (leading zero)"
        case .noDigitsAfterPoint: return "invalid number (no digits after '.')"
        case .noExponentDigits: return "invalid number (no exponent digits)"
        case let .numberOutOfRange(text): return "number out of range: \(text)"
        case .unterminatedString: return "unterminated string"
        case .controlCharacter: return "control character in string"
        case .unpairedSurrogate: return "unpaired surrogate in \\u escape"
        case .invalidUnicodeEscape: return "invalid \\u escape"
        case let .invalidEscape(e): return "invalid escape '\\\(e)'"
        case .invalidUTF8InString: return "invalid UTF-8 in string"
        }
    }

    /// The parser's message in Vietnamese.
    public var vietnamese: String {
        switch self {
        case .textAfterValue: return "còn nội dung thừa sau giá trị JSON"
        case .unexpectedEnd: return "nội dung JSON kết thúc giữa chừng"
        case let .unexpectedCharacter(c): return "ký tự “\(c)” không đúng chỗ"
        case let .invalidLiteral(word): return "từ khóa viết sai (cần \(word))"
        case let .tooDeep(limit): return "các mảng và đối tượng lồng nhau quá \(limit) cấp"
        case .expectedQuotedKey: return "tên mục phải đặt trong dấu ngoặc kép"
        case let .expectedColon(key): return "thiếu dấu “:” sau tên mục \"\(key)\""
        case .unterminatedObject: return "đối tượng (mở bằng “{”) không được đóng"
        case .expectedCommaOrBrace: return "trong đối tượng, cần dấu “,” hoặc “}”"
        case .unterminatedArray: return "danh sách (mở bằng “[”) không được đóng"
        case .expectedCommaOrBracket: return "trong danh sách, cần dấu “,” hoặc “]”"
        case .invalidNumber: return "số viết sai"
        case .leadingZero: return "số viết sai (có chữ số 0 ở đầu)"
        case .noDigitsAfterPoint: return "số viết sai (không có chữ số sau dấu “.”)"
        case .noExponentDigits: return "số viết sai (không có chữ số ở phần mũ)"
        case let .numberOutOfRange(text): return "số quá lớn: \(text)"
        case .unterminatedString: return "chuỗi ký tự (mở bằng dấu ngoặc kép) không được đóng"
        case .controlCharacter: return "có ký tự điều khiển (tab, xuống dòng) trong chuỗi ký tự"
        case .unpairedSurrogate: return "mã \\u là một nửa cặp thay thế (surrogate) không có nửa kia"
        case .invalidUnicodeEscape: return "mã \\u viết sai (cần 4 chữ số thập lục phân)"
        case let .invalidEscape(e): return "ký tự thoát “\\\(e)” không có trong JSON"
        case .invalidUTF8InString: return "chuỗi ký tự không phải văn bản UTF-8"
        }
    }

    /// The problem whose English message is `english` (the file-level errors keep the
    /// parser's message as text), or nil.
    public init?(english: String) {
        let fixed: [JSONSyntaxProblem] = [
            .textAfterValue, .unexpectedEnd, .expectedQuotedKey, .unterminatedObject, .expectedCommaOrBrace, .unterminatedArray,
            .expectedCommaOrBracket, .invalidNumber, .leadingZero, .noDigitsAfterPoint, .noExponentDigits, .unterminatedString,
            .controlCharacter, .unpairedSurrogate, .invalidUnicodeEscape, .invalidUTF8InString,
            .invalidLiteral(expected: "true"), .invalidLiteral(expected: "false"), .invalidLiteral(expected: "null"),
        ]
        if let p = fixed.first(where: { $0.english == english }) {
            self = p
            return
        }
        func between(_ prefix: String, _ suffix: String) -> String? {
            guard english.hasPrefix(prefix), english.hasSuffix(suffix), english.count >= prefix.count + suffix.count else { return nil }
            return String(english.dropFirst(prefix.count).dropLast(suffix.count))
        }
        if let c = between("unexpected character '", "'") {
            self = .unexpectedCharacter(c)
        } else if let n = between("JSON nested deeper than ", " levels"), let limit = Int(n) {
            self = .tooDeep(limit: limit)
        } else if let k = between("expected ':' after key \"", "\"") {
            self = .expectedColon(key: k)
        } else if let t = between("number out of range: ", "") {
            self = .numberOutOfRange(t)
        } else if let e = between("invalid escape '\\", "'") {
            self = .invalidEscape(e)
        } else {
            return nil
        }
    }

    /// `english` in Vietnamese when it is one of the parser's messages; otherwise as it is.
    public static func vietnamese(english: String) -> String { JSONSyntaxProblem(english: english)?.vietnamese ?? english }
}
