import ParSurveyCommands

// First, before any thread exists: temporary output files are removed on SIGINT/SIGTERM.
OutputSafety.installSignalHandlers()

let code = ParSurveyCommand.main(Array(CommandLine.arguments.dropFirst()), io: .standard)
exit(code)
