import ParSurveyModel
import ParSurveyStatistics
import ParSurveyWeighting

extension DesignSpec {
    /// Reads the block strictly (unknown keys are errors).
    package static func read(_ json: JSONValue) throws(JSONShapeError) -> DesignSpec {
        var r = try JSONObjectReader(json, path: "design")
        func names(_ key: String) throws(JSONShapeError) -> [String] {
            guard let v = r.value(key), v != .null else { return [] }
            if case let .string(s) = v { return [TextKey.clean(s)] }
            guard case let .array(items) = v else {
                throw JSONShapeError(path: "design.\(key)", message: "expected a column name or a list of them, found \(v.kindName)")
            }
            var out: [String] = []
            for (i, item) in items.enumerated() {
                guard case let .string(s) = item, !TextKey.clean(s).isEmpty else {
                    throw JSONShapeError(path: "design.\(key)[\(i)]", message: "expected a column name, found \(item.kindName)")
                }
                out.append(TextKey.clean(s))
            }
            return out
        }
        var spec = DesignSpec()
        spec.strata = try r.optionalString("strata").map(TextKey.clean)
        spec.ids = try names("ids")
        spec.fpc = try names("fpc")
        spec.nest = try r.optionalBool("nest") ?? false
        if let l = try r.optionalString("lonelyPSU") {
            guard let rule = SurveyDesign.LonelyPSU(rawValue: l) else {
                throw JSONShapeError(
                    path: "design.lonelyPSU", message: .check(.lonelyPSU(l, allowed: ["fail", "adjust", "average", "certainty", "remove"])))
            }
            spec.lonelyPSU = rule
        }
        if spec.fpc.count > max(spec.ids.count, 1) {
            throw JSONShapeError(path: "design.fpc", message: .check(.tooManyFPCColumns(spec.fpc.count, stages: max(spec.ids.count, 1))))
        }
        try r.finish()
        return spec
    }
}
