// The facade re-exports the modules a library user needs, so that `import ParSurvey` gives the
// whole public API (see docs/ARCHITECTURE.md for what each module holds).
@_exported import ParSurveyEstimation
@_exported import ParSurveyIO
@_exported import ParSurveyModel
@_exported import ParSurveyReports
@_exported import ParSurveyScoring
@_exported import ParSurveyStatistics
@_exported import ParSurveyWeighting
