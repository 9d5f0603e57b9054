import ParSurveyModel

/// Why answers could not be compared across groups.
public enum ComparisonError: ParSurveyError, Equatable {
    /// The grouping column is not a column of the batches.
    case unknownColumn(column: String, available: [String])

    public var kind: ErrorKind { "comparison.unknownColumn" }

    public var description: String {
        switch self {
        case let .unknownColumn(c, available):
            return "no column '\(c)' to group by (available: \(available.isEmpty ? "none" : available.joined(separator: ", ")))"
        }
    }
}
