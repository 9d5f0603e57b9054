import Foundation
import Testing
@testable import ParSurvey

/// Dates, paths and answer sides of the report.
@Suite struct ReportPiecesTests {
    @Test func datesFromTheOptionOrSourceDateEpoch() throws {
        #expect(ReportDate(iso: "2021-12-31") == ReportDate(year: 2021, month: 12, day: 31))
        #expect(ReportDate(iso: "2020-02-29") != nil)
        for bad in ["2021-02-29", "2021-13-01", "2021-1-5", "21-12-31", "2021-12-31T00:00", "", "２０２１-12-31"] {
            #expect(ReportDate(iso: bad) == nil, "\(bad)")
        }
        // date -u -d @1640908800 → Fri Dec 31 00:00:00 UTC 2021; @951782400 → Tue Feb 29 2000
        #expect(ReportDate(epoch: "1640908800") == ReportDate(year: 2021, month: 12, day: 31))
        #expect(ReportDate(epoch: "1640995199") == ReportDate(year: 2021, month: 12, day: 31))
        #expect(ReportDate(epoch: "951782400") == ReportDate(year: 2000, month: 2, day: 29))
        #expect(ReportDate(epoch: "0") == ReportDate(year: 1970, month: 1, day: 1))
        #expect(ReportDate(epoch: "-5") == nil && ReportDate(epoch: "1e9") == nil && ReportDate(epoch: "") == nil)
        let d = ReportDate(year: 2021, month: 12, day: 31)!
        #expect(d.text(.vi) == "31/12/2021" && d.text(.en) == "2021-12-31")
        #expect(try ReportDate.resolve(option: nil, environment: [:]).get() == nil)
        #expect(try ReportDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "1640908800"]).get() == d)
        #expect(
            try ReportDate.resolve(option: "2022-01-15", environment: ["SOURCE_DATE_EPOCH": "1640908800"]).get()
                == ReportDate(year: 2022, month: 1, day: 15))
        if case let .failure(p) = ReportDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "yesterday"]) {
            #expect(p.message.contains("SOURCE_DATE_EPOCH") && p.message.contains("yesterday"))
        } else {
            Issue.record("a malformed SOURCE_DATE_EPOCH is an error")
        }
    }

    @Test func pathsRelativeToTheRunFolder() {
        #expect(Provenance.relative("/a/b/run/citizens/x.csv", to: "/a/b/run") == "citizens/x.csv")
        #expect(Provenance.relative("/a/Questionnaires/q.json", to: "/a/b/run") == "../../Questionnaires/q.json")
        #expect(Provenance.relative("/a/b/run/./w/../survey.json", to: "/a/b/run/") == "survey.json")
    }

    @Test func answerSidesFromCreditsOrSatisfiedMarks() throws {
        let sipas = try Questionnaire.load(path: TestPaths.repo("Questionnaires/sipas-citizen.json"))
        // credits 0, 0.25, 0.5, 0.75, 1 (and "don't know", missing, left out)
        #expect(LikertCategory.categories(of: sipas.scales[0]).map(\.side) == [.negative, .negative, .neutral, .positive, .positive])
        #expect(LikertCategory.categories(of: sipas.scales[0]).map(\.code) == ["1", "2", "3", "4", "5"])
        let leaders = try Questionnaire.load(path: TestPaths.repo("Questionnaires/leaders.json"))
        // A 1, B 0.6, C 0.2, D 0: no neutral option
        #expect(LikertCategory.categories(of: leaders.scales[0]).map(\.side) == [.positive, .positive, .negative, .negative])
    }

    @Test func anchorsAreAsciiIds() {
        #expect(HTMLReport.anchor("Tây Sơn") == "tay-son")
        #expect(HTMLReport.anchor("Đồng Xoài <x>") == "dong-xoai-x")
    }
}
