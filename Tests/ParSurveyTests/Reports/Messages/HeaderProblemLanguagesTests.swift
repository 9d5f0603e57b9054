import Foundation
import Testing

@testable import ParSurvey

/// A batch header that cannot be read (`batch.header`, issue 14): the same kind in both
/// languages, the Vietnamese written by hand, the English as the reader always wrote it.
@Suite struct HeaderProblemLanguagesTests {
    static func run(_ header: String, lang: String) -> CLIResult {
        let batch = TestPaths.write(header + "\nr1,Tây Sơn,4,5,4\n", name: "header.csv")
        return CLIRunner.run([
            "--lang", lang, "validate", "--questionnaire", MalformedCorpus.path("mini.json"), "--unit", "district", batch,
        ])
    }

    @Test func headerProblemsInBothLanguages() {
        let cases: [(String, String, String)] = [
            ("id,district,q1,,q3", "dòng tiêu đề không hợp lệ: cột 4 không có tên", "column 4 has an empty name"),
            (
                "id,district,q1,Q1,q3", "dòng tiêu đề không hợp lệ: tên cột trùng với tên cột 3 (cột “Q1”)",
                "column name repeats column 3 (header 'Q1')"
            ),
            (
                "id,quan,q1,q2,q3",
                "dòng tiêu đề không hợp lệ: không có cột đơn vị “district” trong dòng tiêu đề (các cột: id, quan, q1, q2, q3)",
                "no unit column 'district' in the header (columns: id, quan, q1, q2, q3)"
            ),
            (
                "id,district,q1,q2,q4", "dòng tiêu đề không hợp lệ: thiếu cột của câu hỏi q3 trong bảng hỏi “mini”",
                "missing question column q3 of questionnaire 'mini'"
            ),
        ]
        for (header, vi, en) in cases {
            let v = Self.run(header, lang: "vi")
            let e = Self.run(header, lang: "en")
            #expect(v.code == 65 && e.code == 65)
            #expect(v.stderr.contains("lỗi: " + vi), "\(v.stderr)")
            #expect(e.stderr.contains(en), "\(e.stderr)")
        }
    }

    @Test func everyProblemHasVietnameseWords() {
        let all: [HeaderProblem] = [
            .emptyName(column: 2), .repeats(previous: 1), .noColumn(role: .weight, name: "w", columns: "a, b"), .mappedAndQuestion,
            .missingQuestions(["q1", "q2"], questionnaire: "x"),
            .ambiguousQuestion(first: "E/q1", column: 3, second: "X/q1", secondColumn: 4, question: "q1"),
            .noSuchQuestion("q9", questionnaire: "x"), .notUTF8, .strayQuoteOrNUL, .badCell(row: 1, .errorValue(cell: "A1", value: "#N/A")),
            .firstLineNotJSON(line: 1, .expectedQuotedKey, column: 2), .firstLineNotObject(line: 1, found: .array),
        ]
        for p in all {
            let words = KeyRuleLanguagesTests.outsideQuotes(p.vietnamese).lowercased().split { !$0.isLetter }.map(String.init)
            #expect(words.filter { KeyRuleLanguagesTests.englishWords.contains($0) }.isEmpty, "\(p.vietnamese)")
            #expect(p.vietnamese != p.english)
        }
    }
}
