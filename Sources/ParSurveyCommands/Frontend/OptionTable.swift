/// The options of a command, declared once: the table drives parsing (which options take a
/// value), validation (closed value sets, with every accepted value in the error), the
/// "did you mean" hint for a near-miss, and the option lines of `--help`.
struct OptionTable: Sendable {
    /// One row of the table: an option, or a help line that documents no option of its own.
    struct Option: Sendable {
        enum Kind: Sendable { case flag, value }
        /// `--name`; empty for a help-only row.
        var name: String
        var kind: Kind
        /// The values the option accepts, when they are a closed set (checked at parse time).
        var values: [String]? = nil
        /// Values that belong to other commands: the message explaining where they go.
        var elsewhere: [String: String] = [:]
        /// Words after the list of values in the error (e.g. " for a report").
        var valuesContext = ""
        /// The option's lines in help, as printed (empty: another row documents it).
        var help: [String] = []
    }

    /// The column where help text starts (after two spaces, name and metavariable).
    static let helpColumn = 27

    private(set) var options: [Option]

    init(_ options: [Option]) { self.options = options }

    static func + (a: OptionTable, b: OptionTable) -> OptionTable { OptionTable(a.options + b.options) }

    /// Options that take a value.
    var valued: Set<String> { Set(options.filter { $0.kind == .value && !$0.name.isEmpty }.map(\.name)) }
    /// Options that take none.
    var flags: Set<String> { Set(options.filter { $0.kind == .flag && !$0.name.isEmpty }.map(\.name)) }

    /// The help lines of every row, one per line, without a final line break.
    var help: String { options.flatMap(\.help).joined(separator: "\n") }

    /// The last row declaring `name`.
    func option(_ name: String) -> Option? { options.last { $0.name == name } }

    /// The declared option nearest to `name` (edit distance at most 2), for "did you mean".
    func suggestion(for name: String) -> String? {
        Self.nearest(to: name, among: options.map(\.name).filter { !$0.isEmpty })
    }

    /// The candidate nearest to `word` within edit distance 2 (the first on ties), or nil.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        var best: (String, Int)?
        for c in candidates where c != word {
            let d = editDistance(word, c)
            if d <= 2 && d < word.count && d < (best?.1 ?? 3) { best = (c, d) }
        }
        return best?.0
    }

    /// Levenshtein distance between two strings (by Unicode scalar).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = previous
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// Checks the value of every option with a closed set of values.
    func validate(_ args: Arguments) throws(UsageError) {
        for o in options {
            guard let accepted = o.values, let v = args.value(o.name), !accepted.contains(v) else { continue }
            let list = Self.list(accepted)
            if let why = o.elsewhere[v] {
                throw UsageError(
                    "\(why); here \(o.name) takes \(list)",
                    vi: "\(UsageError.vietnamese(why)); ở lệnh này \(o.name) nhận \(accepted.joined(separator: ", "))")
            }
            let near = Self.nearest(to: v, among: accepted)
            let hint = near.map { " (did you mean \($0)?)" } ?? ""
            throw UsageError(
                "\(o.name) must be \(list)\(o.valuesContext), not '\(v)'\(hint)",
                vi: "giá trị “\(v)” của \(o.name) không hợp lệ; giá trị được chấp nhận: \(accepted.joined(separator: ", "))"
                    + (near.map { " (có phải là \($0)?)" } ?? ""), kind: "cli.invalidValue")
        }
    }

    /// "a", "a or b", "a, b or c".
    static func list(_ values: [String]) -> String {
        values.count <= 1 ? values.joined() : values.dropLast().joined(separator: ", ") + " or " + values[values.count - 1]
    }
}

extension OptionTable.Option {
    /// An option taking a value, with its help: `  --name METAVAR` padded to `width`, then
    /// the first line; further lines indented to `width`.
    static func value(
        _ name: String, _ metavar: String, _ help: String..., values: [String]? = nil, width: Int = OptionTable.helpColumn,
        left: String? = nil
    ) -> Self {
        Self(name: name, kind: .value, values: values, help: lines(left ?? "  \(name) \(metavar)", help, width: width))
    }

    /// A flag, with its help.
    static func flag(_ name: String, _ help: String..., width: Int = OptionTable.helpColumn, left: String? = nil) -> Self {
        Self(name: name, kind: .flag, help: lines(left ?? "  \(name)", help, width: width))
    }

    /// An option documented by another row (or by a note).
    static func quiet(_ name: String, _ kind: Kind) -> Self { Self(name: name, kind: kind) }

    /// Help lines, as printed, that document no option of their own.
    static func note(_ lines: String...) -> Self { Self(name: "", kind: .flag, help: lines) }

    private static func lines(_ left: String, _ help: [String], width: Int) -> [String] {
        guard let first = help.first else { return [left] }
        return [left.padding(width) + first] + help.dropFirst().map { String(repeating: " ", count: width) + $0 }
    }
}
