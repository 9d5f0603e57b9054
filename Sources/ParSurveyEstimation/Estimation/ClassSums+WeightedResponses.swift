import ParSurveyStatistics
import ParSurveyWeighting

extension ClassSums {
    /// Sums question `question` of `data` over the atoms of `design`: its answer bytes, one
    /// code per option of its scale plus 0 for a blank cell.
    package init(_ data: WeightedResponses, design: VarianceDesign, question: Int) {
        let scale = data.table.questionnaire.scale(ofQuestion: question)
        self.init(codes: data.table.answers[question], codeCount: scale.options.count + 1, weights: data.weights, design: design)
    }
}
