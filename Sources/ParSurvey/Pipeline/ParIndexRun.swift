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
    /// The self-assessment by criterion, units named as in `table` (nil: none in the manifest).
    public var selfAssessment: SelfAssessment? = nil
    /// Register unit types keyed by `TextKey.key(unit)` (empty without a register).
    public var unitTypes: [String: String] = [:]

    /// Rejected rows of all components.
    public var rejects: [Reject] { components.flatMap(\.rejects) }

    /// Runs the manifest at `path` (a `survey.json` or its folder): `read` overrides the
    /// manifest's sheet, encoding and approval options; standard errors and intervals as
    /// `uncertainty` says; rank intervals simulated with `rankSeed`; `progress` is told how
    /// far reading the batches has got; `prepare` (if given) may change each component's
    /// loaded responses before they are weighted (the audit's `--exclude-flagged`).
    public static func run(
        path: String, read: BatchReadOptions = BatchReadOptions(),
        uncertainty: UncertaintyOptions = UncertaintyOptions(),
        rankSeed: UInt64 = RankSimulation.defaultSeed,
        progress: ((BatchProgress) -> Void)? = nil,
        prepare: ((Questionnaire, LoadedResponses) throws -> LoadedResponses)? = nil
    ) throws(ParSurveyFailure) -> ParIndexRun {
        let manifest: SurveyManifest
        do { manifest = try SurveyManifest.load(path: path) } catch { throw ParSurveyFailure(error) }
        return try run(manifest: manifest, read: read, uncertainty: uncertainty, rankSeed: rankSeed, progress: progress, prepare: prepare)
    }

    /// Runs a manifest already in memory (loaded, or loaded and changed), as `run(path:)` does.
    public static func run(
        manifest: SurveyManifest, read: BatchReadOptions = BatchReadOptions(),
        uncertainty: UncertaintyOptions = UncertaintyOptions(),
        rankSeed: UInt64 = RankSimulation.defaultSeed,
        progress: ((BatchProgress) -> Void)? = nil,
        prepare: ((Questionnaire, LoadedResponses) throws -> LoadedResponses)? = nil
    ) throws(ParSurveyFailure) -> ParIndexRun {
        do {
            let scheme = try manifest.scheme.map { p throws(SchemeError) in try IndexScheme.load(path: p) } ?? .binhDinh2021District
            let register = try manifest.register.map { p throws(RegisterError) in try UnitRegister.load(path: p) }
            let year = manifest.year ?? 0
            let date = UnitRegister.referenceDate(year: year)
            // Units: the manifest's list (each checked in the register), or the register's units of the year.
            var units = manifest.units
            var aliases: [String: String] = [:]
            var unitTypes: [String: String] = [:]
            var unitReasons: [String: UnitValidity] = [:]
            if let register {
                var list: [RegisteredUnit] = []
                if let named = manifest.units {
                    for (i, n) in named.enumerated() {
                        switch register.resolve(n, on: date) {
                        case let .success(u): list.append(u)
                        case let .failure(p):
                            throw ManifestError.invalid(file: manifest.path, path: "units[\(i)]", message: .rule(p.message))
                        }
                    }
                } else {
                    list = register.valid(on: date).filter { u in scheme.rankingGroups.isEmpty || scheme.rankingGroup(ofType: u.type) != nil
                    }
                }
                units = list.map(\.name)
                for u in list {
                    aliases[TextKey.key(u.id)] = u.name
                    aliases[TextKey.key(u.name)] = u.name
                    unitTypes[TextKey.key(u.name)] = u.type
                }
                unitReasons = Self.unitReasons(register, year: year, date: date)
            }
            // The small tables first, so that their errors come before reading the batches.
            let saPath = manifest.selfAssessment
            var sa = try saPath.map { p throws(SelfAssessmentError) in try SelfAssessment.load(path: p, scheme: scheme) }
            if let register, let s = sa, let saPath {
                sa = try Self.resolveUnits(s, register: register, date: date, file: saPath, aliases: aliases)
            }
            var prev = try manifest.previous.map { p throws(SelfAssessmentError) in try PreviousYear.load(path: p) } ?? []
            var notComparable = Set<String>()
            if let cwPath = manifest.crosswalk, let register, let prevPath = manifest.previous {
                let cw = try Crosswalk.load(path: cwPath, register: register, year: year)
                (prev, notComparable) = try cw.carry(prev, previousFile: prevPath, register: register, year: year)
            }
            var results: [ComponentResult] = []
            var responses: [WeightedResponses] = []
            var seen: [Component: String] = [:]
            for spec in manifest.components {
                let q = try Questionnaire.load(path: spec.questionnaire)
                if let other = seen[q.component] {
                    throw ManifestError.incomplete(
                        file: manifest.path,
                        message:
                            "two \(q.component.rawValue) components: \(other) and \(spec.questionnaire) (questionnaire '\(q.id)'); a manifest has one of each"
                    )
                }
                seen[q.component] = spec.questionnaire
                if spec.columns.unit == nil {
                    throw ManifestError.incomplete(file: manifest.path, message: "component '\(q.id)' needs columns.unit to score units")
                }
                var loaded = try LoadedResponses.load(
                    questionnaire: q, batches: spec.batches, mapping: spec.columns, units: units,
                    options: spec.read.overridden(by: read), progress: progress,
                    aliases: aliases, unitReasons: unitReasons)
                if let prepare { loaded = try prepare(q, loaded) }
                let scored = try ComponentWeighting.scoreKeepingWeights(
                    loaded, columns: spec.columns, plan: spec.weighting, uncertainty: uncertainty)
                results.append(scored.result)
                responses.append(scored.weighted)
            }
            let refuse = scheme.missingComponent == .refuse
            let sat = results.first(where: { $0.component == .satisfaction })
            let lead = results.first(where: { $0.component == .leadership })
            if sat == nil, refuse, scheme.component(.satisfaction) != nil {
                throw ManifestError.incomplete(
                    file: manifest.path, message: "no satisfaction component (a questionnaire with component \"satisfaction\")")
            }
            if lead == nil, refuse, scheme.component(.leadership) != nil {
                throw ManifestError.incomplete(
                    file: manifest.path, message: "no leadership component (a questionnaire with component \"leadership\")")
            }
            if manifest.selfAssessment == nil, refuse, scheme.component(.selfAssessment) != nil {
                throw ManifestError.incomplete(file: manifest.path, message: "no selfAssessment file named")
            }
            var table: ParIndexTable
            do {
                table = try ParIndexTable.merge(
                    scheme: scheme, selfAssessment: sa,
                    satisfaction: try sat.map { r throws(MergeError) in try unitPoints(r, strict: refuse) },
                    leadership: try lead.map { r throws(MergeError) in try unitPoints(r, strict: refuse) },
                    previous: prev, units: units, unitTypes: unitTypes, notComparable: notComparable)
            } catch {
                throw ParSurveyFailure(error, file: saPath ?? manifest.path)
            }
            table.level = uncertainty.level
            table.simulateRanks(seed: rankSeed)
            var run = ParIndexRun(manifest: manifest, components: results, table: table, responses: responses)
            run.selfAssessment = sa
            run.unitTypes = unitTypes
            return run
        } catch let e as ParSurveyError {
            throw ParSurveyFailure(e)
        } catch {
            throw ParSurveyFailure(unexpected: error)
        }
    }

    /// The self-assessment with its units renamed to the register's names; a unit the
    /// register does not know, or not valid on `date`, is an error naming it.
    package static func resolveUnits(
        _ sa: SelfAssessment, register: UnitRegister, date: String, file: String,
        aliases: [String: String]
    ) throws(RegisterError) -> SelfAssessment {
        var units: [String] = []
        var items: [String: [SelfAssessmentItem]] = [:]
        for u in sa.units {
            let name: String
            if let n = aliases[TextKey.key(u)] {
                name = n
            } else {
                switch register.resolve(u, on: date) {
                case .success: throw .invalid(file: file, line: 0, column: "unit", value: u, message: "unit is not one of the units ranked")
                case let .failure(p): throw .invalid(file: file, line: 0, column: "unit", value: u, message: p.message)
                }
            }
            units.append(name)
            items[name] = sa.items[u]
        }
        var out = SelfAssessment(units: units, items: items)
        out.topLevel = sa.topLevel
        out.adjustmentSigns = sa.adjustmentSigns
        return out
    }

    /// Reject reasons of batch rows naming a register unit (by id or name) that was not
    /// valid in the survey year: "unit not valid in 2025 (register: BD-TS-01 2015-01-01 – 2025-06-30)".
    /// Spellings of the year's units are resolved before these are consulted.
    static func unitReasons(_ register: UnitRegister, year: Int, date: String) -> [String: UnitValidity] {
        var byKey: [String: [RegisteredUnit]] = [:]
        for u in register.units where !u.isValid(on: date) {
            for k in Set([TextKey.key(u.id), TextKey.key(u.name)]) { byKey[k, default: []].append(u) }
        }
        var out: [String: UnitValidity] = [:]
        for (k, list) in byKey {
            out[k] = UnitValidity(
                year: year, register: register.file,
                entries: list.map { UnitValidity.Entry(id: $0.id, validFrom: $0.validFrom, validTo: $0.validTo) })
        }
        return out
    }

    /// Per-unit points of a component; a unit whose index could not be computed is an error.
    /// With `strict` false, such a unit is left out (the scheme's missing-component policy applies).
    public static func unitPoints(_ r: ComponentResult, strict: Bool = true) throws(MergeError) -> [UnitPoints] {
        var out: [UnitPoints] = []
        for g in r.groups {
            guard let idx = g.index, let pts = g.points else {
                if !strict { continue }
                throw .missing(unit: g.group, component: "valid answers in the \(r.questionnaire.id) survey")
            }
            out.append(
                UnitPoints(
                    unit: g.group, index: idx, points: pts, standardError: g.pointsStandardError,
                    confidenceInterval: g.pointsConfidenceInterval, maxPoints: r.maxPoints))
        }
        return out
    }
}

/// Any ParSurvey error, carried with its message and kind (for callers that handle all
/// failures alike, such as the CLI).
public struct ParSurveyFailure: ParSurveyError {
    /// The message, naming file, line, column and value where known.
    public var message: String
    /// The kind: the underlying error's, or `internal.unexpected`.
    public var kind: ErrorKind
    /// The file the failure is about, when the underlying error does not name one.
    public var file: String?
    /// The original error, when typed.
    public var underlying: (any ParSurveyError)?

    /// Wraps a typed error; `file` is the input it came from when the error does not say.
    public init(_ e: any ParSurveyError, file: String? = nil) {
        message = file.map { "\($0): \(e.description)" } ?? e.description
        kind = e.kind
        self.file = file
        underlying = e
    }

    /// An unexpected failure (not a ParSurvey error).
    public init(unexpected error: any Error) {
        message = "\(error)"
        kind = "internal.unexpected"
        file = nil
        underlying = nil
    }

    public var location: SourceLocation? { underlying?.location ?? file.map { SourceLocation(file: $0) } }

    public var description: String { message }
}
