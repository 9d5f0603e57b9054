/// Something worth telling about a score or a comparison that does not stop it: a group left
/// out, a sparse table, a test that could not be computed. `description` is the English text
/// (JSON output and logs keep it); printed output renders the note in the reader's language.
public enum ScoringNote: Sendable, Equatable, CustomStringConvertible {
    /// A group answered none of these questions; they are left out of its index.
    case unanswered(group: String, questions: [String])
    /// Strata with one respondent: they add nothing to standard errors.
    case lonelyStrata([String])
    /// Groups without a valid answer, left out of the test.
    case groupsWithoutAnswers([String])
    /// Groups with fewer than `minimum` valid answers (names and counts, same order).
    case fewAnswers(minimum: Int, groups: [String], counts: [Int])
    /// `empty` of the table's `cells` cells have no answers.
    case emptyCells(empty: Int, cells: Int)
    /// The table is too sparse for design effects from observed proportions; those expected
    /// under homogeneity are used (R's `svychisq` stops with a singular matrix).
    case sparseTable
    /// No test: too few groups or categories with answers.
    case noTest(groups: Int, categories: Int)
    /// No test: the answers show no sampling variance.
    case noVariance

    /// The English text.
    public var description: String {
        switch self {
        case let .unanswered(group, questions):
            return "\(group): no valid answers to \(questions.joined(separator: ", ")); left out of the index"
        case let .lonelyStrata(strata):
            return "strata with a single respondent add nothing to standard errors: " + strata.joined(separator: ", ")
        case let .groupsWithoutAnswers(groups):
            return "no valid answers, left out of the test: " + groups.joined(separator: ", ")
        case let .fewAnswers(minimum, groups, counts):
            return "fewer than \(minimum) valid answers: " + zip(groups, counts).map { "\($0) (\($1))" }.joined(separator: ", ")
        case let .emptyCells(empty, cells):
            return "\(empty) of \(cells) cells have no answers"
        case .sparseTable:
            return "table too sparse for design effects from observed proportions (R's svychisq stops: singular); "
                + "design effects use the proportions expected under homogeneity"
        case let .noTest(rows, columns):
            return "no test: \(rows) group\(rows == 1 ? "" : "s") and \(columns) categor\(columns == 1 ? "y" : "ies") with answers"
        case .noVariance:
            return "no test: the answers show no sampling variance"
        }
    }
}
