import Foundation
import ParSurveyModel

/// Population figures for the categories of a margin: one key column per variable (and the
/// unit column, when the targets differ by unit) and one value, a total or a share. Read
/// from the plan (a map or a list of rows) or from a CSV file.
public struct TargetTable: Sendable {
    /// Totals (people) or shares (summing to 1).
    public enum Kind: String, Sendable {
        /// Population counts.
        case totals
        /// Fractions of the total, summing to 1.
        case shares

        /// The value column's name: `total` or `share`.
        public var valueColumn: String { self == .totals ? "total" : "share" }
    }

    /// One target: the category's values, in `columns` order, and its total or share.
    public struct Row: Sendable {
        /// Category values (NFC, trimmed), one per key column.
        public var keys: [String]
        /// The total or share, finite and ≥ 0.
        public var value: Double
        /// Where it was written (`file.csv:3` or `plan.json steps[0].totals[2]`).
        public var location: String

        package init(keys: [String], value: Double, location: String) {
            self.keys = keys
            self.value = value
            self.location = location
        }
    }

    /// Totals or shares.
    public var kind: Kind
    /// Where the table comes from, for messages.
    public var source: String
    /// Key column names as written.
    public var columns: [String]
    /// The targets.
    public var rows: [Row]

    package init(kind: Kind, source: String, columns: [String], rows: [Row]) {
        self.kind = kind
        self.source = source
        self.columns = columns
        self.rows = rows
    }
}
