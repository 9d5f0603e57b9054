import ParSurveyEstimation
import ParSurveyModel
import ParSurveyStatistics
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

    package init(label: String, respondents: Int, answers: Int, shares: [Double], below: [String], isTotal: Bool) {
        self.label = label
        self.respondents = respondents
        self.answers = answers
        self.shares = shares
        self.below = below
        self.isTotal = isTotal
    }
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

    package init(id: String, text: LocalizedText, test: RaoScottTest? = nil, below: [String], warnings: [String]) {
        self.id = id
        self.text = text
        self.test = test
        self.below = below
        self.warnings = warnings
    }
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

    package init(
        id: String, title: LocalizedText, questions: [String], categories: [LikertCategory], rows: [LikertRow], tests: [QuestionTest]
    ) {
        self.id = id
        self.title = title
        self.questions = questions
        self.categories = categories
        self.rows = rows
        self.tests = tests
    }
}
