import Foundation
import Testing
@testable import ParSurvey

/// Windows-1258/1252 and UTF-16 batches (fixtures written by Python's codecs in
/// Scripts/fixtures/make_encodings.py).
@Suite struct TextEncodingTests {
    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("formats/encodings/" + name))))
    }

    /// 12 vowels × 2 cases × 6 tones, each as Windows-1258 writes it (precomposed byte or
    /// base + combining tone mark), decode to exactly the NFC UTF-8 text.
    @Test func windows1258DecodesEveryToneOnEveryVowelToNFC() throws {
        let cp = try Self.bytes("tones-cp1258.csv")
        #expect(cp.contains(0xD2) && cp.contains(0xDE) && cp.contains(0xF2))  // hỏi, ngã, nặng as combining bytes
        let decoded = try TextDecoding.utf8(cp, declared: .cp1258)
        let expected = try Self.bytes("tones-utf8.csv")
        #expect(decoded == expected)
        let text = String(decoding: decoded, as: UTF8.self)
        #expect(text.split(separator: "\r\n").count == 1 + 24 * 6)
        for probe in ["ặ ặn Nguyặn", "Ỹ Ỹn NguyỸn", "ử ửn Nguyửn", "ờ ờn Nguyờn", "ẫ ẫn Nguyẫn", "Ị Ịn NguyỊn"] {
            #expect(text.contains(probe.precomposedStringWithCanonicalMapping))
        }
        #expect(text == text.precomposedStringWithCanonicalMapping)
    }

    @Test func windows1252Decodes() throws {
        let text = String(decoding: try TextDecoding.utf8(Self.bytes("tones-cp1252.csv"), declared: .cp1252), as: UTF8.self)
        #expect(text == "word\r\ncafé\r\nnaïve\r\nŒuvre\r\n€ 5\r\n")
    }

    @Test func undeclaredNonUTF8SaysWhichEncodingToPass() throws {
        let cp1258 = try Self.bytes("batch-cp1258.csv")
        let cp1252 = try Self.bytes("tones-cp1252.csv")
        do throws(TextDecoding.NotUTF8) {
            _ = try TextDecoding.utf8(cp1258, declared: nil)
            Issue.record("Windows-1258 text was taken as UTF-8")
        } catch {
            #expect(error.guess == .cp1258 && error.sure)
            #expect(error.line == 2)
            #expect(error.message.contains("it looks like Windows-1258"))
        }
        do throws(TextDecoding.NotUTF8) {
            _ = try TextDecoding.utf8(cp1252, declared: nil)
            Issue.record("Windows-1252 text was taken as UTF-8")
        } catch {
            #expect(error.guess == .cp1252 && !error.sure)
            #expect(error.message.contains("it looks like Windows-1252 (Western Windows \"CSV\") or Windows-1258"))
        }
        // one damaged line in a UTF-8 file is left to row rejection, not a file error
        var one = Array("id,q1\nA,5\n".utf8)
        one += [0x42, 0x2C, 0xFF, 0x0A]
        #expect(try TextDecoding.utf8(one, declared: nil) == one)
        // a UTF-8 file passed with --encoding cp1258 (mixed batches) is still read as UTF-8
        let utf8 = try Self.bytes("batch-utf8.csv")
        #expect(try TextDecoding.utf8(utf8, declared: .cp1258) == utf8)
    }

    /// The same 12-respondent batch as UTF-8, Windows-1258 (with --encoding), UTF-16LE with
    /// BOM (Excel "Unicode text", tab-separated, no option needed) and UTF-16BE without BOM
    /// (--encoding utf16) scores identically.
    @Test func everyEncodingOfTheBatchScoresTheSame() throws {
        let q = TestPaths.repo("Questionnaires/sipas-citizen.json")
        let f = TestPaths.fixture("formats/encodings/")
        let base = CLIRunner.run(
            ["--lang", "en"] + ["score", "--questionnaire", q, f + "batch-utf8.csv", "--unit", "district", "--format", "csv"])
        #expect(base.code == 0)
        #expect(base.stdout.contains("Tây Sơn,overall,sipas-citizen,12,"))
        for (file, extra) in [
            ("batch-cp1258.csv", ["--encoding", "cp1258"]), ("batch-utf16.txt", []), ("batch-utf16be-nobom.txt", ["--encoding", "utf16"]),
        ] {
            let r = CLIRunner.run(
                ["--lang", "en"] + ["score", "--questionnaire", q, f + file, "--unit", "district", "--format", "csv"] + extra)
            #expect(r.code == 0, "\(file): \(r.stderr)")
            #expect(r.stdout == base.stdout, "\(file)")
        }
        let noOption = CLIRunner.run(["--lang", "en"] + ["score", "--questionnaire", q, f + "batch-cp1258.csv", "--unit", "district"])
        #expect(noOption.code == 65)
        #expect(noOption.stderr.contains("batch-cp1258.csv: not UTF-8 text: line 2, byte 10: byte 0xE2 is not UTF-8"))
        let noBOM = CLIRunner.run(["--lang", "en"] + ["score", "--questionnaire", q, f + "batch-utf16be-nobom.txt", "--unit", "district"])
        #expect(noBOM.code == 65 && noBOM.stderr.contains("pass --encoding utf16"))
        let bad = CLIRunner.run(["--lang", "en"] + ["score", "--questionnaire", q, f + "batch-utf8.csv", "--encoding", "koi8"])
        #expect(bad.code == 64 && bad.stderr.contains("--encoding must be one of utf8, cp1258, cp1252, utf16, utf16le, utf16be"))
    }

    @Test func encodingNamesUsersWrite() {
        #expect(TextEncoding(name: "Windows-1258") == .cp1258)
        #expect(TextEncoding(name: "UTF-16") == .utf16)
        #expect(TextEncoding(name: "cp 1252") == .cp1252)
        #expect(TextEncoding(name: "ascii") == nil)
    }
}
