import ParSurveyEstimation
import ParSurveyIO
import ParSurveyModel
import ParSurveyScoring
import ParSurveyWeighting
/// The main job: from a manifest to the ranked PAR Index table, with every component's
/// scores, row accounting and rejects.
public struct ParIndexRun: Sendable {
    /// The manifest run.
    public var manifest: SurveyManifest
    /// Component results, in manifest order.
    public var components: [ComponentResult]
    /// The merged, ranked table.
    public var table: ParIndexTable
    /// The weighted responses each component was scored from (same order as `components`).
    public var responses: [WeightedResponses] = []

    /// Rejected rows of all components.
    public var rejects: [Reject] { components.flatMap(\.rejects) }

    /// Runs the manifest at `path` (a `survey.json` or its folder): `read` overrides the
    /// manifest's sheet, encoding and approval options; standard errors and intervals as
    /// `uncertainty` says; rank intervals simulated with `rankSeed`; `progress` is told how
    /// far reading the batches has got.
    public static func run(path: String, read: BatchReadOptions = BatchReadOptions(),
                           uncertainty: UncertaintyOptions = UncertaintyOptions(),
                           rankSeed: UInt64 = RankSimulation.defaultSeed,
                           progress: ((BatchProgress) -> Void)? = nil) throws(ParSurveyFailure) -> ParIndexRun {
        let manifest: SurveyManifest
        do { manifest = try SurveyManifest.load(path: path) } catch { throw ParSurveyFailure(error) }
        return try run(manifest: manifest, read: read, uncertainty: uncertainty, rankSeed: rankSeed, progress: progress)
    }

    /// Runs a manifest already in memory (loaded, or loaded and changed), as `run(path:)` does.
    public static func run(manifest: SurveyManifest, read: BatchReadOptions = BatchReadOptions(),
                           uncertainty: UncertaintyOptions = UncertaintyOptions(),
                           rankSeed: UInt64 = RankSimulation.defaultSeed,
                           progress: ((BatchProgress) -> Void)? = nil) throws(ParSurveyFailure) -> ParIndexRun {
        do {
            var results: [ComponentResult] = []
            var responses: [WeightedResponses] = []
            var seen: [Component: String] = [:]
            for spec in manifest.components {
                let q = try Questionnaire.load(path: spec.questionnaire)
                if let other = seen[q.component] {
                    throw ManifestError.incomplete(file: manifest.path, message: "two \(q.component.rawValue) components: \(other) and \(spec.questionnaire) (questionnaire '\(q.id)'); a manifest has one of each")
                }
                seen[q.component] = spec.questionnaire
                if spec.columns.unit == nil {
                    throw ManifestError.incomplete(file: manifest.path, message: "component '\(q.id)' needs columns.unit to score units")
                }
                let loaded = try LoadedResponses.load(questionnaire: q, batches: spec.batches, mapping: spec.columns, units: manifest.units,
                                                      options: spec.read.overridden(by: read), progress: progress)
                let scored = try ComponentWeighting.scoreKeepingWeights(loaded, columns: spec.columns, plan: spec.weighting, uncertainty: uncertainty)
                results.append(scored.result)
                responses.append(scored.weighted)
            }
            guard let sat = results.first(where: { $0.component == .satisfaction }) else {
                throw ManifestError.incomplete(file: manifest.path, message: "no satisfaction component (a questionnaire with component \"satisfaction\")")
            }
            guard let lead = results.first(where: { $0.component == .leadership }) else {
                throw ManifestError.incomplete(file: manifest.path, message: "no leadership component (a questionnaire with component \"leadership\")")
            }
            guard let saPath = manifest.selfAssessment else {
                throw ManifestError.incomplete(file: manifest.path, message: "no selfAssessment file named")
            }
            let sa = try SelfAssessment.load(path: saPath)
            let prev = try manifest.previous.map { p throws(SelfAssessmentError) in try PreviousYear.load(path: p) } ?? []
            var table: ParIndexTable
            do {
                table = try ParIndexTable.merge(selfAssessment: sa, satisfaction: try unitPoints(sat), leadership: try unitPoints(lead),
                                                previous: prev, units: manifest.units)
            } catch {
                throw ParSurveyFailure(message: "\(saPath): \(error.description)", exitCode: error.exitCode)
            }
            table.simulateRanks(seed: rankSeed)
            return ParIndexRun(manifest: manifest, components: results, table: table, responses: responses)
        } catch let e as ParSurveyError {
            throw ParSurveyFailure(e)
        } catch {
            throw ParSurveyFailure(message: "\(error)", exitCode: .failure)
        }
    }

    /// Per-unit points of a component; a unit whose index could not be computed is an error.
    public static func unitPoints(_ r: ComponentResult) throws(MergeError) -> [UnitPoints] {
        try r.groups.map { g throws(MergeError) in
            guard let idx = g.index, let pts = g.points else {
                throw .missing(unit: g.group, component: "valid answers in the \(r.questionnaire.id) survey")
            }
            return UnitPoints(unit: g.group, index: idx, points: pts, standardError: g.pointsStandardError,
                              confidenceInterval: g.pointsConfidenceInterval)
        }
    }
}

/// Any ParSurvey error, carried with its message and exit code (for callers that handle
/// all failures alike, such as the CLI).
public struct ParSurveyFailure: ParSurveyError {
    /// The message, naming file, line, column and value where known.
    public var message: String
    /// The exit code.
    public var exitCode: ExitCode
    /// The original error, when typed.
    public var underlying: (any ParSurveyError)?

    /// Wraps a typed error.
    public init(_ e: any ParSurveyError) {
        message = e.description
        exitCode = e.exitCode
        underlying = e
    }

    /// A failure with a message.
    public init(message: String, exitCode: ExitCode) {
        self.message = message
        self.exitCode = exitCode
        underlying = nil
    }

    public var description: String { message }
}
