import Foundation
import Testing
@testable import ParSurvey
import ParSurveyCommands

/// The sample's report in HTML and Markdown, byte for byte (Fixtures/reports/, re-recorded with
/// PARSURVEY_RECORD=1), and what the page must be: offline, printable, escaped, NFC.
@Suite struct ReportGoldenTests {
    static let model: ReportModel = {
        let run = try! ParIndexRun.run(path: TestPaths.sample)
        return try! ReportModel.build(
            run,
            options: ReportOptions(
                date: ReportDate(year: 2021, month: 12, day: 31),
                toolVersion: ParSurveyCommand.version))
    }()
    static let html = HTMLReport.render(model, style: ReportStyle(language: .vi))
    static let markdownEN = MarkdownReport.render(model, style: ReportStyle(language: .en))

    @Test func goldenFiles() {
        Golden.check(Self.html, "reports/report.vi.html")
        Golden.check(Self.markdownEN, "reports/report.en.md")
        Golden.check(MarkdownReport.render(Self.model, style: ReportStyle(language: .vi)), "reports/report.vi.md")
    }

    @Test func sameInputSameBytes() {
        #expect(HTMLReport.render(Self.model, style: ReportStyle(language: .vi)) == Self.html)
        #expect(!Self.html.contains("2026") && !Self.html.contains("UTC"))  // no clock time, only the date given
        #expect(Self.html.contains("Ngày lập báo cáo: 31/12/2021"))
    }

    @Test func publishedFiguresForTaySon() {
        // The 2021 report of Tây Sơn: 50,39 + 25,70 + 8,02 = 84,11, rank 4/11 (last year 81,76).
        #expect(
            Self.html.contains(
                "<tr><td class=\"n\">4/11</td><td>Tây Sơn</td><td class=\"n\">50,39</td><td class=\"n\">25,70 ± 0,49</td>"
                    + "<td class=\"n\">8,02 ± 0,25</td><td class=\"n\">84,11</td><td class=\"n\">81,76</td><td class=\"n\">+2,35</td>"))
        #expect(Self.markdownEN.contains("| 4/11 | Tây Sơn | 50.39 | 25.70 ± 0.49 | 8.02 ± 0.25 | 84.11 | 81.76 | +2.35 | 4/11 |"))
        // Satisfaction index 85.67 % (25.70 / 30) in the Vietnamese profile.
        #expect(Self.html.contains("Tây Sơn: chỉ số hài lòng chung") && Self.html.contains(">85,7 %</text>"))
    }

    @Test func offlinePrintableAndTitled() {
        for page in [Self.html, HTMLReport.render(Self.model, style: ReportStyle(language: .en))] {
            #expect(!page.contains("http"))
            #expect(!page.lowercased().contains("<script"))
            #expect(!page.contains("url(") && !page.contains("@import") && !page.contains("<link") && !page.contains("<img"))
            #expect(page.contains("@page { size: A4"))
            #expect(page.contains("figure { margin: 6px 0 12px; break-inside: avoid;"))
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=") && page.contains("<meta charset=\"utf-8\">"))
            let svgs = page.components(separatedBy: "<svg ").dropFirst()
            #expect(svgs.count == 1 + 11 + 5 + 11 * 5)  // components, 11 profiles, 5 elements across units, 5 per district
            #expect(svgs.allSatisfy { $0.split(separator: "\n", maxSplits: 2)[1].hasPrefix("<title>") })
            #expect(page == page.precomposedStringWithCanonicalMapping)
        }
        // NFC bytes of "Tây Sơn" (ơ U+01A1 composed), not "o" + combining horn.
        #expect(Self.html.utf8.count > 0 && Self.html.contains("T\u{E2}y S\u{1A1}n"))
        #expect(!Array(Self.html.unicodeScalars).contains { $0.value == 0x031B })
    }

    @Test func englishThroughout() {
        let en = HTMLReport.render(Self.model, style: ReportStyle(language: .en))
        #expect(en.contains("<html lang=\"en\">") && en.contains("2. PAR Index ranking") && en.contains(">84.11</td>"))
        #expect(!en.contains("Bảng xếp hạng") && !en.contains("Hài lòng (30)"))
        #expect(Self.html.contains("2. Bảng xếp hạng Chỉ số CCHC") && Self.html.contains(">84,11</td>"))
    }
}
