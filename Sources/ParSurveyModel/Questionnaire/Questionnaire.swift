/// Which of the two survey components a questionnaire feeds.
public enum Component: String, Sendable, CaseIterable {
    /// Citizen and organisation satisfaction (30 points, SIPAS-style).
    case satisfaction
    /// Leaders', managers' and provincial delegates' assessment (10 points).
    case leadership

    /// The component's name for people.
    public var title: LocalizedText {
        switch self {
        case .satisfaction: return LocalizedText(vi: "Mức độ hài lòng của người dân, tổ chức", en: "Citizen and organisation satisfaction")
        case .leadership:
            return LocalizedText(vi: "Đánh giá của lãnh đạo, quản lý, đại biểu HĐND tỉnh", en: "Leaders' and delegates' assessment")
        }
    }
}

/// How a criterion's index is computed from its answers.
public enum ScoringMethod: String, Sendable {
    /// Weighted share of valid answers whose option is marked satisfied.
    case shareSatisfied
    /// Weighted mean of the options' credits (0..1) over valid answers.
    case meanCredit
}

/// A survey instrument as data: scales, elements and questions, and how answers become points.
public struct Questionnaire: Sendable {
    /// Stable identifier, e.g. `sipas-citizen`.
    public let id: String
    /// Version text, e.g. `2017.1`.
    public let version: String
    /// Bilingual title.
    public let title: LocalizedText
    /// The component this questionnaire feeds.
    public let component: Component
    /// The component's maximum points (30 or 10).
    public let maxPoints: Double
    /// How criterion indices are computed.
    public let scoring: ScoringMethod
    /// Answer scales by position; questions refer to them by index.
    public let scales: [AnswerScale]
    /// Elements in order, each holding its questions.
    public let elements: [Element]
    /// All questions in order (element by element).
    public let questions: [Question]
    /// What an answer matching no option does, unless its question says otherwise.
    public var invalidAnswer: InvalidAnswerPolicy = .rejectForm
    /// Names of the respondent groups (`respondentGroups`), in display order; empty: none
    /// declared, reports print the group codes.
    public var respondentGroups: [RespondentGroupName] = []

    /// The invalid-answer policy of question number `q` (its own, or the questionnaire's).
    public func invalidAnswerPolicy(ofQuestion q: Int) -> InvalidAnswerPolicy { questions[q].invalidAnswer ?? invalidAnswer }

    /// Whether questions carry points (leadership style): the overall index is then the
    /// points-weighted mean of question indices.
    public var usesQuestionPoints: Bool { questions.first?.points != nil }

    /// The scale of question number `q` (index into `questions`).
    public func scale(ofQuestion q: Int) -> AnswerScale { scales[questions[q].scaleIndex] }

    /// The index of the question with `id`, if any.
    public func questionIndex(_ id: String) -> Int? { questions.firstIndex { $0.id == id } }

    package init(
        id: String, version: String, title: LocalizedText, component: Component, maxPoints: Double,
        scoring: ScoringMethod, scales: [AnswerScale], elements: [Element]
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.component = component
        self.maxPoints = maxPoints
        self.scoring = scoring
        self.scales = scales
        self.elements = elements
        self.questions = elements.flatMap(\.questions)
    }
}

/// A group of questions (SIPAS "yếu tố", a PAR area) whose index is the weighted mean of its
/// questions' indices.
public struct Element: Sendable {
    /// Identifier, e.g. `E1`.
    public let id: String
    /// Bilingual title.
    public let title: LocalizedText
    /// Positive weight in the overall index (default 1).
    public let weight: Double
    /// The element's questions, in order.
    public let questions: [Question]

    package init(id: String, title: LocalizedText, weight: Double, questions: [Question]) {
        self.id = id
        self.title = title
        self.weight = weight
        self.questions = questions
    }
}

/// One question (a SIPAS criterion, or a leaders' question).
public struct Question: Sendable {
    /// Identifier; data columns are matched to it.
    public let id: String
    /// Bilingual question text.
    public let text: LocalizedText
    /// Index into the questionnaire's `scales`.
    public let scaleIndex: Int
    /// Positive weight within its element (default 1).
    public let weight: Double
    /// Points of the question (leadership questionnaires), summing to `maxPoints`.
    public let points: Double?
    /// Index of the element holding the question.
    public let elementIndex: Int
    /// The question's own invalid-answer policy (nil: the questionnaire's).
    public var invalidAnswer: InvalidAnswerPolicy?

    package init(id: String, text: LocalizedText, scaleIndex: Int, weight: Double, points: Double? = nil, elementIndex: Int) {
        self.id = id
        self.text = text
        self.scaleIndex = scaleIndex
        self.weight = weight
        self.points = points
        self.elementIndex = elementIndex
    }
}
