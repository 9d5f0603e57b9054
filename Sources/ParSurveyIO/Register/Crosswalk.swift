import ParSurveyModel
import ParSurveyScoring
import Foundation

/// One line of a crosswalk: a share of an old unit's population that went into a new unit.
public struct CrosswalkLink: Sendable, Equatable {
    /// The old unit (resolved in the register on 31 December of the previous year).
    public var old: RegisteredUnit
    /// The new unit (resolved on 31 December of the survey year).
    public var new: RegisteredUnit
    /// Share of the old unit's population in the new unit (nil: not known).
    public var share: Double?
    /// Line in the crosswalk file.
    public var line: Int
}

/// A crosswalk from the previous year's units to this year's (`oldUnit,newUnit,share`):
/// one-to-one, many-to-one (merges) and one-to-many (splits, with population shares summing
/// to 1 per old unit, or left blank when unknown).
///
/// Carrying last year's results (docs/SCHEMES.md): a new unit's derived previous figure of
/// each component is the weighted mean of its old units' published figures with weights
/// share × population (the old unit's population, column `population` of the previous year's
/// table), rounded half-up to 2 decimals; the derived total is the sum of the derived
/// components and has no rank. A new unit fed by an old unit whose shares are blank is "not
/// comparable". A new unit whose only source is the same register id with share 1 keeps its
/// published figures and rank.
public struct Crosswalk: Sendable {
    /// The file.
    public var file: String
    /// Lines in file order.
    public var links: [CrosswalkLink]

    /// Loads and checks a crosswalk: every unit known to `register` and valid on the
    /// reference date of its year; shares in [0, 1] summing to 1 per old unit (within 10⁻⁶),
    /// or all blank for an old unit.
    public static func load(path: String, register: UnitRegister, year: Int) throws(RegisterError) -> Crosswalk {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, reason: error.reason) }
        let csv: SourceTable  // CSV, or the first sheet of an .xlsx workbook (then lines are sheet rows)
        do { csv = try SourceTable.parse(bytes) } catch {
            throw .invalid(file: path, line: error.line, column: "", value: "", message: error.message)
        }
        let source = csv.sheet.map { "\(path) (sheet '\($0)', line = row)" } ?? path
        var cols: [Int] = []
        for n in ["oldUnit", "newUnit", "share"] {
            guard let c = csv.column(n) else {
                throw .invalid(
                    file: source, line: 1, column: n, value: "", message: "missing column (columns: \(csv.header.joined(separator: ", ")))")
            }
            cols.append(c)
        }
        let oldDate = UnitRegister.referenceDate(year: year - 1)
        let newDate = UnitRegister.referenceDate(year: year)
        var links: [CrosswalkLink] = []
        for (line, f) in csv.rows {
            let o = TextKey.clean(f[cols[0]])
            let n = TextKey.clean(f[cols[1]])
            let s = TextKey.clean(f[cols[2]])
            let old: RegisteredUnit
            let new: RegisteredUnit
            switch register.resolve(o, on: oldDate) {
            case let .success(u): old = u
            case let .failure(p): throw .invalid(file: source, line: line, column: "oldUnit", value: o, message: p.message)
            }
            switch register.resolve(n, on: newDate) {
            case let .success(u): new = u
            case let .failure(p): throw .invalid(file: source, line: line, column: "newUnit", value: n, message: p.message)
            }
            var share: Double?
            if !s.isEmpty {
                guard let v = Double(s.replacingOccurrences(of: ",", with: ".")), v.isFinite, v >= 0, v <= 1 else {
                    throw .invalid(file: source, line: line, column: "share", value: s, message: "share is not a number between 0 and 1")
                }
                share = v
            }
            if let dup = links.first(where: { $0.old.id == old.id && $0.new.id == new.id }) {
                throw .invalid(
                    file: source, line: line, column: "newUnit", value: n,
                    message: "the pair \(old.id) → \(new.id) is repeated (first at line \(dup.line))")
            }
            links.append(CrosswalkLink(old: old, new: new, share: share, line: line))
        }
        var byOld: [String: [CrosswalkLink]] = [:]
        var order: [String] = []
        for l in links {
            if byOld[l.old.id] == nil { order.append(l.old.id) }
            byOld[l.old.id, default: []].append(l)
        }
        for id in order {
            let ls = byOld[id]!
            let given = ls.filter { $0.share != nil }
            if ls.count == 1, given.isEmpty { continue }
            if given.isEmpty { continue }
            if given.count != ls.count {
                throw .invalid(
                    file: source, line: ls.first { $0.share == nil }!.line, column: "share", value: "",
                    message: "old unit '\(ls[0].old.name)' has shares on some lines and not on others; give all or none")
            }
            let sum = given.reduce(0.0) { $0 + $1.share! }
            if abs(sum - 1) > 1e-6 {
                throw .invalid(
                    file: source, line: ls[0].line, column: "share",
                    value: ls.map { DecimalText.format($0.share!, places: 6) }.joined(separator: " + "),
                    message: "shares of old unit '\(ls[0].old.name)' sum to \(DecimalText.format(sum, places: 6)), not 1")
            }
        }
        return Crosswalk(file: path, links: links)
    }

    /// The previous year's figures of each new unit (keyed by `TextKey.key(new name)`), and
    /// the keys of new units that are not comparable. `previous` rows name old units (id or
    /// name, resolved in `register` on 31 December of `year − 1`).
    public func carry(_ previous: [PreviousYearRow], previousFile: String, register: UnitRegister, year: Int) throws(RegisterError)
        -> (rows: [PreviousYearRow], notComparable: Set<String>)
    {
        let oldDate = UnitRegister.referenceDate(year: year - 1)
        var prevByID: [String: PreviousYearRow] = [:]
        for p in previous {
            switch register.resolve(p.unit, on: oldDate) {
            case let .success(u): prevByID[u.id] = p
            case let .failure(problem):
                throw .invalid(file: previousFile, line: p.line, column: "unit", value: p.unit, message: problem.message)
            }
        }
        var linksOld: [String: Int] = [:]
        for l in links { linksOld[l.old.id, default: 0] += 1 }
        var order: [String] = []
        var byNew: [String: [CrosswalkLink]] = [:]
        var newUnit: [String: RegisteredUnit] = [:]
        for l in links {
            if byNew[l.new.id] == nil { order.append(l.new.id) }
            byNew[l.new.id, default: []].append(l)
            newUnit[l.new.id] = l.new
        }
        var out: [PreviousYearRow] = []
        var notComparable = Set<String>()
        for id in order {
            let ls = byNew[id]!
            let unit = newUnit[id]!
            // A split without shares: the old unit's figures cannot be divided.
            if ls.contains(where: { $0.share == nil && linksOld[$0.old.id]! > 1 }) {
                notComparable.insert(TextKey.key(unit.name))
                continue
            }
            var sources: [(PreviousYearRow, Double, CrosswalkLink)] = []
            for l in ls {
                guard let p = prevByID[l.old.id] else {
                    throw .invalid(
                        file: file, line: l.line, column: "oldUnit", value: l.old.name,
                        message: "old unit has no row in the previous year's table \(previousFile)")
                }
                sources.append((p, l.share ?? 1, l))
            }
            if ls.count == 1, ls[0].old.id == id, ls[0].share ?? 1 == 1 {
                var p = sources[0].0
                p.unit = unit.name
                out.append(p)
                continue
            }
            var w: [Double] = []
            for (p, share, l) in sources {
                guard let pop = p.population else {
                    throw .invalid(
                        file: previousFile, line: p.line, column: "population", value: "",
                        message:
                            "old unit '\(l.old.name)' needs a population to be carried into '\(unit.name)' (crosswalk \(file):\(l.line))")
                }
                w.append(share * pop)
            }
            let sw = w.reduce(0, +)
            func mean(_ f: (PreviousYearRow) -> Int) -> Int {
                guard sw > 0 else { return 0 }
                var s = 0.0
                for (k, src) in sources.enumerated() { s += w[k] * Double(f(src.0)) }
                return DecimalText.roundedScaled(s / sw / 100)
            }
            let sa = mean(\.selfAssessment)
            let sat = mean(\.satisfaction)
            let lead = mean(\.leadership)
            var row = PreviousYearRow(
                unit: unit.name, selfAssessment: sa, satisfaction: sat, leadership: lead, total: sa + sat + lead, rank: 0)
            row.derived = true
            // SE of a weighted mean of independent units: sqrt(Σ (wₖ/Σw)² seₖ²)
            func meanSE(_ f: (PreviousYearRow) -> Double?) -> Double? {
                guard sw > 0 else { return nil }
                var v = 0.0
                for (k, src) in sources.enumerated() {
                    guard let se = f(src.0) else { return nil }
                    v += (w[k] / sw) * (w[k] / sw) * se * se
                }
                return v.squareRoot()
            }
            row.satisfactionStandardError = meanSE(\.satisfactionStandardError)
            row.leadershipStandardError = meanSE(\.leadershipStandardError)
            row.derivation = sources.map { src in
                (src.2.share.map { DecimalText.format($0, places: 2) + " × " } ?? "") + src.2.old.name
            }.joined(separator: " + ")
            row.derivationSources = sources.map { PreviousYearRow.DerivationSource(share: $0.2.share, unit: $0.2.old.name) }
            out.append(row)
        }
        return (out, notComparable)
    }
}
