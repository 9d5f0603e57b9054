import Foundation
import ParSurveyModel

/// The `.sps` text: GET DATA for the CSV, VARIABLE LABELS, VALUE LABELS, MISSING VALUES,
/// VARIABLE LEVEL. Labels are cut to SPSS's limits in bytes (256 for variable labels, 120
/// for value labels) on a character boundary; quotes are doubled.
package enum SPSSSyntaxWriter {
    static func syntax(
        questionnaire q: Questionnaire, variables: [SPSSExport.Variable], questions: [(var: String, question: Int)],
        numericCodes: [Bool], csvName: String, language: Language
    ) -> String {
        var s = "* Encoding: UTF-8.\n"
        s += "* \(quoteless(q.title.text(language))) (\(q.id) \(q.version)).\n"
        s += "* Written by par-survey export-spss. Run it from the folder that holds \(csvName), or edit /FILE.\n"
        // No `SET UNICODE=ON.`: SPSS runs in Unicode mode by default since version 21 and GNU
        // PSPP rejects the command; GET DATA's /ENCODING reads the UTF-8 file in both.
        s += "GET DATA\n  /TYPE=TXT\n  /FILE='\(csvName)'\n  /ENCODING='UTF8'\n  /DELCASE=LINE\n  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n"
        s += "  /ARRANGEMENT=DELIMITED\n  /FIRSTCASE=2\n  /VARIABLES=\n"
        for v in variables { s += "    \(v.name) " + (v.width.map { "A\($0)" } ?? v.format) + "\n" }
        s += "  .\nCACHE.\n\n"
        s += "VARIABLE LABELS\n"
        for v in variables { s += "  \(v.name) \(quote(v.label, limit: 256))\n" }
        s += "  .\n\n"
        // value labels and missing values, one block per scale
        var byScale: [Int: [String]] = [:]
        for (name, qi) in questions { byScale[q.questions[qi].scaleIndex, default: []].append(name) }
        s += "VALUE LABELS\n"
        var first = true
        for (si, scale) in q.scales.enumerated() {
            guard let names = byScale[si] else { continue }
            s += (first ? "  " : "  /") + names.joined(separator: " ") + "\n"
            first = false
            for (i, o) in scale.options.enumerated() {
                let value = numericCodes[si] ? o.code : String(i + 1)
                let label = o.label.text(language)
                let shown = numericCodes[si] ? (label.isEmpty ? o.code : label) : o.code + (label.isEmpty ? "" : ": " + label)
                s += "    \(value) \(quote(shown, limit: 120))\n"
            }
        }
        s += "  .\n\n"
        for (si, scale) in q.scales.enumerated() {
            guard let names = byScale[si] else { continue }
            let missing = scale.options.enumerated().filter { $0.element.missing }.map {
                numericCodes[si] ? $0.element.code : String($0.offset + 1)
            }
            if !missing.isEmpty { s += "MISSING VALUES \(names.joined(separator: " ")) (\(missing.prefix(3).joined(separator: ", "))).\n" }
            s += "VARIABLE LEVEL \(names.joined(separator: " ")) (ORDINAL).\n"
        }
        let nominal = variables.filter { $0.width != nil }.map(\.name)
        if !nominal.isEmpty { s += "VARIABLE LEVEL \(nominal.joined(separator: " ")) (NOMINAL).\n" }
        if let w = variables.first(where: { $0.width == nil && $0.format == "F18.8" }) {
            s += "* Design weights are in \(w.name): WEIGHT BY \(w.name).\n"
        }
        s += "EXECUTE.\n"
        return s
    }

    /// `'text'` with quotes doubled, cut to `limit` UTF-8 bytes on a character boundary.
    package static func quote(_ text: String, limit: Int) -> String {
        var out = ""
        var bytes = 0
        for ch in text.replacingOccurrences(of: "\n", with: " ") {
            let n = String(ch).utf8.count
            if bytes + n > limit { break }
            out.append(ch)
            bytes += n
        }
        return "'" + out.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static func quoteless(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ") }
}

/// Valid, unique SPSS variable names from column names and question ids.
package enum SPSSNames {
    static let reserved: Set<String> = ["ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"]

    /// ASCII letters, digits and `_`; starts with a letter; at most 64 bytes; not reserved;
    /// made unique with `_2`, `_3`, ….
    package static func unique(_ raw: String, _ used: inout Set<String>) -> String {
        let folded = raw.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
        var base = String(
            String.UnicodeScalarView(folded).map { ch -> Character in
                (ch.isASCII && (ch.properties.isAlphabetic || ("0"..."9").contains(Character(ch)))) ? Character(ch) : "_"
            })
        if base.isEmpty || !(base.first!.isASCII && base.first!.isLetter) { base = "v" + base }
        if reserved.contains(base.uppercased()) { base += "_" }
        base = String(base.prefix(60))
        var candidate = base
        var k = 2
        while used.contains(candidate.uppercased()) {
            candidate = base + "_\(k)"
            k += 1
        }
        used.insert(candidate.uppercased())
        return candidate
    }
}
