import ParSurveyModel
/// One administrative unit of the register.
public struct RegisteredUnit: Sendable, Equatable {
    /// Stable id (e.g. the official code).
    public var id: String
    /// Vietnamese name (NFC).
    public var name: String
    /// Unit type (`commune`, `ward`, `special zone`, `district`, `town`, `city`, `department`...).
    public var type: String
    /// Parent unit id (empty at the top).
    public var parent: String
    /// First day of validity, `YYYY-MM-DD` (empty: always).
    public var validFrom: String
    /// Last day of validity, `YYYY-MM-DD` (empty: still valid).
    public var validTo: String
    /// Line in the register file.
    public var line: Int

    /// Whether the unit existed on `date` (`YYYY-MM-DD`; ISO dates compare as text).
    public func isValid(on date: String) -> Bool {
        (validFrom.isEmpty || validFrom <= date) && (validTo.isEmpty || date <= validTo)
    }

    /// The validity as text: `2025-07-01 – ` or `– 2025-06-30`.
    public var validity: String { "\(validFrom.isEmpty ? "…" : validFrom) – \(validTo.isEmpty ? "…" : validTo)" }
}

/// The unit register (`id,name,type,parent,validFrom,validTo`): which units exist, of what
/// type, and when. Units are named by id or name (NFC, case-insensitive); a unit is valid in a
/// survey year when it exists on 31 December of that year.
public struct UnitRegister: Sendable {
    /// The register file.
    public var file: String
    /// Units in file order.
    public var units: [RegisteredUnit]
    private var byKey: [String: [Int]] = [:]

    /// Builds the lookup of `units` (ids and names).
    public init(file: String, units: [RegisteredUnit]) {
        self.file = file
        self.units = units
        for (i, u) in units.enumerated() {
            byKey[TextKey.key(u.id), default: []].append(i)
            if TextKey.key(u.name) != TextKey.key(u.id) { byKey[TextKey.key(u.name), default: []].append(i) }
        }
    }

    /// The reference date of a survey year: 31 December.
    public static func referenceDate(year: Int) -> String { "\(year)-12-31" }

    /// Loads and checks a register (CSV or `.xlsx`): ids unique, dates `YYYY-MM-DD`, validFrom ≤ validTo,
    /// parents known, no two units valid on the same day under the same name.
    public static func load(path: String) throws(RegisterError) -> UnitRegister {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, reason: error.reason) }
        let csv: SourceTable  // CSV, or the first sheet of an .xlsx workbook (then lines are sheet rows)
        do { csv = try SourceTable.parse(bytes) } catch {
            throw .invalid(file: path, line: error.line, column: "", value: "", message: error.message)
        }
        let source = csv.sheet.map { "\(path) (sheet '\($0)', line = row)" } ?? path
        let names = ["id", "name", "type", "parent", "validFrom", "validTo"]
        var cols: [Int] = []
        for n in names {
            guard let c = csv.column(n) else {
                throw .invalid(
                    file: source, line: 1, column: n, value: "", message: "missing column (columns: \(csv.header.joined(separator: ", ")))")
            }
            cols.append(c)
        }
        var units: [RegisteredUnit] = []
        var ids: [String: Int] = [:]
        for (line, f) in csv.rows {
            let v = cols.map { TextKey.clean(f[$0]) }
            for k in 0..<3 where v[k].isEmpty {
                throw .invalid(file: source, line: line, column: names[k], value: "", message: "empty \(names[k])")
            }
            if let first = ids[TextKey.key(v[0])] {
                throw .invalid(file: source, line: line, column: "id", value: v[0], message: "id repeated (first at line \(first))")
            }
            ids[TextKey.key(v[0])] = line
            for k in 4...5 where !v[k].isEmpty && !isDate(v[k]) {
                throw .invalid(file: source, line: line, column: names[k], value: v[k], message: "not a date YYYY-MM-DD")
            }
            if !v[4].isEmpty, !v[5].isEmpty, v[5] < v[4] {
                throw .invalid(file: source, line: line, column: "validTo", value: v[5], message: "validTo is before validFrom \(v[4])")
            }
            units.append(RegisteredUnit(id: v[0], name: v[1], type: v[2], parent: v[3], validFrom: v[4], validTo: v[5], line: line))
        }
        for u in units where !u.parent.isEmpty && ids[TextKey.key(u.parent)] == nil {
            throw .invalid(file: source, line: u.line, column: "parent", value: u.parent, message: "parent is not an id of the register")
        }
        return UnitRegister(file: path, units: units)
    }

    static func isDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return false }
        for i in [0, 1, 2, 3, 5, 6, 8, 9] where !(0x30...0x39).contains(b[i]) { return false }
        let m = Int(s.dropFirst(5).prefix(2))!
        let d = Int(s.suffix(2))!
        return (1...12).contains(m) && (1...31).contains(d)
    }

    /// The units named `text` (id or name), valid or not.
    public func candidates(_ text: String) -> [RegisteredUnit] { (byKey[TextKey.key(text)] ?? []).map { units[$0] } }

    /// The unit named `text` (id or name) valid on `date`, or a message saying why not
    /// (unknown, or valid only at other dates).
    public func resolve(_ text: String, on date: String) -> Result<RegisteredUnit, ResolveProblem> {
        let c = candidates(text)
        if c.isEmpty { return .failure(ResolveProblem(message: "unit '\(text)' is not in the register \(file)")) }
        let valid = c.filter { $0.isValid(on: date) }
        if valid.count == 1 { return .success(valid[0]) }
        if valid.isEmpty {
            return .failure(
                ResolveProblem(
                    message: "unit '\(text)' was not valid on \(date) (register \(file): "
                        + c.map { "\($0.id) \($0.validity)" }.joined(separator: "; ") + ")"))
        }
        return .failure(
            ResolveProblem(message: "unit '\(text)' is ambiguous on \(date): ids \(valid.map(\.id).joined(separator: ", ")); name it by id")
        )
    }

    /// Why a unit name could not be resolved.
    public struct ResolveProblem: Error, Sendable, Equatable {
        /// The message, naming the unit and the register.
        public var message: String
    }

    /// Units valid on `date`, in file order.
    public func valid(on date: String) -> [RegisteredUnit] { units.filter { $0.isValid(on: date) } }
}
