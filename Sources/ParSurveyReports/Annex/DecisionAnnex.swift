import ParSurveyModel
/// The decision annex (Phụ lục kèm theo Quyết định), the second product of a run: the official
/// heading, the title and decision lines, and tables of published figures (STT, the units'
/// official names, points, grade, rank, a province average row). No ±, no rank ranges, no
/// P(rank): those belong in the analytical report. One model, rendered as HTML
/// (`AnnexHTML`), Markdown (`AnnexMarkdown`), Word and Excel (`OfficeAnnex`).
public struct DecisionAnnex: Sendable {
    /// Left heading lines (the issuing agency), filled.
    public var agency: [String]
    /// Right heading lines (the national motto).
    public var nation: [String]
    /// Title lines, filled ("PHỤ LỤC", "KẾT QUẢ … NĂM 2021").
    public var title: [String]
    /// The decision line, filled.
    public var decisionLine: String
    /// The tables, in order.
    public var tables: [AnnexTable]
    /// Notes under the tables (a rescaled total, a missing component).
    public var notes: [String]
    /// Creates an annex from its parts.
    public init(agency: [String], nation: [String], title: [String], decisionLine: String, tables: [AnnexTable], notes: [String]) {
        self.agency = agency
        self.nation = nation
        self.title = title
        self.decisionLine = decisionLine
        self.tables = tables
        self.notes = notes
    }
}

/// One table of the annex: a caption, headers and rows of cells.
public struct AnnexTable: Sendable {
    /// Caption ("I. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH").
    public var caption: String
    /// Column headers.
    public var headers: [String]
    /// Rows: units, group headings and the average row.
    public var rows: [AnnexRow]

    /// The rows of units.
    public var unitRows: [AnnexRow] { rows.filter { $0.kind == .unit } }
    /// The average row, if any.
    public var averageRow: AnnexRow? { rows.first { $0.kind == .average } }
}

/// One row of an annex table.
public struct AnnexRow: Sendable {
    /// A unit, a group heading (its text in the first cells) or the average row.
    public enum Kind: Sendable, Equatable { case unit, group, average }
    /// What the row is.
    public var kind: Kind
    /// One cell per header (a group heading has one text cell).
    public var cells: [AnnexCell]
}

/// A cell of the annex.
public enum AnnexCell: Sendable, Equatable {
    /// Text (a unit's name, a grade).
    case text(String)
    /// A whole number (STT, rank).
    case integer(Int)
    /// A number with two decimals, in hundredths (points, or an index in percent).
    case hundredths(Int)
    /// A missing value (a component the unit lacks), shown "—".
    case missing
    /// Nothing (the average row's STT and rank).
    case empty

    /// The cell as the annex's language writes it: `84,11` (vi) or `84.11` (en).
    public func text(_ language: Language) -> String {
        switch self {
        case let .text(s): return s
        case let .integer(n): return String(n)
        case let .hundredths(h): return DecimalText.format(scaled: h, language: language)
        case .missing: return "—"
        case .empty: return ""
        }
    }

    /// Whether the cell holds a number (right-aligned).
    public var isNumber: Bool {
        switch self {
        case .integer, .hundredths: return true
        default: return false
        }
    }
}
