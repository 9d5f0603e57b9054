import ParSurveyModel
/// The column conventions of KoBoToolbox and ODK Central CSV exports, applied to a header
/// before its columns are matched to the questionnaire.
///
/// - group paths: `group/q1` (KoBoToolbox) and `group-q1` (ODK Central) match question
///   `q1` (and mapped columns such as `district`) by their last segment, when the full
///   name matches nothing;
/// - respondent id: when the mapped id column is absent, `_uuid` (else `_id`) in a
///   KoBoToolbox export, `KEY` (else `meta-instanceID`) in an ODK Central export;
/// - approval: `_validation_status` (KoBoToolbox) or `ReviewState` (ODK Central);
/// - other metadata (`_submission_time`, `SubmissionDate`, `_index`, …) stays as kept
///   variables, so it is available for `--by` and as provenance; other grouped columns
///   (`respondent/gender`) are kept under their last segment (`gender`).
public enum ExportDialect: String, Sendable {
    /// A plain table.
    case plain
    /// A KoBoToolbox export (`_uuid`, `_submission_time`, … columns).
    case kobo
    /// An ODK Central export (`KEY`, `SubmissionDate`, `meta-instanceID`, … columns).
    case odk

    /// Values of the approval column that count as approved (compared case-insensitively):
    /// KoBoToolbox's `validation_status_approved` (XML values export) or `Approved`
    /// (labels export), ODK Central's `approved`.
    public static let approvedValues: Set<String> = ["validation_status_approved", "approved"]

    /// The header after adaptation.
    public struct Adapted: Sendable {
        /// Names used to match columns (last path segments where that found a match).
        public var names: [String]
        /// The mapping, with the id column replaced by the export's id when needed.
        public var mapping: ColumnMapping
        /// 0-based column of `_validation_status` / `ReviewState`, if any.
        public var approvalColumn: Int?
        /// The export's kind.
        public var dialect: ExportDialect
        /// Two grouped columns whose last segment names the same question or mapped column
        /// (`E/q1` and `X/q1`), 0-based: which one is meant cannot be known.
        public var ambiguous: (first: Int, second: Int)? = nil
    }

    /// Recognises the export by its metadata columns.
    public static func detect(_ header: [String]) -> ExportDialect {
        let keys = Set(header.map { $0.lowercased() })
        if keys.contains("_uuid") || keys.contains("_submission_time") || keys.contains("_validation_status") { return .kobo }
        if keys.contains("key") && (keys.contains("submissiondate") || keys.contains("meta-instanceid") || keys.contains("reviewstate")) {
            return .odk
        }
        if keys.contains("meta-instanceid") || keys.contains("reviewstate") { return .odk }
        return .plain
    }

    /// Adapts `header` for `questionnaire` and `mapping`.
    public static func adapt(_ header: [String], questionnaire: Questionnaire, mapping: ColumnMapping) -> Adapted {
        let dialect = detect(header)
        var wanted = Set(questionnaire.questions.map { TextKey.key($0.id) })
        for m in [mapping.id, mapping.unit, mapping.group, mapping.weight].compactMap({ $0 }) { wanted.insert(TextKey.key(m)) }
        let exact = Set(header.map(TextKey.key))
        var names = header
        var taken = exact
        var renamed: [String: Int] = [:]
        var ambiguous: (first: Int, second: Int)?
        for (i, h) in header.enumerated() where !wanted.contains(TextKey.key(h)) {
            guard h.contains("/") || (dialect != .kobo && h.contains("-")) else { continue }
            let separators: Set<Character> = dialect == .kobo ? ["/"] : ["/", "-"]
            guard let last = h.split(whereSeparator: { separators.contains($0) }).last else { continue }
            let k = TextKey.key(String(last))
            if wanted.contains(k) && !taken.contains(k) {
                names[i] = String(last)
                taken.insert(k)
                renamed[k] = i
            } else if wanted.contains(k), let first = renamed[k], ambiguous == nil {
                ambiguous = (first, i)
            }
        }
        if dialect != .plain {
            // Other grouped columns (`respondent/gender`) are kept as variables under their last
            // segment (`gender`), so weighting margins and `--by` name them as in a plain table.
            let separators: Set<Character> = dialect == .kobo ? ["/"] : ["/", "-"]
            for (i, h) in header.enumerated() where names[i] == h && !h.hasPrefix("_") && !h.lowercased().hasPrefix("meta-") {
                guard h.contains(where: separators.contains), let last = h.split(whereSeparator: { separators.contains($0) }).last else {
                    continue
                }
                let k = TextKey.key(String(last))
                if !taken.contains(k) && !wanted.contains(k) {
                    names[i] = String(last)
                    taken.insert(k)
                }
            }
        }
        var m = mapping
        let keys = names.map(TextKey.key)
        if !keys.contains(TextKey.key(mapping.id)) {
            let candidates: [String]
            switch dialect {
            case .kobo: candidates = ["_uuid", "_id"]
            case .odk: candidates = ["key", "meta-instanceid", "instanceid"]
            case .plain: candidates = []
            }
            if let c = candidates.first(where: keys.contains), let at = keys.firstIndex(of: c) { m.id = names[at] }
        }
        let approval = keys.firstIndex { $0 == "_validation_status" || $0 == "reviewstate" }
        return Adapted(names: names, mapping: m, approvalColumn: approval, dialect: dialect, ambiguous: ambiguous)
    }

    /// Whether an approval cell's text means approved.
    public static func isApproved(_ field: ArraySlice<UInt8>) -> Bool {
        guard field.count < 64, let s = String(validating: field, as: UTF8.self) else { return false }
        return approvedValues.contains(TextKey.key(s))
    }
}
