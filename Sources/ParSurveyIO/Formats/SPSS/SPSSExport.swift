import Foundation
import ParSurveyModel

/// Responses as a CSV file plus SPSS syntax (`.sps`) that reads it with variable labels,
/// value labels and missing values from the questionnaire.
///
/// Answers are numeric: a scale whose codes are all whole numbers keeps them (1..5, 9);
/// any other scale (A..E) is numbered by option position (1..5) and its value labels show
/// the code (`1 'A: Tốt'`). Blank answers are empty (system-missing); options marked
/// `missing` are declared in MISSING VALUES.
public struct SPSSExport: Sendable {
    /// The responses CSV (UTF-8, header of SPSS variable names).
    public var csv: String
    /// The syntax file.
    public var syntax: String

    struct Variable {
        var name: String
        var label: String
        var width: Int?  // string width in bytes; nil = numeric
        var format = "F8.0"
    }

    /// Builds the export of `table`; `csvName` is the CSV file name the syntax reads.
    public static func make(_ table: ResponseTable, csvName: String, language: Language) -> SPSSExport {
        let q = table.questionnaire
        var used = Set<String>()
        func name(_ raw: String) -> String { SPSSNames.unique(raw, &used) }
        var vars: [Variable] = []
        var columns: [(Int) -> String] = []
        func text(_ column: String, _ label: String? = nil, _ values: @escaping (Int) -> String) {
            var w = 1
            for r in 0..<table.rowCount { w = max(w, CSVField.neutralised(values(r)).utf8.count) }
            vars.append(Variable(name: name(column), label: label ?? column, width: min(w, 32767)))
            columns.append(values)
        }
        let vi = language == .vi
        text("id", vi ? "Mã phiếu" : "Respondent id") { table.id($0) }
        text("unit", vi ? "Đơn vị" : "Unit") { table.unit.value($0) }
        if let g = table.group { text("group", vi ? "Nhóm người trả lời" : "Respondent group") { g.value($0) } }
        if let w = table.designWeights {
            vars.append(Variable(name: name("weight"), label: vi ? "Trọng số thiết kế" : "Design weight", width: nil, format: "F18.8"))
            columns.append { "\(w[$0])" }
        }
        for v in table.variableOrder {
            let col = table.variables[v]!
            text(v) { col.value($0) }
        }
        let numericCodes = q.scales.map { s in s.options.allSatisfy { Int($0.code).map { (0...99_999).contains($0) } ?? false } }
        var questionVars: [(var: String, question: Int)] = []
        for (qi, question) in q.questions.enumerated() {
            let s = question.scaleIndex
            let scale = q.scales[s]
            let answers = table.answers[qi]
            let digits = numericCodes[s] ? (scale.options.map(\.code.count).max() ?? 1) : String(scale.options.count).count
            let n = name(question.id)
            vars.append(Variable(name: n, label: question.text.text(language), width: nil, format: "F\(digits).0"))
            questionVars.append((n, qi))
            columns.append { r in
                guard let o = scale.option(answers[r]) else { return "" }
                return numericCodes[s] ? o.code : String(answers[r])
            }
        }
        var csv = vars.map(\.name).joined(separator: ",") + "\n"
        for r in 0..<table.rowCount {
            csv += columns.map { CSVField.encode($0(r)) }.joined(separator: ",") + "\n"
        }
        let syntax = SPSSSyntaxWriter.syntax(
            questionnaire: q, variables: vars, questions: questionVars, numericCodes: numericCodes,
            csvName: csvName, language: language)
        return SPSSExport(csv: csv, syntax: syntax)
    }
}
