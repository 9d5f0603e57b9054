/// Rule 3: timing, where the batches carry times (KoBoToolbox `start`/`end`/
/// `_submission_time`, ODK Central `SubmissionDate`, or mapped columns).
///
/// - `timing.fast`: end − start below `minSecondsPerQuestion` × answered questions (medium;
///   high below half of it, or when end precedes start);
/// - `timing.burst`: at least `burstForms` forms from one device or one interviewer (high),
///   or `unitBurstForms` from one unit (medium), with times inside a sliding window of
///   `burstMinutes` minutes: every form in such a window is flagged, one flag per burst.
///   The time is the submission time, else the end, else the start;
/// - `timing.period`: a form started (or, without a start, submitted) outside the period (medium).
public enum TimingCheck {
    /// Runs the rule.
    public static func run(_ input: AuditInput, options: AuditOptions) -> [AuditFlag] {
        var flags: [AuditFlag] = []
        let table = input.table
        let n = table.rowCount
        let none = AuditInput.noTime
        if let s = input.start, let e = input.end {
            for r in 0..<n where s[r] != none && e[r] != none {
                let seconds = Double(e[r] - s[r])
                let limit = options.minSecondsPerQuestion * Double(max(1, Int(input.answered[r])))
                guard seconds < limit else { continue }
                let severity: AuditSeverity = seconds < limit / 2 || seconds < 0 ? .high : .medium
                flags.append(
                    AuditFlag(
                        rule: .timingFast, severity: severity, unit: table.unit.value(r), rows: [r], statistic: seconds,
                        evidence: LocalizedText(
                            vi: "làm trong \(Int(seconds)) giây cho \(input.answered[r]) câu (ngưỡng \(Int(limit)) giây)",
                            en: "filled in \(Int(seconds)) s for \(input.answered[r]) answers (threshold \(Int(limit)) s)")))
            }
        }
        let when: [Int64]? = {
            guard input.submitted != nil || input.end != nil || input.start != nil else { return nil }
            return (0..<n).map { r in
                for column in [input.submitted, input.end, input.start] { if let c = column, c[r] != none { return c[r] } }
                return none
            }
        }()
        if let when {
            let window = Int64(options.burstMinutes * 60)
            var keys: [(CategoricalColumn, String, Int, AuditSeverity)] = []
            if let d = input.device { keys.append((d, "device", options.burstForms, .high)) }
            if let i = input.interviewer { keys.append((i, "interviewer", options.burstForms, .high)) }
            keys.append((table.unit, "unit", options.unitBurstForms, .medium))
            for (column, role, minimum, severity) in keys {
                flags += bursts(column, role: role, times: when, window: window, minimum: minimum, severity: severity, input: input)
            }
        }
        if let period = options.period {
            for r in 0..<n {
                var t = input.start?[r] ?? none
                if t == none { t = when?[r] ?? none }
                guard t != none, !period.contains(t) else { continue }
                flags.append(
                    AuditFlag(
                        rule: .timingPeriod, severity: .medium, unit: table.unit.value(r), rows: [r],
                        evidence: LocalizedText(
                            vi:
                                "thời điểm \(AuditTime.format(t)) ngoài kỳ khảo sát \(AuditTime.format(period.lowerBound))–\(AuditTime.format(period.upperBound))",
                            en:
                                "time \(AuditTime.format(t)) outside the survey period \(AuditTime.format(period.lowerBound))–\(AuditTime.format(period.upperBound))"
                        )))
            }
        }
        return flags
    }

    /// Windows of `window` seconds holding at least `minimum` forms of one level of `column`.
    static func bursts(
        _ column: CategoricalColumn, role: String, times: [Int64], window: Int64, minimum: Int,
        severity: AuditSeverity, input: AuditInput
    ) -> [AuditFlag] {
        var byLevel = [[Int]](repeating: [], count: column.levels.count)
        for r in 0..<times.count where times[r] != AuditInput.noTime { byLevel[Int(column.codes[r])].append(r) }
        var flags: [AuditFlag] = []
        for (level, rowsOfLevel) in byLevel.enumerated() where rowsOfLevel.count >= minimum && !column.levels[level].isEmpty {
            let rows = rowsOfLevel.sorted { (times[$0], $0) < (times[$1], $1) }
            var inBurst = [Bool](repeating: false, count: rows.count)
            var lo = 0
            for hi in rows.indices {
                while times[rows[hi]] - times[rows[lo]] > window { lo += 1 }
                if hi - lo + 1 >= minimum { for t in lo...hi { inBurst[t] = true } }
            }
            // One flag per maximal run of forms in bursts.
            var t = 0
            while t < rows.count {
                guard inBurst[t] else {
                    t += 1
                    continue
                }
                var u = t
                while u + 1 < rows.count && inBurst[u + 1] { u += 1 }
                let members = Array(rows[t...u])
                let minutes = Double(times[rows[u]] - times[rows[t]]) / 60
                flags.append(
                    AuditFlag(
                        rule: .timingBurst, severity: severity, unit: input.table.unit.value(members[0]),
                        subject: "\(role) \(column.levels[level])", rows: members.sorted(), count: members.count, statistic: minutes,
                        evidence: LocalizedText(
                            vi:
                                "\(members.count) phiếu của \(role == "device" ? "thiết bị" : role == "interviewer" ? "điều tra viên" : "đơn vị") \(column.levels[level]) từ \(AuditTime.format(times[rows[t]])) đến \(AuditTime.format(times[rows[u]])) (≥ \(minimum) phiếu trong \(window / 60) phút)",
                            en:
                                "\(members.count) forms from \(role) \(column.levels[level]) between \(AuditTime.format(times[rows[t]])) and \(AuditTime.format(times[rows[u]])) (≥ \(minimum) forms within \(window / 60) minutes)"
                        )))
                t = u + 1
            }
        }
        return flags
    }
}
