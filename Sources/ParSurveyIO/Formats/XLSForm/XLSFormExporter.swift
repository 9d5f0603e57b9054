import ParSurveyModel
/// Writes a questionnaire as an XLSForm that KoBoToolbox and ODK accept: `survey` (one
/// group per element, one `select_one` per question), `choices` (one list per scale),
/// `settings`, with vi/en labels and the extra columns `XLSFormImporter` reads back
/// (weight, points, credit, satisfied, missing, list_label_vi/_en, component, max_points,
/// scoring, form_title_en), so import(export(q)) gives q again.
///
/// pyxform (the converter KoBoToolbox and ODK run) accepts it: translated columns
/// (`label::Tiếng Việt (vi)`) are only used where XLSForm translates (`label`, `hint`); the
/// English title and the scale titles, which XLSForm does not translate, are in plain
/// extra columns (a `::` in a choices extra column or in `form_title` breaks pyxform 4.5).
public enum XLSFormExporter {
    static let vi = "Tiếng Việt (vi)"
    static let en = "English (en)"

    /// The three sheets as cells (first row = header).
    public static func sheets(_ q: Questionnaire) -> [XLSXSheet] {
        func t(_ s: String) -> XLSXValue? { s.isEmpty ? nil : .text(s) }
        var survey: [[XLSXValue?]] = [["type", "name", "label::" + vi, "label::" + en, "required", "weight", "points"].map { .text($0) }]
        for e in q.elements {
            survey.append([.text("begin_group"), .text(e.id), t(e.title.vi), t(e.title.en), nil, .number(e.weight), nil])
            for x in e.questions {
                survey.append([
                    .text("select_one " + q.scales[x.scaleIndex].id), .text(x.id), t(x.text.vi), t(x.text.en), nil,
                    .number(x.weight), x.points.map { .number($0) },
                ])
            }
            survey.append([.text("end_group"), .text(e.id), nil, nil, nil, nil, nil])
        }
        var choices: [[XLSXValue?]] = [
            [
                "list_name", "name", "label::" + vi, "label::" + en, "credit", "satisfied", "missing",
                "list_label_vi", "list_label_en",
            ].map { .text($0) }
        ]
        for s in q.scales {
            for (i, o) in s.options.enumerated() {
                choices.append([
                    .text(s.id), .text(o.code), t(o.label.vi), t(o.label.en), o.credit.map { .number($0) },
                    o.satisfied ? .text("TRUE") : nil, o.missing ? .text("TRUE") : nil,
                    i == 0 ? t(s.title.vi) : nil, i == 0 ? t(s.title.en) : nil,
                ])
            }
        }
        let settings: [[XLSXValue?]] = [
            ["form_id", "version", "form_title", "form_title_en", "default_language", "component", "max_points", "scoring"].map {
                .text($0)
            },
            [
                .text(q.id), .text(q.version), t(q.title.vi), t(q.title.en), .text(vi), .text(q.component.rawValue), .number(q.maxPoints),
                .text(q.scoring.rawValue),
            ],
        ]
        return [
            XLSXSheet(name: "survey", rows: survey), XLSXSheet(name: "choices", rows: choices), XLSXSheet(name: "settings", rows: settings),
        ]
    }

    /// The form as an `.xlsx` workbook.
    public static func workbook(_ q: Questionnaire) -> [UInt8] { XLSXWriter.workbook(sheets(q)) }

    /// The form as three CSV texts (`survey.csv`, `choices.csv`, `settings.csv`), UTF-8.
    public static func csvFiles(_ q: Questionnaire) -> [(name: String, text: String)] {
        sheets(q).map { s in
            (
                s.name + ".csv",
                s.rows.map { row in
                    row.map { cell -> String in
                        switch cell {
                        case nil: return ""
                        case let .text(v)?: return CSVField.encode(v)
                        case let .number(v)?: return XLSXWriter.number(v)
                        }
                    }.joined(separator: ",")
                }.joined(separator: "\n") + "\n"
            )
        }
    }

    /// The sheets as `XLSFormSheets`, as an importer would read them (for round trips).
    public static func formSheets(_ q: Questionnaire, source: String) -> XLSFormSheets {
        let tables = sheets(q).map { s -> XLSFormTable in
            let header = s.rows[0].map { if case let .text(v)? = $0 { return v } else { return "" } }
            let rows = s.rows.dropFirst().enumerated().map { i, r in
                (
                    row: i + 2,
                    cells: r.map { c -> String in
                        switch c {
                        case nil: return ""
                        case let .text(v)?: return v
                        case let .number(v)?: return XLSXWriter.number(v)
                        }
                    }
                )
            }
            return XLSFormTable(name: s.name, header: header, rows: Array(rows))
        }
        return XLSFormSheets(survey: tables[0], choices: tables[1], settings: tables[2], source: source)
    }
}
