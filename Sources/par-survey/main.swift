import ParSurveyCommands

let code = ParSurveyCommand.main(Array(CommandLine.arguments.dropFirst()), io: .standard)
exit(code)
