import ParSurvey

/// The audit's options on the command line (`audit`, and `--exclude-flagged` on `run`).
enum AuditArguments {
    static let options = OptionTable([
        .value(
            "--exclude-flagged", "RULES", "leave out forms flagged by these rules (comma-separated rule ids,",
            "families such as duplicate or timing, or all) and show how each", "unit's points and rank move"),
        .value("--near-k", "K", "near-duplicates differ in at most K answers (default: from the data)"),
        .value("--max-near-k", "K", "largest K the data-driven choice considers (default 3)"),
        .value(
            "--min-minority", "N", "duplicate checks skip forms with fewer than N answers off their",
            "own most common code (default 3)"),
        .value("--straight-min", "N", "straight-lining needs N answered questions (default 10)"),
        .value("--min-seconds", "S", "fast form: under S seconds per answered question (default 4)"),
        .value("--burst", "N", "burst: N forms from one device or interviewer (default 10) ..."),
        .value("--unit-burst", "N", "... or N from one unit (default 30) ..."),
        .value("--burst-minutes", "W", "... within W minutes (default 5)"),
        .value("--period", "FROM..TO", "survey period (dates or times, TO inclusive): forms outside are flagged"),
        .value("--timezone", "±HH:MM", "zone of times written without one (default +00:00, as KoBo's _submission_time)"),
        .value("--alpha", "A", "interviewer test: Holm-adjusted p below A (default 0.01)"),
        .value("--interviewer", "COLUMN", "interviewer column (default: interviewer, enumerator, _submitted_by, SubmitterName)"),
        .value("--device", "COLUMN", "device column (default: deviceid, DeviceID, device)"),
        .quiet("--start", .value), .quiet("--end", .value), .quiet("--submitted", .value),
        .note(
            "  --start COLUMN, --end COLUMN, --submitted COLUMN",
            String(repeating: " ", count: OptionTable.helpColumn) + "time columns (default: start, end, _submission_time / SubmissionDate)"),
        .value("--frame", "FILE", "sample frame or drawn sample (CSV): respondents not in it are flagged"),
        .value("--frame-id", "COLUMN", "its respondent id column (default id)"),
        .value("--frame-date", "COLUMN", "its transaction date column: transactions outside --period are flagged"),
        .value("--unit-share", "S", "unit anomaly: satisfied share at least S (default 0.98) ..."),
        .value("--robust-z", "Z", "... and robust z-score above Z (default 3)"),
    ])
    static var help: String { options.help }

    /// The audit's options other than `--exclude-flagged`, accepted by `run` and `report`
    /// and documented in `audit --help`.
    static var tuning: OptionTable {
        OptionTable(options.options.filter { !$0.name.isEmpty && $0.name != "--exclude-flagged" }.map { .quiet($0.name, $0.kind) })
    }

    /// The options the arguments set.
    static func options(_ args: Arguments) throws -> AuditOptions {
        var o = AuditOptions()
        func int(_ name: String, _ minimum: Int = 1) throws -> Int? {
            guard let v = args.value(name) else { return nil }
            guard let n = Int(v), n >= minimum else {
                throw UsageError(
                    "\(name) must be a whole number ≥ \(minimum), not '\(v)'",
                    vi: "\(name) phải là số nguyên ≥ \(minimum), không phải “\(v)”")
            }
            return n
        }
        func number(_ name: String) throws -> Double? {
            guard let v = args.value(name) else { return nil }
            guard let x = Double(v.replacingOccurrences(of: ",", with: ".")), x.isFinite, x >= 0 else {
                throw UsageError("\(name) must be a non-negative number, not '\(v)'", vi: "\(name) phải là số không âm, không phải “\(v)”")
            }
            return x
        }
        if let k = try int("--near-k", 0) { o.nearDifferences = k }
        if let k = try int("--max-near-k", 0) { o.maxNearDifferences = k }
        if let n = try int("--straight-min") { o.straightLineMinAnswered = n }
        if let n = try int("--min-minority", 1) { o.duplicateMinMinority = n }
        if let s = try number("--min-seconds") { o.minSecondsPerQuestion = s }
        if let n = try int("--burst", 2) { o.burstForms = n }
        if let n = try int("--unit-burst", 2) { o.unitBurstForms = n }
        if let w = try number("--burst-minutes") { o.burstMinutes = w }
        if let a = try number("--alpha") { o.interviewerAlpha = a }
        if let s = try number("--unit-share") { o.unitShareThreshold = s }
        if let z = try number("--robust-z") { o.unitRobustZ = z }
        if let tz = args.value("--timezone") {
            guard let t = AuditTime.parse("1970-01-01T00:00:00" + tz) else {
                throw UsageError("--timezone must look like +07:00, not '\(tz)'", vi: "--timezone phải có dạng +07:00, không phải “\(tz)”")
            }
            o.defaultZoneOffset = -t
        }
        if let p = args.value("--period") {
            let parts = p.components(separatedBy: "..")
            guard parts.count == 2, let from = AuditTime.parse(parts[0], defaultOffset: o.defaultZoneOffset),
                var to = AuditTime.parse(parts[1], defaultOffset: o.defaultZoneOffset)
            else {
                throw UsageError(
                    "--period must be FROM..TO (e.g. 2021-06-01..2021-06-30), not '\(p)'",
                    vi: "--period phải có dạng TỪ..ĐẾN (ví dụ 2021-06-01..2021-06-30), không phải “\(p)”")
            }
            to += parts[1].count <= 10 ? 86_400 : 1  // a date includes its whole day
            guard from < to else {
                throw UsageError("--period: FROM is after TO in '\(p)'", vi: "--period: ngày bắt đầu sau ngày kết thúc trong “\(p)”")
            }
            o.period = from..<to
        }
        o.interviewerColumn = args.value("--interviewer")
        o.deviceColumn = args.value("--device")
        o.startColumn = args.value("--start")
        o.endColumn = args.value("--end")
        o.submittedColumn = args.value("--submitted")
        if let f = args.value("--frame") {
            o.frameIDs = try FrameCheck.load(path: f, column: args.value("--frame-id") ?? "id")
            if let d = args.value("--frame-date") {
                guard o.period != nil else {
                    throw UsageError("--frame-date needs --period FROM..TO", vi: "--frame-date cần có --period TỪ..ĐẾN")
                }
                o.frameDates = try FrameCheck.loadDates(
                    path: f, idColumn: args.value("--frame-id") ?? "id", dateColumn: d, defaultOffset: o.defaultZoneOffset)
            }
        } else if args.value("--frame-id") != nil || args.value("--frame-date") != nil {
            throw UsageError("--frame-id and --frame-date go with --frame FILE", vi: "--frame-id và --frame-date chỉ dùng cùng --frame TỆP")
        }
        return o
    }

    /// The rules `--exclude-flagged` names, or nil without it.
    static func rules(_ args: Arguments) throws -> Set<AuditRule>? {
        guard let list = args.values["--exclude-flagged"] else { return nil }
        var rules = Set<AuditRule>()
        for item in list.flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let r = AuditRule.matching(item) else {
                throw UsageError(
                    "--exclude-flagged: no rule '\(item)' (rules: \(AuditRule.allCases.map(\.rawValue).joined(separator: ", ")), or all)",
                    vi:
                        "--exclude-flagged: không có quy tắc “\(item)” (các quy tắc: \(AuditRule.allCases.map(\.rawValue).joined(separator: ", ")), hoặc all)"
                )
            }
            rules.formUnion(r)
        }
        return rules
    }
}
