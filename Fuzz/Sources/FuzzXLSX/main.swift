import Foundation
import FuzzSupport
import ParSurvey

/// The parts of a small real workbook (the formats fixtures' Tây Sơn batch) other than its
/// worksheet: a fuzz input that is not itself a ZIP file becomes that worksheet's XML.
let skeleton: [(String, [UInt8])] = {
    let path = FuzzSupport.root + "/Tests/ParSurveyTests/Fixtures/formats/mixed-run/citizens/tay-son.xlsx"
    do {
        let zip = try ZipArchive(bytes: [UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        return try zip.entries.filter { $0.name != "xl/worksheets/sheet1.xml" }.map { ($0.name, try zip.data($0)) }
    } catch { fatalError("\(error)") }
}()

/// libFuzzer entry: the `.xlsx` batch reader with the SIPAS questionnaire. An input starting
/// `PK` is read as a whole workbook file (ZIP directory, inflate, CRC); any other input is
/// wrapped as the worksheet XML of a valid workbook (XML tokenizer, cells, rows). The
/// accounting must add up.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var bytes = FuzzSupport.bytes(data, count)
    if !bytes.starts(with: [0x50, 0x4B]) {
        var zip = ZipWriter()
        for (name, part) in skeleton { zip.add(name, part) }
        zip.add("xl/worksheets/sheet1.xml", bytes)
        bytes = zip.finish()
    }
    var loader = BatchLoader(questionnaire: FuzzSupport.sipas, mapping: ColumnMapping(id: "id", unit: "district"),
                             units: ["Tây Sơn", "An Lão"])
    _ = try? loader.loadWorkbook(bytes: bytes, file: "a.xlsx", sheet: nil)
    _ = try? loader.loadWorkbook(bytes: bytes, file: "b.xlsx", sheet: nil)
    FuzzSupport.checkAccounting(loader)
    for r in loader.rejects { _ = r.message }
    return 0
}

/// The symbol libFuzzer's own `main` calls (when the linker keeps that one).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { fuzzOne(data, size) }

// SwiftPM's `main` for this executable: run libFuzzer's driver.
FuzzSupport.runDriver { data, size in fuzzOne(data, size) }
