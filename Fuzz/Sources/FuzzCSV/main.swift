import Foundation
import FuzzSupport
import ParSurvey

/// libFuzzer entry: the CSV batch reader with the SIPAS questionnaire, under two column
/// mappings (plain; with group and weight columns), then the same bytes as a second batch
/// (duplicate ids across batches). Accounting must add up whatever happens.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    let mappings = [
        ColumnMapping(id: "id", unit: "district"),
        ColumnMapping(id: "id", unit: "district", group: "gender", weight: "weight"),
    ]
    for mapping in mappings {
        var loader = BatchLoader(questionnaire: FuzzSupport.sipas, mapping: mapping, units: ["Tây Sơn", "An Lão"])
        _ = try? loader.loadCSV(bytes: bytes, file: "a.csv")
        _ = try? loader.loadCSV(bytes: bytes, file: "b.csv")
        FuzzSupport.checkAccounting(loader)
        for r in loader.rejects { _ = r.message }
    }
    return 0
}

/// The symbol libFuzzer's own `main` calls (when the linker keeps that one).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzOne(data, size) }

// SwiftPM's `main` for this executable: run libFuzzer's driver.
FuzzSupport.runDriver { data, size in fuzzOne(data, size) }
