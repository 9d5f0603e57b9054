import Foundation
import ParSurveyIO
import ParSurveyModel
import ParSurveyWeighting

/// Where a report's figures come from: every input file with its size and SHA-256, the
/// questionnaires, the weighting plans and the tool's version.
public struct Provenance: Sendable {
    /// One input file.
    public struct InputRecord: Sendable {
        /// What the file is (manifest, questionnaire, batch...).
        public var role: LocalizedText
        /// Its path relative to the run folder (`citizens/tay-son.csv`).
        public var path: String
        /// Size in bytes.
        public var bytes: Int
        /// SHA-256, 64 hex digits.
        public var sha256: String

        package init(role: LocalizedText, path: String, bytes: Int, sha256: String) {
            self.role = role
            self.path = path
            self.bytes = bytes
            self.sha256 = sha256
        }
    }

    /// One component's weighting.
    public struct Weighting: Sendable {
        /// The questionnaire title.
        public var component: LocalizedText
        /// The plan file relative to the run folder (nil: design weights as given).
        public var plan: String?
        /// How the weights were made.
        public var description: String
        /// One line per step.
        public var steps: [String]

        /// The description and step lines in Vietnamese (nil: the same as `description`, `steps`).
        public var vietnamese: (description: String, steps: [String])?

        package init(
            component: LocalizedText, plan: String? = nil, description: String, steps: [String],
            vietnamese: (description: String, steps: [String])? = nil
        ) {
            self.component = component
            self.plan = plan
            self.description = description
            self.steps = steps
            self.vietnamese = vietnamese
        }
    }

    /// Input files in the order the run reads them (each once).
    public var files: [InputRecord]
    /// Questionnaires: id, version, title.
    public var questionnaires: [(id: String, version: String, title: LocalizedText)]
    /// Weighting of each component.
    public var weighting: [Weighting]
    /// The tool's version.
    public var toolVersion: String
    /// Seed and draws of the rank simulation, when run.
    public var rankSimulation: (seed: UInt64, draws: Int)?
    /// Confidence level of the intervals.
    public var confidenceLevel: Double?
    /// How standard errors were computed.
    public var varianceMethod: LocalizedText?

    /// `path` relative to `folder` (`../../Questionnaires/q.json`), for output that does not
    /// depend on where the repository lies.
    public static func relative(_ path: String, to folder: String) -> String {
        let a = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let b = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        var k = 0
        while k < a.count && k < b.count && a[k] == b[k] { k += 1 }
        return (Array(repeating: "..", count: a.count - k) + b[k...]).joined(separator: "/")
    }

    package init(
        files: [InputRecord], questionnaires: [(id: String, version: String, title: LocalizedText)], weighting: [Weighting],
        toolVersion: String, rankSimulation: (seed: UInt64, draws: Int)? = nil, confidenceLevel: Double? = nil,
        varianceMethod: LocalizedText? = nil
    ) {
        self.files = files
        self.questionnaires = questionnaires
        self.weighting = weighting
        self.toolVersion = toolVersion
        self.rankSimulation = rankSimulation
        self.confidenceLevel = confidenceLevel
        self.varianceMethod = varianceMethod
    }
}
