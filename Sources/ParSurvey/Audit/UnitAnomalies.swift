/// Rule 6: units whose satisfied share or spread is implausible next to the others.
///
/// Per unit: S = satisfied answers / valid answers over every question (unweighted; mean
/// credit for credit-scored questionnaires), and SD = the standard deviation of its forms'
/// satisfied shares. Robust z-scores against the units (z = (x − median) / (1.4826 MAD)):
/// - `unit.share` (high): S ≥ `unitShareThreshold` and z(S) > `unitRobustZ`;
/// - `unit.variance` (medium): z(SD) < −`unitRobustZ` and S ≥ the median share (forms
///   unusually alike and favourable).
/// Needs at least `unitMinUnits` units; a MAD of 0 makes the z-score undefined (no flag).
public struct UnitAnomalies: Sendable {
    /// One unit's figures.
    public struct UnitFigures: Sendable {
        /// The unit.
        public var unit: String
        /// Forms with a valid answer.
        public var forms: Int
        /// Satisfied share of its valid answers.
        public var share: Double
        /// Standard deviation of its forms' satisfied shares.
        public var spread: Double
        /// Robust z-scores of share and spread (nil when undefined).
        public var shareZ: Double?, spreadZ: Double?
    }

    /// Per unit, in unit order.
    public var units: [UnitFigures] = []
    /// The flags.
    public var flags: [AuditFlag] = []

    /// Robust z-scores of `x`: (x − median) / (1.4826 × median absolute deviation); nil when
    /// the MAD is 0.
    public static func robustZ(_ x: [Double]) -> [Double?] {
        func median(_ v: [Double]) -> Double {
            let s = v.sorted()
            let m = s.count / 2
            return s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
        }
        guard !x.isEmpty else { return [] }
        let med = median(x)
        let mad = 1.4826 * median(x.map { abs($0 - med) })
        return x.map { mad > 0 ? ($0 - med) / mad : nil }
    }

    /// Runs the rule.
    public static func run(_ input: AuditInput, options: AuditOptions) -> UnitAnomalies {
        var out = UnitAnomalies()
        let table = input.table
        let nu = table.unit.levels.count
        let nq = input.questionCount
        var valid = [Double](repeating: 0, count: nu)
        var satisfied = valid
        var forms = [Int](repeating: 0, count: nu)
        var s1 = valid
        var s2 = valid
        for r in 0..<table.rowCount where !input.formShare[r].isNaN {
            let u = Int(table.unit.codes[r])
            let v = Double(input.validCount[r])
            let y = input.formShare[r]
            valid[u] += v
            satisfied[u] += y * v
            forms[u] += 1
            s1[u] += y
            s2[u] += y * y
        }
        _ = nq
        let present = (0..<nu).filter { forms[$0] > 1 }
        let shares = present.map { satisfied[$0] / valid[$0] }
        let spreads = present.map { u in
            let n = Double(forms[u])
            let m = s1[u] / n
            return (max(0, s2[u] - n * m * m) / (n - 1)).squareRoot()
        }
        let zs = robustZ(shares)
        let zd = robustZ(spreads)
        let enough = present.count >= options.unitMinUnits
        let medianShare = shares.isEmpty ? 0 : shares.sorted()[shares.count / 2]
        for (k, u) in present.enumerated() {
            let f = UnitFigures(
                unit: table.unit.levels[u], forms: forms[u], share: shares[k], spread: spreads[k],
                shareZ: enough ? zs[k] : nil, spreadZ: enough ? zd[k] : nil)
            out.units.append(f)
            guard enough else { continue }
            if let z = zs[k], shares[k] >= options.unitShareThreshold && z > options.unitRobustZ {
                out.flags.append(
                    AuditFlag(
                        rule: .unitShare, severity: .high, unit: f.unit, rows: [], count: forms[u], statistic: z,
                        evidence: LocalizedText(
                            vi:
                                "tỷ lệ hài lòng \(InterviewerEffects.format(shares[k] * 100, places: 2)) % ≥ \(InterviewerEffects.format(options.unitShareThreshold * 100, places: 0)) %, z vững = \(InterviewerEffects.format(z, places: 2)) > \(InterviewerEffects.format(options.unitRobustZ, places: 1))",
                            en:
                                "satisfied share \(InterviewerEffects.format(shares[k] * 100, places: 2)) % ≥ \(InterviewerEffects.format(options.unitShareThreshold * 100, places: 0)) %, robust z = \(InterviewerEffects.format(z, places: 2)) > \(InterviewerEffects.format(options.unitRobustZ, places: 1))"
                        )))
            }
            if let z = zd[k], z < -options.unitRobustZ && shares[k] >= medianShare {
                out.flags.append(
                    AuditFlag(
                        rule: .unitVariance, severity: .medium, unit: f.unit, rows: [], count: forms[u], statistic: z,
                        evidence: LocalizedText(
                            vi:
                                "độ lệch chuẩn giữa các phiếu \(InterviewerEffects.format(spreads[k], places: 3)), z vững = \(InterviewerEffects.format(z, places: 2)) < −\(InterviewerEffects.format(options.unitRobustZ, places: 1))",
                            en:
                                "spread between forms (SD) \(InterviewerEffects.format(spreads[k], places: 3)), robust z = \(InterviewerEffects.format(z, places: 2)) < −\(InterviewerEffects.format(options.unitRobustZ, places: 1))"
                        )))
            }
        }
        return out
    }
}
