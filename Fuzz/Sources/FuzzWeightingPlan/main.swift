import Foundation
import FuzzSupport
import ParSurvey

/// The weighting tests' tiny case: 50 respondents in two districts, with margins files.
let weightingCase = FuzzSupport.root + "/Tests/ParSurveyTests/Fixtures/weighting/cases/tiny"
let weightingMapping = ColumnMapping(id: "id", unit: "district", group: "rtype", weight: "weight")
let weightingTable: ResponseTable = {
    do {
        let q = try Questionnaire.load(path: FuzzSupport.root + "/Tests/ParSurveyTests/Fixtures/weighting/questionnaire.json")
        return try LoadedResponses.load(questionnaire: q, batches: [weightingCase + "/responses.csv"], mapping: weightingMapping).table
    } catch { fatalError("\(error)") }
}()

/// libFuzzer entry: the weighting-plan loader (plans resolve their margin files against the
/// tiny case's `plans/` folder); a plan that loads is applied to the tiny case, and every
/// weight it gives must be positive and finite.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    guard let json = try? JSONParser.parse(bytes) else { return 0 }
    let plan: WeightingPlan
    do { plan = try WeightingPlan.parse(json, path: "plan.json", folder: weightingCase + "/plans") } catch {
        _ = error.description
        return 0
    }
    _ = plan.summary
    do {
        let result = try WeightingEngine.apply(plan, to: weightingTable, columns: weightingMapping)
        precondition(result.weighted.weights.count == weightingTable.rowCount, "one weight per row")
        precondition(result.weighted.weights.allSatisfy { $0.isFinite && $0 > 0 }, "weights positive and finite")
    } catch {
        _ = error.description
    }
    return 0
}

/// The symbol libFuzzer's own `main` calls (when the linker keeps that one).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzOne(data, size) }

// SwiftPM's `main` for this executable: run libFuzzer's driver.
FuzzSupport.runDriver { data, size in fuzzOne(data, size) }
