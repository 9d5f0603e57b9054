import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

/// A stratified draw from a sampling frame: strata built from the frame's unit (and strata)
/// columns, sizes allocated, members drawn by `StratifiedDraw`, and the sample written with
/// its `reserve`, `inclusionProbability` and `designWeight` columns. No I/O: the caller reads
/// the frame and writes the results.
public struct FrameDraw: Sendable {
    /// How many reserve members each stratum gets.
    public enum ReserveRule: Sendable, Equatable {
        /// r_h = K (capped at N_h − n_h).
        case count(Int)
        /// r_h = ⌈f·n_h⌉ (capped at N_h − n_h).
        case fraction(Double)

        /// r_h for a stratum.
        public func size(sample n: Int, population big: Int) -> Int {
            let r: Int
            switch self {
            case let .count(k): r = k
            case let .fraction(f): r = SampleSizeFormula.roundUp(f * Double(n))
            }
            return min(r, big - n)
        }
    }

    /// What to draw.
    public struct Options: Sendable {
        /// Frame columns: id, unit, and optional strata.
        public var idColumn: String, unitColumn: String, strataColumn: String?
        /// Sample size per unit (`--size`), or nil when `sizes` is given.
        public var sizePerUnit: Int?
        /// Sizes table: unit,n (or unit,STRATA,n with `.given`).
        public var sizes: SamplingTable?
        /// How a unit's n is shared among its strata.
        public var allocation: StratumAllocation = .proportional
        /// Reserve per stratum.
        public var reserve: ReserveRule = .count(0)
        /// The seed.
        public var seed: UInt64

        /// Creates options.
        public init(
            idColumn: String, unitColumn: String, strataColumn: String? = nil, sizePerUnit: Int? = nil,
            sizes: SamplingTable? = nil, allocation: StratumAllocation = .proportional, reserve: ReserveRule = .count(0), seed: UInt64
        ) {
            self.idColumn = idColumn
            self.unitColumn = unitColumn
            self.strataColumn = strataColumn
            self.sizePerUnit = sizePerUnit
            self.sizes = sizes
            self.allocation = allocation
            self.reserve = reserve
            self.seed = seed
        }
    }

    /// One stratum's draw.
    public struct StratumResult: Sendable {
        /// Unit and stratum names (the stratum is the unit when no strata column is given).
        public var unit: String, stratum: String
        /// Frame rows N_h, sample n_h, reserve r_h.
        public var population: Int, size: Int, reserveSize: Int
        /// Frame row indices of the sample (sorted by id) and the reserve (in order of use).
        public var sample: [Int], reserve: [Int]
        /// π = n_h / N_h.
        public var inclusionProbability: Double { Double(size) / Double(population) }
        /// N_h / n_h.
        public var designWeight: Double { Double(population) / Double(size) }
    }

    /// The frame drawn from.
    public let frame: SamplingTable
    /// The options.
    public let options: Options
    /// Strata in draw order (units, then strata, by the bytes of their names).
    public let strata: [StratumResult]

    /// Columns added to the frame's in the sample file.
    public static let addedColumns = ["reserve", "inclusionProbability", "designWeight"]

    /// Builds the strata, allocates and draws.
    public init(frame: SamplingTable, options o: Options) throws(SamplingError) {
        self.frame = frame
        self.options = o
        let f = frame.file
        let idc = try frame.column(o.idColumn, option: "--id")
        let uc = try frame.column(o.unitColumn, option: "--unit")
        let sc = try o.strataColumn.map { c throws(SamplingError) in try frame.column(c, option: "--strata") }
        for name in Self.addedColumns where frame.optionalColumn(name) != nil {
            throw .invalid(file: f, line: 1, message: "the frame already has a column '\(name)', which the draw adds")
        }
        // group rows by (unit, stratum), checking ids
        var seenID: [String: Int] = [:]
        var keyIndex: [String: Int] = [:]
        var rawIndex: [String: Int] = [:]  // (unit, stratum) as written → group: skips the case folding on repeats
        var groups: [(unit: String, stratum: String, rows: [Int])] = []
        seenID.reserveCapacity(frame.rows.count)
        for (i, r) in frame.rows.enumerated() {
            let id = r.fields[idc]
            let unit = r.fields[uc]
            if id.isEmpty { throw .invalid(file: f, line: r.line, message: "blank id in column '\(frame.header[idc])'") }
            if let first = seenID[id] {
                throw .invalid(
                    file: f, line: r.line, message: "duplicate id '\(id)' in column '\(frame.header[idc])' (first on line \(first))")
            }
            seenID[id] = r.line
            if unit.isEmpty { throw .invalid(file: f, line: r.line, message: "blank unit in column '\(frame.header[uc])' (id '\(id)')") }
            let stratum = sc.map { r.fields[$0] } ?? unit
            if stratum.isEmpty {
                throw .invalid(file: f, line: r.line, message: "empty stratum: blank value in column '\(frame.header[sc!])' (id '\(id)')")
            }
            let raw = unit + "\u{0}" + stratum
            if let k = rawIndex[raw] {
                groups[k].rows.append(i)
                continue
            }
            let key = TextKey.key(unit) + "\u{0}" + TextKey.key(stratum)
            if let k = keyIndex[key] {
                groups[k].rows.append(i)
                rawIndex[raw] = k
            } else {
                keyIndex[key] = groups.count
                rawIndex[raw] = groups.count
                groups.append((unit, stratum, [i]))
            }
        }
        if groups.isEmpty { throw .invalid(file: f, line: 0, message: "the frame has no rows") }
        func before(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
        groups.sort {
            TextKey.key($0.unit) != TextKey.key($1.unit)
                ? before(TextKey.key($0.unit), TextKey.key($1.unit)) : before(TextKey.key($0.stratum), TextKey.key($1.stratum))
        }
        for k in groups.indices { groups[k].rows.sort { before(frame.rows[$0].fields[idc], frame.rows[$1].fields[idc]) } }
        // sizes per stratum
        let sizes = try Self.sizes(groups.map { ($0.unit, $0.stratum, $0.rows.count) }, options: o, frame: frame)
        var plan: [StratifiedDraw.Stratum] = []
        for (g, n) in zip(groups, sizes) {
            plan.append(.init(members: g.rows, size: n, reserve: o.reserve.size(sample: n, population: g.rows.count)))
        }
        let drawn = StratifiedDraw.draw(plan, seed: o.seed)
        var out: [StratumResult] = []
        for (k, g) in groups.enumerated() {
            let order = Dictionary(uniqueKeysWithValues: g.rows.enumerated().map { ($1, $0) })
            out.append(
                StratumResult(
                    unit: g.unit, stratum: g.stratum, population: g.rows.count, size: plan[k].size,
                    reserveSize: plan[k].reserve, sample: drawn[k].sample.sorted { order[$0]! < order[$1]! },
                    reserve: drawn[k].reserve))
        }
        strata = out
    }

    /// n_h per group, from --size or the sizes table, checked against N_h.
    static func sizes(_ groups: [(unit: String, stratum: String, count: Int)], options o: Options, frame: SamplingTable)
        throws(SamplingError) -> [Int]
    {
        var perUnit: [String: (n: Int, line: Int)] = [:]
        var perStratum: [String: (n: Int, line: Int)] = [:]
        let sizesFile = o.sizes?.file ?? "--size"
        if let t = o.sizes {
            let uc = try t.unitColumn(o.unitColumn)
            let nc = try t.column("n")
            let sc =
                o.allocation == .given
                ? try t.column(o.strataColumn ?? o.unitColumn, option: "--allocation given needs the strata column") : nil
            let units = Set(groups.map { TextKey.key($0.unit) })
            let strata = Set(groups.map { TextKey.key($0.unit) + "\u{0}" + TextKey.key($0.stratum) })
            for r in t.rows {
                let unit = r.fields[uc]
                let n: Int
                switch UnitNumbers.parse(r.fields[nc], .count) {
                case let .success(v): n = Int(v)
                case let .failure(why): throw .invalid(file: t.file, line: r.line, message: "column 'n' of unit '\(unit)': \(why.text)")
                }
                guard units.contains(TextKey.key(unit)) else {
                    throw .invalid(file: t.file, line: r.line, message: "unit '\(unit)' has no frame rows in \(frame.file)")
                }
                if let sc {
                    let key = TextKey.key(unit) + "\u{0}" + TextKey.key(r.fields[sc])
                    guard strata.contains(key) else {
                        throw .invalid(
                            file: t.file, line: r.line,
                            message: "empty stratum: '\(r.fields[sc])' of unit '\(unit)' has no frame rows in \(frame.file)")
                    }
                    if let first = perStratum[key] {
                        throw .invalid(
                            file: t.file, line: r.line,
                            message: "stratum '\(r.fields[sc])' of unit '\(unit)' is listed twice (first on line \(first.line))")
                    }
                    perStratum[key] = (n, r.line)
                } else {
                    if let first = perUnit[TextKey.key(unit)] {
                        throw .invalid(file: t.file, line: r.line, message: "unit '\(unit)' is listed twice (first on line \(first.line))")
                    }
                    perUnit[TextKey.key(unit)] = (n, r.line)
                }
            }
        } else if o.allocation == .given {
            throw .option(name: "--allocation", message: "'given' needs --sizes FILE with a row per stratum")
        }
        var out = [Int](repeating: 0, count: groups.count)
        var k = 0
        while k < groups.count {
            var end = k
            while end < groups.count && TextKey.key(groups[end].unit) == TextKey.key(groups[k].unit) { end += 1 }
            let unit = groups[k].unit
            let bigs = groups[k..<end].map(\.count)
            let big = bigs.reduce(0, +)
            if o.allocation == .given {
                for j in k..<end {
                    let key = TextKey.key(unit) + "\u{0}" + TextKey.key(groups[j].stratum)
                    guard let s = perStratum[key] else {
                        throw .invalid(
                            file: sizesFile, line: 0,
                            message: "no n for stratum '\(groups[j].stratum)' of unit '\(unit)', which has \(groups[j].count) frame rows")
                    }
                    if s.n > groups[j].count {
                        throw .invalid(
                            file: sizesFile, line: s.line,
                            message: "n = \(s.n) is larger than N = \(groups[j].count) of stratum '\(groups[j].stratum)' of unit '\(unit)'")
                    }
                    out[j] = s.n
                }
            } else {
                let n: Int
                let line: Int
                if let s = o.sizePerUnit {
                    (n, line) = (s, 0)
                } else if let s = perUnit[TextKey.key(unit)] {
                    (n, line) = s
                } else {
                    throw .invalid(file: sizesFile, line: 0, message: "no n for unit '\(unit)', which has \(big) frame rows")
                }
                if n > big { throw .invalid(file: sizesFile, line: line, message: "n = \(n) is larger than N = \(big) of unit '\(unit)'") }
                if n < end - k {
                    throw .invalid(
                        file: sizesFile, line: line,
                        message: "n = \(n) of unit '\(unit)' is smaller than its \(end - k) strata (each needs at least 1)")
                }
                let shares = o.allocation.allocate(n, among: bigs)!
                for (j, s) in zip(k..<end, shares) {
                    if s > groups[j].count {
                        throw .invalid(
                            file: sizesFile, line: line,
                            message:
                                "equal allocation gives stratum '\(groups[j].stratum)' of unit '\(unit)' n = \(s), larger than its N = \(groups[j].count); use --allocation proportional or given"
                        )
                    }
                    out[j] = s
                }
            }
            k = end
        }
        return out
    }
}
