// swift-tools-version:6.0
// A scratch package that times the estimation layer on a big file (not part of the build):
//   python3 ../shared/reference/gen.py --n 1000000 --questions 22 --seed 1 --out /tmp/big.csv --margins /tmp/big_m.csv
//   cd Scripts/benchmarks/uncertainty && swift run -c release bench-uncertainty /tmp/big.csv
import PackageDescription

let package = Package(
    name: "bench-uncertainty",
    dependencies: [.package(name: "ParSurvey", path: "../../..")],
    targets: [.executableTarget(name: "bench-uncertainty", dependencies: [.product(name: "ParSurvey", package: "ParSurvey")])],
    swiftLanguageModes: [.v6]
)
