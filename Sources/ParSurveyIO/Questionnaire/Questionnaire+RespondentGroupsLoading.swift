import ParSurveyModel

extension Questionnaire {
    /// The optional `respondentGroups` block: `{"delegate": {"vi": "...", "en": "..."}, ...}`,
    /// group code → name, in display order. Errors name the key path
    /// (`respondentGroups.delegate.vi`).
    static func respondentGroupNames(_ root: inout JSONObjectReader) throws(JSONShapeError) -> [RespondentGroupName] {
        guard var block = try root.optionalObject("respondentGroups") else { return [] }
        if block.keys.isEmpty {
            throw JSONShapeError(
                path: block.path, message: "name at least one group (code → {\"vi\": ..., \"en\": ...}) or leave the key out")
        }
        var names: [RespondentGroupName] = []
        var seen: [String: String] = [:]
        for raw in block.keys {
            let code = TextKey.clean(raw)
            if code.isEmpty { throw JSONShapeError(path: block.path(raw), message: "a group code must not be empty") }
            if let prev = seen[TextKey.key(code)] {
                throw JSONShapeError(path: block.path(raw), message: "duplicate group code '\(TerminalText.escape(code))' (also '\(prev)')")
            }
            seen[TextKey.key(code)] = TerminalText.escape(raw)
            names.append(RespondentGroupName(code: code, name: try block.localized(raw)))
        }
        try block.finish()
        return names
    }
}
