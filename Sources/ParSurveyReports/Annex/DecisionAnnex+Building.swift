import ParSurveyModel
import ParSurveyScoring

/// What the annex is built from: the ranked table, the self-assessment by criterion, the survey
/// components' results (elements), the units' register types, and the decision's particulars.
public struct AnnexInput: Sendable {
    /// The merged, ranked table (its scheme gives components, criteria, grades, groups).
    public var table: ParIndexTable
    /// The self-assessment by criterion (nil: fields are shown missing).
    public var selfAssessment: SelfAssessment?
    /// The survey components' results (element indices).
    public var components: [ComponentResult]
    /// Register unit types keyed by `TextKey.key(unit)` (empty: no register).
    public var unitTypes: [String: String]
    /// Survey year.
    public var year: Int?
    /// The run's title (the `{title}` placeholder).
    public var title: LocalizedText
    /// The decision's number ("123/QĐ-UBND"); nil: dots to fill by hand.
    public var decisionNumber: String?
    /// The decision's date, `YYYY-MM-DD`; nil: dots to fill by hand.
    public var decisionDate: String?

    /// Creates an input.
    public init(
        table: ParIndexTable, selfAssessment: SelfAssessment? = nil, components: [ComponentResult] = [],
        unitTypes: [String: String] = [:], year: Int? = nil, title: LocalizedText = LocalizedText(vi: "", en: ""),
        decisionNumber: String? = nil, decisionDate: String? = nil
    ) {
        self.table = table
        self.selfAssessment = selfAssessment
        self.components = components
        self.unitTypes = unitTypes
        self.year = year
        self.title = title
        self.decisionNumber = decisionNumber
        self.decisionDate = decisionDate
    }
}

/// Why the annex could not be built: the scheme's `annex` block names a survey element the
/// run's questionnaire does not have.
public struct AnnexError: ParSurveyError, Equatable {
    /// The scheme key path under `annex` (`tables[2].elements[0]`).
    public var path: String
    /// The element named.
    public var element: String
    /// The questionnaire's id.
    public var questionnaire: String
    /// The questionnaire's elements.
    public var elements: [String]
    /// `annex.unknownElement`.
    public var kind: ErrorKind { "annex.unknownElement" }
    public var description: String {
        "scheme key 'annex.\(path)': '\(element)' is not an element of questionnaire '\(questionnaire)' (\(elements.joined(separator: ", ")))"
    }
}

extension DecisionAnnex {
    /// Builds the annex of `input` as `template` (default: the scheme's, else the standard
    /// one) says, in `language`.
    public static func build(_ input: AnnexInput, template: AnnexTemplate? = nil, language: Language) throws(AnnexError) -> DecisionAnnex {
        let scheme = input.table.scheme
        let t = template ?? scheme.annex ?? AnnexTemplate.standard(for: scheme)
        let fill = AnnexPlaceholders(input: input, language: language)
        let b = AnnexBuilder(input: input, template: t, language: language)
        var tables: [AnnexTable] = []
        for spec in t.tables {
            switch spec.kind {
            case let .index(components): tables.append(b.indexTable(components, caption: spec.caption))
            case let .selfAssessment(criteria): tables.append(b.selfAssessmentTable(criteria, caption: spec.caption))
            case let .survey(component, elements):
                if let table = try b.surveyTable(component, elements: elements, caption: spec.caption, path: spec.path) {
                    tables.append(table)
                }
            }
        }
        return DecisionAnnex(
            agency: t.agency.map { fill.apply($0.text(language)) }, nation: t.nation.map { fill.apply($0.text(language)) },
            title: t.title.map { fill.apply($0.text(language)) }, decisionLine: fill.apply(t.decisionLine.text(language)),
            tables: tables, notes: b.notes())
    }
}

/// The placeholder values of a run: `{year}`, `{nextYear}`, `{decisionNumber}`,
/// `{decisionDate}` ("15 tháng 01 năm 2022" / "15 January 2022"), `{title}`; dots where unknown.
struct AnnexPlaceholders {
    var values: [(String, String)]

    init(input: AnnexInput, language: Language) {
        let dots = "……"
        values = [
            ("year", input.year.map(String.init) ?? dots),
            ("nextYear", input.year.map { String($0 + 1) } ?? dots),
            ("decisionNumber", input.decisionNumber ?? "\(dots)/QĐ-UBND"),
            (
                "decisionDate",
                input.decisionDate.map { Self.date($0, language) } ?? (language == .vi ? "\(dots) tháng \(dots) năm \(dots)" : dots)
            ),
            ("title", input.title.text(language)),
        ]
    }

    /// `2022-01-15` as "15 tháng 01 năm 2022" (vi) or "15 January 2022" (en).
    static func date(_ iso: String, _ language: Language) -> String {
        let parts = iso.split(separator: "-").map(String.init)
        guard parts.count == 3, let m = Int(parts[1]), (1...12).contains(m) else { return iso }
        if language == .vi { return "\(parts[2]) tháng \(parts[1]) năm \(parts[0])" }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        return "\(Int(parts[2]) ?? 0) \(months[m - 1]) \(parts[0])"
    }

    func apply(_ s: String) -> String {
        // one pass per placeholder, in a fixed order; a value is never scanned again for its own
        // placeholder (the title is last, so braces in it stay as written)
        var out = s
        for (k, v) in values { out = out.replacingPlaceholder(k, with: v) }
        return out
    }
}
