import Foundation
import Testing
@testable import ParSurvey

/// `ClassSums` adds rows into four lanes when its table is small (≤ 65,536 classes) and into
/// one when it is large; both must give the per-class sums a plain row loop gives.
@Suite struct ClassSumsLanesTests {
    /// `units` units of `perUnit` rows each; answers and weights cycle through fixed patterns.
    static func data(units: Int, perUnit: Int) throws -> WeightedResponses {
        var lines = ["id,unit,w,a1,a2,b1"]
        for u in 0..<units {
            for r in 0..<perUnit {
                let k = u * perUnit + r
                lines.append("r\(k),U\(u),\([1, 2, 3, 0.5][k % 4]),\([5, 4, 3, 2, 1, 9][k % 6]),\(k % 7 == 0 ? "" : "4"),\(1 + k % 5)")
            }
        }
        let p = TestPaths.temporaryFolder() + "/lanes-\(units)-\(perUnit).csv"
        _ = FileManager.default.createFile(atPath: p, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        let q = try Questionnaire.load(path: TestPaths.fixture("pipeline/small-questionnaire.json"))
        let loaded = try LoadedResponses.load(questionnaire: q, batches: [p], mapping: ColumnMapping(unit: "unit", weight: "w"))
        return .designWeights(loaded.table)
    }

    @Test(arguments: [(12, 500), (12_000, 2)])  // 12 × 7 classes (4 lanes); 12,000 × 7 = 84,000 (1 lane)
    func lanesGiveThePlainSums(units: Int, perUnit: Int) throws {
        let data = try Self.data(units: units, perUnit: perUnit)
        let design = VarianceDesign(data, domain: data.table.unit)
        for q in 0..<3 {
            let sums = ClassSums(data, design: design, question: q)
            var count = [Double](repeating: 0, count: sums.count.count)
            var weight = count
            var squares = count
            for i in 0..<data.table.rowCount {
                let c = Int(design.atomOfRow[i]) * sums.stride + Int(data.table.answers[q][i])
                count[c] += 1
                weight[c] += data.weights[i]
                squares[c] += data.weights[i] * data.weights[i]
            }
            #expect(sums.count == count)
            // Weights 1, 2, 3 and 0.5 add up exactly in any order.
            #expect(sums.weight == weight)
            #expect(sums.weightSquared == squares)
        }
    }
}
