/// The audit's thresholds and the metadata columns it reads. Every default is stated (and
/// justified) in `docs/AUDIT.md`.
public struct AuditOptions: Sendable, Equatable {
    /// Near-duplicates: at most this many differing answers; nil chooses it from the data
    /// (the largest k ≤ `maxNearDifferences` whose expected number of chance pairs is at most
    /// `chancePairBudget`).
    public var nearDifferences: Int?
    /// The largest k the data-driven choice considers.
    public var maxNearDifferences = 3
    /// Expected pairs by chance the data-driven k may allow.
    public var chancePairBudget = 1.0
    /// Forms with fewer answered questions than this share of the questionnaire are left out
    /// of the duplicate checks (mostly blank forms agree by chance).
    public var duplicateMinAnsweredShare = 0.5
    /// Forms with fewer answers than this off their own most common code are left out of the
    /// duplicate checks (near-uniform forms agree by chance; straight-lining covers them).
    public var duplicateMinMinority = 3

    /// An exact duplicate is high severity when fewer than this many forms are expected by chance
    /// to match the earlier form's vector so closely (independence given unit and
    /// respondent level), medium otherwise.
    public var surpriseThreshold = 0.01
    /// A near pair is not flagged when at least this many forms are expected by chance within
    /// its distance of the earlier form's vector (a common vector, not a copy).
    public var nearChanceLimit = 0.5

    /// Straight-lining: at least this many answered questions, all with one code.
    public var straightLineMinAnswered = 10
    /// A run of one code over at least this share of the questions (and not every answered
    /// question alike) is a long run.
    public var longRunShare = 0.9

    /// Fast forms: fewer seconds than this per answered question between `start` and `end`.
    public var minSecondsPerQuestion = 4.0
    /// Bursts: at least this many forms from one device or interviewer ...
    public var burstForms = 10
    /// ... or from one unit ...
    public var unitBurstForms = 30
    /// ... inside a sliding window of this many minutes.
    public var burstMinutes = 5.0
    /// The survey period, seconds since 1970 (UTC): forms started or submitted outside
    /// [from, to) are flagged.
    public var period: Range<Int64>?

    /// Interviewer test: Holm-adjusted p-value below which an interviewer is flagged.
    public var interviewerAlpha = 0.01
    /// Interviewers (and the rest of their unit) with fewer forms than this are not tested.
    public var interviewerMinForms = 20
    /// A unit whose intra-interviewer correlation is at least this is flagged (low).
    public var interviewerCorrelationThreshold = 0.1

    /// Respondent ids of the frame or drawn sample (nil: no frame check).
    public var frameIDs: Set<String>?
    /// Transaction times of the frame's ids (by comparison key; nil: no period check of the
    /// frame). Checked against `period`.
    public var frameDates: [String: Int64]?

    /// Unit anomalies: a satisfied share at least this ...
    public var unitShareThreshold = 0.98
    /// ... and a robust z-score of the share above this (below minus this for the spread).
    public var unitRobustZ = 3.0
    /// Fewest units for the unit-level rules.
    public var unitMinUnits = 5

    /// Column holding when the form was started (nil: `start` when present).
    public var startColumn: String?
    /// Column holding when the form was finished (nil: `end`).
    public var endColumn: String?
    /// Column holding when the form reached the server (nil: `_submission_time`, `SubmissionDate`).
    public var submittedColumn: String?
    /// Column naming the device (nil: `deviceid`, `DeviceID`, `device_id`, `device`).
    public var deviceColumn: String?
    /// Column naming the interviewer (nil: `interviewer`, `enumerator`, `_submitted_by`, `SubmitterName`).
    public var interviewerColumn: String?
    /// Offset of times written without a zone, in seconds east of UTC (KoBoToolbox's
    /// `_submission_time` is UTC: 0).
    public var defaultZoneOffset: Int64 = 0

    /// The defaults.
    public init() {}

    /// Auto-detected names of each metadata column, by comparison key.
    static let startNames = ["start", "starttime", "start_time"]
    static let endNames = ["end", "endtime", "end_time"]
    static let submittedNames = ["_submission_time", "submissiondate", "submission_time", "submitted"]
    static let deviceNames = ["deviceid", "device_id", "device", "meta-deviceid"]
    static let interviewerNames = [
        "interviewer", "enumerator", "interviewer_id", "enumerator_id", "_submitted_by", "submittername", "submitterid",
    ]
}
