/// One bar: a group's distribution of valid answers (weighted row shares).
public struct LikertRow: Sendable {
    /// The group (commune, unit) or the total's label.
    public var label: String
    /// Respondents of the group.
    public var respondents: Int
    /// Valid answers counted (over the chart's questions).
    public var answers: Int
    /// Weighted share of each category among valid answers (sums to 1; empty when none).
    public var shares: [Double]
    /// Questions on which the group is significantly below the unit's share (Holm).
    public var below: [String]
    /// Whether this is the total row of everyone compared.
    public var isTotal: Bool
}

/// The Rao–Scott result of one question, with the groups flagged below.
public struct QuestionTest: Sendable {
    /// Question id.
    public var id: String
    /// Question text.
    public var text: LocalizedText
    /// The test (nil when it could not be computed; see `warnings`).
    public var test: RaoScottTest?
    /// Groups significantly below everyone's share (Holm).
    public var below: [String]
    /// Sparse cells, small groups, fallbacks.
    public var warnings: [String]
}

/// One diverging stacked bar chart: the answers to an element's questions (pooled) or to one
/// question, per group.
public struct LikertChart: Sendable {
    /// Element or question id.
    public var id: String
    /// Its title or text.
    public var title: LocalizedText
    /// The questions pooled.
    public var questions: [String]
    /// Answer categories, in scale order.
    public var categories: [LikertCategory]
    /// One row per group, then the total.
    public var rows: [LikertRow]
    /// One test per question.
    public var tests: [QuestionTest]
}
