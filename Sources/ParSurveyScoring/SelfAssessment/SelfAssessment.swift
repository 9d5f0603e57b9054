import ParSurveyModel
/// One criterion line of a unit's appraised self-assessment.
public struct SelfAssessmentItem: Sendable, Equatable {
    /// Criterion id: a group `1.1`..`1.7` or a sub-criterion such as `1.3.1`.
    public var criterion: String
    /// Score in hundredths.
    public var score: Int
    /// Maximum in hundredths.
    public var max: Int

    package init(criterion: String, score: Int, max: Int) {
        self.criterion = criterion
        self.score = score
        self.max = max
    }
}

/// The appraised self-assessment component: per unit, the top-level criteria of the index
/// scheme, any sub-criteria, and any bonus and penalty items.
public struct SelfAssessment: Sendable {
    /// Units in file order.
    public let units: [String]
    /// Items per unit (criteria, sub-criteria, bonus and penalty items), in file order.
    public let items: [String: [SelfAssessmentItem]]
    /// Ids of the scheme's top-level criteria (their scores sum to the component).
    public var topLevel: Set<String> = []
    /// Bonus (+1) and penalty (−1) item ids.
    public var adjustmentSigns: [String: Int] = [:]

    /// The unit's total (sum of its top-level criterion scores), in hundredths.
    public func total(_ unit: String) -> Int? {
        items[unit].map { $0.filter { topLevel.contains($0.criterion) }.reduce(0) { $0 + $1.score } }
    }

    /// The unit's bonus minus penalty points, in hundredths (0 without such items).
    public func adjustment(_ unit: String) -> Int {
        (items[unit] ?? []).reduce(0) { $0 + (adjustmentSigns[$1.criterion] ?? 0) * $1.score }
    }

    package init(units: [String], items: [String: [SelfAssessmentItem]]) {
        self.units = units
        self.items = items
    }
}

/// Why a self-assessment table was refused; names file, line, column and value.
public enum SelfAssessmentError: ParSurveyError, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// A problem at a place in the file.
    case invalid(file: String, line: Int, column: Int, value: String, message: String)
    /// A problem at a place in a workbook (`place` = `sheet 'Sheet1' cell C5`).
    case invalidCell(file: String, place: String, value: String, message: String)

    public var kind: ErrorKind {
        switch self {
        case .unreadable: return "selfAssessment.unreadable"
        case .invalid: return "selfAssessment.invalid"
        case .invalidCell: return "selfAssessment.invalidCell"
        }
    }

    public var location: SourceLocation? {
        switch self {
        case let .unreadable(file, _), let .invalidCell(file, _, _, _): return SourceLocation(file: file)
        case let .invalid(file, line, column, _, _): return SourceLocation(file: file, line: line, column: column, columnUnit: .field)
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read self-assessment: \(reason)"
        case let .invalid(file, line, column, value, message):
            var s = file
            if line > 0 { s += ":\(line)" }
            if column > 0 { s += ":\(column)" }
            return s + ": \(message)" + (value.isEmpty ? "" : " (value '\(value)')")
        case let .invalidCell(file, place, value, message):
            return "\(file): \(place): \(message)" + (value.isEmpty ? "" : " (value '\(value)')")
        }
    }
}
