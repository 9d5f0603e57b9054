import Foundation
import ParSurveyCommands
import Testing
@testable import ParSurvey

/// Bình Định 2021 has a unit register, so the annex prints each unit's official name form
/// (the shipped district scheme's `unitNames`), and `run` still prints the plain names.
@Suite struct BinhDinhOfficialNamesTests {
    // DOMAIN.md: Quy Nhơn is a city; An Nhơn and Hoài Nhơn are towns (Hoài Nhơn since 2020);
    // the other eight are districts. Expected forms written by hand from the scheme's
    // "UBND thành phố/thị xã/huyện {name}".
    static let officialVI = [
        "UBND thị xã An Nhơn", "UBND thành phố Quy Nhơn", "UBND thị xã Hoài Nhơn", "UBND huyện Tây Sơn", "UBND huyện Phù Cát",
        "UBND huyện Tuy Phước", "UBND huyện Phù Mỹ", "UBND huyện Hoài Ân", "UBND huyện An Lão", "UBND huyện Vĩnh Thạnh",
        "UBND huyện Vân Canh",
    ]

    @Test func annexRowsCarryTheOfficialNamesInRankOrder() {
        let r = CLIRunner.run(["annex", TestPaths.sample, "--format", "markdown"])
        #expect(r.code == 0, "\(r.stderr)")
        // The index table's rows in rank order (README: An Nhơn 1st ... Vân Canh 11th).
        for (i, name) in Self.officialVI.enumerated() { #expect(r.stdout.contains("| \(i + 1) | \(name) | ")) }
        let en = CLIRunner.run(["annex", TestPaths.sample, "--format", "markdown", "--lang", "en"])
        #expect(en.stdout.contains("| 2 | Quy Nhơn City People's Committee | "))
        #expect(en.stdout.contains("| 1 | An Nhơn Town People's Committee | "))
        #expect(en.stdout.contains("| 4 | Tây Sơn District People's Committee | "))
    }

    @Test func registerHoldsTheElevenUnitsOf2021() throws {
        let m = try SurveyManifest.load(path: TestPaths.sample)
        let register = try UnitRegister.load(path: try #require(m.register))
        let types = Dictionary(uniqueKeysWithValues: register.units.map { ($0.name, $0.type) })
        #expect(types["Quy Nhơn"] == "city" && types["An Nhơn"] == "town" && types["Hoài Nhơn"] == "town")
        #expect(types.filter { $0.value == "district" }.count == 8)
    }

    @Test func runStillPrintsPlainNames() {
        let r = CLIRunner.run(["run", TestPaths.sample])
        #expect(r.code == 0, "\(r.stderr)")
        // README quick start, the rank table's Tây Sơn row (the published 50,39 + 25,70 + 8,02).
        #expect(r.stdout.contains(" 4/11  Tây Sơn                   50,39            25,70 ± 0,49             8,02 ± 0,25"))
        #expect(!r.stdout.contains("UBND"))
    }
}
