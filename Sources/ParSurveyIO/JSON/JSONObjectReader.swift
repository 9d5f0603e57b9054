import ParSurveyModel
/// A problem with the shape of a JSON document: which key (as a path such as
/// `elements[2].questions[0].scale`) and what is wrong with it.
public struct JSONShapeError: Error, Sendable, Equatable {
    /// The key path, e.g. `elements[2].weight`.
    public var path: String
    /// What is wrong.
    public var message: KeyProblem

    /// A problem at `path`.
    public init(path: String, message: KeyProblem) {
        self.path = path
        self.message = message
    }
}

/// Reads one JSON object strictly: typed getters, key paths in every error, and an error for
/// any key that was never read (no silently ignored options).
public struct JSONObjectReader {
    /// The path of this object (`""` for the document root).
    public let path: String
    private let pairs: [(key: String, value: JSONValue)]
    private var used: Set<String> = []

    /// Wraps `value`, which must be an object.
    public init(_ value: JSONValue, path: String = "") throws(JSONShapeError) {
        guard case let .object(pairs) = value else {
            throw JSONShapeError(path: path.isEmpty ? "(document)" : path, message: .wrongType(expected: .object, found: value.jsonKind))
        }
        var seen = Set<String>()
        for p in pairs where !seen.insert(p.key).inserted {
            throw JSONShapeError(path: Self.join(path, p.key), message: .duplicated)
        }
        self.path = path
        self.pairs = pairs
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// The full path of `key` in this object.
    public func path(_ key: String) -> String { Self.join(path, key) }

    /// The raw value under `key`, marking it read.
    public mutating func value(_ key: String) -> JSONValue? {
        used.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    /// A required string.
    public mutating func string(_ key: String) throws(JSONShapeError) -> String {
        guard let v = value(key) else { throw JSONShapeError(path: path(key), message: .missing) }
        return try Self.asString(v, path: path(key))
    }

    /// An optional string.
    public mutating func optionalString(_ key: String) throws(JSONShapeError) -> String? {
        guard let v = value(key), v != .null else { return nil }
        return try Self.asString(v, path: path(key))
    }

    /// A string, or a number written as text (for codes such as `4` or `"4"`).
    public mutating func token(_ key: String) throws(JSONShapeError) -> String {
        guard let v = value(key) else { throw JSONShapeError(path: path(key), message: .missing) }
        switch v {
        case let .string(s): return s
        case let .number(_, text): return text
        default: throw JSONShapeError(path: path(key), message: .wrongType(expected: .stringOrNumber, found: v.jsonKind))
        }
    }

    /// A required finite number.
    public mutating func number(_ key: String) throws(JSONShapeError) -> Double {
        guard let v = value(key) else { throw JSONShapeError(path: path(key), message: .missing) }
        return try Self.asNumber(v, path: path(key))
    }

    /// An optional finite number.
    public mutating func optionalNumber(_ key: String) throws(JSONShapeError) -> Double? {
        guard let v = value(key), v != .null else { return nil }
        return try Self.asNumber(v, path: path(key))
    }

    /// An optional boolean.
    public mutating func optionalBool(_ key: String) throws(JSONShapeError) -> Bool? {
        guard let v = value(key), v != .null else { return nil }
        guard case let .bool(b) = v else {
            throw JSONShapeError(path: path(key), message: .wrongType(expected: .trueOrFalse, found: v.jsonKind))
        }
        return b
    }

    /// A required array.
    public mutating func array(_ key: String) throws(JSONShapeError) -> [JSONValue] {
        guard let v = value(key) else { throw JSONShapeError(path: path(key), message: .missing) }
        guard case let .array(a) = v else {
            throw JSONShapeError(path: path(key), message: .wrongType(expected: .array, found: v.jsonKind))
        }
        return a
    }

    /// An optional array.
    public mutating func optionalArray(_ key: String) throws(JSONShapeError) -> [JSONValue]? {
        guard let v = value(key), v != .null else { return nil }
        guard case let .array(a) = v else {
            throw JSONShapeError(path: path(key), message: .wrongType(expected: .array, found: v.jsonKind))
        }
        return a
    }

    /// A required nested object.
    public mutating func object(_ key: String) throws(JSONShapeError) -> JSONObjectReader {
        guard let v = value(key) else { throw JSONShapeError(path: path(key), message: .missing) }
        return try JSONObjectReader(v, path: path(key))
    }

    /// An optional nested object.
    public mutating func optionalObject(_ key: String) throws(JSONShapeError) -> JSONObjectReader? {
        guard let v = value(key), v != .null else { return nil }
        return try JSONObjectReader(v, path: path(key))
    }

    /// A `{"vi": ..., "en": ...}` text; a plain string is taken as both languages.
    public mutating func localized(_ key: String, required: Bool = true) throws(JSONShapeError) -> LocalizedText {
        guard let v = value(key), v != .null else {
            if required { throw JSONShapeError(path: path(key), message: .missing) }
            return LocalizedText(vi: "", en: "")
        }
        if case let .string(s) = v {
            let c = TextKey.clean(s)
            return LocalizedText(vi: c, en: c)
        }
        var r = try JSONObjectReader(v, path: path(key))
        let vi = TextKey.clean(try r.optionalString("vi") ?? "")
        let en = TextKey.clean(try r.optionalString("en") ?? "")
        try r.finish()
        if vi.isEmpty && en.isEmpty { throw JSONShapeError(path: path(key), message: .needsText) }
        return LocalizedText(vi: vi, en: en)
    }

    /// The keys present in this object.
    public var keys: [String] { pairs.map(\.key) }

    /// Throws for the first key that no getter read.
    public func finish() throws(JSONShapeError) {
        for p in pairs where !used.contains(p.key) {
            throw JSONShapeError(path: path(p.key), message: .unknown)
        }
    }

    /// `value` as a string.
    public static func asString(_ v: JSONValue, path: String) throws(JSONShapeError) -> String {
        guard case let .string(s) = v else { throw JSONShapeError(path: path, message: .wrongType(expected: .string, found: v.jsonKind)) }
        return s
    }

    /// `value` as a finite number.
    public static func asNumber(_ v: JSONValue, path: String) throws(JSONShapeError) -> Double {
        guard case let .number(d, _) = v else {
            throw JSONShapeError(path: path, message: .wrongType(expected: .number, found: v.jsonKind))
        }
        return d
    }
}
