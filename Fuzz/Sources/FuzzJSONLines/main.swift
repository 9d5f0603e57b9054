import Foundation
import FuzzSupport
import ParSurvey

/// libFuzzer entry: the JSON Lines batch reader with the leaders' questionnaire (group
/// column mapped) and the JSON parser on the whole input. Accounting must add up.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    _ = try? JSONParser.parse(bytes)
    var loader = BatchLoader(questionnaire: FuzzSupport.leaders, mapping: ColumnMapping(id: "id", unit: "unit", group: "group"))
    _ = try? loader.loadJSONLines(bytes: bytes, file: "a.jsonl")
    _ = try? loader.loadJSONLines(bytes: bytes, file: "b.jsonl")
    FuzzSupport.checkAccounting(loader)
    for r in loader.rejects { _ = r.message }
    return 0
}

/// The symbol libFuzzer's own `main` calls (when the linker keeps that one).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzOne(data, size) }

// SwiftPM's `main` for this executable: run libFuzzer's driver.
FuzzSupport.runDriver { data, size in fuzzOne(data, size) }
