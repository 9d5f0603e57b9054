import Foundation
import ParSurveyCommands
import Testing

@testable import ParSurvey

/// The same malformed inputs through the command line in Vietnamese (the default) and
/// English: the same kind and exit code, both messages pinned by hand (wording written from
/// the file's contents, not copied from output), the `-->` place, and the caret under the
/// column (counted by hand in the comments).
@Suite struct ErrorLanguagesTests {
    typealias C = MalformedCorpus

    /// `validate` of one batch of the malformed corpus, in `lang` (nil: the default).
    static func validate(_ batch: String, lang: String?) -> CLIResult {
        CLIRunner.run(
            (lang.map { ["--lang", $0] } ?? [])
                + ["validate", "--questionnaire", C.path("mini.json"), "--id", "id", "--unit", "district", batch])
    }

    @Test func unterminatedQuoteInBothLanguagesWithTheCaretUnderTheField() {
        let p = C.path("unterminated-quote.csv")
        #expect(C.error(p)?.kind == "batch.unterminatedQuote")
        // Line 3 is `T2,Tây Sơn,"4,5,4`: field 3 starts after `T2,Tây Sơn,` (11 characters,
        // 13 bytes: â and ơ are two bytes each), so the caret has 11 spaces before it.
        let excerpt = "  --> \(p):3:3\n   |\n 3 | T2,Tây Sơn,\"4,5,4\n   |            ^\n"
        let vi = Self.validate(p, lang: nil)
        #expect(vi.code == 65)
        #expect(
            vi.stderr
                == "par-survey: lỗi: ô dữ liệu mở dấu ngoặc kép tại đây nhưng không có dấu đóng (ô bắt đầu bằng “\"4,5,4”)\n"
                + excerpt)
        #expect(Self.validate(p, lang: "vi").stderr == vi.stderr)
        let en = Self.validate(p, lang: "en")
        #expect(en.code == 65)
        #expect(
            en.stderr
                == "par-survey: error: \(p):3:3: a quoted field opens here and is never closed (unterminated quote; the field starts '\"4,5,4')\n"
                + excerpt)
    }

    @Test func legacyEncodingShowsTheBadBytesAndHintsTheOption() {
        let p = C.path("invalid-utf8-lines.csv")
        #expect(C.error(p)?.kind == "batch.encoding")
        // Line 3 is `T2,T\xE2y S\xA1n,4,5,4`: the 5th byte (0xE2) follows `T2,T` (4 columns).
        let excerpt = "  --> \(p):3:5\n   |\n 3 | T2,T\\xE2y S\\xA1n,4,5,4\n   |     ^\n"
        let vi = Self.validate(p, lang: nil)
        #expect(vi.code == 65)
        #expect(
            vi.stderr
                == "par-survey: lỗi: tệp không phải văn bản UTF-8: byte 0xE2 tại dòng 3, byte thứ 5 (2 dòng bị ảnh hưởng); "
                + "tệp có vẻ được lưu theo bảng mã Windows-1258 (tệp “CSV” của Windows tiếng Việt); "
                + "đề nghị khai báo bảng mã của tệp, hoặc lưu lại tệp theo dạng “CSV UTF-8”\n"
                + excerpt + "  = gợi ý: chạy lại với --encoding cp1258\n")
        let en = Self.validate(p, lang: "en")
        #expect(en.code == 65)
        #expect(
            en.stderr
                == "par-survey: error: \(p): not UTF-8 text: line 3, byte 5: byte 0xE2 is not UTF-8 (2 lines affected); "
                + "it looks like Windows-1258 (Vietnamese Windows \"CSV\"); declare the encoding, or save the file as \"CSV UTF-8\"\n"
                + excerpt + "  = hint: pass --encoding cp1258\n")
    }

    @Test func utf16WithoutAMarkNamesTheFileAndHintsTheOption() {
        let p = C.path("utf16le-no-bom.csv")
        #expect(C.error(p)?.kind == "batch.utf16")
        let vi = Self.validate(p, lang: nil)
        let en = Self.validate(p, lang: "en")
        #expect(vi.code == 65 && en.code == 65)
        #expect(
            vi.stderr
                == "par-survey: lỗi: \(p): tệp được lưu ở dạng văn bản UTF-16 (“Unicode text” của Excel) mà không có dấu thứ tự byte; "
                + "đề nghị lưu lại tệp theo dạng “CSV UTF-8”\n"
                + "  = gợi ý: chạy lại với --encoding utf16 (hoặc utf16le / utf16be)\n")
        #expect(
            en.stderr
                == "par-survey: error: \(p): the file is UTF-16 text (Excel \"Unicode text\") without a byte-order mark; "
                + "save it as \"CSV UTF-8\" or declare its encoding\n"
                + "  = hint: pass --encoding utf16 (or utf16le / utf16be)\n")
    }

    @Test func badOptionValueIsAUsageErrorInBothLanguages() {
        let vi = CLIRunner.run(["validate", TestPaths.sample, "--format", "jsn"])
        let en = CLIRunner.run(["validate", TestPaths.sample, "--format", "jsn", "--lang", "en"])
        #expect(vi.code == 64 && en.code == 64)
        #expect(
            vi.stderr.hasPrefix(
                "par-survey validate: lỗi: giá trị “jsn” của --format không hợp lệ; giá trị được chấp nhận: table, csv, json"))
        #expect(vi.stderr.hasSuffix("(có phải là json?)\nXem cách dùng lệnh: par-survey validate --help\n"))
        #expect(en.stderr.hasPrefix("par-survey validate: --format must be "))
        #expect(en.stderr.hasSuffix("not 'jsn' (did you mean json?)\nRun 'par-survey validate --help' for usage.\n"))
        let unknownVI = CLIRunner.run(["validate", TestPaths.sample, "--colour"])
        #expect(unknownVI.code == 64 && unknownVI.stderr.hasPrefix("par-survey validate: lỗi: không có tùy chọn --colour"))
    }

    /// A folder whose `survey.json` is `text`.
    static func manifestFolder(_ text: String) -> String {
        let dir = TestPaths.temporaryFolder()
        _ = FileManager.default.createFile(atPath: dir + "/survey.json", contents: Data(text.utf8))
        return dir
    }

    @Test func manifestThatIsNotJSONPointsAtTheByte() {
        // Line 2 is `  "title": ,`: the parser stops at the comma, the 12th byte.
        let dir = Self.manifestFolder("{\n  \"title\": ,\n  \"year\": 2021\n}\n")
        let m = dir + "/survey.json"
        var kind: ErrorKind?
        do { _ = try SurveyManifest.load(path: m) } catch { kind = error.kind }
        #expect(kind == "manifest.notJSON")
        let vi = CLIRunner.run(["run", dir])
        let en = CLIRunner.run(["run", dir, "--lang", "en"])
        #expect(vi.code == 65 && en.code == 65)
        let excerpt = "  --> \(m):2:12\n   |\n 2 |   \"title\": ,\n   |            ^\n"
        #expect(vi.stderr.hasPrefix("par-survey: lỗi: tệp mô tả cuộc khảo sát không đúng cú pháp JSON: "))
        #expect(vi.stderr.hasSuffix(excerpt))
        #expect(en.stderr.hasPrefix("par-survey: error: \(m):2:12: manifest is not valid JSON: "))
        #expect(en.stderr.hasSuffix(excerpt))
    }

    @Test func manifestKeyOfTheWrongTypeIsNamedInBothLanguages() {
        let dir = Self.manifestFolder(#"{"title": {"vi": "Thử", "en": "Test"}, "year": 2021, "units": ["A"], "components": "citizens"}"#)
        let m = dir + "/survey.json"
        var kind: ErrorKind?
        do { _ = try SurveyManifest.load(path: m) } catch { kind = error.kind }
        #expect(kind == "manifest.invalid")
        let vi = CLIRunner.run(["run", dir])
        let en = CLIRunner.run(["run", dir, "--lang", "en"])
        #expect(vi.code == 65 && en.code == 65)
        #expect(
            vi.stderr
                == "par-survey: lỗi: \(m): mục “components” của tệp mô tả cuộc khảo sát: cần một danh sách (mảng), nhưng giá trị là một chuỗi ký tự\n"
        )
        #expect(en.stderr == "par-survey: error: \(m): manifest key 'components': expected an array, found a string\n")
    }

    @Test func missingFolderExits66InBothLanguages() {
        let vi = CLIRunner.run(["run", "/nonexistent/folder"])
        let en = CLIRunner.run(["--lang", "en", "run", "/nonexistent/folder"])
        #expect(vi.code == 66 && en.code == 66)
        #expect(vi.stderr.hasPrefix("par-survey: lỗi: /nonexistent/folder: không đọc được tệp mô tả cuộc khảo sát: "))
        #expect(en.stderr.hasPrefix("par-survey: error: /nonexistent/folder: cannot read manifest: "))
    }

    @Test func everyKindMapsToTheExitCodeItHadBefore() {
        #expect(ExitCode(kind: "batch.unreadable") == .noInput)
        #expect(ExitCode(kind: "batch.header") == .dataError)
        #expect(ExitCode(kind: "output.cannotCreate") == .cannotCreate)
        #expect(ExitCode(kind: "output.wouldOverwriteInput") == .usage)
        #expect(ExitCode(kind: "sampling.option") == .usage)
        #expect(ExitCode(kind: "internal.spreadsheetCSV") == .failure)
    }
}
