import Foundation
import Testing

@testable import ParSurvey
@testable import ParSurveyCommands

/// `run` and `merge` output fit the terminal (`COLUMNS`): every line no wider than the width,
/// counted as a terminal does (combining marks take no column), with the legend under the
/// table and the confidence level named.
@Suite struct TerminalTableFitTests {
    /// Columns a terminal gives `line`, counted independently of `TerminalText.width`: one per
    /// scalar that is not a nonspacing mark (the samples hold no wide characters).
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }.count
    }

    static func run(_ args: [String], width: Int?) -> CLIResult {
        let capture = CommandIO.Capture()
        let code = ParSurveyCommand.main(args, io: capture.io(width: width))
        return CLIResult(code: code, stdout: capture.stdout, stderr: capture.stderr)
    }

    static func widest(_ text: String) -> Int { text.split(separator: "\n").map(columns).max() ?? 0 }

    @Test(arguments: [80, 100, 200], ["binh-dinh-2021", "gia-lai-2025"])
    func runFitsTheWidth(width: Int, sample: String) {
        for lang in ["vi", "en"] {
            let r = Self.run(["run", TestPaths.repo("Samples/" + sample), "--lang", lang], width: width)
            #expect(r.code == 0, "\(r.stderr)")
            #expect(Self.widest(r.stdout) <= width, "\(sample) \(lang) at \(width)")
            #expect(r.stdout.contains(lang == "vi" ? "Chú giải:" : "Legend:"))
            #expect(r.stdout.contains(lang == "vi" ? "khoảng tin cậy 95 %" : "95% confidence interval"))
            #expect(!r.stdout.contains("Tất cả / All"))
        }
    }

    @Test func withoutAWidthTheTableIsOneBlockAndWider() {
        // the Bình Định table is about 150 columns when nothing limits it (issue 14)
        let r = Self.run(["run", TestPaths.sample], width: nil)
        #expect(Self.widest(r.stdout) > 140)
        let fitted = Self.run(["run", TestPaths.sample], width: 100)
        // cut into blocks: the unit column heads each block (three blocks at 100 columns)
        #expect(fitted.stdout.components(separatedBy: "Đơn vị").count - 1 >= 3)
    }

    @Test func level90IsNamedAndWidensNothingElse() {
        let r = Self.run(["run", TestPaths.sample, "--level", "90"], width: 100)
        #expect(r.code == 0)
        #expect(r.stdout.contains("khoảng tin cậy 90 %"))
        #expect(!r.stdout.contains("95 %"))
        let en = Self.run(["run", TestPaths.sample, "--level", "0.9", "--lang", "en"], width: 100)
        #expect(en.stdout.contains("90% confidence interval"))
    }

    @Test func componentsHaveTheirOneName() {
        let r = Self.run(["run", TestPaths.sample], width: 200)
        for name in ["Điểm thẩm định (60)", "Khảo sát hài lòng (30)", "Khảo sát lãnh đạo (10)", "Tổng điểm (100)", "Δ Tổng"] {
            #expect(r.stdout.contains(name), "\(name)")
        }
        for old in ["Tự đánh giá (60)", "±Tổng", "±TĐG", "Sai số biên", "Toàn tỉnh (tất cả đơn vị)"] {
            #expect(!r.stdout.contains(old), "\(old)")
        }
        #expect(r.stdout.contains("Toàn tỉnh"))
        // Tây Sơn: P(rank) from the simulation is shown as a percentage, never 100 %
        #expect(!r.stdout.contains("100 %"))
        // counts grouped by one rule: 3 393 citizens' forms
        #expect(r.stdout.contains("đọc 3.393 = nhận 3.393 + loại 0"))
    }
}
