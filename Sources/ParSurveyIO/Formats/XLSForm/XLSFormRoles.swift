/// What a survey row of an XLSForm becomes when imported: a scored question, a respondent
/// variable (screening, demographics: the weighting and comparisons use them), or nothing.
///
/// The rule, in order:
/// 1. a `parsurvey_role` column value on the row decides: `score`, `variable` or `ignore`;
/// 2. a `select_one` outside any group (and without an `element` value) is a variable;
/// 3. a `select_one` whose choice list carries no scoring (no choice with a `credit` or
///    `satisfied` value) is a variable, when the form marks scoring on some list;
/// 4. any other `select_one` is a scored question of its innermost group (the element);
/// 5. other rows (notes, metadata, text, integer, calculate, select_multiple) are skipped.
public enum XLSFormRole: String, Sendable, Equatable {
    /// A scored question.
    case score
    /// A respondent variable (kept from the data, not scored).
    case variable
    /// Neither: skipped.
    case ignore

    /// The optional survey column that states a row's role.
    public static let column = "parsurvey_role"

    /// The role written in `text` (empty = nil, decided by the rule).
    static func parse(_ text: String) -> XLSFormRole?? {
        switch text.lowercased() {
        case "": return .some(nil)
        case "score", "scored", "question": return .score
        case "variable", "var", "respondent": return .variable
        case "ignore", "skip", "none": return .ignore
        default: return nil
        }
    }

    /// The lists (lowercased) of the choices sheet that carry scoring (a choice with a
    /// `credit` or `satisfied` value), or nil when no list does (then rule 3 is off and
    /// what is missing is reported instead).
    static func scoredLists(_ choices: XLSFormTable) -> Set<String>? {
        guard let listCol = choices.column("list_name") ?? choices.column("list name") else { return nil }
        let cols = [choices.column("credit"), choices.column("satisfied")].compactMap { $0 }
        var lists = Set<String>()
        for (_, cells) in choices.rows where cols.contains(where: { !cells[$0].isEmpty && cells[$0].lowercased() != "false" }) {
            lists.insert(cells[listCol].lowercased())
        }
        return lists.isEmpty ? nil : lists
    }
}

/// A survey row imported as a respondent variable.
public struct XLSFormVariable: Sendable, Equatable {
    /// The row's `name` (the data column).
    public var name: String
    /// The row's `type` (`select_one yn`).
    public var type: String
    /// The survey row number.
    public var row: Int
    /// Why it is a variable (which rule).
    public var reason: String

    /// `row 7: select_one yn 'consent' → variable (outside any group)`.
    public var description: String { "row \(row): \(type) '\(name)' → variable (\(reason))" }
}
