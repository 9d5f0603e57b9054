import Foundation
import Testing
@testable import ParSurvey

/// The acceptance test of the audit (issue 16): the Bình Định citizens' sample with
/// synthetic interviewer, device and time columns (clean: 6 interviewers per district, one
/// device each, forms 12–25 minutes long, 5–30 minutes apart), plus planted forms of five
/// kinds. Recall ≥ 95 % per kind by the rule meant to catch it; ≤ 1 % of the clean forms
/// flagged by any rule; no clean form flagged "high".
@Suite struct PlantedAuditTests {
    /// The planted batch, its clean ids and the planted ids per kind.
    struct Planted {
        var path: String
        var clean: Set<String>
        var kinds: [String: Set<String>]
        var questionnaire: Questionnaire
    }

    static func cleanSample() throws -> LoadedResponses {
        let manifest = try SurveyManifest.load(path: TestPaths.sample)
        let spec = manifest.components[0]
        return try LoadedResponses.load(
            questionnaire: try Questionnaire.load(path: spec.questionnaire), batches: spec.batches,
            mapping: spec.columns, units: manifest.units)
    }

    /// Builds the planted CSV (seeded, so the same every run).
    static func plant() throws -> Planted {
        let clean = try cleanSample()
        let table = clean.table
        let q = table.questionnaire
        let nq = q.questions.count
        let scale = q.scale(ofQuestion: 0)
        var rng = Xoshiro256StarStar(seed: 2021)
        func uniform() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
        func below(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        func code(_ b: UInt8) -> String { b == 0 ? "" : scale.options[Int(b) - 1].code }
        var lines = ["id,district,interviewer,deviceid,start,end,_submission_time," + q.questions.map(\.id).joined(separator: ",")]
        func row(
            _ id: String, _ unit: String, _ interviewer: String, _ device: String, start: Int64, end: Int64, submitted: Int64,
            _ answers: [UInt8]
        ) {
            lines.append(
                [id, unit, interviewer, device, AuditTime.format(start), AuditTime.format(end), AuditTime.format(submitted)].joined(
                    separator: ",")
                    + "," + answers.map(code).joined(separator: ","))
        }
        func answers(_ r: Int) -> [UInt8] { (0..<nq).map { table.answers[$0][r] } }
        let day0 = AuditTime.parse("2021-06-01T01:00:00Z")!  // 08:00 in Vietnam
        // Clean forms: each district's forms dealt to 6 interviewers, each working through
        // their forms one after another, 8 a day.
        var clock: [String: (day: Int64, t: Int64, done: Int)] = [:]
        var cleanIDs = Set<String>()
        for r in 0..<table.rowCount {
            let unit = table.unit.value(r)
            let k = below(6)
            let iv = "\(unit)-iv\(k)"
            var c = clock[iv] ?? (0, day0, 0)
            if c.done == 8 { c = (c.day + 1, day0 + (c.day + 1) * 86_400, 0) }
            let start = c.t + Int64(300 + below(1500))
            let end = start + Int64(720 + below(780))
            clock[iv] = (c.day, end, c.done + 1)
            row(table.id(r), unit, iv, "dev-\(iv)", start: start, end: end, submitted: end + 60, answers(r))
            cleanIDs.insert(table.id(r))
        }
        // Planted forms well apart in time (37 minutes), so only the burst is a burst.
        var plantedClock = AuditTime.parse("2021-07-10T01:00:00Z")!
        func nextTimes() -> (Int64, Int64, Int64) {
            plantedClock += 37 * 60
            return (plantedClock, plantedClock + 900, plantedClock + 960)
        }
        let minority = { (v: [UInt8]) -> Int in
            var tally = [Int](repeating: 0, count: 256)
            for b in v where b != 0 { tally[Int(b)] += 1 }
            return v.filter { $0 != 0 }.count - tally.max()!
        }
        // Copies and near-copies: of forms within the duplicate rule's scope (≥ 3 answers off
        // their own most common code: 97.6 % of this sample's forms).
        let informative = (0..<table.rowCount).filter { minority(answers($0)) >= 3 }
        var kinds: [String: Set<String>] = [:]
        for i in 0..<40 {
            let r = informative[below(informative.count)]
            let unit = table.unit.value(r)
            let iv = "\(unit)-iv\(below(6))"
            let t = nextTimes()
            row("CP-\(i)", unit, iv, "dev-\(iv)", start: t.0, end: t.1, submitted: t.2, answers(r))
            kinds["copy", default: []].insert("CP-\(i)")
        }
        for i in 0..<40 {
            let r = informative[below(informative.count)]
            var v = answers(r)
            let valid = v.indices.filter { v[$0] >= 1 && v[$0] <= 5 }
            var changed = Set<Int>()
            while changed.count < 1 + i % 2 { changed.insert(valid[below(valid.count)]) }
            for c in changed { v[c] = v[c] == 5 ? 4 : v[c] + 1 }
            let unit = table.unit.value(r)
            let iv = "\(unit)-iv\(below(6))"
            let t = nextTimes()
            row("NC-\(i)", unit, iv, "dev-\(iv)", start: t.0, end: t.1, submitted: t.2, v)
            kinds["near", default: []].insert("NC-\(i)")
        }
        let units = table.unit.levels
        for i in 0..<30 {
            let b: UInt8 = i < 20 ? 5 : i < 27 ? 4 : 3
            let unit = units[below(units.count)]
            let iv = "\(unit)-iv\(below(6))"
            let t = nextTimes()
            row("SL-\(i)", unit, iv, "dev-\(iv)", start: t.0, end: t.1, submitted: t.2, [UInt8](repeating: b, count: nq))
            kinds["straight", default: []].insert("SL-\(i)")
        }
        for i in 0..<30 {
            let t = nextTimes()
            row(
                "FAB-\(i)", "Tây Sơn", "Tây Sơn-fab", "dev-fab", start: t.0, end: t.1, submitted: t.2,
                (0..<nq).map { _ in uniform() < 0.75 ? 5 : 4 })
            kinds["fabricated", default: []].insert("FAB-\(i)")
        }
        // The burst: 40 submissions from one device within 273 seconds, answers drawn
        // independently from Quy Nhơn's own answers to each question.
        let qn = (0..<table.rowCount).filter { table.unit.value($0) == "Quy Nhơn" }
        let burst0 = AuditTime.parse("2021-06-20T03:00:00Z")!
        for i in 0..<40 {
            let sub = burst0 + Int64(i * 7)
            row(
                "BU-\(i)", "Quy Nhơn", "Quy Nhơn-iv\(i % 6)", "dev-burst", start: sub - 1200, end: sub - 60, submitted: sub,
                (0..<nq).map { table.answers[$0][qn[below(qn.count)]] })
            kinds["burst", default: []].insert("BU-\(i)")
        }
        let path = TestPaths.write(lines.joined(separator: "\n") + "\n", name: "planted.csv")
        return Planted(path: path, clean: cleanIDs, kinds: kinds, questionnaire: q)
    }

    static func audit(_ p: Planted) throws -> (DataAudit, ResponseTable) {
        let loaded = try LoadedResponses.load(
            questionnaire: p.questionnaire, batches: [p.path],
            mapping: ColumnMapping(id: "id", unit: "district"))
        #expect(loaded.rejects.isEmpty)
        var options = AuditOptions()
        options.period = AuditTime.parse("2021-06-01T00:00:00+07:00")!..<AuditTime.parse("2021-08-01T00:00:00+07:00")!
        return (try DataAudit.run(loaded.table, options: options), loaded.table)
    }

    @Test func plantedFormsAreFoundAndCleanOnesAreNot() throws {
        let p = try Self.plant()
        let (audit, table) = try Self.audit(p)
        func ids(_ rules: Set<AuditRule>) -> Set<String> {
            Set(audit.flags.filter { rules.contains($0.rule) }.flatMap(\.rows).map { table.id($0) })
        }
        let meant: [String: Set<AuditRule>] = [
            "copy": [.duplicateExact], "near": [.duplicateNear, .duplicateExact], "straight": [.straightLine],
            "fabricated": [.interviewerDistribution], "burst": [.timingBurst],
        ]
        for (kind, planted) in p.kinds.sorted(by: { $0.key < $1.key }) {
            let found = planted.intersection(ids(meant[kind]!))
            let recall = Double(found.count) / Double(planted.count)
            #expect(recall >= 0.95, "\(kind): recall \(found.count)/\(planted.count)")
            print("planted \(kind): \(found.count)/\(planted.count) found")
        }
        let flaggedClean = ids(Set(AuditRule.allCases)).intersection(p.clean)
        #expect(
            Double(flaggedClean.count) <= 0.01 * Double(p.clean.count), "clean forms flagged: \(flaggedClean.count) of \(p.clean.count)")
        print(
            "planted sample: \(flaggedClean.count) of \(p.clean.count) clean forms flagged: "
                + audit.counts().map { "\($0.rule.rawValue)/\($0.severity.rawValue) \($0.forms)" }.joined(separator: ", "))
        let highClean = Set(audit.flags.filter { $0.severity == .high }.flatMap(\.rows).map { table.id($0) }).intersection(p.clean)
        #expect(highClean.isEmpty, "clean forms flagged high: \(highClean.sorted())")
        // The fabricating interviewer is flagged high (many questions), the burst device too.
        let fab = audit.flags.filter { $0.rule == .interviewerDistribution }
        #expect(fab.map { "\($0.severity) \($0.subject ?? "")" } == ["high interviewer Tây Sơn-fab"], "\(fab.map(\.evidence.en))")
        #expect(
            audit.flags.contains { $0.rule == .timingBurst && $0.subject == "deviceid dev-burst" && $0.rows.count == 40 }
                || audit.flags.contains { $0.rule == .timingBurst && $0.subject == "device dev-burst" && $0.rows.count == 40 })
    }

    @Test func cleanSampleFlagsNothingHigh() throws {
        let manifest = try SurveyManifest.load(path: TestPaths.sample)
        for spec in manifest.components {
            let loaded = try LoadedResponses.load(
                questionnaire: try Questionnaire.load(path: spec.questionnaire), batches: spec.batches,
                mapping: spec.columns, units: manifest.units)
            let audit = try DataAudit.run(loaded.table)
            #expect(!audit.flags.contains { $0.severity == .high }, "\(spec.questionnaire)")
        }
    }

    @Test func excludingFlaggedFormsKeepsTheAccountsWhole() throws {
        let p = try Self.plant()
        let loaded = try LoadedResponses.load(
            questionnaire: p.questionnaire, batches: [p.path], mapping: ColumnMapping(id: "id", unit: "district"))
        let audit = try DataAudit.run(loaded.table)
        let ex = AuditExclusion.apply(loaded, audit: audit, rules: [.duplicateExact, .straightLine])
        let t = BatchAccount.total(ex.loaded.accounts)
        #expect(t.read == t.accepted + t.rejected + t.excluded)
        // 40 copies (each flagged once: the copy, never its original) and 30 straight-liners,
        // each form counted under one reason.
        #expect(t.excluded == ex.counts.reduce(0) { $0 + $1.forms })
        #expect((ex.counts.first { $0.rule == .straightLine }?.forms ?? 0) >= 30)
        #expect(p.kinds["straight"]!.isDisjoint(with: ex.loaded.table.ids))
        #expect(ex.loaded.table.rowCount == loaded.table.rowCount - t.excluded)
        #expect(!ex.loaded.table.ids.contains("SL-0"))
        #expect(ex.loaded.table.ids.contains("Tây Sơn-fab") == false)
    }
}
