import Foundation
import ParSurvey
import ParSurveyCommands
import Testing

/// A plan's `variables` block names its columns in the step lines, in Vietnamese and English;
/// without it the lines print the column names; a bad block is a typed error with its key path.
@Suite struct WeightingVariableNamesTests {
    static let steps =
        #""steps": [{"step": "postStratify", "cells": "commune", "withinUnit": true, "totals": "../district-commune.csv"}, {"step": "rake", "withinUnit": true, "margins": [{"variables": "commune", "totals": "../district-commune.csv"}, {"variables": ["gender", "age_group"], "totals": "../district-gender-age.csv"}]}]"#
    static let names =
        #""variables": {"commune": {"vi": "xã, phường, thị trấn", "en": "commune"}, "gender": {"vi": "giới tính", "en": "gender"}, "age_group": {"vi": "nhóm tuổi", "en": "age group"}}"#

    func plan(_ variables: String?) throws -> WeightingPlan {
        let c = try WeightingCase.load("medium")
        let json = "{" + (variables.map { $0 + ", " } ?? "") + Self.steps + "}"
        return try WeightingPlan.parse(try JSONParser.parse(json), path: "p.json", folder: c.folder + "/plans")
    }

    func stepLines(_ p: WeightingPlan, _ language: Language) throws -> [String] {
        let c = try WeightingCase.load("medium")
        let d = try WeightingEngine.apply(p, to: c.table, columns: WeightingCase.mapping).diagnostics
        return WeightingReport.render(d, style: ReportStyle(language: language)).split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("  ")
        }
    }

    @Test func labelledStepLinesInBothLanguages() throws {
        let p = try plan(Self.names)
        let vi = try stepLines(p, .vi)
        let en = try stepLines(p, .en)
        #expect(vi.first == "  bước 1: hậu phân tầng theo xã, phường, thị trấn trong từng đơn vị")
        #expect(
            vi.count == 2
                && vi[1].hasPrefix(
                    "  bước 2: cân chỉnh (raking) theo các tổng biên xã, phường, thị trấn; giới tính × nhóm tuổi trong từng đơn vị; ")
        )
        #expect(en.first == "  steps[0]: postStratify(commune, within unit)")
        #expect(en.count == 2 && en[1].hasPrefix("  steps[1]: rake(commune; gender × age group, within unit); "))
    }

    @Test func withoutLabelsTheColumnNames() throws {
        let p = try plan(nil)
        #expect(p.variableNames.isEmpty && p.variableName("age_group", .vi) == "age_group")
        let vi = try stepLines(p, .vi)
        #expect(vi.first == "  bước 1: hậu phân tầng theo commune trong từng đơn vị")
        #expect(vi[1].hasPrefix("  bước 2: cân chỉnh (raking) theo các tổng biên commune; gender × age_group trong từng đơn vị; "))
        // Only some columns named: the others keep their names.
        let some = try plan(#""variables": {"gender": "giới tính"}"#)
        #expect(try stepLines(some, .vi)[1].contains("tổng biên commune; giới tính × age_group trong"))
    }

    @Test func machineSummaryKeepsColumnNames() throws {
        // JSON and the one-line plan summary are for scripts: the columns as the data names them.
        let p = try plan(Self.names)
        #expect(p.summary == "postStratify(commune, within unit) → rake(commune; gender × age_group, within unit)")
    }

    @Test func badBlocksNameTheKeyPath() throws {
        func expectInvalid(_ variables: String, path: String, message: String) {
            #expect(throws: WeightingError.invalidPlan(file: "p.json", path: path, message: .rule(message))) { _ = try plan(variables) }
        }
        expectInvalid(
            #""variables": {"gendr": "giới tính"}"#, path: "variables.gendr",
            message: "'gendr' is not a column of the plan's steps (columns: commune, gender, age_group)")
        expectInvalid(#""variables": ["gender"]"#, path: "variables", message: "expected an object, found an array")
        expectInvalid(
            #""variables": {"gender": {"vi": "giới tính", "fr": "sexe"}}"#, path: "variables.gender.fr",
            message: "unknown key (not understood; check the spelling)")
        expectInvalid(#""variables": {"gender": 1}"#, path: "variables.gender", message: "expected an object, found a number")
        expectInvalid(#""variables": {"gender": "a", "Gender": "b"}"#, path: "variables.Gender", message: "'Gender' is named twice")
        expectInvalid(
            #""variables": {}"#, path: "variables",
            message: #"name at least one column (column → {"vi": ..., "en": ...}) or leave the key out"#)
    }

    @Test func bundledPlansNameTheirColumns() throws {
        let p = try WeightingPlan.load(path: TestPaths.repo("Samples/binh-dinh-2021/weighting/citizens.json"))
        #expect(p.variableName("commune", .vi) == "xã, phường, thị trấn")
        #expect(p.variableName("gender", .vi) == "giới tính")
        #expect(p.variableName("age_group", .vi) == "nhóm tuổi")
        #expect(p.variableName("age_group", .en) == "age group")
    }
}
