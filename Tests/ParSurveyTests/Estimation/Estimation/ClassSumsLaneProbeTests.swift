import Foundation
import Testing
@testable import ParSurvey

/// `ClassSumsLanesTests` compares the sums with a plain row loop; this suite proves that both
/// ways of adding ran there (the `lanes` probe), and that the four lanes are what the sums are
/// made of: with weights whose sums depend on the order of addition (0.1, 0.7, 1.3), the
/// 4-lane result equals, bit for bit, four per-lane loops added in lane order.
@Suite struct ClassSumsLaneProbeTests {
    @Test func bothLaneCountsRunInTheLaneSuite() throws {
        let small = try ClassSumsLanesTests.data(units: 12, perUnit: 500)  // 12 units × 7 classes
        let large = try ClassSumsLanesTests.data(units: 12_000, perUnit: 2)  // 84,000 classes > 65,536
        #expect(ClassSums(small, design: VarianceDesign(small, domain: small.table.unit), question: 0).lanes == 4)
        #expect(ClassSums(large, design: VarianceDesign(large, domain: large.table.unit), question: 0).lanes == 1)
    }

    @Test func fourLanesAreAddedInLaneOrder() throws {
        var lines = ["id,unit,w,a1,a2,b1"]
        let base: [Double] = [0.1, 0.7, 1.3]
        for k in 0..<4_001 {
            let w: Double = base[k % 3] + Double(k % 11) * 0.01
            let a: Int = 1 + k % 5
            lines.append("r\(k),U\(k % 3),\(w),\(a),4,\(a)")
        }
        let p = TestPaths.temporaryFolder() + "/lane-order.csv"
        _ = FileManager.default.createFile(atPath: p, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        let q = try Questionnaire.load(path: TestPaths.fixture("pipeline/small-questionnaire.json"))
        let data = WeightedResponses.designWeights(
            try LoadedResponses.load(
                questionnaire: q, batches: [p],
                mapping: ColumnMapping(unit: "unit", weight: "w")
            ).table)
        let design = VarianceDesign(data, domain: data.table.unit)
        let sums = ClassSums(data, design: design, question: 0)
        #expect(sums.lanes == 4)
        var lane = [[Double]](repeating: [Double](repeating: 0, count: sums.weight.count), count: 4)
        for i in 0..<data.table.rowCount {
            lane[i % 4][Int(design.atomOfRow[i]) * sums.stride + Int(data.table.answers[0][i])] += data.weights[i]
        }
        var expected: [Double] = lane[0]
        for l in 1..<4 {
            for c in 0..<expected.count { expected[c] += lane[l][c] }
        }
        #expect(sums.weight == expected)
    }
}
