import Foundation
import ParSurvey
import ParSurveyCommands
import Testing

/// Plan descriptions in both languages and the step lines in Vietnamese (issue 14 item 1).
@Suite struct WeightingPlanLanguageTests {
    static let steps =
        #""steps": [{"step": "postStratify", "cells": "commune", "withinUnit": true, "totals": "../district-commune.csv"}, {"step": "rake", "withinUnit": true, "margins": [{"variables": "commune", "totals": "../district-commune.csv"}, {"variables": ["gender", "age_group"], "totals": "../district-gender-age.csv"}]}]"#

    func plan(_ description: String) throws -> WeightingPlan {
        let c = try WeightingCase.load("medium")
        return try WeightingPlan.parse(
            try JSONParser.parse("{\"description\": \(description), \(Self.steps)}"), path: "p.json", folder: c.folder + "/plans")
    }

    @Test func bilingualDescriptionRendersInTheRunLanguage() throws {
        let c = try WeightingCase.load("medium")
        let p = try plan(#"{"vi": "người dân: hậu phân tầng theo xã", "en": "citizens: post-stratified to communes"}"#)
        #expect(p.description == "citizens: post-stratified to communes")
        #expect(
            p.localizedDescription == LocalizedText(vi: "người dân: hậu phân tầng theo xã", en: "citizens: post-stratified to communes"))
        let simple = try WeightingPlan.parse(
            try JSONParser.parse(
                #"{"description": {"vi": "người dân: hậu phân tầng theo xã", "en": "citizens: post-stratified to communes"}, "steps": [{"step": "postStratify", "cells": "commune", "withinUnit": true, "totals": "../district-commune.csv"}]}"#
            ), path: "p.json", folder: c.folder + "/plans")
        let d = try WeightingEngine.apply(simple, to: c.table, columns: WeightingCase.mapping).diagnostics
        let vi = WeightingReport.render(d, style: ReportStyle(language: .vi))
        let en = WeightingReport.render(d, style: ReportStyle(language: .en))
        #expect(vi.hasPrefix("Trọng số: người dân: hậu phân tầng theo xã (p.json)\n"))
        #expect(vi.contains("\n  bước 1: hậu phân tầng theo commune trong từng đơn vị\n"))
        #expect(!vi.contains("postStratify") && !vi.contains("citizens"))
        #expect(en.hasPrefix("Weights: citizens: post-stratified to communes (p.json)\n"))
        #expect(en.contains("\n  steps[0]: postStratify(commune, within unit)\n"))
    }

    @Test func stringDescriptionStillLoadsAndServesBothLanguages() throws {
        let p = try plan(#""citizens: one text""#)
        #expect(p.description == "citizens: one text")
        #expect(p.localizedDescription == nil)
    }

    @Test func descriptionObjectIsCheckedStrictly() throws {
        for bad in [#"{"vi": "a", "fr": "b"}"#, #"{}"#, "3"] {
            #expect(throws: WeightingError.self) { _ = try plan(bad) }
        }
        // one language alone is accepted; the other falls back to it
        let p = try plan(#"{"vi": "chỉ tiếng Việt"}"#)
        #expect(p.localizedDescription?.text(.en) == "chỉ tiếng Việt")
    }

    /// Each step kind as an officer reads it (written by hand from docs/WEIGHTING.md).
    @Test func vietnameseStepSummariesPinnedByHand() throws {
        let p = try plan(#""x""#)
        #expect(
            p.steps.map(\.vietnameseSummary) == [
                "hậu phân tầng theo commune trong từng đơn vị",
                "cân chỉnh (raking) theo các tổng biên commune; gender × age_group trong từng đơn vị",
            ])
        let c = try WeightingCase.load("medium")
        let more = try WeightingPlan.parse(
            try JSONParser.parse(
                #"{"steps": [{"step": "groupShares", "shares": "equal", "withinUnit": true}, {"step": "trim", "bounds": "relativeToMean", "lower": 0.3, "upper": 3.5, "redistribution": "additive"}, {"step": "normalize", "to": "sampleSize"}]}"#
            ), path: "q.json", folder: c.folder + "/plans")
        #expect(
            more.steps.map(\.vietnameseSummary) == [
                "chia đều trọng số giữa các nhóm trong từng đơn vị",
                "cắt trọng số không dưới 0,3, không quá 3,5 lần trọng số trung bình, phần bị cắt chia đều cộng thêm cho các phiếu khác, lặp lại đến khi không còn trọng số vượt ngưỡng",
                "chuẩn hóa tổng trọng số bằng cỡ mẫu",
            ])
    }
}
