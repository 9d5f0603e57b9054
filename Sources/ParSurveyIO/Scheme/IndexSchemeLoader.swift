import ParSurveyModel
import ParSurveyScoring
extension IndexScheme {
    /// Loads and validates a scheme file; errors name the file and the key path.
    public static func load(path: String) throws(SchemeError) -> IndexScheme {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path) } catch { throw .unreadable(file: path, reason: error.reason) }
        return try parse(bytes, file: path)
    }

    /// Parses and validates scheme JSON bytes; `file` names the source in errors.
    public static func parse(_ bytes: [UInt8], file: String) throws(SchemeError) -> IndexScheme {
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw .notJSON(file: file, line: error.line, column: error.column, message: error.message)
        }
        do { return try build(json) } catch { throw .invalid(file: file, path: error.path, message: error.message) }
    }

    /// Points written as a JSON number with at most two decimals, as hundredths.
    static func points(_ r: inout JSONObjectReader, _ key: String, allowZero: Bool = false) throws(JSONShapeError) -> Int {
        guard let v = r.value(key) else { throw JSONShapeError(path: r.path(key), message: .missing) }
        guard case let .number(_, text) = v else {
            throw JSONShapeError(path: r.path(key), message: .wrongType(expected: .number, found: v.jsonKind))
        }
        guard let h = DecimalText.hundredths(text), allowZero || h > 0 else {
            throw JSONShapeError(
                path: r.path(key), message: .check(.notPoints(text, allowZero: allowZero))
            )
        }
        return h
    }

    static func identifier(_ r: inout JSONObjectReader, seen: inout [String: String]) throws(JSONShapeError) -> String {
        let id = TextKey.clean(try r.string("id"))
        if id.isEmpty { throw JSONShapeError(path: r.path("id"), message: .check(.empty(.id))) }
        if let first = seen[TextKey.key(id)] {
            throw JSONShapeError(path: r.path("id"), message: .check(.idUsedTwice(id, firstAt: first)))
        }
        seen[TextKey.key(id)] = r.path("id")
        return id
    }

    static func p(_ h: Int) -> String { DecimalText.format(scaled: h) }

    private static func build(_ json: JSONValue) throws(JSONShapeError) -> IndexScheme {
        var root = try JSONObjectReader(json)
        let version = try root.number("schemaVersion")
        guard version == Double(supportedSchemaVersion) else {
            throw JSONShapeError(
                path: "schemaVersion",
                message: .check(.unsupportedVersion(DecimalText.format(version, places: 0), supported: supportedSchemaVersion)))
        }
        let id = TextKey.clean(try root.string("id"))
        if id.isEmpty { throw JSONShapeError(path: "id", message: .check(.empty(.id))) }
        let title = try root.localized("title")
        let total = try points(&root, "totalPoints")
        var ids: [String: String] = [:]

        var components: [SchemeComponent] = []
        let compList = try root.array("components")
        if compList.isEmpty { throw JSONShapeError(path: "components", message: .check(.atLeastOne(.component))) }
        for (i, v) in compList.enumerated() {
            var r = try JSONObjectReader(v, path: "components[\(i)]")
            let cid = try identifier(&r, seen: &ids)
            let ct = try r.localized("title")
            let max = try points(&r, "maxPoints")
            let s = try r.string("source")
            guard let source = SchemeComponent.Source(rawValue: s) else {
                throw JSONShapeError(
                    path: r.path("source"),
                    message: .check(.notOneOf(value: s, what: .source, allowed: SchemeComponent.Source.allCases.map(\.rawValue))))
            }
            if let other = components.first(where: { $0.source == source }) {
                throw JSONShapeError(path: r.path("source"), message: .check(.sourceAlreadyUsed(s, component: other.id)))
            }
            try r.finish()
            components.append(SchemeComponent(id: cid, title: ct, maxPoints: max, source: source))
        }
        let compSum = components.reduce(0) { $0 + $1.maxPoints }
        if compSum != total {
            throw JSONShapeError(
                path: "components",
                message: .check(.componentMaximaDoNotSum(sum: p(compSum), parts: components.map { p($0.maxPoints) }, total: p(total)))
            )
        }

        func criterion(_ v: JSONValue, path: String) throws(JSONShapeError) -> SchemeCriterion {
            var r = try JSONObjectReader(v, path: path)
            let cid = try identifier(&r, seen: &ids)
            let ct = try r.localized("title")
            let max = try points(&r, "maxPoints")
            var children: [SchemeCriterion] = []
            if let list = try r.optionalArray("criteria") {
                for (j, c) in list.enumerated() { children.append(try criterion(c, path: r.path("criteria") + "[\(j)]")) }
                let s = children.reduce(0) { $0 + $1.maxPoints }
                if !children.isEmpty, s != max {
                    throw JSONShapeError(
                        path: r.path("criteria"),
                        message: .check(
                            .subCriteriaDoNotSum(criterion: cid, sum: p(s), parts: children.map { p($0.maxPoints) }, maxPoints: p(max)))
                    )
                }
            }
            try r.finish()
            return SchemeCriterion(id: cid, title: ct, maxPoints: max, children: children)
        }
        var criteria: [SchemeCriterion] = []
        if let list = try root.optionalArray("criteria") {
            for (i, v) in list.enumerated() { criteria.append(try criterion(v, path: "criteria[\(i)]")) }
        }
        if let sa = components.first(where: { $0.source == .selfAssessment }) {
            let s = criteria.reduce(0) { $0 + $1.maxPoints }
            if criteria.isEmpty {
                throw JSONShapeError(path: "criteria", message: .check(.selfAssessmentNeedsCriteria(component: sa.id)))
            }
            if s != sa.maxPoints {
                throw JSONShapeError(
                    path: "criteria",
                    message: .check(.criteriaDoNotSum(sum: p(s), parts: criteria.map { p($0.maxPoints) }, maxPoints: p(sa.maxPoints)))
                )
            }
        } else if !criteria.isEmpty {
            throw JSONShapeError(path: "criteria", message: .check(.criteriaWithoutSelfAssessment))
        }

        var adjustments: [SchemeAdjustment] = []
        if let list = try root.optionalArray("adjustments") {
            for (i, v) in list.enumerated() {
                var r = try JSONObjectReader(v, path: "adjustments[\(i)]")
                let aid = try identifier(&r, seen: &ids)
                let at = try r.localized("title")
                let k = try r.string("kind")
                guard let kind = SchemeAdjustment.Kind(rawValue: k) else {
                    throw JSONShapeError(path: r.path("kind"), message: .check(.notBonusOrPenalty(k)))
                }
                let max = try points(&r, "maxPoints")
                try r.finish()
                adjustments.append(SchemeAdjustment(id: aid, title: at, kind: kind, maxPoints: max))
            }
        }
        if !adjustments.isEmpty, !components.contains(where: { $0.source == .selfAssessment }) {
            throw JSONShapeError(
                path: "adjustments",
                message: .check(.adjustmentsNeedSelfAssessment))
        }

        let m = try root.optionalString("missingComponent") ?? "refuse"
        guard let missing = MissingComponentPolicy(rawValue: m) else {
            throw JSONShapeError(
                path: "missingComponent",
                message: .check(.notOneOf(value: m, what: .policy, allowed: MissingComponentPolicy.allCases.map(\.rawValue))))
        }

        if var r = try root.optionalObject("rounding") {
            let places = try r.number("places")
            let mode = try r.string("mode")
            if places != 2 {
                throw JSONShapeError(
                    path: r.path("places"), message: .check(.onlyTwoDecimalPlaces(found: DecimalText.format(places, places: 0))))
            }
            if mode != "halfUp" {
                throw JSONShapeError(
                    path: r.path("mode"), message: .check(.onlyHalfUpRounding(found: mode)))
            }
            try r.finish()
        }

        var grades: [GradeBand] = []
        if let list = try root.optionalArray("grades") {
            var gids: [String: String] = [:]
            for (i, v) in list.enumerated() {
                var r = try JSONObjectReader(v, path: "grades[\(i)]")
                let gid = try identifier(&r, seen: &gids)
                let gt = try r.localized("title")
                let min = try points(&r, "minimum", allowZero: true)
                try r.finish()
                if let last = grades.last, min >= last.minimum {
                    throw JSONShapeError(
                        path: r.path("minimum"),
                        message: .check(.bandNotBelowPrevious(minimum: p(min), previous: p(last.minimum))))
                }
                grades.append(GradeBand(id: gid, title: gt, minimum: min))
            }
        }

        var groups: [RankingGroup] = []
        if let list = try root.optionalArray("rankingGroups") {
            var gids: [String: String] = [:]
            var types: [String: String] = [:]
            for (i, v) in list.enumerated() {
                var r = try JSONObjectReader(v, path: "rankingGroups[\(i)]")
                let gid = try identifier(&r, seen: &gids)
                let gt = try r.localized("title")
                var ut: [String] = []
                let arr = try r.array("unitTypes")
                if arr.isEmpty { throw JSONShapeError(path: r.path("unitTypes"), message: .check(.atLeastOne(.unitType))) }
                for (j, t) in arr.enumerated() {
                    let path = r.path("unitTypes") + "[\(j)]"
                    let s = TextKey.clean(try JSONObjectReader.asString(t, path: path))
                    if let first = types[TextKey.key(s)] {
                        throw JSONShapeError(path: path, message: .check(.unitTypeAlreadyIn(s, firstAt: first)))
                    }
                    types[TextKey.key(s)] = r.path("unitTypes")
                    ut.append(s)
                }
                try r.finish()
                groups.append(RankingGroup(id: gid, title: gt, unitTypes: ut))
            }
        }
        var scheme = IndexScheme(
            id: id, title: title, totalPoints: total, components: components, criteria: criteria,
            adjustments: adjustments, missingComponent: missing, grades: grades, rankingGroups: groups)
        if let r = try root.optionalObject("annex") { scheme.annex = try AnnexTemplate.parse(r, scheme: scheme) }
        try root.finish()
        return scheme
    }
}
