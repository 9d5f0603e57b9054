import ParSurvey

/// A command line taken apart: positional arguments and options, which may come in any
/// order (`run FOLDER --format json` and `run --format json FOLDER` are the same).
struct Arguments {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    /// Parses `args` by a command's option table: unknown options get a "did you mean"
    /// hint, and options with a closed set of values are checked.
    init(_ args: [String], table: OptionTable) throws(UsageError) {
        try self.init(args, valued: table.valued, flags: table.flags, suggest: table.suggestion(for:))
        try table.validate(self)
    }

    /// Parses `args` given the options that take a value and the flags of a command.
    init(
        _ args: [String], valued: Set<String>, flags allowed: Set<String>,
        suggest: (String) -> String? = { _ in nil }
    ) throws(UsageError) {
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositionals || !a.hasPrefix("-") || a == "-" {
                positionals.append(a)
                continue
            }
            if a == "--" {
                onlyPositionals = true
                continue
            }
            var name = a
            var inline: String?
            if let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                inline = String(a[a.index(after: eq)...])
            }
            if valued.contains(name) {
                if let v = inline {
                    values[name, default: []].append(v)
                } else {
                    guard i < args.count else {
                        throw UsageError("option \(name) needs a value", vi: "tùy chọn \(name) cần có giá trị", kind: "cli.missingValue")
                    }
                    values[name, default: []].append(args[i])
                    i += 1
                }
            } else if allowed.contains(name) {
                if inline != nil {
                    throw UsageError(
                        "option \(name) takes no value", vi: "tùy chọn \(name) không nhận giá trị", kind: "cli.unexpectedValue")
                }
                flags.insert(name)
            } else {
                let near = suggest(name)
                throw UsageError(
                    "unknown option \(a)" + (near.map { "; did you mean \($0)?" } ?? ""),
                    vi: "không có tùy chọn \(a)" + (near.map { "; có phải là \($0)?" } ?? ""), kind: "cli.unknownOption")
            }
        }
    }

    /// The last value of an option.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A command line that does not make sense (exit 64).
struct UsageError: Error {
    /// The English message.
    var message: String
    /// The Vietnamese message, where one is written (else the English one is shown).
    var vi: String?
    /// The kind (`cli.usage` unless more is known).
    var kind: ErrorKind = "cli.usage"
    init(_ message: String) { self.message = message }
    init(_ message: String, vi: String, kind: ErrorKind) {
        self.message = message
        self.vi = vi
        self.kind = kind
    }
}
