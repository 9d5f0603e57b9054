import Foundation
import Testing
@testable import ParSurvey

/// A small scheme computed by hand: bonus and penalty points, a rescaled missing component,
/// grade bands, ranks.
@Suite struct SchemeScoringTests {
    /// 100 = self-assessment 50 (A 30 = A.1 10 + A.2 20; B 20) + satisfaction 30 + leadership 20;
    /// bonus X ≤ 3, penalty Y ≤ 2; missing component: rescale; bands 90 / 80 / 65 / 0.
    static let schemeJSON = """
        {"schemaVersion": 1, "id": "test", "title": {"vi": "Thử", "en": "Test"}, "totalPoints": 100,
         "components": [
           {"id": "sa", "title": "Tự đánh giá", "maxPoints": 50, "source": "selfAssessment"},
           {"id": "sat", "title": "Hài lòng", "maxPoints": 30, "source": "satisfaction"},
           {"id": "lead", "title": "Lãnh đạo", "maxPoints": 20, "source": "leadership"}],
         "criteria": [
           {"id": "A", "title": "A", "maxPoints": 30, "criteria": [
              {"id": "A.1", "title": "A.1", "maxPoints": 10}, {"id": "A.2", "title": "A.2", "maxPoints": 20}]},
           {"id": "B", "title": "B", "maxPoints": 20}],
         "adjustments": [
           {"id": "X", "title": "Thưởng", "kind": "bonus", "maxPoints": 3},
           {"id": "Y", "title": "Trừ", "kind": "penalty", "maxPoints": 2}],
         "missingComponent": "rescale",
         "rounding": {"places": 2, "mode": "halfUp"},
         "grades": [
           {"id": "xuat-sac", "title": {"vi": "Xuất sắc", "en": "Excellent"}, "minimum": 90},
           {"id": "tot", "title": {"vi": "Tốt", "en": "Good"}, "minimum": 80},
           {"id": "kha", "title": {"vi": "Khá", "en": "Fair"}, "minimum": 65},
           {"id": "tb", "title": {"vi": "Trung bình", "en": "Average"}, "minimum": 0}]}
        """

    static let selfAssessmentCSV = """
        unit,criterion,score,max
        U1,A,25,30
        U1,A.1,8,10
        U1,A.2,17,20
        U1,B,15,20
        U1,X,2.5,3
        U1,Y,1,2
        U2,A,28,30
        U2,B,19,20
        U3,A,20,30
        U3,B,10,20
        U3,Y,2,
        """

    @Test func handComputedTotals() throws {
        let scheme = try IndexScheme.parse(Array(Self.schemeJSON.utf8), file: "s.json")
        let sa = try SelfAssessment.parse(Array(Self.selfAssessmentCSV.utf8), file: "sa.csv", scheme: scheme)
        // Survey points on the scheme's scale (questionnaire maxima 30 and 10: leadership ×2).
        let sat = [
            UnitPoints(unit: "U1", index: 0.8152, points: 24.456, maxPoints: 30),
            UnitPoints(unit: "U2", index: 0.9331333, points: 27.994, maxPoints: 30),
            UnitPoints(unit: "U3", index: 0.6668, points: 20.004, maxPoints: 30),
        ]
        let lead = [
            UnitPoints(unit: "U1", index: 0.8502, points: 8.502, maxPoints: 10),
            UnitPoints(unit: "U3", index: 0.5, points: 5.0, maxPoints: 10),
        ]
        let t = try ParIndexTable.merge(scheme: scheme, selfAssessment: sa, satisfaction: sat, leadership: lead)
        let r = Dictionary(uniqueKeysWithValues: t.rows.map { ($0.unit, $0) })
        // U1: self 25 + 15 = 40; satisfaction 24.456 → 24.46; leadership 8.502 × 20/10 = 17.004 → 17.00;
        //     bonus 2.5 − penalty 1 = +1.5; total 40 + 24.46 + 17.00 + 1.5 = 82.96 → "Tốt" (≥ 80).
        #expect(r["U1"]!.selfAssessment == 4000 && r["U1"]!.satisfaction == 2446 && r["U1"]!.leadership == 1700)
        #expect(r["U1"]!.adjustment == 150 && r["U1"]!.total == 8296 && r["U1"]!.grade?.id == "tot")
        // U2: no leaders' survey → rescale: self 28 + 19 = 47, satisfaction 27.994 → 27.99;
        //     present 74.99 of 50 + 30 = 80 → 74.99 × 100 / 80 = 93.7375 → 93.74 (half-up) → "Xuất sắc".
        #expect(r["U2"]!.missing == [.leadership] && r["U2"]!.total == 9374 && r["U2"]!.grade?.id == "xuat-sac")
        // U3: 20 + 10 = 30; satisfaction 20.004 → 20.00; leadership 5 × 2 = 10.00; penalty 2;
        //     total 30 + 20 + 10 − 2 = 58.00 → "Trung bình" (below 65).
        #expect(r["U3"]!.adjustment == -200 && r["U3"]!.total == 5800 && r["U3"]!.grade?.id == "tb")
        // Ranks by total: U2 93.74, U1 82.96, U3 58.00.
        #expect(t.rows.map(\.rank) == [2, 1, 3])
    }

    @Test func zeroPolicyCountsMissingAsZero() throws {
        let json = Self.schemeJSON.replacingOccurrences(of: "\"rescale\"", with: "\"zero\"")
        let scheme = try IndexScheme.parse(Array(json.utf8), file: "s.json")
        let sa = try SelfAssessment.parse(Array("unit,criterion,score,max\nU2,A,28,30\nU2,B,19,20\n".utf8), file: "sa.csv", scheme: scheme)
        let t = try ParIndexTable.merge(
            scheme: scheme, selfAssessment: sa,
            satisfaction: [UnitPoints(unit: "U2", index: 0.9331333, points: 27.994, maxPoints: 30)], leadership: [])
        // 47 + 27.99 + 0 = 74.99 → "Khá" (65 ≤ 74.99 < 80).
        #expect(t.rows[0].total == 7499 && t.rows[0].grade?.id == "kha")
    }

    @Test func shippedSchemeMatchesItsFile() throws {
        let file = try String(contentsOfFile: TestPaths.repo("Schemes/binh-dinh-2021-district.json"), encoding: .utf8)
        #expect(file.trimmingCharacters(in: .newlines) == IndexScheme.binhDinh2021DistrictJSON.trimmingCharacters(in: .newlines))
        let s = IndexScheme.binhDinh2021District
        // The published 2021 split: 60 + 30 + 10 = 100, groups 10 + 5 + 10 + 7 + 11 + 5 + 12 = 60.
        #expect(
            s.components.map(\.maxPoints) == [6000, 3000, 1000] && s.criteria.map(\.maxPoints) == [1000, 500, 1000, 700, 1100, 500, 1200])
    }

    @Test func rankingGroupsRankSeparately() throws {
        let json = Self.schemeJSON.replacingOccurrences(
            of: "\"missingComponent\"",
            with: """
                "rankingGroups": [{"id": "xa", "title": "Xã", "unitTypes": ["commune", "special zone"]}, {"id": "phuong", "title": "Phường", "unitTypes": ["ward"]}],
                "missingComponent"
                """)
        let scheme = try IndexScheme.parse(Array(json.utf8), file: "s.json")
        let sa = try SelfAssessment.parse(Array(Self.selfAssessmentCSV.utf8), file: "sa.csv", scheme: scheme)
        let sat = ["U1", "U2", "U3"].map { UnitPoints(unit: $0, index: 0.5, points: 15, maxPoints: 30) }
        let lead = ["U1", "U2", "U3"].map { UnitPoints(unit: $0, index: 0.5, points: 5, maxPoints: 10) }
        let t = try ParIndexTable.merge(
            scheme: scheme, selfAssessment: sa, satisfaction: sat, leadership: lead,
            unitTypes: ["u1": "commune", "u2": "ward", "u3": "special zone"])
        // U1 (40 + 1.5) and U3 (30 − 2) are communes: ranks 1 and 2 of 2; U2 is the only ward: 1 of 1.
        #expect(t.rows.map(\.rank) == [1, 1, 2] && t.rows.map(\.of) == [2, 1, 2])
        #expect(t.ranked.map(\.unit) == ["U1", "U3", "U2"])
    }
}

/// The sorted rank simulation (many units) gives exactly the pairwise counts.
@Suite struct SortedRankSimulationTests {
    @Test func sortedEqualsPairwise() {
        var rng = Xoshiro256StarStar(seed: 5)
        let n = 300
        // Ties on purpose: every fifth unit has no standard error and a fixed total of 120, above every other (at most 60 + 40).
        let fixed = (0..<n).map { i in i % 5 == 0 ? 120.0 : 40 + 20 * rng.nextOpenUnit() }
        let est = (0..<n).map { i in i % 5 == 0 ? 0.0 : 30 + 10 * rng.nextOpenUnit() }
        let se = (0..<n).map { i in i % 5 == 0 ? 0.0 : 0.2 + rng.nextOpenUnit() }
        let sorted = RankSimulation.simulate(fixed: fixed, estimates: est, standardErrors: se, seed: 9, draws: 300, pairwiseUpTo: 0)
        let pairwise = RankSimulation.simulate(fixed: fixed, estimates: est, standardErrors: se, seed: 9, draws: 300, pairwiseUpTo: n)
        #expect(sorted == pairwise)
        // The tied units share one rank in every draw.
        let tied: [RankSimulation.UnitRanks] = stride(from: 0, to: n, by: 5).map { sorted[$0] }
        #expect(tied.allSatisfy { $0 == tied[0] } && tied[0].probability(ofRank: 1) == 1)
    }
}
