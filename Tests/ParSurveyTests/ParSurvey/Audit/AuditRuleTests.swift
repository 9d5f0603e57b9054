import Foundation
import Testing
@testable import ParSurvey

/// The audit's pieces against hand calculations (written out in comments) and against the
/// comparison code that is itself checked against R's `svychisq`.
@Suite struct AuditRuleTests {
    @Test func timestampsOfKoBoAndODKExports() {
        // python3: datetime(2021,6,1,1,0,tzinfo=utc).timestamp() = 1622509200
        #expect(AuditTime.parse("2021-06-01T08:00:00.000+07:00") == 1_622_509_200)
        // datetime(2021,6,2,8,14,tzinfo=utc).timestamp() = 1622621640
        #expect(AuditTime.parse("2021-06-02T08:14:00.000Z") == 1_622_621_640)
        // No zone: UTC by default (KoBo's _submission_time); 2021-06-01 00:00Z + 8 h 12 min.
        let expected: Int64 = 1_622_535_120  // 1622505600 + 29520
        #expect(AuditTime.parse("2021-06-01T08:12:00") == expected)
        #expect(AuditTime.parse("2021-06-01T08:12:00", defaultOffset: 7 * 3600) == expected - 25_200)
        #expect(AuditTime.parse("2021-06-01") == 1_622_505_600)
        #expect(AuditTime.parse("2021-13-01") == nil)
        #expect(AuditTime.parse("not a time") == nil)
        #expect(AuditTime.format(1_622_509_200) == "2021-06-01T01:00:00Z")
    }

    @Test func anovaIntraInterviewerCorrelation() {
        // Groups {1,2,3} and {4,5,6}: means 2 and 5, grand mean 3.5.
        // SSB = 3(1.5²) + 3(1.5²) = 13.5 on 1 df; SSW = 2 + 2 = 4 on 4 df, MSW = 1;
        // n₀ = (6 − 18/6)/1 = 3; ρ = (13.5 − 1)/(13.5 + 2 × 1) = 12.5/15.5.
        let rho = InterviewerEffects.anovaCorrelation([[1, 2, 3], [4, 5, 6]])!
        #expect(abs(rho - 12.5 / 15.5) < 1e-12)
        // Identical group means: MSB = 0; n₀ = (6 − 12/6)/2 = 2; ρ = −MSW/((n₀ − 1)MSW) = −1.
        #expect(abs(InterviewerEffects.anovaCorrelation([[1, 3], [1, 3], [1, 3]])! - (-1)) < 1e-12)
    }

    @Test func robustZScores() {
        // median 3; |x − 3| = 2,1,0,1,97 → MAD 1, scaled 1.4826; z(100) = 97/1.4826.
        let z = UnitAnomalies.robustZ([1, 2, 3, 4, 100])
        #expect(abs(z[4]! - 97 / 1.4826) < 1e-9)
        #expect(z[2] == 0)
        #expect(UnitAnomalies.robustZ([2, 2, 2])[0] == nil)
    }

    /// A sipas-citizen batch from rows of 22 answer codes (one unit).
    static func table(_ rows: [[Int]], unit: [String]? = nil) throws -> ResponseTable {
        let q = try Questionnaire.load(path: TestPaths.repo("Questionnaires/sipas-citizen.json"))
        var csv = "id,district," + (1...22).map { "q\($0)" }.joined(separator: ",") + "\n"
        for (i, r) in rows.enumerated() { csv += "r\(i),\(unit?[i] ?? "U")," + r.map(String.init).joined(separator: ",") + "\n" }
        var loader = BatchLoader(questionnaire: q, mapping: ColumnMapping(id: "id", unit: "district"))
        try loader.loadCSV(bytes: Array(csv.utf8), file: "t.csv")
        return loader.table
    }

    @Test func chancePairsUnderIndependence() throws {
        // Four forms of one unit; every question has two 4s and two 5s, so two forms agree on
        // a question with probability ½² + ½² = ½, independently over 22 questions.
        // E[pairs within 0] = C(4,2) × 2⁻²² ; within 1: C(4,2) × (1 + 22) × 2⁻²².
        let alt = (0..<22).map { $0 % 2 == 0 ? 4 : 5 }
        let t = try Self.table([Array(repeating: 4, count: 22), Array(repeating: 5, count: 22), alt, alt.map { 9 - $0 }])
        let input = try AuditInput(t, options: AuditOptions())
        let e = ChancePairs.expected(input, rows: [0, 1, 2, 3], maxK: 1, classOf: t.unit.codes, classes: 1)
        let p = pow(0.5, 22.0)
        #expect(abs(e[0] - 6 * p) < 1e-15)
        #expect(abs(e[1] - 6 * 23 * p) < 1e-15)
    }

    @Test func blockingFindsEveryPairWithinKWithoutComparingAll() {
        // 3,000 random vectors of 22 answers (1–5) with 60 planted pairs 1–2 answers apart;
        // the blocking search must find exactly the pairs a full comparison finds.
        var rng = Xoshiro256StarStar(seed: 7)
        let nq = 22
        let n = 3000
        var codes = (0..<(n * nq)).map { _ in UInt8(1 + rng.next() % 5) }
        for i in 0..<60 {
            let from = Int(rng.next() % 1000)
            let to = 1000 + i * 30
            for q in 0..<nq { codes[to * nq + q] = codes[from * nq + q] }
            for c in 0..<(1 + i % 2) {
                let q = (i * 7 + c * 5) % nq
                codes[to * nq + q] = codes[to * nq + q] % 5 + 1
            }
        }
        var brute: [UInt64: Int] = [:]
        for a in 0..<n {
            for b in (a + 1)..<n {
                var d = 0
                for q in 0..<nq where codes[a * nq + q] != codes[b * nq + q] { d += 1 }
                if d >= 1 && d <= 2 { brute[UInt64(a) << 32 | UInt64(b)] = d }
            }
        }
        var finder = NearPairFinder(codes: codes, questions: nq, k: 2)
        finder.search((0..<n).map(Int32.init), questions: Array(0..<nq))
        #expect(brute.count >= 60)
        #expect(finder.found == brute)
        #expect(finder.verified < n * (n - 1) / 2 / 20, "verified \(finder.verified) candidate pairs")
    }

    @Test func interviewerTestIsTheWithinUnitRaoScottTest() throws {
        // With two interviewers in a unit, "one against the rest of the unit" is the unit's
        // 2 × c homogeneity test by interviewer, which `compare` computes as R's svychisq
        // (checked against R in the comparison tests): the p-values must agree.
        let clean = try PlantedAuditTests.cleanSample().table
        let q = clean.questionnaire
        let scale = q.scale(ofQuestion: 0)
        var csv = "id,district,interviewer," + q.questions.map(\.id).joined(separator: ",") + "\n"
        for r in 0..<clean.rowCount {
            csv +=
                "\(clean.id(r)),\(clean.unit.value(r)),iv\(r % 3 == 0 ? "A" : "B"),"
                + (0..<q.questions.count).map { clean.answers[$0][r] == 0 ? "" : scale.options[Int(clean.answers[$0][r]) - 1].code }.joined(
                    separator: ",") + "\n"
        }
        var loader = BatchLoader(questionnaire: q, mapping: ColumnMapping(id: "id", unit: "district"))
        try loader.loadCSV(bytes: Array(csv.utf8), file: "iv.csv")
        let table = loader.table
        let data = WeightedResponses.designWeights(table)
        let audit = try DataAudit.run(table)
        let effects = try #require(audit.interviewers)
        let within = try GroupComparison.compareWithinUnits(data, by: "interviewer", questions: Array(q.questions.indices))
        var compared = 0
        for r in effects.results where r.question >= 0 {
            let unit = try #require(within.first { $0.unit == r.unit })
            let test = try #require(unit.result.questions[r.question].test)
            #expect(abs(test.pValueF - r.p) <= 1e-9 * max(1, test.pValueF), "\(r.unit) \(r.interviewer) q\(r.question + 1)")
            compared += 1
        }
        #expect(compared >= 2 * 11 * 22 - 10)  // both interviewers of each unit, every question (bar untestable ones)
    }

    @Test func interviewerAgainstTheRestMatchesR() throws {
        // Scripts/reference/audit_interviewers.R: Tây Sơn's k-th form given interviewer A, B, C
        // (k mod 3); svychisq(~is_iv + F_q, district design, statistic = "F") per interviewer
        // and question (three interviewers, so "the rest" pools two of them).
        let clean = try PlantedAuditTests.cleanSample().table
        let q = clean.questionnaire
        let scale = q.scale(ofQuestion: 0)
        var csv = "id,district,interviewer," + q.questions.map(\.id).joined(separator: ",") + "\n"
        var seen: [String: Int] = [:]
        for r in 0..<clean.rowCount {
            let u = clean.unit.value(r)
            let k = seen[u, default: 0]
            seen[u] = k + 1
            csv +=
                "\(clean.id(r)),\(u),\(["A", "B", "C"][k % 3]),"
                + (0..<q.questions.count).map { clean.answers[$0][r] == 0 ? "" : scale.options[Int(clean.answers[$0][r]) - 1].code }.joined(
                    separator: ",") + "\n"
        }
        var loader = BatchLoader(questionnaire: q, mapping: ColumnMapping(id: "id", unit: "district"))
        try loader.loadCSV(bytes: Array(csv.utf8), file: "iv.csv")
        let effects = try #require(try DataAudit.run(loader.table).interviewers)
        let json = try JSONParser.parse(
            Array(try Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("audit/interviewers-tay-son.json")))))
        guard case let .array(reference) = json else {
            Issue.record("fixture is not an array")
            return
        }
        #expect(reference.count == 66)
        for ref in reference {
            guard case let .string(iv)? = ref["interviewer"], case let .number(question, _)? = ref["question"],
                case let .number(p, _)? = ref["pF"]
            else {
                Issue.record("bad fixture entry")
                continue
            }
            let mine = try #require(
                effects.results.first { $0.unit == "Tây Sơn" && $0.interviewer == iv && $0.question == Int(question) - 1 })
            #expect(abs(mine.p - p) <= 1e-8 * max(p, 1e-3), "\(iv) q\(Int(question)): \(mine.p) vs R \(p)")
        }
    }
}
