import ParSurveyModel

/// A strict JSON parser over UTF-8 bytes that reports errors by line and column and limits
/// nesting depth, so a hostile file cannot exhaust the stack.
public struct JSONParser {
    /// Why a JSON text could not be parsed, with its 1-based line and column.
    public struct Failure: Error, Sendable, Equatable {
        /// What is wrong.
        public var problem: JSONSyntaxProblem
        /// 1-based line.
        public var line: Int
        /// 1-based column (in bytes).
        public var column: Int

        /// What is wrong, in English.
        public var message: String { problem.english }

        package init(_ problem: JSONSyntaxProblem, line: Int, column: Int) {
            self.problem = problem
            self.line = line
            self.column = column
        }
    }

    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private var pos = 0

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one JSON document (a UTF-8 BOM is skipped; trailing white space is allowed).
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var p = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.pos = 3 }
        p.skipSpace()
        let v = try p.value(depth: 0)
        p.skipSpace()
        if p.pos < bytes.count { throw p.fail(.textAfterValue) }
        return v
    }

    /// Parses a JSON document from a string.
    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private func fail(_ problem: JSONSyntaxProblem, at offset: Int? = nil) -> Failure {
        let at = min(offset ?? pos, bytes.count)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < at {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return Failure(problem, line: line, column: at - lineStart + 1)
    }

    private mutating func skipSpace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 {
            pos += 1
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard pos < bytes.count else { throw fail(.unexpectedEnd) }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default:
            throw fail(.unexpectedCharacter(Self.printable(bytes[pos])))
        }
    }

    private static func printable(_ b: UInt8) -> String {
        (0x20..<0x7F).contains(b) ? String(UnicodeScalar(b)) : "\\x" + String(b, radix: 16)
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let w = word.withUTF8Buffer { Array($0) }
        guard pos + w.count <= bytes.count, Array(bytes[pos..<pos + w.count]) == w else {
            throw fail(.invalidLiteral(expected: "\(word)"))
        }
        pos += w.count
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        if depth > Self.maximumDepth { throw fail(.tooDeep(limit: Self.maximumDepth)) }
        pos += 1
        var pairs: [(key: String, value: JSONValue)] = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return .object(pairs)
        }
        while true {
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail(.expectedQuotedKey) }
            let key = try string()
            skipSpace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw fail(.expectedColon(key: key)) }
            pos += 1
            skipSpace()
            let v = try value(depth: depth)
            pairs.append((key, v))
            skipSpace()
            guard pos < bytes.count else { throw fail(.unterminatedObject) }
            if bytes[pos] == UInt8(ascii: ",") {
                pos += 1
                continue
            }
            if bytes[pos] == UInt8(ascii: "}") {
                pos += 1
                return .object(pairs)
            }
            throw fail(.expectedCommaOrBrace)
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        if depth > Self.maximumDepth { throw fail(.tooDeep(limit: Self.maximumDepth)) }
        pos += 1
        var items: [JSONValue] = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            guard pos < bytes.count else { throw fail(.unterminatedArray) }
            if bytes[pos] == UInt8(ascii: ",") {
                pos += 1
                continue
            }
            if bytes[pos] == UInt8(ascii: "]") {
                pos += 1
                return .array(items)
            }
            throw fail(.expectedCommaOrBracket)
        }
    }

    private mutating func number() throws(Failure) -> JSONValue {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        func digits(_ p: inout Int, _ b: [UInt8]) -> Int {
            let s = p
            while p < b.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[p]) { p += 1 }
            return p - s
        }
        let intStart = pos
        let n = digits(&pos, bytes)
        if n == 0 { throw fail(.invalidNumber, at: start) }
        if n > 1 && bytes[intStart] == UInt8(ascii: "0") { throw fail(.leadingZero, at: start) }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            if digits(&pos, bytes) == 0 { throw fail(.noDigitsAfterPoint, at: start) }
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            if digits(&pos, bytes) == 0 { throw fail(.noExponentDigits, at: start) }
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        guard let d = Double(text), d.isFinite else { throw fail(.numberOutOfRange(text), at: start) }
        return .number(d, text: text)
    }

    private mutating func string() throws(Failure) -> String {
        let open = pos
        pos += 1
        var out: [UInt8] = []
        while true {
            guard pos < bytes.count else { throw fail(.unterminatedString, at: open) }
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                break
            }
            if b < 0x20 { throw fail(.controlCharacter) }
            if b == UInt8(ascii: "\\") {
                pos += 1
                guard pos < bytes.count else { throw fail(.unterminatedString, at: open) }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u")
                        else { throw fail(.unpairedSurrogate) }
                        pos += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail(.unpairedSurrogate) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail(.unpairedSurrogate)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail(.invalidUnicodeEscape) }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default: throw fail(.invalidEscape(Self.printable(e)))
                }
                continue
            }
            out.append(b)
            pos += 1
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw fail(.invalidUTF8InString, at: open) }
        return s
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard pos + 4 <= bytes.count else { throw fail(.invalidUnicodeEscape) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[pos]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw fail(.invalidUnicodeEscape)
            }
            v = v * 16 + d
            pos += 1
        }
        return v
    }
}
