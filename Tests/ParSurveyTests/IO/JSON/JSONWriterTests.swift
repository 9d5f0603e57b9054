import Foundation
import Testing
@testable import ParSurvey

/// The JSON writer's text, written out by hand from RFC 8259 (escapes) and the layout the
/// reports promise (two-space indent, keys in order, number arrays on one line), and read
/// back by Foundation's own JSON parser.
@Suite struct JSONWriterTests {
    @Test func escapesWhatJSONRequiresAndNothingElse() throws {
        // Quote, backslash, LF, CR, tab, U+0001, U+001F, U+2028, U+2029; Vietnamese, `/` and
        // an emoji stay as they are.
        let tricky = "a\"b\\c\nd\re\tf\u{01}g\u{1F}h\u{2028}i\u{2029}j Tây Sơn / 😀"
        let text = JSONWriter.write(
            .object([("k\"ey", .string(tricky)), ("n", .array([JSONWriter.int(1), JSONWriter.hundredths(8411)]))]))
        let expected = """
            {
              "k\\"ey": "a\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\\u2028i\\u2029j Tây Sơn / 😀",
              "n": [1, 84.11]
            }

            """
        #expect(text == expected)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(parsed?["k\"ey"] as? String == tricky)
    }

    @Test func nestsWithTwoSpacesAndKeepsKeyOrder() {
        let v: JSONValue = .object([("z", .array([.string("x"), .null, .bool(true)])), ("a", .object([])), ("m", .array([]))])
        #expect(JSONWriter.write(v) == "{\n  \"z\": [\n    \"x\",\n    null,\n    true\n  ],\n  \"a\": {},\n  \"m\": []\n}\n")
    }
}
