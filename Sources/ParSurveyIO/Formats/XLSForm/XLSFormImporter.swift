import ParSurveyModel
/// Turns an XLSForm (`survey`, `choices`, `settings`) into the project's questionnaire JSON.
///
/// - `begin_group` … `end_group` holding scored questions become elements (group name =
///   element id, label = title); a question belongs to its innermost group, or names its
///   element in an `element` column; groups with no scored question of their own are skipped;
/// - scored `select_one LIST` rows become questions (name = id, label = text); their lists
///   become scales (choice name = code, label = option label), in the order of the choices
///   sheet; `select_one` rows that are not scored become respondent variables (`XLSFormRole`);
/// - `label::Tiếng Việt (vi)` (or `Vietnamese (vi)`) / `label::English (en)` (or `label::vi`, `label::en`, or a
///   plain `label` in the `default_language`) give the vi/en texts;
/// - what XLSForm cannot say comes from extra columns (see Questionnaires/README.md):
///   settings `component`, `max_points`, `scoring`, `form_title_en` (or
///   `form_title::English (en)`); survey `weight`, `points`; choices `credit`, `satisfied`,
///   `missing`, `list_label_vi`, `list_label_en` (or `list_label::…`).
///   Whatever the questionnaire needs and the form lacks is reported, all at once.
/// Other row types (notes, text, `select_multiple`, metadata) are skipped and listed.
public enum XLSFormImporter {
    /// The questionnaire JSON and the rows that were skipped.
    public struct Result: Sendable {
        /// The questionnaire as JSON (validated by `Questionnaire.parse`).
        public var json: JSONValue
        /// The questionnaire itself.
        public var questionnaire: Questionnaire
        /// Survey rows that carry no scored question (`row 7: note 'intro'`).
        public var skipped: [String]
        /// Survey rows that became respondent variables (see `XLSFormRole` for the rule).
        public var variables: [XLSFormVariable] = []
    }

    /// Converts `sheets`.
    public static func convert(_ sheets: XLSFormSheets) throws(XLSFormError) -> Result {
        let file = sheets.source
        var missing: [String] = []
        // settings
        var settings: [String: String] = [:]
        var titleVi = ""
        var titleEn = ""
        if let s = sheets.settings, let row = s.rows.first {
            for (i, h) in s.header.enumerated() where !row.cells[i].isEmpty { settings[h.lowercased()] = row.cells[i] }
            let langs = languageColumns(s.header, base: "form_title", defaultLanguage: settings["default_language"])
            titleVi = langs.vi.map { row.cells[$0] } ?? ""
            titleEn = langs.en.map { row.cells[$0] } ?? ""
        } else {
            missing.append("a 'settings' sheet (form_id, version, form_title, component, max_points, scoring)")
        }
        func setting(_ key: String, _ what: String) -> String? {
            if let v = settings[key] { return v }
            if sheets.settings != nil { missing.append("settings '\(key)': \(what)") }
            return nil
        }
        let id = setting("form_id", "the questionnaire id")
        if let id, let p = SafeFileName.problem(id) {
            throw .invalid(
                file: file, sheet: "settings", row: sheets.settings?.rows.first?.row ?? 2, column: "form_id",
                message: "'\(TerminalText.escape(id))' cannot be a questionnaire id (it names exported files): it \(p)")
        }
        let version = setting("version", "the questionnaire version")
        let component = setting("component", "satisfaction or leadership")
        let maxPointsText = setting("max_points", "the component's maximum points (30 or 10)")
        let scoring = setting("scoring", "shareSatisfied or meanCredit")
        if titleVi.isEmpty && titleEn.isEmpty && sheets.settings != nil { missing.append("settings 'form_title': the questionnaire title") }
        let maxPoints = try maxPointsText.map { t throws(XLSFormError) in
            try number(t, file: file, sheet: "settings", row: sheets.settings!.rows[0].row, column: "max_points")
        }

        // survey
        let survey = sheets.survey
        guard let typeCol = survey.column("type"), let nameCol = survey.column("name") else {
            throw .invalid(
                file: file, sheet: "survey", row: 1, column: "",
                message: "needs 'type' and 'name' columns (columns: \(survey.header.joined(separator: ", ")))")
        }
        let label = languageColumns(survey.header, base: "label", defaultLanguage: settings["default_language"])
        let weightCol = survey.column("weight")
        let pointsCol = survey.column("points")
        let elementCol = survey.column("element")
        let roleCol = survey.column(XLSFormRole.column)
        let scoredLists = XLSFormRole.scoredLists(sheets.choices)
        // every group in begin order; the ones holding scored questions become elements
        var groups: [(id: String, row: Int, title: JSONValue?, weight: JSONValue, questions: [JSONValue])] = []
        var open: [Int?] = []  // enclosing begin rows: group index, nil for repeats and other blocks
        var usedLists: [String: Int] = [:]  // list → first survey row
        var skipped: [(row: Int, text: String)] = []
        var variables: [XLSFormVariable] = []
        for (row, cells) in survey.rows {
            let typeText = cells[typeCol]
            let type = typeText.lowercased().split(whereSeparator: { $0 == " " }).map(String.init)
            let name = cells[nameCol]
            guard let kind = type.first else { continue }
            let text = localized(cells, label)
            guard let role = XLSFormRole.parse(roleCol.map { cells[$0] } ?? "") else {
                throw .invalid(
                    file: file, sheet: "survey", row: row, column: XLSFormRole.column,
                    message: "'\(cells[roleCol!])' is not a role (use score, variable or ignore, or leave empty)")
            }
            switch kind {
            case "begin_group", "begin":
                if kind == "begin" && type.dropFirst().first != "group" {
                    skipped.append((row, "row \(row): \(typeText) '\(name)'"))
                    open.append(nil)
                    continue
                }
                if name.isEmpty {
                    throw .invalid(file: file, sheet: "survey", row: row, column: "name", message: "a group needs a name (the element id)")
                }
                let w =
                    try weightCol.map { c throws(XLSFormError) in
                        cells[c].isEmpty ? 1 : try number(cells[c], file: file, sheet: "survey", row: row, column: "weight")
                    } ?? 1
                groups.append((name, row, text, JSONWriter.number(w), []))
                open.append(groups.count - 1)
            case "end" where type.count == 1:  // the `end` metadata (time the form was finished)
                skipped.append((row, "row \(row): \(typeText)" + (name.isEmpty ? "" : " '\(name)'")))
            case "end_group", "end":
                if kind == "end" && type.dropFirst().first != "group" { skipped.append((row, "row \(row): \(typeText)")) }
                if !open.isEmpty { open.removeLast() }
            case "select_one" where role != .ignore:
                guard type.count == 2 || (type.count == 3 && type[2] == "or_other") else {
                    throw .invalid(
                        file: file, sheet: "survey", row: row, column: "type", message: "'\(typeText)' must be 'select_one LIST'")
                }
                let list = type[1]
                if name.isEmpty {
                    throw .invalid(
                        file: file, sheet: "survey", row: row, column: "name", message: "a question needs a name (the question id)")
                }
                let elementName = elementCol.map { cells[$0] } ?? ""
                let enclosing = open.last(where: { $0 != nil }) ?? nil
                if role == .variable || (role == nil && elementName.isEmpty && enclosing == nil) {
                    variables.append(
                        XLSFormVariable(
                            name: name, type: typeText, row: row,
                            reason: role == .variable ? "\(XLSFormRole.column) variable" : "outside any group"))
                    continue
                }
                if role == nil, let lists = scoredLists, !lists.contains(list) {
                    variables.append(
                        XLSFormVariable(name: name, type: typeText, row: row, reason: "list '\(list)' has no credit or satisfied choice"))
                    continue
                }
                var target = enclosing
                if !elementName.isEmpty {
                    if let k = groups.firstIndex(where: { $0.id == elementName }) {
                        target = k
                    } else {
                        groups.append((elementName, row, nil, JSONWriter.number(1), []))
                        missing.append(
                            "survey row \(row): element '\(elementName)' named in the 'element' column has no begin_group row (its title)")
                        target = groups.count - 1
                    }
                }
                guard let el = target else {
                    missing.append("survey row \(row): question '\(name)' is outside any group and has no 'element' column value")
                    continue
                }
                if text == nil { missing.append("survey row \(row): question '\(name)' has no label (the question text)") }
                if usedLists[list] == nil { usedLists[list] = row }
                var q: [(key: String, value: JSONValue)] = [
                    ("id", .string(name)), ("text", text ?? .null),
                    ("scale", .string(typeText.split(separator: " ").dropFirst().first.map(String.init) ?? list)),
                ]
                let w =
                    try weightCol.map { c throws(XLSFormError) in
                        cells[c].isEmpty ? 1 : try number(cells[c], file: file, sheet: "survey", row: row, column: "weight")
                    } ?? 1
                q.append(("weight", JSONWriter.number(w)))
                if let pc = pointsCol, !cells[pc].isEmpty {
                    q.append(("points", JSONWriter.number(try number(cells[pc], file: file, sheet: "survey", row: row, column: "points"))))
                } else if component == "leadership" {
                    missing.append(
                        "survey row \(row): question '\(name)' has no 'points' (a leadership questionnaire gives each question its points)")
                }
                groups[el].questions.append(.object(q))
            default:
                if role == .variable {
                    variables.append(XLSFormVariable(name: name, type: typeText, row: row, reason: "\(XLSFormRole.column) variable"))
                } else {
                    skipped.append((row, "row \(row): \(typeText)" + (name.isEmpty ? "" : " '\(name)'")))
                }
            }
        }
        var elements: [(id: String, title: JSONValue, weight: JSONValue, questions: [JSONValue])] = []
        for g in groups {
            if g.questions.isEmpty {
                skipped.append((g.row, "row \(g.row): group '\(g.id)' (no scored questions of its own)"))
                continue
            }
            if g.title == nil && !missing.contains(where: { $0.contains("element '\(g.id)' named") }) {
                missing.append("survey row \(g.row): group '\(g.id)' has no label (the element title)")
            }
            elements.append((g.id, g.title ?? .null, g.weight, g.questions))
        }
        if elements.isEmpty { missing.append("survey: no begin_group … end_group with select_one questions (elements)") }

        let scales = try XLSFormChoices.scales(
            sheets.choices, used: usedLists, scoring: scoring, defaultLanguage: settings["default_language"],
            file: file, missing: &missing)
        if !missing.isEmpty { throw .incomplete(file: file, missing: missing) }
        var title: [(key: String, value: JSONValue)] = []
        if !titleVi.isEmpty { title.append(("vi", .string(titleVi))) }
        if !titleEn.isEmpty { title.append(("en", .string(titleEn))) }
        let json = JSONValue.object([
            ("id", .string(id!)), ("version", .string(version!)), ("title", .object(title)), ("component", .string(component!)),
            ("maxPoints", JSONWriter.number(maxPoints!)), ("scoring", .string(scoring!)), ("scales", .array(scales)),
            (
                "elements",
                .array(
                    elements.map { e in
                        .object([("id", .string(e.id)), ("title", e.title), ("weight", e.weight), ("questions", .array(e.questions))])
                    })
            ),
        ])
        do {
            let q = try Questionnaire.parse(Array(JSONWriter.write(json).utf8), file: file)
            return Result(json: json, questionnaire: q, skipped: skipped.sorted { $0.row < $1.row }.map(\.text), variables: variables)
        } catch {
            throw .questionnaire(file: file, message: error.description)
        }
    }

    /// Columns holding the vi and en texts of `base` (`label`, `form_title`, `list_label`).
    static func languageColumns(_ header: [String], base: String, defaultLanguage: String?) -> (vi: Int?, en: Int?) {
        var vi: Int?
        var en: Int?
        var plain: Int?
        for (i, h) in header.enumerated() {
            let l = h.lowercased()
            if l == base {
                plain = i
                continue
            }
            // plain extra columns `form_title_en`, `list_label_vi` (what pyxform accepts)
            if l == base + "_vi" {
                if vi == nil { vi = i }
                continue
            }
            if l == base + "_en" {
                if en == nil { en = i }
                continue
            }
            guard l.hasPrefix(base + "::") else { continue }
            switch language(String(l.dropFirst(base.count + 2))) {
            case .vi?: if vi == nil { vi = i }
            case .en?: if en == nil { en = i }
            case nil: break
            }
        }
        if let p = plain {
            if language(defaultLanguage?.lowercased() ?? "") == .en { if en == nil { en = p } } else if vi == nil { vi = p }
        }
        return (vi, en)
    }

    /// `Vietnamese (vi)`, `vi`, `Tiếng Việt` → vi; `English (en)`, `en` → en.
    static func language(_ s: String) -> Language? {
        var code = s.trimmingCharacters(in: .whitespaces)
        if let open = code.lastIndex(of: "("), let close = code.lastIndex(of: ")"), open < close {
            code = String(code[code.index(after: open)..<close])
        }
        switch code.lowercased() {
        case "vi", "vie", "vietnamese", "tiếng việt": return .vi
        case "en", "eng", "english": return .en
        default: return nil
        }
    }

    static func localized(_ cells: [String], _ cols: (vi: Int?, en: Int?)) -> JSONValue? {
        let vi = cols.vi.map { cells[$0] } ?? ""
        let en = cols.en.map { cells[$0] } ?? ""
        if vi.isEmpty && en.isEmpty { return nil }
        var pairs: [(key: String, value: JSONValue)] = []
        if !vi.isEmpty { pairs.append(("vi", .string(vi))) }
        if !en.isEmpty { pairs.append(("en", .string(en))) }
        return .object(pairs)
    }

    static func number(_ text: String, file: String, sheet: String, row: Int, column: String) throws(XLSFormError) -> Double {
        guard let v = Double(text.replacingOccurrences(of: ",", with: ".")), v.isFinite, !text.lowercased().contains("n") else {
            throw .invalid(file: file, sheet: sheet, row: row, column: column, message: "'\(text)' is not a number")
        }
        return v
    }

    static func flag(_ text: String, file: String, sheet: String, row: Int, column: String) throws(XLSFormError) -> Bool {
        switch text.lowercased() {
        case "", "false", "no", "0", "sai", "không": return false
        case "true", "yes", "1", "x", "đúng", "có": return true
        default:
            throw .invalid(
                file: file, sheet: sheet, row: row, column: column, message: "'\(text)' is not true/false (use TRUE, yes, 1 or leave empty)"
            )
        }
    }
}

import Foundation
