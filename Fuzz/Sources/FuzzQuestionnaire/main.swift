import Foundation
import FuzzSupport
import ParSurvey

/// libFuzzer entry: the questionnaire loader. A questionnaire that loads is then used to
/// read a small batch made from its own question ids, so its scales are exercised too.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    let q: Questionnaire
    do { q = try Questionnaire.parse(bytes, file: "q.json") } catch {
        _ = error.description
        return 0
    }
    let ids = q.questions.map(\.id)
    var csv = "id," + ids.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
    for (r, scale) in q.scales.enumerated() {
        let codes = ids.indices.map { i in scale.options[(i + r) % scale.options.count].code }
        csv += "r\(r)," + codes.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
    }
    var loader = BatchLoader(questionnaire: q, mapping: ColumnMapping())
    _ = try? loader.loadCSV(bytes: Array(csv.utf8), file: "gen.csv")
    FuzzSupport.checkAccounting(loader)
    _ = q.scales.map(\.acceptedList)
    return 0
}

/// The symbol libFuzzer's own `main` calls (when the linker keeps that one).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzOne(data, size) }

// SwiftPM's `main` for this executable: run libFuzzer's driver.
FuzzSupport.runDriver { data, size in fuzzOne(data, size) }
