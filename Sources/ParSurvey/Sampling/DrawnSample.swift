import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

/// A drawn sample read back from the file `par-survey draw` wrote: each id's unit, its
/// reserve rank (0 = the sample) and design weight.
public struct DrawnSample: Sendable {
    /// One drawn row.
    public struct Member: Sendable, Equatable {
        /// Unit name.
        public var unit: String
        /// 0 for the sample, k ≥ 1 for the k-th replacement of its stratum.
        public var reserve: Int
        /// N_h / n_h.
        public var designWeight: Double
        /// Line in the sample file.
        public var line: Int
    }

    /// The sample file.
    public var file: String
    /// Members by id.
    public var members: [String: Member]
    /// Units in order of first appearance.
    public var units: [String]

    /// Reads the sample file named by `spec`; errors name file, line and value.
    public static func load(_ spec: DrawnSampleSpec) throws(SamplingError) -> DrawnSample {
        let t = try SamplingTable.read(spec.file)
        let ic = try t.column(spec.id)
        let uc = try t.column(spec.unit)
        let rc = try t.column("reserve")
        let wc = try t.column("designWeight")
        var members: [String: Member] = [:]
        var units: [String] = []
        var seenUnit = Set<String>()
        for r in t.rows {
            let id = r.fields[ic]
            let unit = r.fields[uc]
            if id.isEmpty { throw .invalid(file: t.file, line: r.line, message: "blank id in column '\(t.header[ic])'") }
            if let first = members[id] {
                throw .invalid(file: t.file, line: r.line, message: "duplicate id '\(id)' (first on line \(first.line))")
            }
            guard let reserve = Int(r.fields[rc]), reserve >= 0 else {
                throw .invalid(file: t.file, line: r.line, message: "column 'reserve': '\(r.fields[rc])' is not a whole number ≥ 0")
            }
            guard case let .success(w) = DecimalText.parsePositiveWeight(Array(r.fields[wc].utf8)[...]) else {
                throw .invalid(file: t.file, line: r.line, message: "column 'designWeight': '\(r.fields[wc])' is not a positive number")
            }
            members[id] = Member(unit: unit, reserve: reserve, designWeight: w, line: r.line)
            if seenUnit.insert(TextKey.key(unit)).inserted { units.append(unit) }
        }
        return DrawnSample(file: t.file, members: members, units: units)
    }
}
