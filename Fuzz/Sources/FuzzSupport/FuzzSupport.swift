import CFuzzerDriver
import Foundation
import ParSurvey

/// Shared set-up for the fuzz targets: the repository's questionnaires and the invariants
/// every reader must keep whatever the input.
public enum FuzzSupport {
    /// The repository root (this file is Fuzz/Sources/FuzzSupport/FuzzSupport.swift).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The SIPAS citizen questionnaire.
    public static let sipas: Questionnaire = load("Questionnaires/sipas-citizen.json")

    /// The leaders' questionnaire.
    public static let leaders: Questionnaire = load("Questionnaires/leaders.json")

    static func load(_ relative: String) -> Questionnaire {
        do { return try Questionnaire.load(path: root + "/" + relative) } catch { fatalError("\(error)") }
    }

    /// The input as bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
        guard let data, count > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: count))
    }

    /// Hands the process to libFuzzer's driver with `body` as the test function.
    public static func runDriver(_ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, body))
    }

    /// Traps (a crash libFuzzer reports) when the loader's accounts do not add up.
    public static func checkAccounting(_ loader: BatchLoader) {
        var accepted = 0, rejected = 0
        for a in loader.accounts {
            precondition(a.read == a.accepted + a.rejected + a.excluded, "read != accepted + rejected + excluded for \(a.file)")
            accepted += a.accepted
            rejected += a.rejected
        }
        precondition(loader.table.rowCount == accepted, "table rows \(loader.table.rowCount) != accepted \(accepted)")
        precondition(loader.rejects.count == rejected, "rejects \(loader.rejects.count) != rejected \(rejected)")
        for q in loader.table.answers { precondition(q.count == loader.table.rowCount, "ragged answer column") }
        precondition(loader.table.unit.count == loader.table.rowCount, "ragged unit column")
        precondition(loader.table.origins.count == loader.table.rowCount, "ragged origins")
        for (_, v) in loader.table.variables { precondition(v.count == loader.table.rowCount, "ragged variable column") }
        if let w = loader.table.designWeights {
            precondition(w.count == loader.table.rowCount, "ragged weights")
            precondition(w.allSatisfy { $0.isFinite && $0 > 0 }, "a non-positive or non-finite weight was accepted")
        }
    }
}
