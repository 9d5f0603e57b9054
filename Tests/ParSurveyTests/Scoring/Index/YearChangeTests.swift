import Foundation
import Testing

@testable import ParSurvey

/// The change since last year, its interval and whether it is larger than the noise of the
/// two independent samples. Expected values are computed by hand in the comments
/// (z₀.₉₇₅ = 1.959963984540054, z₀.₉₅ = 1.6448536269514722, R: `qnorm(0.975)`, `qnorm(0.95)`).
@Suite struct YearChangeTests {
    @Test func changeWithinTheNoiseIsNotClear() throws {
        // 25,70 − 25,00 = +0,70; SE = √(0,3² + 0,4²) = 0,5; 0,70 ± 1,959964 × 0,5 = [−0,27998, 1,67998]
        let c = YearChange(current: 2570, previous: 2500, currentStandardError: 0.3, previousStandardError: 0.4, level: 0.95)
        #expect(c.change == 70)
        #expect(abs(try #require(c.standardError) - 0.5) < 1e-12)
        let ci = try #require(c.interval)
        #expect(abs(ci.low - -0.279981992270027) < 1e-9)
        #expect(abs(ci.high - 1.679981992270027) < 1e-9)
        #expect(!c.isClear)
    }

    @Test func changeBeyondTheNoiseIsClear() throws {
        // SE = √(0,2² + 0,1²) = √0,05 = 0,2236068; 0,70 ± 0,4382613 = [0,2617387, 1,1382613]
        let c = YearChange(current: 2570, previous: 2500, currentStandardError: 0.2, previousStandardError: 0.1, level: 0.95)
        let ci = try #require(c.interval)
        #expect(abs(ci.low - 0.2617387297117092) < 1e-9)
        #expect(abs(ci.high - 1.1382612702882908) < 1e-9)
        #expect(c.isClear)
        // a fall of the same size is clear too
        let fall = YearChange(current: 2500, previous: 2570, currentStandardError: 0.2, previousStandardError: 0.1, level: 0.95)
        #expect(fall.isClear && fall.change == -70)
    }

    @Test func theLevelOfTheRunSetsTheInterval() throws {
        // 90 %: 0,70 ± 1,644854 × 0,5 = 0,70 ± 0,8224268
        let c = YearChange(current: 2570, previous: 2500, currentStandardError: 0.3, previousStandardError: 0.4, level: 0.90)
        #expect(abs(try #require(c.interval).halfWidth - 0.8224268134757361) < 1e-9)
    }

    @Test func withoutLastYearsStandardErrorThereIsNoIntervalAndNoMark() {
        let c = YearChange(current: 2570, previous: 2400, currentStandardError: 0.3, previousStandardError: nil, level: 0.95)
        #expect(c.change == 170)
        #expect(c.standardError == nil && c.interval == nil)
        #expect(!c.isClear)
    }

    @Test func theAppraisedScoreIsExact() throws {
        // self-assessment: SE 0 both years; 53,44 − 54,10 = −0,66, interval [−0,66, −0,66]
        let c = YearChange(current: 5344, previous: 5410, currentStandardError: 0, previousStandardError: 0, level: 0.95)
        #expect(c.standardError == 0)
        #expect(abs(try #require(c.interval).low - -0.66) < 1e-12)
        #expect(c.isClear)
        let same = YearChange(current: 5410, previous: 5410, currentStandardError: 0, previousStandardError: 0, level: 0.95)
        #expect(!same.isClear)
    }
}
