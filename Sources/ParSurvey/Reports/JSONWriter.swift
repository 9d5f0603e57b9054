/// Writes `JSONValue` as pretty, deterministic JSON (keys in the order given, two-space
/// indent, shortest round-trip numbers, `/` not escaped, non-finite numbers as null).
public enum JSONWriter {
    /// The JSON text, ending with a newline.
    public static func write(_ v: JSONValue) -> String {
        var out = ""
        emit(v, indent: 0, into: &out)
        out += "\n"
        return out
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

    private static func emit(_ v: JSONValue, indent: Int, into out: inout String) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch v {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .number(_, text): out += text
        case let .string(s): string(s, into: &out)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy({ if case .number = $0 { return true } else { return false } }) {
                out += "["
                for (i, x) in items.enumerated() { if i > 0 { out += ", " }; emit(x, indent: indent, into: &out) }
                out += "]"
                return
            }
            out += "[\n"
            for (i, x) in items.enumerated() {
                out += pad
                emit(x, indent: indent + 1, into: &out)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += close + "]"
        case let .object(pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, p) in pairs.enumerated() {
                out += pad
                string(p.key, into: &out)
                out += ": "
                emit(p.value, indent: indent + 1, into: &out)
                out += i + 1 < pairs.count ? ",\n" : "\n"
            }
            out += close + "}"
        }
    }

    private static func string(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u == "\u{2028}" || u == "\u{2029}" {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
