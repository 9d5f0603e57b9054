import Foundation
import ParSurvey

/// One R-referenced weighting case under `Fixtures/weighting/cases/<name>`: the responses,
/// the plans, and what `Scripts/reference/weights_reference.R` computed for them.
struct WeightingCase: Sendable {
    /// Cases are read once per test run (the large one takes a second in a debug build).
    static func load(_ name: String) throws -> WeightingCase {
        try cache.get(name)
    }
    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var cases: [String: WeightingCase] = [:]
        func get(_ name: String) throws -> WeightingCase {
            lock.lock()
            defer { lock.unlock() }
            if let c = cases[name] { return c }
            let c = try WeightingCase(name)
            cases[name] = c
            return c
        }
    }

    static let names = ["tiny", "sparse", "medium", "large"]
    static let mapping = ColumnMapping(id: "id", unit: "district", group: "rtype", weight: "weight")

    let name: String
    let folder: String
    let table: ResponseTable
    /// Plan name → R's weight for each row, in file order.
    let reference: [String: [Double]]
    /// reference.json.
    let json: JSONValue

    init(_ name: String) throws {
        self.name = name
        folder = TestPaths.fixture("weighting/cases/\(name)")
        let q = try Questionnaire.load(path: TestPaths.fixture("weighting/questionnaire.json"))
        table = try LoadedResponses.load(questionnaire: q, batches: [folder + "/responses.csv"], mapping: Self.mapping).table
        let csv = try SimpleCSV(bytes: [UInt8](FileManager.default.contents(atPath: folder + "/reference-weights.csv")!))
        var ref: [String: [Double]] = [:]
        for (k, h) in csv.header.enumerated() where h != "id" { ref[h] = csv.rows.map { Double($0.fields[k])! } }
        reference = ref
        json = try JSONParser.parse([UInt8](FileManager.default.contents(atPath: folder + "/reference.json")!))
    }

    /// The plans of this case (file names without `.json`).
    static func plans(_ name: String) -> [String] {
        let dir = TestPaths.fixture("weighting/cases/\(name)/plans")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".json") }
            .map { String($0.dropLast(5)) }.sorted()
    }

    func plan(_ plan: String) throws -> WeightingPlan {
        try WeightingPlan.load(path: "\(folder)/plans/\(plan).json")
    }

    func apply(_ plan: String) throws -> WeightingResult {
        try WeightingEngine.apply(try self.plan(plan), to: table, columns: Self.mapping)
    }

    /// A number in reference.json by key path.
    func number(_ keys: String...) -> Double? {
        var v: JSONValue? = json
        for k in keys { v = v?[k] }
        if case let .number(x, _)? = v { return x }
        return nil
    }
}

/// Largest |a − b| / |b|.
func maxRelativeDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    return zip(a, b).map { abs($0 - $1) / abs($1) }.max() ?? 0
}
