import ParSurveyStatistics

extension WeightingDiagnostics {
    /// Adds the design counts to every unit's summary and to the overall one: sampled PSUs
    /// (stage-1 clusters; respondents when the design has no cluster ids), stage-1 strata,
    /// and degrees of freedom PSUs − strata (R's `degf` on the unit's domain, which keeps
    /// the whole design: `degf(subset(des, unit == u))`; overall `degf(des)`).
    /// `unitOfRow` and `unitNames` are the table's unit column (codes and levels).
    package mutating func addDesignCounts(_ design: SurveyDesign, unitOfRow: [UInt32], unitNames: [String]) {
        var psus = [Set<Int>](repeating: [], count: unitNames.count)
        var strata = [Set<UInt32>](repeating: [], count: unitNames.count)
        for i in 0..<design.rowCount {
            let u = Int(unitOfRow[i])
            psus[u].insert(design.psu(ofRow: i))
            strata[u].insert(design.strata[i])
        }
        var codeOf: [String: Int] = [:]
        for (k, name) in unitNames.enumerated() where codeOf[name] == nil { codeOf[name] = k }
        for j in units.indices {
            guard let u = codeOf[units[j].name] else { continue }
            units[j].psus = psus[u].count
            units[j].strata = strata[u].count
            units[j].degreesOfFreedom = psus[u].count - strata[u].count
        }
        let sampled = design.stratumPSUs
        overall.psus = sampled.reduce(0, +)
        overall.strata = sampled.filter { $0 > 0 }.count
        overall.degreesOfFreedom = design.degreesOfFreedom
    }
}
