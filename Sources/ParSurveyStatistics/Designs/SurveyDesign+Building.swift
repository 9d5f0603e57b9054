/// Why a design cannot be built: the message names the column, the stratum or cluster and
/// the value.
public struct SurveyDesignError: Error, Sendable, Equatable {
    /// The message.
    public var message: String
}

extension SurveyDesign {
    /// A categorical input column: codes per row, level names, and the column's name.
    public struct Column: Sendable {
        public var name: String
        public var codes: [UInt32]
        public var levels: [String]
        /// Creates a column.
        public init(name: String, codes: [UInt32], levels: [String]) {
            self.name = name
            self.codes = codes
            self.levels = levels
        }
    }

    /// A numeric per-row input column (FPC: population sizes or sampling fractions).
    public struct NumericColumn: Sendable {
        public var name: String
        public var values: [Double]
        /// Creates a column.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// Builds and checks a design. `clusters` lists one column per stage (empty: rows are the
    /// PSUs); `fpc` one per stage, or fewer (later stages with replacement), or one with no
    /// clusters (rows sampled without replacement within strata). Numbers > 1 are population
    /// sizes, numbers ≤ 1 sampling fractions (all one kind, as R). `origin` names a row.
    public static func build(
        rowCount n: Int, strata: Column?, clusters: [Column], fpc: [NumericColumn], nest: Bool,
        lonely: LonelyPSU, origin: (Int) -> String = { "row \($0 + 1)" }
    ) throws(SurveyDesignError) -> SurveyDesign {
        let strataCodes = strata?.codes ?? [UInt32](repeating: 0, count: n)
        let strataNames = strata?.levels ?? ["(all)"]
        if fpc.count > max(clusters.count, 1) {
            throw SurveyDesignError(message: "\(fpc.count) FPC columns for \(max(clusters.count, 1)) stage(s): at most one per stage")
        }
        var stages: [Stage] = []
        var parentOfRow = strataCodes
        var parentCount = strataNames.count
        for (s, col) in clusters.enumerated() {
            let blank = col.levels.map { $0.allSatisfy { $0 == " " || $0 == "\t" } }
            // cluster keys: the label (stage 1 without nest) or (parent, label); dense tables
            // when small (one array read per row), a dictionary otherwise
            let nl = col.levels.count
            let keySpace = (s == 0 && !nest) ? nl : parentCount * nl
            let dense = keySpace <= 1 << 22
            var table = [Int32](repeating: -1, count: dense ? keySpace : 0)
            var unique: [Int: UInt32] = [:]
            var names: [String] = []
            var stratumOf: [Int32] = []
            var ofRow = [UInt32](repeating: 0, count: n)
            var firstStratum = [Int32](repeating: -1, count: s == 0 && !nest ? nl : 0)
            var firstRow = [Int](repeating: -1, count: s == 0 && !nest ? nl : 0)
            for i in 0..<n {
                let label = Int(col.codes[i])
                if blank[label] {
                    throw SurveyDesignError(message: "\(origin(i)): blank cluster id in column '\(col.name)' (stage \(s + 1))")
                }
                let parent = parentOfRow[i]
                if s == 0 && !nest {
                    if firstStratum[label] < 0 {
                        firstStratum[label] = Int32(parent)
                        firstRow[label] = i
                    } else if firstStratum[label] != Int32(parent) {
                        throw SurveyDesignError(
                            message:
                                "\(origin(i)): cluster '\(col.levels[label])' in column '\(col.name)' appears in strata '\(strataNames[Int(firstStratum[label])])' (\(origin(firstRow[label]))) and '\(strataNames[Int(parent)])'; clusters must nest in strata, or set nest: true when ids restart within strata"
                        )
                    }
                }
                let key = (s == 0 && !nest) ? label : Int(parent) * nl + label
                if dense, table[key] >= 0 {
                    ofRow[i] = UInt32(table[key])
                } else if !dense, let c = unique[key] {
                    ofRow[i] = c
                } else {
                    let c = UInt32(names.count)
                    if dense { table[key] = Int32(c) } else { unique[key] = c }
                    names.append(col.levels[label])
                    stratumOf.append(Int32(parent))
                    ofRow[i] = c
                }
            }
            var sampled = [Int](repeating: 0, count: parentCount)
            for h in stratumOf { sampled[Int(h)] += 1 }
            stages.append(
                Stage(
                    clusterOfRow: ofRow, clusterNames: names, clusterStratum: stratumOf, sampled: sampled,
                    population: [Double](repeating: .infinity, count: parentCount)))
            parentOfRow = ofRow
            parentCount = names.count
        }
        var rows = [Int](repeating: 0, count: strataNames.count)
        for h in strataCodes { rows[Int(h)] += 1 }
        var rowPopulation = [Double](repeating: .infinity, count: strataNames.count)
        // FPC: one kind (sizes or fractions) across every stage, constant within strata.
        let all = fpc.flatMap(\.values)
        let sizes = all.contains { $0 > 1 }
        for (s, col) in fpc.enumerated() {
            let stratumOfRow: [UInt32] = s == 0 ? strataCodes : stages[s - 1].clusterOfRow
            let sampled = clusters.isEmpty ? rows : stages[s].sampled
            let stratumName: (Int) -> String = { h in
                s == 0 ? "stratum '\(strataNames[h])'" : "cluster '\(stages[s - 1].clusterNames[h])' (stage \(s))"
            }
            var value = [Double](repeating: .nan, count: sampled.count)
            var firstRow = [Int](repeating: -1, count: sampled.count)
            for i in 0..<n {
                let v = col.values[i]
                let h = Int(stratumOfRow[i])
                guard v.isFinite, v > 0 else {
                    throw SurveyDesignError(
                        message: "\(origin(i)): FPC '\(Self.number(v))' in column '\(col.name)' is not a positive number")
                }
                if sizes && v < 1 {
                    throw SurveyDesignError(
                        message:
                            "\(origin(i)): FPC '\(Self.number(v))' in column '\(col.name)' is a sampling fraction (< 1) but other FPC values are population sizes (> 1); give one kind"
                    )
                }
                if firstRow[h] < 0 {
                    value[h] = v
                    firstRow[h] = i
                } else if value[h] != v {
                    throw SurveyDesignError(
                        message:
                            "\(origin(i)): FPC '\(Self.number(v))' in column '\(col.name)' differs from '\(Self.number(value[h]))' (\(origin(firstRow[h]))) within \(stratumName(h)); it must be constant within a stratum"
                    )
                }
            }
            var population = [Double](repeating: .infinity, count: sampled.count)
            for h in sampled.indices where firstRow[h] >= 0 {
                let v = value[h]
                let stratumSize = sizes ? v : Double(sampled[h]) / v
                if stratumSize < Double(sampled[h]) * (1 - 1e-12) {
                    throw SurveyDesignError(
                        message:
                            "\(origin(firstRow[h])): FPC '\(Self.number(v))' in column '\(col.name)' is smaller than the \(sampled[h]) \(clusters.isEmpty ? "rows" : "clusters") sampled in \(stratumName(h))"
                    )
                }
                population[h] = stratumSize
            }
            if clusters.isEmpty { rowPopulation = population } else { stages[s].population = population }
        }
        let design = SurveyDesign(
            strata: strataCodes, strataNames: strataNames, stages: stages, stratumRows: rows,
            rowPopulation: rowPopulation, lonely: lonely)
        if lonely == .fail {
            for s in 0..<max(design.varianceStages, 1) {
                let sampled = stages.isEmpty ? rows : stages[s].sampled
                let population = stages.isEmpty ? rowPopulation : stages[s].population
                for h in sampled.indices where sampled[h] == 1 && (population[h].isFinite ? (population[h] - 1) / population[h] : 1) >= 1e-7
                {
                    let what = s == 0 ? "stratum '\(strataNames[h])'" : "cluster '\(stages[s - 1].clusterNames[h])'"
                    let column = clusters.isEmpty ? "" : " (column '\(clusters[s].name)')"
                    throw SurveyDesignError(
                        message:
                            "\(what) has only one PSU at stage \(s + 1)\(column); set lonelyPSU to adjust, average or certainty, or merge strata"
                    )
                }
            }
        }
        return design
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
