/// The data-quality audit of one component's accepted forms: every rule of `docs/AUDIT.md`
/// run once over the columnar table, with the flags in rule order.
public struct DataAudit: Sendable {
    /// What was audited (rows, ids, origins, metadata columns).
    public var input: AuditInput
    /// The thresholds used.
    public var options: AuditOptions
    /// Rule 1.
    public var duplicates: DuplicateScan
    /// Rule 2.
    public var straightLining: StraightLining
    /// Whether any time column was found (rule 3 runs only then).
    public var hasTimes: Bool
    /// Rule 4, when an interviewer or device column exists.
    public var interviewers: InterviewerEffects?
    /// Whether a frame was given (rule 5).
    public var frameChecked: Bool
    /// Rule 6.
    public var units: UnitAnomalies
    /// Every flag: by rule, then by first row named.
    public var flags: [AuditFlag]

    /// The questionnaire audited.
    public var questionnaire: Questionnaire { input.table.questionnaire }

    /// Audits `table`; `data` gives the weights of the interviewer test (default: design
    /// weights, or 1).
    public static func run(
        _ table: ResponseTable, data: WeightedResponses? = nil,
        options: AuditOptions = AuditOptions()
    ) throws(AuditError) -> DataAudit {
        let input = try AuditInput(table, options: options)
        let duplicates = DuplicateScan.run(input, options: options)
        let straight = StraightLining.run(input, options: options)
        let hasTimes = input.start != nil || input.end != nil || input.submitted != nil
        let timing = hasTimes ? TimingCheck.run(input, options: options) : []
        var interviewers: InterviewerEffects?
        if let column = input.interviewer ?? input.device {
            let name = input.columnsUsed.first { $0.role == (input.interviewer != nil ? "interviewer" : "device") }!.column
            interviewers = InterviewerEffects.run(
                input, column: column, name: name,
                data: data ?? WeightedResponses.designWeights(table), options: options)
        }
        var frame = options.frameIDs.map { FrameCheck.run(input, frame: $0) } ?? []
        if let dates = options.frameDates, let period = options.period {
            frame += FrameCheck.outsidePeriod(input, dates: dates, period: period)
        }
        let units = UnitAnomalies.run(input, options: options)
        var flags = duplicates.flags + straight.flags + timing + (interviewers?.flags ?? []) + frame + units.flags
        flags = flags.enumerated().sorted { a, b in
            (a.element.rule, a.element.rows.first ?? -1, a.offset) < (b.element.rule, b.element.rows.first ?? -1, b.offset)
        }.map(\.element)
        return DataAudit(
            input: input, options: options, duplicates: duplicates, straightLining: straight, hasTimes: hasTimes,
            interviewers: interviewers, frameChecked: options.frameIDs != nil, units: units, flags: flags)
    }

    /// Each flagged row with the first rule (in rule order) among `rules` that names it.
    public func flaggedRows(_ rules: Set<AuditRule>) -> [Int: AuditRule] {
        var out: [Int: AuditRule] = [:]
        for f in flags where rules.contains(f.rule) {
            for r in f.rows where out[r] == nil { out[r] = f.rule }
        }
        return out
    }

    /// Flags per rule and severity.
    public func counts() -> [(rule: AuditRule, severity: AuditSeverity, flags: Int, forms: Int)] {
        var out: [(AuditRule, AuditSeverity, Int, Int)] = []
        for rule in AuditRule.allCases {
            for s in AuditSeverity.allCases.reversed() {
                let fs = flags.filter { $0.rule == rule && $0.severity == s }
                if fs.isEmpty { continue }
                out.append((rule, s, fs.count, Set(fs.flatMap(\.rows)).count))
            }
        }
        return out
    }
}
