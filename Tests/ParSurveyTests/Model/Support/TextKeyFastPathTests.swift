import Foundation
import Testing
@testable import ParSurvey

/// `TextKey.clean` returns plain ASCII without surrounding white space unchanged (the fast
/// path that keeps header and variable cleaning cheap on wide files); everything else goes
/// through NFC and trimming as before.
@Suite struct TextKeyFastPathTests {
    @Test(arguments: [
        ("q1", "q1"), ("A B", "A B"), ("  id ", "id"), ("\tX\r\n", "X"), ("x\u{0B}", "x"), ("\u{0C}y", "y"), ("", ""),
        ("Ta\u{0302}y So\u{031B}n", "Tây Sơn"), ("\u{00A0}nbsp\u{00A0}", "nbsp"), ("x\u{1F}", "x\u{1F}"),
    ])
    func cleanMatchesNFCAndTrimming(_ input: String, _ expected: String) {
        #expect(Array(TextKey.clean(input).unicodeScalars) == Array(expected.unicodeScalars))
    }
}
