import ParSurveyModel
extension BatchAccount {
    /// The sum of several batches' accounts (with an empty file name): read, accepted,
    /// rejected, excluded and blank lines added up; answers set to missing joined.
    public static func total(_ accounts: [BatchAccount]) -> BatchAccount {
        accounts.reduce(into: BatchAccount(file: "")) {
            $0.read += $1.read
            $0.accepted += $1.accepted
            $0.rejected += $1.rejected
            $0.excluded += $1.excluded
            $0.excludedByRule.merge($1.excludedByRule, uniquingKeysWith: +)
            $0.blankLines += $1.blankLines
            $0.invalidAnswers += $1.invalidAnswers
        }
    }
}
