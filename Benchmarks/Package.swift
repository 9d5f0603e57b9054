// swift-tools-version:6.0
// The release benchmark (BENCHMARKS.md), a package of its own so the library's package has
// no benchmark target (as apple/swift-collections keeps `Benchmarks/`). From this folder:
//   swift build -c release && .build/release/par-survey-bench --rows 100000 --reps 1 --no-pandas
//   swift run -c release par-survey-bench --help
import PackageDescription
import Foundation

// The root package is this folder's parent; SwiftPM names a path dependency after its folder.
let rootFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = rootFolder.lastPathComponent.lowercased()

let package = Package(
    name: "ParSurveyBenchmarks",
    products: [.executable(name: "par-survey-bench", targets: ["par-survey-bench"])],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "par-survey-bench", dependencies: [.product(name: "ParSurvey", package: rootIdentity)],
            path: "Sources/par-survey-bench")
    ],
    swiftLanguageModes: [.v6]
)
