// swift-tools-version:6.0
import PackageDescription
import Foundation

// The dependency graph below is the architecture (docs/ARCHITECTURE.md): a module may import
// only the modules listed as its dependencies, never one above it.
// Scripts/check-architecture.sh checks this in CI.
// zlib (for .xlsx/.docx): the shared library, or with PARSURVEY_STATIC_ZLIB=1 in the
// environment (Scripts/release.sh) the static archive, so the release binary needs no libz.
let zlib: LinkerSetting =
    ProcessInfo.processInfo.environment["PARSURVEY_STATIC_ZLIB"] == "1"
    ? .unsafeFlags(["-Xlinker", "-l:libz.a"]) : .linkedLibrary("z")

let package = Package(
    name: "ParSurvey",
    products: [
        .library(name: "ParSurvey", targets: ["ParSurvey"]),
        .executable(name: "par-survey", targets: ["par-survey"]),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Questionnaire, response table, rejects, source locations, localized text: no I/O.
        .target(name: "ParSurveyModel", path: "Sources/ParSurveyModel"),
        // Matrices, distributions, special functions, Holm, random numbers, parallel map: no domain types.
        .target(name: "ParSurveyStatistics", path: "Sources/ParSurveyStatistics"),
        // Design weights, raking, post-stratification, trimming.
        .target(name: "ParSurveyWeighting", dependencies: ["ParSurveyModel", "ParSurveyStatistics"], path: "Sources/ParSurveyWeighting"),
        // Design-based estimation over weighted responses: sums, influence, variance, Rao–Scott.
        .target(
            name: "ParSurveyEstimation", dependencies: ["ParSurveyModel", "ParSurveyStatistics", "ParSurveyWeighting"],
            path: "Sources/ParSurveyEstimation"),
        // Component scores, comparison, index merge, ranks, self-assessment.
        .target(
            name: "ParSurveyScoring", dependencies: ["ParSurveyModel", "ParSurveyStatistics", "ParSurveyWeighting", "ParSurveyEstimation"],
            path: "Sources/ParSurveyScoring"),
        // Every reader and loader: CSV, JSON, ZIP/XLSX, encodings, XLSForm/Kobo/SPSS, manifests, plans.
        .target(
            name: "ParSurveyIO",
            dependencies: [
                "CZlib", "ParSurveyModel", "ParSurveyStatistics", "ParSurveyWeighting", "ParSurveyEstimation", "ParSurveyScoring",
            ],
            path: "Sources/ParSurveyIO", linkerSettings: [zlib]),
        // Report model and one writer per format.
        .target(
            name: "ParSurveyReports",
            dependencies: [
                "ParSurveyModel", "ParSurveyStatistics", "ParSurveyWeighting", "ParSurveyEstimation", "ParSurveyScoring", "ParSurveyIO",
            ],
            path: "Sources/ParSurveyReports"),
        // The facade: the pipeline (manifest → PAR Index run); re-exports what a library user needs.
        .target(
            name: "ParSurvey",
            dependencies: [
                "ParSurveyModel", "ParSurveyStatistics", "ParSurveyWeighting", "ParSurveyEstimation", "ParSurveyScoring", "ParSurveyIO",
                "ParSurveyReports",
            ],
            path: "Sources/ParSurvey"),
        .target(name: "ParSurveyCommands", dependencies: ["ParSurvey"], path: "Sources/ParSurveyCommands"),
        .executableTarget(name: "par-survey", dependencies: ["ParSurveyCommands"], path: "Sources/par-survey"),
        .testTarget(
            name: "ParSurveyTests", dependencies: ["ParSurvey", "ParSurveyCommands", "par-survey"], path: "Tests/ParSurveyTests",
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
