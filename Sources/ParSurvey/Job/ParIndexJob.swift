import ParSurveyEstimation
import ParSurveyIO
import ParSurveyScoring

/// The library's entry point: a PAR Index job, made from a manifest file (or its folder) or a
/// manifest in memory, with the options the command line offers. `run()` reads every batch,
/// weights, scores and merges the components and returns the typed results.
///
/// ```swift
/// var job = ParIndexJob(manifestPath: "Samples/binh-dinh-2021")
/// job.uncertainty.level = 0.9
/// let run = try job.run()
/// for row in run.table.rows { print(row.unit, row.total) }
/// ```
public struct ParIndexJob: Sendable {
    /// Where the manifest comes from.
    public enum Source: Sendable {
        /// A `survey.json` file or the folder holding it.
        case path(String)
        /// A manifest already loaded (and perhaps changed); its paths are used as they are.
        case manifest(SurveyManifest)
    }

    /// The manifest.
    public var source: Source
    /// Overrides of the manifest's sheet, encoding and approval options.
    public var read = BatchReadOptions()
    /// Standard errors and intervals: confidence level, variance method.
    public var uncertainty = UncertaintyOptions()
    /// Seed of the rank simulation (the same seed gives the same rank intervals).
    public var rankSeed: UInt64 = RankSimulation.defaultSeed

    /// A job for the manifest at `manifestPath` (a `survey.json` or its folder).
    public init(manifestPath: String) {
        source = .path(manifestPath)
    }

    /// A job for a manifest in memory.
    public init(manifest: SurveyManifest) {
        source = .manifest(manifest)
    }

    /// Runs the job; `progress` is told how far reading the batches has got. Errors carry
    /// the file, line, column and value where known, and an exit code.
    public func run(progress: ((BatchProgress) -> Void)? = nil) throws(ParSurveyFailure) -> ParIndexRun {
        switch source {
        case let .path(path):
            return try ParIndexRun.run(path: path, read: read, uncertainty: uncertainty, rankSeed: rankSeed, progress: progress)
        case let .manifest(manifest):
            return try ParIndexRun.run(manifest: manifest, read: read, uncertainty: uncertainty, rankSeed: rankSeed, progress: progress)
        }
    }
}
