/// What is wrong with a key of a JSON file (questionnaire, manifest, scheme, weighting
/// plan): the common mistakes as values, a rule of the file's own as a `KeyRule` value
/// (`.check(.mustBeAboveZero)`), or, for the rules not yet made values, as English text.
///
/// A text literal is a `.rule` (English only: prefer a `KeyRule`); two problems are equal
/// when they read the same in English.
public enum KeyProblem: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// A required key is missing.
    case missing
    /// The key appears twice in one object.
    case duplicated
    /// The key is not one the file may have (a misspelling).
    case unknown
    /// The value is of the wrong JSON type.
    case wrongType(expected: JSONKind, found: JSONKind)
    /// A text needs its Vietnamese or English wording.
    case needsText
    /// A rule of the file's own, as a value (worded in both languages).
    case check(KeyRule)
    /// A rule of the file's own not yet made a value (English text).
    case rule(String)

    /// A rule from a text literal.
    public init(stringLiteral value: String) { self = .rule(value) }

    /// A rule from an interpolated text.
    public init(stringInterpolation: DefaultStringInterpolation) { self = .rule(String(stringInterpolation: stringInterpolation)) }

    /// The English text.
    public var description: String {
        switch self {
        case .missing: return "required key is missing"
        case .duplicated: return "key appears twice"
        case .unknown: return "unknown key (not understood; check the spelling)"
        case let .wrongType(expected, found): return "expected \(expected.english), found \(found.english)"
        case .needsText: return "needs a \"vi\" or \"en\" text"
        case let .check(rule): return rule.english
        case let .rule(text): return text
        }
    }

    public static func == (a: KeyProblem, b: KeyProblem) -> Bool { a.description == b.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}

/// The type of a JSON value, as messages name it.
public enum JSONKind: String, Sendable, Hashable {
    case null, boolean, number, string, array, object
    /// A string or a number (a code may be written either way).
    case stringOrNumber
    /// `true` or `false` (what a flag expects).
    case trueOrFalse

    /// `a string`, `an array`, `true or false`.
    public var english: String {
        switch self {
        case .null: return "null"
        case .boolean: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        case .stringOrNumber: return "a string or number"
        case .trueOrFalse: return "true or false"
        }
    }
}
