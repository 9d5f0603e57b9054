import ParSurveyModel
/// What each column of a batch is, resolved from its header against the questionnaire and
/// the column mapping.
package struct BatchSchema {
    var names: [String]
    /// Each column's role.
    let roles: [ColumnRole]
    /// Names of the kept variable columns, in column order (`ColumnRole.variable(k)`).
    let variableNames: [String]
    /// Column of a KoBoToolbox/ODK approval status (`_validation_status`, `ReviewState`).
    var approvalColumn: Int?

    package init(header: [String], file: String, questionnaire: Questionnaire, mapping: ColumnMapping) throws(BatchError) {
        names = header
        var keyToColumn: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            let k = TextKey.key(name)
            if k.isEmpty {
                throw .header(file: file, column: i + 1, value: name, message: .emptyName(column: i + 1))
            }
            if let prev = keyToColumn[k] {
                throw .header(file: file, column: i + 1, value: name, message: .repeats(previous: prev + 1))
            }
            keyToColumn[k] = i
        }
        var roles = [ColumnRole?](repeating: nil, count: header.count)
        func find(_ name: String, _ what: HeaderProblem.Role) throws(BatchError) -> Int {
            guard let c = keyToColumn[TextKey.key(name)] else {
                throw .header(
                    file: file, column: 0, value: name,
                    message: .noColumn(role: what, name: name, columns: Self.list(header)))
            }
            return c
        }
        roles[try find(mapping.id, .respondentID)] = .id
        if let u = mapping.unit { roles[try find(u, .unit)] = .unit }
        if let g = mapping.group { roles[try find(g, .respondentGroup)] = .group }
        if let w = mapping.weight { roles[try find(w, .weight)] = .weight }
        var missing: [String] = []
        for (qi, q) in questionnaire.questions.enumerated() {
            if let c = keyToColumn[TextKey.key(q.id)] {
                if roles[c] != nil {
                    throw .header(file: file, column: c + 1, value: header[c], message: .mappedAndQuestion)
                }
                roles[c] = .question(q: qi, scale: q.scaleIndex)
            } else {
                missing.append(q.id)
            }
        }
        if !missing.isEmpty {
            throw .header(file: file, column: 0, value: "", message: .missingQuestions(missing, questionnaire: questionnaire.id))
        }
        let prefixes = Set(questionnaire.questions.compactMap { Self.questionPrefix($0.id) })
        var variableNames: [String] = []
        for (i, name) in header.enumerated() where roles[i] == nil {
            if let p = Self.questionPrefix(name), prefixes.contains(p) {
                throw .header(
                    file: file, column: i + 1, value: name,
                    message: .noSuchQuestion(name, questionnaire: questionnaire.id))
            }
            roles[i] = .variable(variableNames.count)
            variableNames.append(name)
        }
        self.roles = roles.map { $0! }
        self.variableNames = variableNames
    }

    /// The column names for a message: all of them, or the first 20 and how many more.
    static func list(_ header: [String]) -> String {
        header.count <= 20
            ? header.joined(separator: ", ")
            : header.prefix(20).joined(separator: ", ") + ", … (\(header.count - 20) more)"
    }

    /// The letter prefix of an id made of letters then digits (`q12` → `q`, `c1_2` → `c`), else nil.
    static func questionPrefix(_ id: String) -> String? {
        let s = id.lowercased()
        guard let firstDigit = s.firstIndex(where: \.isNumber), firstDigit != s.startIndex else { return nil }
        let prefix = s[..<firstDigit]
        guard prefix.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let rest = s[firstDigit...]
        guard rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_" || $0 == ".") }) else { return nil }
        return String(prefix)
    }
}
