import Foundation
import ParSurveyModel
import ParSurveyWeighting

extension WeightingPlan {
    /// Reads a plan file. Every key is checked: an unknown or misspelt key is an error.
    public static func load(path: String) throws(WeightingError) -> WeightingPlan {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, reason: error.reason) }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw .notJSON(file: path, line: error.line, column: error.column, message: error.message)
        }
        let folder = (path as NSString).deletingLastPathComponent
        return try parse(json, path: path, folder: folder.isEmpty ? "." : folder)
    }

    /// Builds a plan from parsed JSON; relative file names are resolved against `folder`.
    public static func parse(_ json: JSONValue, path: String, folder: String) throws(WeightingError) -> WeightingPlan {
        do {
            return try PlanReader(file: path, folder: folder).plan(json)
        } catch let e as JSONShapeError {
            throw .invalidPlan(file: path, path: e.path, message: e.message)
        } catch let e as WeightingError {
            throw e
        } catch {
            throw .invalidPlan(file: path, path: "", message: "\(error)")
        }
    }
}

/// Reads the plan's JSON strictly (one reader per object, `finish()` on each).
private struct PlanReader {
    let file: String
    let folder: String

    func plan(_ json: JSONValue) throws -> WeightingPlan {
        var root = try JSONObjectReader(json)
        let (description, localized) = try describe(root.value("description"))
        var design = WeightingPlan.DesignWeights.mapped
        if let v = root.value("designWeights"), v != .null {
            switch v {
            case let .string(s) where !TextKey.clean(s).isEmpty: design = .column(TextKey.clean(s))
            case let .number(x, _) where x == 1: design = .one
            default: throw JSONShapeError(path: "designWeights", message: "expected a column name or 1, found \(v.kindName)")
            }
        }
        var steps: [WeightingStep] = []
        for (i, s) in try root.array("steps").enumerated() {
            steps.append(try step(s, path: "steps[\(i)]", earlier: steps))
        }
        let variableBlock = try root.optionalObject("variables")
        let strata = try root.optionalString("strata").map(TextKey.clean)
        let sampling = try root.value("design").flatMap { v throws(JSONShapeError) in v == .null ? nil : try DesignSpec.read(v) }
        if strata != nil, sampling?.strata != nil {
            throw JSONShapeError(path: "strata", message: .check(.strataGivenTwice))
        }
        try root.finish()
        var plan = WeightingPlan(path: file, description: description, designWeights: design, steps: steps, strata: strata)
        plan.design = sampling
        plan.localizedDescription = localized
        if var block = variableBlock { plan.variableNames = try WeightingPlan.variableNames(&block, of: plan) }
        return plan
    }

    /// `"description"`: a string, or `{"vi": "...", "en": "..."}` like questionnaire labels.
    func describe(_ v: JSONValue?) throws -> (String?, LocalizedText?) {
        guard let v, v != .null else { return (nil, nil) }
        if case let .string(s) = v { return (s, nil) }
        guard case .object = v else {
            throw JSONShapeError(path: "description", message: "expected a string or {\"vi\": ..., \"en\": ...}, found \(v.kindName)")
        }
        var r = try JSONObjectReader(v, path: "description")
        let vi = try r.optionalString("vi") ?? ""
        let en = try r.optionalString("en") ?? ""
        try r.finish()
        if vi.isEmpty && en.isEmpty { throw JSONShapeError(path: "description", message: "give \"vi\", \"en\" or both") }
        let text = LocalizedText(vi: vi, en: en)
        return (text.text(.en), text)
    }

    func step(_ json: JSONValue, path: String, earlier: [WeightingStep]) throws -> WeightingStep {
        var r = try JSONObjectReader(json, path: path)
        let kind = try r.string("step")
        let withinUnit = try r.optionalBool("withinUnit") ?? false
        let result: WeightingStep
        switch kind {
        case "postStratify":
            let cells = try variables(&r, "cells")
            result = .postStratify(
                PostStratificationStep(path: path, margin: try margin(&r, path: path, variables: cells), withinUnit: withinUnit))
        case "rake":
            var margins: [MarginSpec] = []
            for (i, m) in try r.array("margins").enumerated() {
                var mr = try JSONObjectReader(m, path: r.path("margins") + "[\(i)]")
                let vars = try variables(&mr, "variables")
                margins.append(try margin(&mr, path: mr.path, variables: vars))
                try mr.finish()
            }
            if margins.isEmpty { throw JSONShapeError(path: r.path("margins"), message: .check(.atLeastOne(.margin))) }
            let tolerance = try r.optionalNumber("tolerance") ?? 1e-10
            if !(tolerance > 0 && tolerance < 1) {
                throw JSONShapeError(
                    path: r.path("tolerance"), message: .check(.toleranceOutOfRange(found: tolerance)))
            }
            let sweeps = try r.optionalNumber("maxSweeps") ?? 100
            if sweeps < 1 || sweeps > 100_000 || sweeps != sweeps.rounded() {
                throw JSONShapeError(path: r.path("maxSweeps"), message: .check(.maxSweepsOutOfRange))
            }
            let marginTolerance = try r.optionalNumber("marginTolerance") ?? 1e-6
            if !(marginTolerance > 0) { throw JSONShapeError(path: r.path("marginTolerance"), message: .check(.mustBeAboveZero)) }
            result = .rake(
                RakingStep(
                    path: path, margins: margins, withinUnit: withinUnit, tolerance: tolerance,
                    maxSweeps: Int(sweeps), marginTolerance: marginTolerance))
        case "trim":
            result = .trim(try trim(&r, path: path, withinUnit: withinUnit, earlier: earlier))
        case "groupShares":
            var shares: TargetTable?
            guard let v = r.value("shares") else {
                throw JSONShapeError(
                    path: r.path("shares"), message: .check(.sharesMissing))
            }
            if v != .string("equal") {
                shares = try TargetTable.read(
                    v, kind: .shares, path: r.path("shares"), planFile: file, folder: folder, singleColumn: "group")
            }
            result = .groupShares(GroupSharesStep(path: path, shares: shares, withinUnit: withinUnit))
        case "normalize":
            guard let v = r.value("to") else {
                throw JSONShapeError(path: r.path("to"), message: .check(.normalizeToMissing))
            }
            let target: NormalizationStep.Target
            switch v {
            case .string("sampleSize"): target = .sampleSize
            case .string("population"): target = .population
            case let .number(x, _) where x > 0: target = .total(x)
            default: throw JSONShapeError(path: r.path("to"), message: .check(.normalizeToInvalid))
            }
            if case .total = target, withinUnit {
                throw JSONShapeError(
                    path: r.path("withinUnit"),
                    message: .check(.singleTotalWithinUnit))
            }
            result = .normalize(NormalizationStep(path: path, target: target, withinUnit: withinUnit))
        default:
            throw JSONShapeError(
                path: r.path("step"),
                message: .check(.unknownStep(kind, steps: ["postStratify", "rake", "trim", "groupShares", "normalize"])))
        }
        try r.finish()
        return result
    }

    /// `"commune"` or `["gender", "age_group"]`.
    func variables(_ r: inout JSONObjectReader, _ key: String) throws -> [String] {
        guard let v = r.value(key) else { throw JSONShapeError(path: r.path(key), message: .missing) }
        let names: [String]
        switch v {
        case let .string(s): names = [s]
        case let .array(items):
            names = try items.enumerated().map { i, x in try JSONObjectReader.asString(x, path: r.path(key) + "[\(i)]") }
        default: throw JSONShapeError(path: r.path(key), message: "expected a column name or a list of column names")
        }
        let clean = names.map(TextKey.clean)
        if clean.isEmpty || clean.contains("") {
            throw JSONShapeError(path: r.path(key), message: .check(.columnNamesNeeded))
        }
        if Set(clean.map(TextKey.key)).count != clean.count { throw JSONShapeError(path: r.path(key), message: .check(.columnNamedTwice)) }
        return clean
    }

    func margin(_ r: inout JSONObjectReader, path: String, variables: [String]) throws -> MarginSpec {
        let totals = r.value("totals")
        let shares = r.value("shares")
        let targets: TargetTable
        switch (totals, shares) {
        case let (t?, nil):
            targets = try TargetTable.read(
                t, kind: .totals, path: r.path("totals"), planFile: file, folder: folder,
                singleColumn: variables.count == 1 ? variables[0] : nil)
        case let (nil, s?):
            targets = try TargetTable.read(
                s, kind: .shares, path: r.path("shares"), planFile: file, folder: folder,
                singleColumn: variables.count == 1 ? variables[0] : nil)
        case (nil, nil): throw JSONShapeError(path: r.path("totals"), message: .check(.totalsOrShares(both: false)))
        default: throw JSONShapeError(path: r.path("shares"), message: .check(.totalsOrShares(both: true)))
        }
        var collapse: [CategoryCollapse] = []
        for (i, c) in (try r.optionalArray("collapse") ?? []).enumerated() {
            var cr = try JSONObjectReader(c, path: r.path("collapse") + "[\(i)]")
            let unit = try cr.optionalString("unit").map(TextKey.clean)
            let from = try category(&cr, "from", count: variables.count)
            let into = try category(&cr, "into", count: variables.count)
            try cr.finish()
            collapse.append(CategoryCollapse(path: cr.path, unit: unit, from: from, into: into))
        }
        return MarginSpec(path: path, variables: variables, targets: targets, collapse: collapse)
    }

    func category(_ r: inout JSONObjectReader, _ key: String, count: Int) throws -> [String] {
        guard let v = r.value(key) else { throw JSONShapeError(path: r.path(key), message: .missing) }
        var values: [String]
        switch v {
        case let .string(s): values = [s]
        case let .array(items):
            values = try items.enumerated().map { i, x in try JSONObjectReader.asString(x, path: r.path(key) + "[\(i)]") }
        default: throw JSONShapeError(path: r.path(key), message: "expected a category (string, or one string per variable)")
        }
        values = values.map(TextKey.clean)
        if values.count != count {
            throw JSONShapeError(
                path: r.path(key), message: "needs \(count) value\(count == 1 ? "" : "s"), one per variable, not \(values.count)")
        }
        return values
    }

    func trim(_ r: inout JSONObjectReader, path: String, withinUnit: Bool, earlier: [WeightingStep]) throws -> TrimmingStep {
        let boundsText = try r.string("bounds")
        guard let bounds = TrimmingStep.Bounds(rawValue: boundsText) else {
            throw JSONShapeError(path: r.path("bounds"), message: .check(.trimBounds(found: boundsText)))
        }
        let lower = try r.optionalNumber("lower")
        let upper = try r.optionalNumber("upper")
        if lower == nil && upper == nil { throw JSONShapeError(path: r.path("upper"), message: .check(.upperOrLower)) }
        if let l = lower, !(l > 0) { throw JSONShapeError(path: r.path("lower"), message: .check(.mustBeAboveZero)) }
        if let u = upper, !(u > 0) { throw JSONShapeError(path: r.path("upper"), message: .check(.mustBeAboveZero)) }
        if let l = lower, let u = upper, l >= u {
            throw JSONShapeError(path: r.path("lower"), message: .check(.lowerNotBelowUpper(upper: u)))
        }
        let redText = try r.string("redistribution")
        guard let red = TrimmingStep.Redistribution(rawValue: redText) else {
            throw JSONShapeError(
                path: r.path("redistribution"), message: .check(.trimRedistribution(found: redText)))
        }
        let rerake = try r.optionalBool("rerake") ?? false
        if rerake && !earlier.contains(where: { if case .rake = $0 { return true } else { return false } }) {
            throw JSONShapeError(path: r.path("rerake"), message: .check(.noEarlierRake))
        }
        return TrimmingStep(
            path: path, bounds: bounds, lower: lower, upper: upper, redistribution: red,
            strict: try r.optionalBool("strict") ?? true, withinUnit: withinUnit, rerake: rerake)
    }
}
