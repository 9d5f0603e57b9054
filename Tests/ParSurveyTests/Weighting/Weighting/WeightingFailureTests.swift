import Foundation
import ParSurvey
import ParSurveyCommands
import Testing

/// Every failure the issue lists gives a clear message naming where, and exit 65.
@Suite struct WeightingFailureTests {
    static func failure(_ plan: String, batch: String = WeightingStepTests.batch, files: [String: String] = [:]) -> WeightingError? {
        var all = files
        all["batch.csv"] = batch
        all["plan.json"] = plan
        return WeightingScratch(all).failure()
    }

    static let communes = #"{"C1": 40, "C2": 60, "C3": 20}"#

    @Test func categoryWithPopulationButNoRespondentsIsNamed() throws {
        let e = try #require(
            Self.failure(#"{"steps": [{"step": "postStratify", "cells": "commune", "totals": {"C1": 40, "C2": 60, "C3": 20, "C4": 30}}]}"#))
        guard case let .emptyCategory(_, categories, population) = e else {
            Issue.record("\(e)")
            return
        }
        #expect(categories == ["C4"] && population == 30)
        #expect(e.description.contains("'C4'") && e.description.contains("collapse") && e.description.contains("steps[0]"))
        #expect(e.exitCode == .dataError)
    }

    @Test func respondentWhoseCategoryHasNoTargetIsNamedWithFileAndLine() throws {
        let e = try #require(Self.failure(#"{"steps": [{"step": "postStratify", "cells": "commune", "totals": {"C1": 40, "C2": 60}}]}"#))
        guard case let .categoryWithoutTarget(_, category, row, known) = e else {
            Issue.record("\(e)")
            return
        }
        #expect(category == "C3" && known == ["C1", "C2"])
        #expect(row.hasSuffix("batch.csv:6"))  // the header is line 1; respondent 5 is on line 6
    }

    @Test func blankCategoryListsTheRows() throws {
        let batch = WeightingStepTests.batch.replacingOccurrences(of: "4,D1,C2,Nữ,", with: "4,D1,C2,,")
        let e = try #require(
            Self.failure(
                #"{"steps": [{"step": "rake", "margins": [{"variables": "gender", "totals": {"Nam": 5, "Nữ": 5}}]}]}"#, batch: batch))
        guard case let .blankCategory(_, variable, rows, count) = e else {
            Issue.record("\(e)")
            return
        }
        #expect(variable == "gender" && count == 1 && rows.count == 1 && rows[0].hasSuffix("batch.csv:5"))
    }

    @Test func marginsWithDifferentTotalsAreRefused() throws {
        let plan =
            #"{"steps": [{"step": "rake", "margins": [{"variables": "gender", "totals": {"Nam": 50, "Nữ": 50}}, {"variables": "age", "totals": {"young": 40, "old": 61}}]}]}"#
        let e = try #require(Self.failure(plan))
        guard case let .marginsDisagree(_, unit, totals) = e else {
            Issue.record("\(e)")
            return
        }
        #expect(unit == nil && totals == ["gender 100", "age 101"])
    }

    @Test func rakingThatCannotMeetItsMarginsIsAnError() throws {
        // D2 has one young man and one old woman: men 10 and young 12 cannot both hold
        let plan =
            #"{"steps": [{"step": "rake", "withinUnit": true, "margins": [{"variables": "gender", "totals": [{"district": "D1", "gender": "Nam", "total": 5}, {"district": "D1", "gender": "Nữ", "total": 5}, {"district": "D2", "gender": "Nam", "total": 10}, {"district": "D2", "gender": "Nữ", "total": 10}]}, {"variables": "age", "totals": [{"district": "D1", "age": "young", "total": 5}, {"district": "D1", "age": "old", "total": 5}, {"district": "D2", "age": "young", "total": 12}, {"district": "D2", "age": "old", "total": 8}]}]}]}"#
        let e = try #require(Self.failure(plan))
        guard case let .notConverged(_, sweeps, error, category, _) = e else {
            Issue.record("\(e)")
            return
        }
        // every sweep ends with the age margin met (12, 8), so men are 12 of 10 and women 8 of 10; the second
        // sweep changes nothing there, and once D1 has converged too, R's rake() stops and returns, silently.
        // Error 2/10 at D2 × Nam.
        #expect(sweeps >= 2 && abs(error - 0.2) < 1e-12 && category == "D2 × Nam")
        #expect(e.description.contains("20%") && e.description.contains("margins are not met"))
    }

    @Test func zeroNegativeOrNonFiniteWeightsAreRefused() throws {
        let batch = """
            id,district,commune,gender,age,group,weight,q1,q2,q3,q4,q5
            1,D1,C1,Nam,young,A,1,4,4,4,4,4
            2,D1,C1,Nữ,old,A,1,4,4,4,4,4
            3,D1,C2,Nam,old,B,1,4,4,4,4,4
            4,D1,C2,Nữ,young,A,1,4,4,4,4,4
            5,D1,C2,Nữ,young,A,3,4,4,4,4,4

            """
        // one additive pass with lower 2.5: four weights raised by 1.5 (−6 in all), taken from the fifth: 3 − 6 = −3
        let e = try #require(
            Self.failure(
                #"{"steps": [{"step": "trim", "bounds": "absolute", "lower": 2.5, "redistribution": "additive", "strict": false}]}"#,
                batch: batch))
        guard case let .invalidWeight(step, row, value) = e else {
            Issue.record("\(e)")
            return
        }
        #expect(value == -3 && row.hasSuffix("batch.csv:6") && step.contains("steps[0] (trim)"))
        // a design weight column with a zero
        let zero = WeightingStepTests.batch.replacingOccurrences(of: "group,weight", with: "group,wt").replacingOccurrences(
            of: "D2,C3,Nam,young,A,1", with: "D2,C3,Nam,young,A,0")
        let f = WeightingScratch(["batch.csv": zero, "plan.json": #"{"designWeights": "wt", "steps": []}"#])
            .failure(mapping: ColumnMapping(id: "id", unit: "district", group: "group"))
        #expect(f?.description.contains("batch.csv:6") == true && f?.description.contains("positive") == true)
    }

    @Test func trimmingBoundsThatCannotBeMet() throws {
        // 6 weights summing to 10 cannot all be ≤ 1.5 (at most 9)
        let e = try #require(
            Self.failure(#"{"steps": [{"step": "trim", "bounds": "absolute", "upper": 1.5, "redistribution": "additive"}]}"#))
        guard case .trimInfeasible = e else {
            Issue.record("\(e)")
            return
        }
        #expect(e.description.contains("9") && e.description.contains("10"))
        // below the mean, relative to it
        let r = try #require(
            Self.failure(#"{"steps": [{"step": "trim", "bounds": "relativeToMean", "upper": 0.9, "redistribution": "proportional"}]}"#))
        guard case .trimInfeasible = r else {
            Issue.record("\(r)")
            return
        }
    }

    @Test(arguments: [
        (#"{"steps": [], "stepz": []}"#, "stepz", "unknown key"),
        (
            #"{"steps": [{"step": "rake", "margins": [{"variables": "gender", "totals": {"Nam": 1}}], "maxSweep": 10}]}"#,
            "steps[0].maxSweep", "unknown key"
        ),
        (
            #"{"steps": [{"step": "rake", "margins": [{"variables": "gender", "total": {"Nam": 1}}]}]}"#, "steps[0].margins[0].totals",
            "give \"totals\" or \"shares\""
        ),
        (
            #"{"steps": [{"step": "trim", "bounds": "relative", "upper": 3, "redistribution": "additive"}]}"#, "steps[0].bounds",
            "relativeToMean"
        ),
        (
            #"{"steps": [{"step": "trim", "bounds": "absolute", "upper": 3, "redistribution": "additive", "rerake": true}]}"#,
            "steps[0].rerake", "no earlier rake"
        ),
        (#"{"steps": [{"step": "weigh"}]}"#, "steps[0].step", "unknown step"),
        (
            #"{"steps": [{"step": "postStratify", "cells": "commune", "totals": {"C1": 1}, "collapse": [{"from": "C1", "into": "C2", "unitt": "D1"}]}]}"#,
            "steps[0].collapse[0].unitt", "unknown key"
        ),
    ])
    func planKeysThatAreNotUnderstoodAreErrors(_ plan: String, _ path: String, _ message: String) throws {
        let e = try #require(Self.failure(plan))
        guard case let .invalidPlan(_, p, m) = e else {
            Issue.record("\(e)")
            return
        }
        #expect(p == path && m.description.contains(message), "\(e)")
        #expect(e.exitCode == .dataError)
    }

    @Test func otherRefusals() throws {
        // population 0 with respondents
        let z = try #require(
            Self.failure(#"{"steps": [{"step": "postStratify", "cells": "commune", "totals": {"C1": 40, "C2": 0, "C3": 20}}]}"#))
        guard case let .zeroTarget(_, category, row) = z else {
            Issue.record("\(z)")
            return
        }
        #expect(category == "C2" && row.hasSuffix("batch.csv:4"))
        // shares that do not add up to 1
        let s = try #require(Self.failure(#"{"steps": [{"step": "groupShares", "shares": {"A": 0.5, "B": 0.4}}]}"#))
        guard case let .sharesDoNotSumToOne(_, _, sum) = s else {
            Issue.record("\(s)")
            return
        }
        #expect(abs(sum - 0.9) < 1e-12)
        // a column the batches do not have
        let v = try #require(Self.failure(#"{"steps": [{"step": "postStratify", "cells": "ward", "totals": {"C1": 1}}]}"#))
        guard case let .unknownVariable(_, name, available) = v else {
            Issue.record("\(v)")
            return
        }
        #expect(name == "ward" && available == ["district", "group", "commune", "gender", "age"])
        // normalising to a population nobody gave
        let p = try #require(Self.failure(#"{"steps": [{"step": "normalize", "to": "population"}]}"#))
        guard case .notApplicable = p else {
            Issue.record("\(p)")
            return
        }
        // targets file with a column that is not a variable
        let t = try #require(
            Self.failure(
                #"{"steps": [{"step": "postStratify", "cells": "commune", "totals": "pop.csv"}]}"#,
                files: ["pop.csv": "commune,ward,total\nC1,x,1\n"]))
        guard case let .invalidTargets(file, _, column, message) = t else {
            Issue.record("\(t)")
            return
        }
        #expect(file.hasSuffix("pop.csv") && column == 2 && message.contains("'ward'"))
        // a total that is not a number
        let n = try #require(
            Self.failure(
                #"{"steps": [{"step": "postStratify", "cells": "commune", "totals": "pop.csv"}]}"#,
                files: ["pop.csv": "commune,total\nC1,40\nC2,sáu mươi\nC3,20\n"]))
        guard case let .invalidTargets(_, line, _, _) = n else {
            Issue.record("\(n)")
            return
        }
        #expect(line == 3)
    }
}
