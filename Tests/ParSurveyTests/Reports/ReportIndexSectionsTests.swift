import Foundation
import Testing
@testable import ParSurvey
@testable import ParSurveyReports

/// The report's sections on the whole 100-point index (issue 14 item 3): key findings, the
/// self-assessment's points lost, the leaders' survey by PAR area and respondent group, labels
/// that are never cut alike, printed pages with a footer. Figures are checked against the
/// published Tây Sơn 2021 report, hand sums, and R's survey package (leaders by group).
@Suite struct ReportIndexSectionsTests {
    static let model = ReportGoldenTests.model
    static let vi = ReportStyle(format: .markdown, language: .vi)

    @Test func taySonPointsLostAsPublished() throws {
        // Published: self-assessment 50,39/60 by group 9,25/10, 5/5, 6,47/10, 6/7, 10,5/11,
        // 3,5/5, 9,67/12; 1.3 by sub-criterion 0/2, 1/1,5, 2,97/3 (and the remainder 2,5/3,5).
        let l = try #require(Self.model.selfAssessment)
        let t = try #require(l.units.first { $0.unit == "Tây Sơn" })
        #expect(t.rank == 4 && t.score == 5039 && t.maxPoints == 6000)
        let expected = ["1.1": 75, "1.2": 0, "1.3": 353, "1.4": 100, "1.5": 50, "1.6": 150, "1.7": 233]
        for (id, lost) in expected { #expect(t.lost[id] == lost, "\(id)") }
        // 0,75 + 0 + 3,53 + 1 + 0,5 + 1,5 + 2,33 = 9,61 = 60 − 50,39.
        #expect(t.totalLost == 961 && expected.values.reduce(0, +) == 961)
        // 1.3: 2 + 0,5 + 0,03 + 1 = 3,53.
        #expect(t.lost["1.3.1"] == 200 && t.lost["1.3.2"] == 50 && t.lost["1.3.3"] == 3 && t.lost["1.3.4"] == 100)
        let lines = ReportTables.lossLines(l, style: Self.vi)
        #expect(lines.contains { $0.hasPrefix("Tây Sơn: 50,39/60, bị trừ 9,61 — 1.3 Cải cách thủ tục hành chính −3,53 (1.3.1 ") })
    }

    @Test func provinceTotalsAddUp() throws {
        let l = try #require(Self.model.selfAssessment)
        // Σ points lost = 11 × 60 − Σ self-assessment (the index table's column: 547,74) = 112,26.
        let selfAssessmentColumn = Self.model.table.rows.reduce(0) { $0 + $1.selfAssessment }
        #expect(selfAssessmentColumn == 54774)
        #expect(l.units.reduce(0) { $0 + $1.totalLost } == 11 * 6000 - 54774)
        #expect(l.topLevel.reduce(0) { $0 + l.provinceLost($1.id) } == 11226)
        let table = ReportTables.selfAssessmentLosses(l, maxPoints: 6000, style: Self.vi)
        #expect(table.rows.contains { $0[1] == "Tổng điểm bị trừ" && $0.last == "−112,26" })
        // 1.2 (legal documents): 12,25 lost of 11 × 5 = 55 → 22,3 %, the largest share.
        #expect(l.provinceLost("1.2") == 1225 && l.weakest.first?.criterion.id == "1.2")
    }

    @Test func keyFindingsComeFirst() {
        let md = MarkdownReport.render(Self.model, style: ReportStyle(language: .vi))
        let findings = md.range(of: "## 1. Kết quả chính\n")
        let ranking = md.range(of: "## 2. Bảng xếp hạng Chỉ số CCHC\n")
        #expect(findings != nil && ranking != nil && findings!.lowerBound < ranking!.lowerBound)
        // Ranks from the index table: Tây Sơn 4–5, Phù Cát 4–6, Tuy Phước 5–6 overlap; Hoài Nhơn (3) does not.
        #expect(md.contains("- Hạng 4–6 chưa tách được: khoảng hạng 5–95 % của Tây Sơn, Phù Cát, Tuy Phước chồng lên nhau"))
        // Largest change: Phù Cát 83,46 − 80,28 = +3,18 (the index table's two columns).
        #expect(md.contains("- Thay đổi lớn nhất so với năm trước: Phù Cát +3,18, Tuy Phước +3,14, Phù Mỹ +2,72 điểm"))
        #expect(md.contains("- Cao nhất: An Nhơn (1/11, 89,02), Quy Nhơn (2/11, 87,56), Hoài Nhơn (3/11, 85,37)."))
        // No criterion codes in the findings: labels in words.
        let lines = ReportText.findings(Self.model, Self.vi)
        #expect(!lines.joined().contains("q8") && !lines.joined().contains("L7"))
    }

    @Test func leadersByAreaMatchThePublishedPoints() throws {
        let a = try #require(Self.model.leadership)
        #expect(a.areas.count == 7 && a.units.count == 11)
        let t = try #require(a.units.first { $0.name == "Tây Sơn" })
        // Published leaders' points 8,02/10 → index 80,2 %; the index table gives 8,02 ± 0,25.
        #expect(abs(t.overall.estimate! * 10 - 8.02) < 0.005)
        let table = ReportTables.leadershipAreas(a, lines: a.units, total: false, first: "Đơn vị", style: Self.vi)
        #expect(table.rows.contains { $0[1] == "Tây Sơn" && $0[3] == "80,2 ± 2,5" })
    }

    @Test func leadersByRespondentGroupMatchR() throws {
        // R (Scripts/reference/uncertainty.R, scenario "leaders"): design weights 1, strata = unit,
        // svyby over `group`; Fixtures/uncertainty/leaders.json, domains.group.
        let q = try Questionnaire.load(path: TestPaths.repo("Questionnaires/leaders.json"))
        let loaded = try LoadedResponses.load(
            questionnaire: q, batches: [TestPaths.repo("Samples/binh-dinh-2021/leaders/leaders.csv")],
            mapping: ColumnMapping(id: "id", unit: "unit", group: "group"))
        let result = try #require(ComponentScorer.scoreByRespondentGroup(WeightedResponses.designWeights(loaded.table)))
        let reference = try ReferenceFixture.json("leaders.json")
        var checked = 0
        for ref in reference["domains"]!["group"]!.items {
            let g = try #require(result.groups.first { $0.group == ref["domain"]!.string! })
            for index in ref["indices"]!.items {
                let id = index["id"]!.string!
                let mine =
                    id == "overall" ? (g.index, g.standardError) : g.elements.first { $0.id == id }.map { ($0.index, $0.standardError) }!
                #expect(abs(mine.0! - index["estimate"]!.double!) < 1e-12, "\(g.group) \(id)")
                #expect(ReferenceFixture.relative(mine.1!, index["se"]!.double!) < 1e-9, "\(g.group) \(id) SE")
                checked += 1
            }
        }
        #expect(checked == 3 * 8)
        // No group column mapped: no group table.
        let plain = try LoadedResponses.load(
            questionnaire: q, batches: [TestPaths.repo("Samples/binh-dinh-2021/leaders/leaders.csv")],
            mapping: ColumnMapping(id: "id", unit: "unit"))
        #expect(ComponentScorer.scoreByRespondentGroup(WeightedResponses.designWeights(plain.table)) == nil)
    }

    @Test func criterionLabelsAreWrappedNotCutAlike() {
        // q2, q3 and q4 all begin "Trang thiết bị phục vụ người dân, tổ chức tại Bộ phận Tiếp nhận và
        // Trả kết quả": cut at 55 letters they read the same; wrapped, each keeps its last words.
        let html = HTMLReport.render(Self.model, style: ReportStyle(language: .vi))
        let profile = html.components(separatedBy: "<h3 id=\"profile-tay-son\">")[1].components(separatedBy: "</figure>")[0]
        #expect(!profile.contains("…"))
        // The chart's text runs joined (a wrapped label continues in the next <text>).
        let joined = profile.replacingOccurrences(of: "</text>\n<text[^>]*>", with: " ", options: .regularExpression)
        for end in ["đầy đủ", "hiện đại", "dễ sử dụng"] {
            #expect(joined.contains("Trang thiết bị phục vụ người dân, tổ chức tại Bộ phận Tiếp nhận và Trả kết quả " + end))
        }
        let lines = SVGCanvas.wrap(String(repeating: "abc ", count: 60), width: 100, size: 10, maxLines: 3)
        #expect(lines.count == 3 && lines.last!.hasSuffix("…") && lines.dropLast().allSatisfy { !$0.contains("…") })
    }

    @Test func flagListsNeverCutAnId() {
        let ids = ["q1", "q2", "q10", "q11", "q12", "q13", "q14", "q15"]
        let text = DivergingStackedBars.flagText(ids, width: 60, size: 9.5)
        #expect(text.hasPrefix("▼ q1") && text.contains("+") && !text.contains("…"))
        let shown = text.dropFirst(2).split(separator: " ")
        let more = Int(shown.last!.dropFirst())!
        #expect(shown.dropLast().allSatisfy { ids.contains(String($0)) } && shown.count - 1 + more == ids.count)
        #expect(DivergingStackedBars.flagText(["q1", "q3"], width: 60, size: 9.5) == "▼ q1 q3")
    }

    @Test func printedPagesHaveNumbersAndTheDate() {
        let html = HTMLReport.render(Self.model, style: ReportStyle(language: .vi))
        #expect(html.contains("@bottom-right { content: \"Trang \" counter(page) \" / \" counter(pages);"))
        #expect(html.contains("@bottom-left { content: \"Ngày lập báo cáo: 31/12/2021\";"))
        #expect(HTMLStyleSheet.cssString("a\"b</style>") == "a\\22 b\\3c /style\\3e ")
        // Every table scrolls sideways at phone width; charts keep a readable minimum width.
        #expect(html.components(separatedBy: "<div class=\"scroll\"><table").count == html.components(separatedBy: "<table").count)
        #expect(html.contains("@media screen and (max-width: 640px)") && html.contains("figure svg { min-width: 640px; }"))
        // A legend under every answer chart, not only the first of a group.
        let charts = html.components(separatedBy: "<figure>").filter { $0.contains("Phân bố câu trả lời (có trọng số)") }
        #expect(charts.count == 60 && charts.allSatisfy { $0.contains(">5 Rất hài lòng</text>") })
    }

    @Test func todayIsADate() {
        let d = ReportDate.today()
        #expect(d.year >= 2025 && (1...12).contains(d.month))
    }
}
