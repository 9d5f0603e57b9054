/// Writing one CSV cell safely: quoted when needed, and neutralised against formula
/// injection when a spreadsheet opens it (a cell starting with `=`, `+`, `-`, `@`, tab or CR
/// gets a leading `'`, except plain numbers such as `-0.5`, which stay numbers).
public enum CSVField {
    /// The cell as CSV text.
    public static func encode(_ value: String) -> String {
        let v = neutralised(value)
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }

    /// The cell's value with the leading `'` a cell that could be a formula gets (before quoting).
    public static func neutralised(_ value: String) -> String {
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(value) {
            return "'" + value
        }
        return value
    }

    /// `-12`, `+3.5`, `-0.25`: a sign, digits, an optional fraction.
    static func isPlainNumber(_ s: String) -> Bool {
        var u = Substring(s)
        if u.first == "-" || u.first == "+" { u = u.dropFirst() }
        let parts = u.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
