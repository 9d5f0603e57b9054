// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ParSurvey",
    products: [
        .library(name: "ParSurvey", targets: ["ParSurvey"]),
        .executable(name: "par-survey", targets: ["par-survey"]),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "ParSurvey", dependencies: ["CZlib"], path: "Sources/ParSurvey"),
        .target(name: "ParSurveyCommands", dependencies: ["ParSurvey"], path: "Sources/ParSurveyCommands"),
        .executableTarget(name: "par-survey", dependencies: ["ParSurveyCommands"], path: "Sources/par-survey"),
        .testTarget(
            name: "ParSurveyTests", dependencies: ["ParSurvey", "ParSurveyCommands", "par-survey"], path: "Tests/ParSurveyTests",
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
