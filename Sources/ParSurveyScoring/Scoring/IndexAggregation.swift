import ParSurveyModel
/// How criterion indices combine into element and overall indices, written as linear
/// combinations (so that a standard error can follow the same coefficients).
///
/// - Element index: weighted mean of its questions' indices (question `weight`, or `points`
///   when the questionnaire gives points).
/// - Overall index: weighted mean of element indices (element `weight`); when questions carry
///   points, the points-weighted mean of all question indices (so that points =
///   Σ points_q × index_q when every question was answered).
/// Questions no one answered are left out of the means, and a warning says so.
public struct IndexAggregation: Sendable {
    /// Element indices (nil when none of its questions was answered).
    public let elements: [Double?]
    /// The overall index (nil when no question was answered).
    public let overall: Double?
    /// Coefficients c_q with overall = Σ c_q · index_q (0 for unanswered questions).
    public let overallCoefficients: [Double]
    /// Coefficients per element, over all questions.
    public let elementCoefficients: [[Double]]
    /// Ids of questions without any valid answer.
    public let unanswered: [String]

    /// Combines `criteria` (one optional index per question of `questionnaire`).
    public init(questionnaire q: Questionnaire, criteria: [Double?]) {
        let nq = q.questions.count
        var elementCoef = [[Double]](repeating: [Double](repeating: 0, count: nq), count: q.elements.count)
        var elementIdx = [Double?](repeating: nil, count: q.elements.count)
        var qi0 = 0
        for (ei, e) in q.elements.enumerated() {
            var total = 0.0
            for (k, question) in e.questions.enumerated() where criteria[qi0 + k] != nil {
                total += question.points ?? question.weight
            }
            if total > 0 {
                var s = 0.0
                for (k, question) in e.questions.enumerated() {
                    if let v = criteria[qi0 + k] {
                        let c = (question.points ?? question.weight) / total
                        elementCoef[ei][qi0 + k] = c
                        s += c * v
                    }
                }
                elementIdx[ei] = s
            }
            qi0 += e.questions.count
        }
        var overallCoef = [Double](repeating: 0, count: nq)
        var overall: Double?
        if q.usesQuestionPoints {
            let total = q.questions.indices.reduce(0.0) { criteria[$1] != nil ? $0 + q.questions[$1].points! : $0 }
            if total > 0 {
                var s = 0.0
                for i in 0..<nq {
                    if let v = criteria[i] {
                        overallCoef[i] = q.questions[i].points! / total
                        s += overallCoef[i] * v
                    }
                }
                overall = s
            }
        } else {
            let total = q.elements.indices.reduce(0.0) { elementIdx[$1] != nil ? $0 + q.elements[$1].weight : $0 }
            if total > 0 {
                var s = 0.0
                for (ei, e) in q.elements.enumerated() {
                    guard let v = elementIdx[ei] else { continue }
                    let we = e.weight / total
                    s += we * v
                    for i in 0..<nq { overallCoef[i] += we * elementCoef[ei][i] }
                }
                overall = s
            }
        }
        self.elements = elementIdx
        self.overall = overall
        self.overallCoefficients = overallCoef
        self.elementCoefficients = elementCoef
        self.unanswered = q.questions.indices.filter { criteria[$0] == nil }.map { q.questions[$0].id }
    }
}
