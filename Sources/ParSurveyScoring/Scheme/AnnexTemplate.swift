import ParSurveyModel
/// The decision annex (Phụ lục kèm theo Quyết định) as the scheme's `annex` block describes
/// it (`docs/ANNEX.md`): the heading lines, the official name form of each unit type, whether
/// grades and a province average row are shown, and the annex's tables. Texts may hold the
/// placeholders `{year}`, `{nextYear}`, `{decisionNumber}`, `{decisionDate}`, `{title}`; unit
/// name forms hold `{name}`.
public struct AnnexTemplate: Sendable, Equatable {
    /// Placeholders the heading, title and decision lines may hold.
    public static let placeholders = ["year", "nextYear", "decisionNumber", "decisionDate", "title"]

    /// Left heading lines: the issuing agency ("ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH").
    public var agency: [LocalizedText]
    /// Right heading lines: the national motto.
    public var nation: [LocalizedText]
    /// Title lines ("PHỤ LỤC", "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}").
    public var title: [LocalizedText]
    /// The line naming the decision the annex goes with.
    public var decisionLine: LocalizedText
    /// Official name forms by register unit type ("UBND huyện {name}"), first match wins.
    public var unitNames: [UnitNameForm]
    /// The name form of a unit whose type has no form, or that has no type.
    public var defaultUnitName: LocalizedText
    /// Whether the index table shows the grade (when the scheme has grade bands).
    public var showGrade: Bool
    /// Label of the province average row (nil: no such row).
    public var averageRow: LocalizedText?
    /// The annex's tables, in order.
    public var tables: [AnnexTableSpec]

    /// Creates a value from its parts (used by the loader in IO).
    package init(
        agency: [LocalizedText], nation: [LocalizedText], title: [LocalizedText], decisionLine: LocalizedText,
        unitNames: [UnitNameForm], defaultUnitName: LocalizedText, showGrade: Bool, averageRow: LocalizedText?,
        tables: [AnnexTableSpec]
    ) {
        self.agency = agency
        self.nation = nation
        self.title = title
        self.decisionLine = decisionLine
        self.unitNames = unitNames
        self.defaultUnitName = defaultUnitName
        self.showGrade = showGrade
        self.averageRow = averageRow
        self.tables = tables
    }

    /// The default agency lines.
    public static let defaultAgency = [LocalizedText(vi: "ỦY BAN NHÂN DÂN", en: "PEOPLE'S COMMITTEE")]
    /// The national motto.
    public static let defaultNation = [
        LocalizedText(vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIETNAM"),
        LocalizedText(vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness"),
    ]
    /// The default title lines.
    public static let defaultTitle = [
        LocalizedText(vi: "PHỤ LỤC", en: "ANNEX"),
        LocalizedText(
            vi: "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}", en: "PUBLIC ADMINISTRATION REFORM INDEX RESULTS, {year}"),
    ]
    /// The default decision line.
    public static let defaultDecisionLine = LocalizedText(
        vi: "(Kèm theo Quyết định số {decisionNumber} ngày {decisionDate} của Ủy ban nhân dân)",
        en: "(Attached to Decision No. {decisionNumber} of {decisionDate} of the People's Committee)")
    /// The default label of the average row.
    public static let defaultAverageRow = LocalizedText(vi: "Bình quân chung", en: "Average")

    /// The annex of a scheme without an `annex` block: the default heading, plain unit names,
    /// grades when the scheme has bands, an average row, and every table the scheme allows
    /// (index; self-assessment by top-level criterion; each survey component by element).
    public static func standard(for scheme: IndexScheme) -> AnnexTemplate {
        AnnexTemplate(
            agency: defaultAgency, nation: defaultNation, title: defaultTitle, decisionLine: defaultDecisionLine,
            unitNames: [], defaultUnitName: LocalizedText(vi: "{name}", en: "{name}"), showGrade: true,
            averageRow: defaultAverageRow, tables: AnnexTableSpec.standard(for: scheme))
    }

    /// The official name of a unit of `type` (nil: none known) in `language`.
    public func unitName(_ name: String, type: String?, language: Language) -> String {
        let k = type.map(TextKey.key)
        let form = unitNames.first { k != nil && TextKey.key($0.type) == k }?.form ?? defaultUnitName
        return form.text(language).replacingPlaceholder("name", with: name)
    }
}

/// The official name form of one unit type: `commune` → "UBND xã {name}".
public struct UnitNameForm: Sendable, Equatable {
    /// Register unit type.
    public var type: String
    /// The form, holding `{name}`.
    public var form: LocalizedText
    /// Creates a form.
    public init(type: String, form: LocalizedText) {
        self.type = type
        self.form = form
    }
}

/// One table of the decision annex.
public struct AnnexTableSpec: Sendable, Equatable {
    /// What the table shows.
    public enum Kind: Sendable, Equatable {
        /// The components, the total, the grade and the rank.
        case index(components: [SchemeComponent.Source])
        /// The self-assessment by criterion (field), then the component.
        case selfAssessment(criteria: [String])
        /// A survey component by element (index %), then its index and points; nil: every element.
        case survey(component: SchemeComponent.Source, elements: [String]?)
    }
    /// What the table shows.
    public var kind: Kind
    /// Caption (nil: the default caption of the kind).
    public var caption: LocalizedText?
    /// The key path of the table in the scheme file (for errors found when the run is known).
    public var path: String

    /// Creates a table.
    public init(kind: Kind, caption: LocalizedText? = nil, path: String = "") {
        self.kind = kind
        self.caption = caption
        self.path = path
    }

    /// Every table a scheme allows, in the default order.
    public static func standard(for scheme: IndexScheme) -> [AnnexTableSpec] {
        var out = [AnnexTableSpec(kind: .index(components: scheme.components.map(\.source)))]
        if scheme.component(.selfAssessment) != nil {
            out.append(AnnexTableSpec(kind: .selfAssessment(criteria: scheme.criteria.map(\.id))))
        }
        for s in [SchemeComponent.Source.satisfaction, .leadership] where scheme.component(s) != nil {
            out.append(AnnexTableSpec(kind: .survey(component: s, elements: nil)))
        }
        return out
    }
}

extension String {
    /// The text with every `{key}` replaced by `value`.
    package func replacingPlaceholder(_ key: String, with value: String) -> String {
        let token = Array(("{" + key + "}").unicodeScalars)
        let scalars = Array(unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if i + token.count <= scalars.count, Array(scalars[i..<(i + token.count)]) == token {
                out.append(contentsOf: value.unicodeScalars)
                i += token.count
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The names between braces (`{year}` → `year`), in order.
    package var placeholderNames: [String] {
        var out: [String] = []
        var current: String?
        for ch in self {
            if ch == "{" {
                current = ""
            } else if ch == "}", let c = current {
                out.append(c)
                current = nil
            } else if current != nil {
                current!.append(ch)
            }
        }
        return out
    }
}
