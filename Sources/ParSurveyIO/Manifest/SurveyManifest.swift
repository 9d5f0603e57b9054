import Foundation
import ParSurveyModel

/// One survey component of a run: its questionnaire, batch files and column mapping.
public struct ComponentSpec: Sendable {
    /// Path of the questionnaire JSON (resolved against the manifest's folder).
    public var questionnaire: String
    /// Batch file paths (resolved; `*` in a file name is expanded, sorted).
    public var batches: [String]
    /// Which columns are id, unit, group, weight.
    public var columns: ColumnMapping
    /// Weighting plan path for this component, if any.
    public var weighting: String?
    /// Sheet, encoding and approval options for the batches (keys `sheet`, `encoding`,
    /// `approvedOnly`).
    public var read = BatchReadOptions()
    /// The drawn sample the batches answer (key `sample`; see `DrawnSampleSpec`), if any.
    public var sample: DrawnSampleSpec?
}

/// A run's manifest (`survey.json`): the questionnaires, batches, self-assessment and the
/// previous year's table of one province's (or district's) PAR Index.
public struct SurveyManifest: Sendable {
    /// The manifest file.
    public var path: String
    /// Its folder; relative paths start here.
    public var folder: String
    /// Title of the run.
    public var title: LocalizedText
    /// Year assessed.
    public var year: Int?
    /// Units ranked, in display order (nil: taken from the self-assessment).
    public var units: [String]?
    /// Survey components.
    public var components: [ComponentSpec]
    /// Self-assessment CSV.
    public var selfAssessment: String?
    /// Previous year's table CSV.
    public var previous: String?
    /// Index scheme JSON (nil: the shipped Bình Định 2021 district scheme).
    public var scheme: String? = nil
    /// Unit register CSV (`id,name,type,parent,validFrom,validTo`).
    public var register: String? = nil
    /// Crosswalk CSV from the previous year's units to this year's (`oldUnit,newUnit,share`).
    public var crosswalk: String? = nil
    /// The decision the annex goes with (`decision.number`, e.g. "123/QĐ-UBND"), if known.
    public var decisionNumber: String? = nil
    /// The decision's date (`decision.date`, `YYYY-MM-DD`), if known.
    public var decisionDate: String? = nil
    /// The name of the all-units total (`totalLabel`, e.g. "Toàn huyện" / "Whole district");
    /// nil: "Toàn tỉnh" / "Whole province".
    public var totalLabel: LocalizedText? = nil

    /// Loads `survey.json` from `path` (a file, or a folder holding `survey.json`).
    public static func load(path: String) throws(ManifestError) -> SurveyManifest {
        var file = path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            file = (path as NSString).appendingPathComponent("survey.json")
        }
        let bytes: [UInt8]
        do { bytes = try InputFile.read(file) } catch { throw .unreadable(file: file, reason: error.reason) }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw .notJSON(file: file, line: error.line, column: error.column, message: error.message)
        }
        let folder = (file as NSString).deletingLastPathComponent
        do { return try build(json, file: file, folder: folder.isEmpty ? "." : folder) } catch let e as JSONShapeError {
            throw .invalid(file: file, path: e.path, message: e.message)
        } catch let e as ManifestError { throw e } catch { throw .invalid(file: file, path: "", message: "\(error)") }
    }

    static func resolve(_ p: String, in folder: String) -> String {
        p.hasPrefix("/") ? p : (folder as NSString).appendingPathComponent(p)
    }

    static func expand(_ pattern: String, file: String, key: String) throws(ManifestError) -> [String] {
        let name = (pattern as NSString).lastPathComponent
        guard name.contains("*") else { return [pattern] }
        let dir = (pattern as NSString).deletingLastPathComponent
        let parts = name.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? []
        let matched = entries.filter { e in
            guard e.hasPrefix(parts.first!), e.hasSuffix(parts.last!), e.count >= parts.first!.count + parts.last!.count else {
                return false
            }
            var rest = Substring(e.dropFirst(parts.first!.count))
            for mid in parts.dropFirst().dropLast() where !mid.isEmpty {
                guard let r = rest.range(of: mid) else { return false }
                rest = rest[r.upperBound...]
            }
            return true
        }.sorted()
        if matched.isEmpty { throw .invalid(file: file, path: key, message: .check(.matchesNoFile(pattern: pattern))) }
        return matched.map { (dir as NSString).appendingPathComponent($0) }
    }

    static func readOptions(_ r: inout JSONObjectReader) throws -> BatchReadOptions {
        var o = BatchReadOptions(sheet: try r.optionalString("sheet"), approvedOnly: try r.optionalBool("approvedOnly") ?? false)
        if let e = try r.optionalString("encoding") {
            guard let enc = TextEncoding(name: e) else {
                throw JSONShapeError(
                    path: r.path("encoding"),
                    message: .check(.notOneOf(value: e, what: .encoding, allowed: TextEncoding.accepted.components(separatedBy: ", "))))
            }
            o.encoding = enc
        }
        return o
    }

    private static func build(_ json: JSONValue, file: String, folder: String) throws -> SurveyManifest {
        var root = try JSONObjectReader(json)
        let title = try root.localized("title", required: false)
        let year = try root.optionalNumber("year").map { Int($0) }
        var units: [String]?
        if let list = try root.optionalArray("units") {
            var seen = Set<String>()
            units = try list.enumerated().map { i, v in
                let u = TextKey.clean(try JSONObjectReader.asString(v, path: "units[\(i)]"))
                if u.isEmpty { throw JSONShapeError(path: "units[\(i)]", message: .check(.empty(.unitName))) }
                if !seen.insert(TextKey.key(u)).inserted { throw JSONShapeError(path: "units[\(i)]", message: .check(.unitListedTwice(u))) }
                return u
            }
        }
        var comps: [ComponentSpec] = []
        for (i, c) in try root.array("components").enumerated() {
            var r = try JSONObjectReader(c, path: "components[\(i)]")
            let q = resolve(try r.string("questionnaire"), in: folder)
            var batches: [String] = []
            for (j, b) in try r.array("batches").enumerated() {
                let key = "components[\(i)].batches[\(j)]"
                batches += try expand(resolve(try JSONObjectReader.asString(b, path: key), in: folder), file: file, key: key)
            }
            if batches.isEmpty { throw JSONShapeError(path: r.path("batches"), message: .check(.atLeastOne(.batch))) }
            var mapping = ColumnMapping()
            if var m = try r.optionalObject("columns") {
                mapping.id = try m.optionalString("id") ?? "id"
                mapping.unit = try m.optionalString("unit")
                mapping.group = try m.optionalString("group")
                mapping.weight = try m.optionalString("weight")
                try m.finish()
            }
            let weighting = try r.optionalString("weighting").map { resolve($0, in: folder) }
            let read = try readOptions(&r)
            var sample: DrawnSampleSpec?
            if var o = try r.optionalObject("sample") { sample = try DrawnSampleSpec.read(&o) { resolve($0, in: folder) } }
            try r.finish()
            comps.append(
                ComponentSpec(questionnaire: q, batches: batches, columns: mapping, weighting: weighting, read: read, sample: sample))
        }
        let sa = try root.optionalString("selfAssessment").map { resolve($0, in: folder) }
        let prev = try root.optionalString("previous").map { resolve($0, in: folder) }
        let scheme = try root.optionalString("scheme").map { resolve($0, in: folder) }
        let register = try root.optionalString("register").map { resolve($0, in: folder) }
        let crosswalk = try root.optionalString("crosswalk").map { resolve($0, in: folder) }
        if crosswalk != nil, prev == nil {
            throw JSONShapeError(path: "crosswalk", message: .check(.crosswalkNeedsPrevious))
        }
        if crosswalk != nil, register == nil {
            throw JSONShapeError(path: "crosswalk", message: .check(.crosswalkNeedsRegister))
        }
        if register != nil, year == nil {
            throw JSONShapeError(
                path: "register", message: .check(.registerNeedsYear))
        }
        let totalLabel: LocalizedText? = root.keys.contains("totalLabel") ? try root.localized("totalLabel") : nil
        var decisionNumber: String?
        var decisionDate: String?
        if var d = try root.optionalObject("decision") {
            decisionNumber = try d.optionalString("number").map(TextKey.clean)
            if decisionNumber?.isEmpty == true { throw JSONShapeError(path: d.path("number"), message: .check(.empty(.decisionNumber))) }
            decisionDate = try d.optionalString("date")
            if let date = decisionDate, !UnitRegister.isDate(date) {
                throw JSONShapeError(path: d.path("date"), message: .check(.notADate(date)))
            }
            try d.finish()
        }
        try root.finish()
        var manifest = SurveyManifest(
            path: file, folder: folder, title: title, year: year, units: units, components: comps,
            selfAssessment: sa, previous: prev, scheme: scheme, register: register, crosswalk: crosswalk)
        manifest.decisionNumber = decisionNumber
        manifest.decisionDate = decisionDate
        manifest.totalLabel = totalLabel
        return manifest
    }
}

/// Why a manifest could not be used.
public enum ManifestError: ParSurveyError, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// Not valid JSON.
    case notJSON(file: String, line: Int, column: Int, message: String)
    /// A key is missing, unknown or wrong.
    case invalid(file: String, path: String, message: KeyProblem)
    /// The manifest is valid but cannot make an index (no satisfaction component...).
    case incomplete(file: String, message: String)

    public var kind: ErrorKind {
        switch self {
        case .unreadable: return "manifest.unreadable"
        case .notJSON: return "manifest.notJSON"
        case .invalid: return "manifest.invalid"
        case .incomplete: return "manifest.incomplete"
        }
    }

    public var location: SourceLocation? {
        switch self {
        case let .unreadable(file, _), let .invalid(file, _, _), let .incomplete(file, _): return SourceLocation(file: file)
        case let .notJSON(file, line, column, _): return SourceLocation(file: file, line: line, column: column, columnUnit: .byte)
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read manifest: \(reason)"
        case let .notJSON(file, line, column, message): return "\(file):\(line):\(column): manifest is not valid JSON: \(message)"
        case let .invalid(file, path, message): return "\(file): manifest key '\(path)': \(message)"
        case let .incomplete(file, message): return "\(file): \(message)"
        }
    }
}
