/// The sampling design as variance estimation sees it: stratified, one stage, with
/// replacement (R: `svydesign(ids = ~1, strata = ~stratum, weights = ~w)`), optionally
/// calibrated, for one partition of the rows into domains (units, communes, or everyone).
///
/// The variance of an estimate with influence values zᵢ is
/// V = Σ_h n_h/(n_h − 1) Σ_{i∈h} (zᵢ − z̄_h)², over every row of every stratum (rows outside the
/// domain or without a valid answer have zᵢ = 0 and still count in n_h). A stratum with a
/// single row contributes nothing (R would stop: `survey.lonely.psu = "fail"`); `lonelyStrata`
/// names them so reports can warn.
///
/// Rows are grouped into *atoms*: rows with the same domain, stratum and calibration cell (the
/// joint level of every calibration variable). An estimate's unweighted influence eᵢ and the
/// calibration indicators xᵢ are constant on an atom's rows with the same answer, so every sum
/// the variance needs is a sum over atoms, not rows: see `variance(atoms:_:scratch:)`.
public struct VarianceDesign: Sendable {
    /// Rows of the data.
    public let rowCount: Int
    /// Number of domains (1 when the partition is "everyone").
    public let domainCount: Int
    /// Rows in each domain.
    public let domainRows: [Int]
    /// Σ w and Σ w² of each domain (final weights), for Kish's design effect.
    public let domainWeightSums: [(sum: Double, sumOfSquares: Double)]
    /// Degrees of freedom of each domain: its rows minus the strata they fall in (R's `degf`
    /// of the domain's subset design).
    public let domainDegreesOfFreedom: [Int]
    /// Degrees of freedom of the whole design: rows − strata (R's `degf(design)`).
    public let degreesOfFreedom: Int
    /// Names of strata with a single row (they add nothing to any variance).
    public let lonelyStrata: [String]
    /// Whether standard errors are calibration-aware (GREG residuals).
    public var isCalibrated: Bool { projection != nil }

    package let stratumRows: [Double]
    package let stratumFactor: [Double]
    package let atomOfRow: [UInt32]
    package let atomDomain: [Int32]
    package let atomStratum: [Int32]
    package let atomLevels: [Int32]
    package let calibrationVariableCount: Int
    let atomWeight: [Double]
    let atomWeightSquared: [Double]
    /// Σc and Σc² per atom, c the calibrated weights (the final weights unless trimmed after
    /// calibrating: `Columns.calibratedWeights`); the projection's fitted terms.
    package let atomCalibratedWeight: [Double]
    package let atomCalibratedWeightSquared: [Double]
    /// Per row: the design weights the projection sums with (dᵢ, or dᵢwᵢ/cᵢ after trimming).
    package let rowProjectionWeights: [Double]
    /// Per row: the calibrated weights when they differ from the final ones (nil otherwise).
    package let rowCalibratedWeights: [Double]?
    package let atomsOfDomain: [[Int32]]
    package let allAtoms: [Int32]
    package let projection: CalibrationProjection?
    /// The clustered (multistage) variance when the data carry a design with clusters.
    package let cluster: ClusterVariance?
    /// The cluster (last stage used) of each atom, when clustered.
    package let atomCluster: [Int32]
    /// Stage-1 factor strata / strata not left out (lonely "average" with rows as PSUs), else 1.
    package let averageFactor: Double

    /// Number of atoms.
    package var atomCount: Int { atomDomain.count }

    /// The columns a `VarianceDesign` is built from: plain arrays, one entry per row.
    package struct Columns {
        /// Final weights wᵢ.
        package var weights: [Double]
        /// Design weights dᵢ (the calibration's starting weights).
        package var designWeights: [Double]
        /// Stratum code of each row, and the strata's names (`strataNames[code]`).
        package var strata: [UInt32]
        package var strataNames: [String]
        /// Domain code of each row and the number of domains; nil: one domain, everyone.
        package var domain: (codes: [UInt32], count: Int)?
        /// The calibration variables (a level code per row each) and their level counts; nil:
        /// the final weights are fixed design weights.
        package var calibration: (variables: [[UInt32]], levelCounts: [Int])?
        /// The calibrated weights when a later step (trimming) changed them (nil otherwise).
        package var calibratedWeights: [Double]?
        /// Per row: the design weights the projection sums with (dᵢ, or dᵢwᵢ/cᵢ after
        /// trimming); read only with `calibration`.
        package var projectionWeights: [Double]
        /// The multistage design (clusters, FPC, lonely PSUs), when one is given.
        package var survey: SurveyDesign?

        package init(
            weights: [Double], designWeights: [Double], strata: [UInt32], strataNames: [String], domain: (codes: [UInt32], count: Int)?,
            calibration: (variables: [[UInt32]], levelCounts: [Int])?, calibratedWeights: [Double]?, projectionWeights: [Double],
            survey: SurveyDesign?
        ) {
            self.weights = weights
            self.designWeights = designWeights
            self.strata = strata
            self.strataNames = strataNames
            self.domain = domain
            self.calibration = calibration
            self.calibratedWeights = calibratedWeights
            self.projectionWeights = projectionWeights
            self.survey = survey
        }
    }

    /// The design of the rows in `columns` (see `Columns`).
    package init(_ columns: Columns) {
        let n = columns.weights.count
        rowCount = n
        let nd = columns.domain?.count ?? 1
        domainCount = nd
        let calibration = columns.calibration
        let strata = columns.strata
        let strataNames = columns.strataNames
        // Atom key: domain, then stratum, then each calibration variable.
        var keys = columns.domain?.codes ?? [UInt32](repeating: 0, count: n)
        var count = nd
        Self.combine(&keys, &count, strata, strataNames.count)
        let survey = columns.survey
        let clusterCore = survey.flatMap { $0.stages.isEmpty ? nil : ClusterVariance($0) }
        if let survey, let clusterCore {
            Self.combine(&keys, &count, survey.stages[clusterCore.stageCount - 1].clusterOfRow, clusterCore.lastClusterCount)
        }
        for (v, codes) in (calibration?.variables ?? []).enumerated() {
            Self.combine(&keys, &count, codes, calibration!.levelCounts[v])
        }
        atomOfRow = keys
        let nv = calibration?.variables.count ?? 0
        calibrationVariableCount = nv
        var offsets: [Int32] = []
        var total: Int32 = 0
        for c in calibration?.levelCounts ?? [] {
            offsets.append(total)
            total += Int32(c)
        }
        var aDomain = [Int32](repeating: -1, count: count)
        var aStratum = [Int32](repeating: 0, count: count)
        var aLevels = [Int32](repeating: 0, count: count * nv)
        var aCluster = [Int32](repeating: 0, count: clusterCore == nil ? 0 : count)
        var aW = [Double](repeating: 0, count: count)
        var aW2 = aW
        var aD = aW
        let c = calibration == nil ? nil : columns.calibratedWeights
        var aC = c == nil ? [] : aW
        var aC2 = aC
        var hRows = [Int](repeating: 0, count: strataNames.count)
        var dRows = [Int](repeating: 0, count: nd)
        let w = columns.weights
        let d = columns.designWeights
        for i in 0..<n {
            let a = Int(keys[i])
            if aDomain[a] < 0 {
                aDomain[a] = Int32(columns.domain.map { $0.codes[i] } ?? 0)
                aStratum[a] = Int32(strata[i])
                for v in 0..<nv { aLevels[a * nv + v] = offsets[v] + Int32(calibration!.variables[v][i]) }
                if let clusterCore { aCluster[a] = Int32(survey!.stages[clusterCore.stageCount - 1].clusterOfRow[i]) }
            }
            aW[a] += w[i]
            aW2[a] += w[i] * w[i]
            aD[a] += d[i]
            if let c {
                aC[a] += c[i]
                aC2[a] += c[i] * c[i]
            }
            hRows[Int(strata[i])] += 1
            dRows[Int(aDomain[a])] += 1
        }
        atomDomain = aDomain
        atomStratum = aStratum
        atomLevels = aLevels
        atomWeight = aW
        atomWeightSquared = aW2
        atomCalibratedWeight = c == nil ? aW : aC
        atomCalibratedWeightSquared = c == nil ? aW2 : aC2
        rowCalibratedWeights = c
        rowProjectionWeights = calibration == nil ? [] : columns.projectionWeights
        cluster = clusterCore
        atomCluster = aCluster
        if let survey, survey.stages.isEmpty {
            // rows are the PSUs: FPC and the lonely-PSU rule per stratum (R's onestrat)
            var rowsD = [Double]()
            var factor = [Double]()
            var left = 0
            var total = 0
            for h in hRows.indices {
                let n = Double(hRows[h])
                let stratumSize = survey.rowPopulation[h]
                let f = stratumSize.isFinite ? (stratumSize - n) / stratumSize : 1
                if hRows[h] > 0 { total += 1 }
                rowsD.append(n)
                if f < 1e-7 || hRows[h] == 0 {
                    factor.append(0)
                    continue
                }
                if hRows[h] > 1 {
                    factor.append(f * n / (n - 1))
                    continue
                }
                switch survey.lonely {
                case .adjust:
                    factor.append(f)
                    rowsD[h] = .infinity  // centred at 0
                case .average:
                    factor.append(0)
                    left += 1
                case .certainty, .remove, .fail: factor.append(0)
                }
            }
            stratumRows = rowsD
            stratumFactor = factor
            averageFactor = left > 0 && total > left ? Double(total) / Double(total - left) : 1
        } else {
            stratumRows = hRows.map(Double.init)
            stratumFactor = hRows.map { $0 > 1 ? Double($0) / Double($0 - 1) : 0 }
            averageFactor = 1
        }
        let psus = survey?.stratumPSUs ?? hRows
        lonelyStrata = psus.indices.filter { psus[$0] == 1 }.map { strataNames[$0] }
        domainRows = dRows
        var byDomain = [[Int32]](repeating: [], count: nd)
        var sums = [(sum: Double, sumOfSquares: Double)](repeating: (0, 0), count: nd)
        var strataSeen = Set<Int64>()
        var domainStrata = [Int](repeating: 0, count: nd)
        for a in 0..<count {
            let dd = Int(aDomain[a])
            byDomain[dd].append(Int32(a))
            sums[dd].sum += aW[a]
            sums[dd].sumOfSquares += aW2[a]
            if strataSeen.insert(Int64(dd) << 32 | Int64(aStratum[a])).inserted { domainStrata[dd] += 1 }
        }
        atomsOfDomain = byDomain
        allAtoms = (0..<count).map { Int32($0) }
        domainWeightSums = sums
        if let survey, let clusterCore {
            // PSUs of the domain − its strata (R's degf of the subset)
            var seen = Set<Int64>()
            var psus = [Int](repeating: 0, count: nd)
            for a in 0..<count {
                var c = Int(aCluster[a])
                for s in stride(from: clusterCore.stageCount - 1, to: 0, by: -1) { c = Int(survey.stages[s].clusterStratum[c]) }
                if seen.insert(Int64(aDomain[a]) << 32 | Int64(c)).inserted { psus[Int(aDomain[a])] += 1 }
            }
            domainDegreesOfFreedom = (0..<nd).map { psus[$0] - domainStrata[$0] }
            degreesOfFreedom = survey.degreesOfFreedom
        } else {
            domainDegreesOfFreedom = (0..<nd).map { dRows[$0] - domainStrata[$0] }
            degreesOfFreedom = n - hRows.filter { $0 > 0 }.count
        }
        projection = calibration.map {
            CalibrationProjection(levelCounts: $0.levelCounts, atomLevels: aLevels, atomDesignWeights: aD)
        }
    }

    /// The atoms of domain `d`; `d == domainCount` stands for everyone (every atom).
    package func atoms(ofDomain d: Int) -> [Int32] { d < domainCount ? atomsOfDomain[d] : allAtoms }

    /// Degrees of freedom of domain `d` (`domainCount`: everyone).
    public func degreesOfFreedom(ofDomain d: Int) -> Int { d < domainCount ? domainDegreesOfFreedom[d] : degreesOfFreedom }

    /// Rows of domain `d` (`domainCount`: everyone).
    public func rows(ofDomain d: Int) -> Int { d < domainCount ? domainRows[d] : rowCount }

    /// Σw and Σw² of domain `d` (`domainCount`: everyone).
    public func weightSums(ofDomain d: Int) -> (sum: Double, sumOfSquares: Double) {
        if d < domainCount { return domainWeightSums[d] }
        return domainWeightSums.reduce((0, 0)) { ($0.sum + $1.sum, $0.sumOfSquares + $1.sumOfSquares) }
    }

    /// Replaces each row's key by a compact code of (key, code): a dense lookup table when
    /// the product of the ranges is small, a dictionary otherwise.
    static func combine(_ keys: inout [UInt32], _ count: inout Int, _ codes: [UInt32], _ levels: Int) {
        let nb = max(levels, 1)
        var next: UInt32 = 0
        if count * nb <= 1 << 22 {
            var table = [Int32](repeating: -1, count: count * nb)
            for i in keys.indices {
                let k = Int(keys[i]) * nb + Int(codes[i])
                if table[k] < 0 {
                    table[k] = Int32(next)
                    next += 1
                }
                keys[i] = UInt32(table[k])
            }
        } else {
            var table: [Int: UInt32] = [:]
            for i in keys.indices {
                let k = Int(keys[i]) * nb + Int(codes[i])
                if let c = table[k] {
                    keys[i] = c
                } else {
                    table[k] = next
                    keys[i] = next
                    next += 1
                }
            }
        }
        count = Int(next)
    }
}
