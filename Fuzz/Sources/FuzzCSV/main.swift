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
    // Differential: with small limits (so records stream past once longer than 48 bytes),
    // windows of 7 bytes on 2 workers must give exactly what one window on one thread gives.
    var outcomes: [String] = []
    for tuning in [BatchLoader.Tuning.sequential, BatchLoader.Tuning(chunkSize: 7, workers: 2, minParallelBytes: 0)] {
        var loader = BatchLoader(questionnaire: FuzzSupport.sipas, mapping: mappings[0], units: ["Tây Sơn", "An Lão"])
        loader.limits = ReaderLimits(maxFieldBytes: 16, maxRecordBytes: 48)
        loader.tuning = tuning
        var outcome: String
        do {
            try loader.loadCSV(bytes: bytes, file: "a.csv")
            outcome = "ids \(loader.table.ids) lines \(loader.table.origins.map(\.line)) rejects \(loader.rejects.map(\.message)) "
                + loader.accounts.map { "\($0.read)/\($0.accepted)/\($0.rejected)/\($0.excluded)" }.joined(separator: ",")
        } catch {
            outcome = "error \(error)"
        }
        FuzzSupport.checkAccounting(loader)
        outcomes.append(outcome)
    }
    precondition(outcomes[0] == outcomes[1], "windows change the outcome:\n\(outcomes[0])\n\(outcomes[1])")
    return 0
}

/// The symbol libFuzzer's own `main` calls (when the linker keeps that one).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzOne(data, size) }

// SwiftPM's `main` for this executable: run libFuzzer's driver.
FuzzSupport.runDriver { data, size in fuzzOne(data, size) }
