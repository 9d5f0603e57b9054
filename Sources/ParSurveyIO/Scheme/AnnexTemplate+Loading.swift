import ParSurveyModel
import ParSurveyScoring
extension AnnexTemplate {
    /// Reads and checks a scheme's `annex` block (`docs/ANNEX.md`); every key is optional and
    /// falls back to `AnnexTemplate.standard(for: scheme)`. Errors name the key path and value.
    static func parse(_ reader: JSONObjectReader, scheme: IndexScheme) throws(JSONShapeError) -> AnnexTemplate {
        var r = reader
        var t = AnnexTemplate.standard(for: scheme)
        if let v = r.value("agency") { t.agency = try lines(v, path: r.path("agency")) }
        if let v = r.value("nation") { t.nation = try lines(v, path: r.path("nation")) }
        if let v = r.value("title") { t.title = try lines(v, path: r.path("title")) }
        if let v = r.value("decisionLine") { t.decisionLine = try text(v, path: r.path("decisionLine")) }
        if var u = try r.optionalObject("unitNames") {
            var forms: [UnitNameForm] = []
            for key in u.keys {
                let type = TextKey.clean(key)
                if type.isEmpty { throw JSONShapeError(path: u.path(key), message: .check(.empty(.unitType))) }
                let form = try u.localized(key)
                try checkNameForm(form, path: u.path(key))
                forms.append(UnitNameForm(type: type, form: form))
            }
            try u.finish()
            t.unitNames = forms
        }
        if r.value("defaultUnitName") != nil {
            let form = try r.localized("defaultUnitName")
            try checkNameForm(form, path: r.path("defaultUnitName"))
            t.defaultUnitName = form
        }
        if let g = try r.optionalBool("grade") { t.showGrade = g }
        if let v = r.value("averageRow") {
            if case .bool(false) = v {
                t.averageRow = nil
            } else if case .bool(true) = v {
                t.averageRow = AnnexTemplate.defaultAverageRow
            } else {
                t.averageRow = try text(v, path: r.path("averageRow"), placeholders: false)
            }
        }
        if let list = try r.optionalArray("tables") {
            if list.isEmpty { throw JSONShapeError(path: r.path("tables"), message: .check(.atLeastOne(.table))) }
            t.tables = []
            for (i, v) in list.enumerated() { t.tables.append(try table(v, path: r.path("tables") + "[\(i)]", scheme: scheme)) }
        }
        try r.finish()
        return t
    }

    /// One text (`"…"` or `{"vi": …, "en": …}`) whose placeholders are known.
    static func text(_ v: JSONValue, path: String, placeholders: Bool = true) throws(JSONShapeError) -> LocalizedText {
        let t: LocalizedText
        if case let .string(s) = v {
            let c = TextKey.clean(s)
            t = LocalizedText(vi: c, en: c)
        } else {
            var o = try JSONObjectReader(v, path: path)
            let vi = TextKey.clean(try o.optionalString("vi") ?? "")
            let en = TextKey.clean(try o.optionalString("en") ?? "")
            try o.finish()
            if vi.isEmpty && en.isEmpty { throw JSONShapeError(path: path, message: .needsText) }
            t = LocalizedText(vi: vi, en: en)
        }
        for s in [t.vi, t.en] {
            for name in s.placeholderNames where !placeholders || !AnnexTemplate.placeholders.contains(name) {
                throw JSONShapeError(
                    path: path,
                    message: placeholders
                        ? .check(.unknownPlaceholder(name, in: s, known: AnnexTemplate.placeholders))
                        : .check(.placeholderNotFilled(name, in: s)))
            }
        }
        return t
    }

    /// A list of texts (a single text is a list of one).
    static func lines(_ v: JSONValue, path: String) throws(JSONShapeError) -> [LocalizedText] {
        guard case let .array(items) = v else { return [try text(v, path: path)] }
        var out: [LocalizedText] = []
        for (i, item) in items.enumerated() { out.append(try text(item, path: path + "[\(i)]")) }
        return out
    }

    static func checkNameForm(_ form: LocalizedText, path: String) throws(JSONShapeError) {
        for s in [form.vi, form.en] where !s.isEmpty {
            let names = s.placeholderNames
            if !names.contains("name") { throw JSONShapeError(path: path, message: .check(.nameFormLacksName(s))) }
            if let other = names.first(where: { $0 != "name" }) {
                throw JSONShapeError(path: path, message: .check(.nameFormPlaceholder(other, in: s)))
            }
        }
    }

    static func strings(_ r: inout JSONObjectReader, _ key: String) throws(JSONShapeError) -> [String]? {
        guard let list = try r.optionalArray(key) else { return nil }
        if list.isEmpty { throw JSONShapeError(path: r.path(key), message: .check(.atLeastOne(.id))) }
        var out: [String] = []
        for (j, v) in list.enumerated() {
            let p = r.path(key) + "[\(j)]"
            let s = TextKey.clean(try JSONObjectReader.asString(v, path: p))
            if s.isEmpty { throw JSONShapeError(path: p, message: .check(.empty(.id))) }
            if out.contains(where: { TextKey.key($0) == TextKey.key(s) }) {
                throw JSONShapeError(path: p, message: .check(.listedTwice(s)))
            }
            out.append(s)
        }
        return out
    }

    static func source(_ s: String, path: String, scheme: IndexScheme) throws(JSONShapeError) -> SchemeComponent.Source {
        guard let src = SchemeComponent.Source(rawValue: s) else {
            throw JSONShapeError(
                path: path,
                message: .check(.notOneOf(value: s, what: .componentSource, allowed: SchemeComponent.Source.allCases.map(\.rawValue))))
        }
        guard scheme.component(src) != nil else {
            throw JSONShapeError(
                path: path,
                message: .check(.schemeHasNoComponent(s, has: scheme.components.map(\.source.rawValue))))
        }
        return src
    }

    static func table(_ v: JSONValue, path: String, scheme: IndexScheme) throws(JSONShapeError) -> AnnexTableSpec {
        var r = try JSONObjectReader(v, path: path)
        let kind = try r.string("kind")
        let caption = try r.value("caption").map { c throws(JSONShapeError) in try text(c, path: r.path("caption")) }
        let spec: AnnexTableSpec.Kind
        switch kind {
        case "index":
            var comps = scheme.components.map(\.source)
            if let list = try strings(&r, "components") {
                comps = []
                for (j, s) in list.enumerated() { comps.append(try source(s, path: r.path("components") + "[\(j)]", scheme: scheme)) }
            }
            spec = .index(components: comps)
        case "selfAssessment":
            guard scheme.component(.selfAssessment) != nil else {
                throw JSONShapeError(path: r.path("kind"), message: .check(.schemeHasNoSelfAssessment))
            }
            var ids = scheme.criteria.map(\.id)
            if let list = try strings(&r, "criteria") {
                let known = scheme.allCriteria.map(\.criterion.id)
                for (j, s) in list.enumerated() where !known.contains(s) {
                    throw JSONShapeError(
                        path: r.path("criteria") + "[\(j)]",
                        message: .check(.notACriterion(s, known: known)))
                }
                ids = list
            }
            spec = .selfAssessment(criteria: ids)
        case "survey":
            let s = try r.string("component")
            let src = try source(s, path: r.path("component"), scheme: scheme)
            if src == .selfAssessment {
                throw JSONShapeError(
                    path: r.path("component"), message: .check(.surveyTableNotSelfAssessment))
            }
            spec = .survey(component: src, elements: try strings(&r, "elements"))
        default:
            throw JSONShapeError(
                path: r.path("kind"),
                message: .check(.notOneOf(value: kind, what: .tableKind, allowed: ["index", "selfAssessment", "survey"])))
        }
        try r.finish()
        return AnnexTableSpec(kind: spec, caption: caption, path: path)
    }
}
