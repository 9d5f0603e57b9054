import Foundation
import Testing

@testable import ParSurvey

/// The loaders' own rules as values (issue 14): every rule reads in Vietnamese in the
/// Vietnamese message and as before in English. The Vietnamese expected here is written by
/// hand; the English is the loaders' old text (the older tests that compare `.rule(text)`
/// still pass: problems compare by their English).
@Suite struct KeyRuleLanguagesTests {
    /// English words that must not be left in a Vietnamese message once the file's own
    /// values (between quotes) are set aside.
    static let englishWords: Set<String> = [
        "must", "should", "invalid", "expected", "not", "file", "line", "needs", "empty", "found", "twice", "least", "positive",
        "between", "duplicate", "listed", "matches", "every", "each", "either", "cannot", "the", "is", "are", "no", "one",
        "question", "questionnaire", "unit", "scale", "element", "option", "options", "sum", "date", "table", "key", "above",
    ]

    /// `text` without what lies between quotes (“…”, "…", '…'): the file's own values and key
    /// names, which stay as written.
    static func outsideQuotes(_ text: String) -> String {
        var out = ""
        var closing: Character?
        for ch in text {
            if let c = closing {
                if ch == c { closing = nil }
            } else if ch == "“" {
                closing = "”"
            } else if ch == "\"" {
                closing = "\""
            } else {
                out.append(ch)
            }
        }
        return out
    }

    @Test func everyRuleHasVietnameseWordsAndNoEnglishOnes() {
        for rule in KeyRule.examples {
            let vi = rule.vietnamese
            let words = Self.outsideQuotes(vi).lowercased().split { !$0.isLetter }.map(String.init)
            let english = words.filter { Self.englishWords.contains($0) }
            #expect(english.isEmpty, "\(rule): \(vi)")
            // a Vietnamese sentence has letters outside ASCII (ư, ơ, đ, tone marks)
            #expect(vi.unicodeScalars.contains { $0.value > 0x7F && CharacterSet.letters.contains($0) }, "\(rule): \(vi)")
            #expect(vi != rule.english)
            // the problem carries the rule in both languages
            let p = KeyProblem.check(rule)
            #expect(p.localized.vi == vi && p.localized.en == rule.english && p.description == rule.english)
        }
    }

    static func leaders(_ replace: String, with: String) throws -> [UInt8] {
        let base = String(decoding: try InputFile.read(TestPaths.fixture("pipeline/leaders-small.json")), as: UTF8.self)
        #expect(base.contains(replace))
        return Array(base.replacingOccurrences(of: replace, with: with).utf8)
    }

    /// The message of the questionnaire error of `bytes` in both languages.
    static func questionnaireMessage(_ bytes: [UInt8]) -> LocalizedText? {
        do {
            _ = try Questionnaire.parse(bytes, file: "q.json")
            return nil
        } catch {
            return ErrorMessages.message(for: error)
        }
    }

    @Test func questionnaireRulesInBothLanguages() throws {
        let cases: [(String, String, String, String)] = [
            (
                "\"maxPoints\": 10", "\"maxPoints\": 0",
                "mục “maxPoints” của bảng hỏi: phải là số dương, nhưng giá trị là 0",
                "questionnaire key 'maxPoints': must be positive, found 0.0"
            ),
            (
                "\"component\": \"leadership\"", "\"component\": \"leaders\"",
                "mục “component” của bảng hỏi: “leaders” không phải là thành phần hợp lệ (chọn một trong: satisfaction, leadership)",
                "questionnaire key 'component': 'leaders' is not a component (satisfaction or leadership)"
            ),
            (
                "\"id\": \"L2\",", "\"id\": \"L2\", \"weight\": -1,",
                "mục “elements[1].weight” của bảng hỏi: “weight” phải là số dương, nhưng giá trị là -1",
                "questionnaire key 'elements[1].weight': weight must be positive, found -1.0"
            ),
            (
                "\"scale\": \"ae\", \"points\": 4", "\"scale\": \"af\", \"points\": 4",
                "mục “elements[1].questions[0].scale” của bảng hỏi: không có thang đo mã “af” (các thang đo: ae)",
                "questionnaire key 'elements[1].questions[0].scale': no scale with id 'af' (scales: ae)"
            ),
            (
                "\"points\": 4", "\"points\": 3.5",
                "mục “elements” của bảng hỏi: tổng điểm các câu hỏi bằng 9,5, không bằng maxPoints 10",
                "questionnaire key 'elements': question points sum to 9.5, not maxPoints 10"
            ),
            (
                "\"credit\": 0.6", "\"credit\": 1.5",
                "mục “scales[0].options[1].credit” của bảng hỏi: “credit” phải nằm trong khoảng từ 0 đến 1, nhưng giá trị là 1,5",
                "questionnaire key 'scales[0].options[1].credit': credit must be between 0 and 1, found 1.5"
            ),
        ]
        for (old, new, vi, en) in cases {
            let m = try #require(Self.questionnaireMessage(try Self.leaders(old, with: new)), "\(new)")
            #expect(m.vi == vi)
            #expect(m.en == en)
        }
    }

    @Test func manifestRulesOnTheCommandLine() {
        // a unit listed twice (same name, two spellings of one key)
        let dir = ErrorLanguagesTests.manifestFolder(
            #"{"title": {"vi": "Thử", "en": "Test"}, "year": 2021, "units": ["Tây Sơn", "tây sơn"], "components": []}"#)
        let m = dir + "/survey.json"
        let vi = CLIRunner.run(["run", dir])
        let en = CLIRunner.run(["run", dir, "--lang", "en"])
        #expect(vi.code == 65 && en.code == 65)
        #expect(
            vi.stderr
                == "par-survey: lỗi: \(m): mục “units[1]” của tệp mô tả cuộc khảo sát: đơn vị “tây sơn” có tên hai lần trong danh sách\n",
            "\(vi.stderr)")
        #expect(en.stderr == "par-survey: error: \(m): manifest key 'units[1]': unit 'tây sơn' listed twice\n", "\(en.stderr)")
    }
}
