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

/// The appraised self-assessment component (60 points): per unit, the seven criterion
/// groups and any sub-criteria.
public struct SelfAssessment: Sendable {
    /// The criterion groups and their maximum points (hundredths), in order.
    public static let standardGroups: [(id: String, max: Int, title: LocalizedText)] = [
        ("1.1", 1000, LocalizedText(vi: "Chỉ đạo, điều hành", en: "Direction and administration")),
        ("1.2", 500, LocalizedText(vi: "Văn bản quy phạm pháp luật", en: "Legal documents")),
        ("1.3", 1000, LocalizedText(vi: "Cải cách thủ tục hành chính", en: "Administrative procedures")),
        ("1.4", 700, LocalizedText(vi: "Cải cách bộ máy", en: "Organisation")),
        ("1.5", 1100, LocalizedText(vi: "Cải cách chế độ công vụ", en: "Civil service")),
        ("1.6", 500, LocalizedText(vi: "Tài chính công", en: "Public finance")),
        ("1.7", 1200, LocalizedText(vi: "Chính quyền điện tử", en: "E-government")),
    ]
    /// The component's maximum, in hundredths (60 points).
    public static let maxHundredths = 6000

    /// Units in file order.
    public let units: [String]
    /// Items per unit (groups and sub-criteria), in file order.
    public let items: [String: [SelfAssessmentItem]]

    /// The unit's total (sum of its group scores), in hundredths.
    public func total(_ unit: String) -> Int? {
        items[unit].map { $0.filter { !$0.criterion.dropFirst(2).contains(".") }.reduce(0) { $0 + $1.score } }
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

    public var exitCode: ExitCode {
        if case .unreadable = self { return .noInput }
        return .dataError
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason): return "\(file): cannot read self-assessment: \(reason)"
        case let .invalid(file, line, column, value, message):
            var s = file
            if line > 0 { s += ":\(line)" }
            if column > 0 { s += ":\(column)" }
            return s + ": \(message)" + (value.isEmpty ? "" : " (value '\(value)')")
        }
    }
}
