// swift-tools-version:6.0
// libFuzzer targets for ParSurvey's readers. Not part of the root package: build them with
//   swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address
// (see Scripts/fuzz.sh and docs/FUZZING.md).
import PackageDescription
import Foundation

// The root package is this folder's parent; SwiftPM names a path dependency after its folder.
let rootFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = rootFolder.lastPathComponent.lowercased()

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name, dependencies: ["FuzzSupport", .product(name: "ParSurvey", package: rootIdentity)],
        path: "Sources/\(name)")
}

// The weighting-plan loader (issue 3) may not be in the root package yet: fuzz it when it is.
let hasWeightingPlan = FileManager.default.fileExists(
    atPath: rootFolder.appendingPathComponent("Sources/ParSurveyIO/Weighting/WeightingPlan+Loading.swift").path)

let package = Package(
    name: "ParSurveyFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver", .product(name: "ParSurvey", package: rootIdentity)], path: "Sources/FuzzSupport"),
        fuzzTarget("FuzzCSV"),
        fuzzTarget("FuzzJSONLines"),
        fuzzTarget("FuzzQuestionnaire"),
        fuzzTarget("FuzzXLSX"),
    ] + (hasWeightingPlan ? [fuzzTarget("FuzzWeightingPlan")] : []),
    swiftLanguageModes: [.v6]
)
