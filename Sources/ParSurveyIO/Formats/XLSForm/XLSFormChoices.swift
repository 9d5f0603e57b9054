/// The `choices` sheet of an XLSForm as questionnaire scales.
enum XLSFormChoices {
    /// Scales for the lists questions use, in the order lists first appear in the sheet.
    static func scales(
        _ choices: XLSFormTable, used: [String: Int], scoring: String?, defaultLanguage: String?, file: String,
        missing: inout [String]
    ) throws(XLSFormError) -> [JSONValue] {
        guard let listCol = choices.column("list_name") ?? choices.column("list name"), let nameCol = choices.column("name") else {
            throw .invalid(
                file: file, sheet: "choices", row: 1, column: "",
                message: "needs 'list_name' and 'name' columns (columns: \(choices.header.joined(separator: ", ")))")
        }
        let label = XLSFormImporter.languageColumns(choices.header, base: "label", defaultLanguage: defaultLanguage)
        let listLabel = XLSFormImporter.languageColumns(choices.header, base: "list_label", defaultLanguage: defaultLanguage)
        let creditCol = choices.column("credit")
        let satisfiedCol = choices.column("satisfied")
        let missingCol = choices.column("missing")
        var order: [String] = []
        var options: [String: [JSONValue]] = [:]
        var titles: [String: JSONValue] = [:]
        var anySatisfied: [String: Bool] = [:]
        for (row, cells) in choices.rows {
            let list = cells[listCol].lowercased()
            guard !list.isEmpty, used[list] != nil else { continue }
            if options[list] == nil {
                order.append(cells[listCol])
                options[list] = []
            }
            if titles[list] == nil, let t = XLSFormImporter.localized(cells, listLabel) { titles[list] = t }
            let code = cells[nameCol]
            if code.isEmpty {
                throw .invalid(
                    file: file, sheet: "choices", row: row, column: "name", message: "a choice needs a name (the code written in data)")
            }
            var o: [(key: String, value: JSONValue)] = [("code", .string(code))]
            if let l = XLSFormImporter.localized(cells, label) { o.append(("label", l)) }
            let isMissing =
                try missingCol.map { c throws(XLSFormError) in
                    try XLSFormImporter.flag(cells[c], file: file, sheet: "choices", row: row, column: "missing")
                } ?? false
            let isSatisfied =
                try satisfiedCol.map { c throws(XLSFormError) in
                    try XLSFormImporter.flag(cells[c], file: file, sheet: "choices", row: row, column: "satisfied")
                } ?? false
            if let c = creditCol, !cells[c].isEmpty {
                o.append(
                    (
                        "credit",
                        JSONWriter.number(try XLSFormImporter.number(cells[c], file: file, sheet: "choices", row: row, column: "credit"))
                    ))
            } else if scoring == "meanCredit" && !isMissing {
                missing.append(
                    "choices row \(row): list '\(cells[listCol])' choice '\(code)' has no 'credit' (scoring meanCredit needs one on every choice that is not missing)"
                )
            }
            if isSatisfied {
                o.append(("satisfied", .bool(true)))
                anySatisfied[list] = true
            }
            if isMissing { o.append(("missing", .bool(true))) }
            options[list]!.append(.object(o))
        }
        for (list, row) in used.sorted(by: { $0.value < $1.value }) where options[list] == nil {
            missing.append("choices: no list '\(list)' (used by survey row \(row))")
        }
        if scoring == "shareSatisfied" {
            for list in order where anySatisfied[list.lowercased()] != true {
                missing.append("choices: list '\(list)' has no choice with 'satisfied' TRUE (scoring shareSatisfied counts those)")
            }
        }
        return order.map { list in
            var s: [(key: String, value: JSONValue)] = [("id", .string(list))]
            if let t = titles[list.lowercased()] { s.append(("title", t)) }
            s.append(("options", .array(options[list.lowercased()]!)))
            return .object(s)
        }
    }
}
