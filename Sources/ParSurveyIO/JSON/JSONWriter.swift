import ParSurveyModel
/// Writes `JSONValue` as pretty, deterministic JSON (keys in the order given, two-space
/// indent, shortest round-trip numbers, `/` not escaped, non-finite numbers as null).
package enum JSONWriter {
    /// The JSON text, ending with a newline.
    public static func write(_ v: JSONValue) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        emit(v, indent: 0, into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON number from a Double (`null` when not finite).
    public static func number(_ x: Double?) -> JSONValue {
        guard let x, x.isFinite else { return .null }
        if x == x.rounded(), abs(x) < 1e15 { return .number(x, text: String(Int64(x))) }
        return .number(x, text: "\(x)")
    }

    /// A JSON number with exactly two decimals from hundredths (`84.11`).
    public static func hundredths(_ h: Int?) -> JSONValue {
        guard let h else { return .null }
        return .number(Double(h) / 100, text: DecimalText.format(scaled: h))
    }

    /// A JSON integer.
    public static func int(_ n: Int) -> JSONValue { .number(Double(n), text: String(n)) }

    private static func emit(_ v: JSONValue, indent: Int, into out: inout [UInt8]) {
        func pad(_ n: Int) { out.append(contentsOf: repeatElement(0x20, count: 2 * n)) }
        switch v {
        case .null: out += "null".utf8
        case let .bool(b): out += (b ? "true" : "false").utf8
        case let .number(_, text): out += text.utf8
        case let .string(s): string(s, into: &out)
        case let .array(items):
            if items.isEmpty {
                out += "[]".utf8
                return
            }
            if items.allSatisfy({ if case .number = $0 { return true } else { return false } }) {
                out.append(0x5B)
                for (i, x) in items.enumerated() {
                    if i > 0 { out += ", ".utf8 }
                    emit(x, indent: indent, into: &out)
                }
                out.append(0x5D)
                return
            }
            out += "[\n".utf8
            for (i, x) in items.enumerated() {
                pad(indent + 1)
                emit(x, indent: indent + 1, into: &out)
                out += (i + 1 < items.count ? ",\n" : "\n").utf8
            }
            pad(indent)
            out.append(0x5D)
        case let .object(pairs):
            if pairs.isEmpty {
                out += "{}".utf8
                return
            }
            out += "{\n".utf8
            for (i, p) in pairs.enumerated() {
                pad(indent + 1)
                string(p.key, into: &out)
                out += ": ".utf8
                emit(p.value, indent: indent + 1, into: &out)
                out += (i + 1 < pairs.count ? ",\n" : "\n").utf8
            }
            pad(indent)
            out.append(0x7D)
        }
    }

    /// A JSON string: `"`, `\`, control characters, U+2028 and U+2029 escaped (`\n`, `\r`,
    /// `\t`, else `\u` and four lowercase hex digits); everything else as its UTF-8 bytes.
    private static func string(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0xE2 }) {
            out += s.utf8  // nothing to escape: the common case
            out.append(0x22)
            return
        }
        let hex = Array("0123456789abcdef".utf8)
        var utf8 = Array(s.utf8)[...]
        while let b = utf8.popFirst() {
            switch b {
            case 0x22: out += "\\\"".utf8
            case 0x5C: out += "\\\\".utf8
            case 0x0A: out += "\\n".utf8
            case 0x0D: out += "\\r".utf8
            case 0x09: out += "\\t".utf8
            case 0..<0x20:
                out += "\\u00".utf8
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            case 0xE2
            where utf8.count >= 2 && utf8[utf8.startIndex] == 0x80
                && (utf8[utf8.startIndex + 1] == 0xA8 || utf8[utf8.startIndex + 1] == 0xA9):
                out += (utf8[utf8.startIndex + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8
                utf8.removeFirst(2)
            default:
                out.append(b)
            }
        }
        out.append(0x22)
    }
}
