import Foundation
import Testing

/// Golden files: outputs compared byte for byte with files under `Fixtures/`, re-recorded
/// when the environment has `PARSURVEY_RECORD=1` (then review them in the diff).
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["PARSURVEY_RECORD"] == "1" }

    /// Compares `text` with the fixture `name`; names the first differing line and leaves the
    /// actual output beside the temporary folder for `diff`.
    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = TestPaths.fixture(name)
        if recording {
            try! FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record(
                Comment(rawValue: "no golden file \(name): run with PARSURVEY_RECORD=1 and review it"), sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == text { return }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let actual = NSTemporaryDirectory() + "golden-" + (name as NSString).lastPathComponent
        try? Data(text.utf8).write(to: URL(fileURLWithPath: actual))
        let want = line < a.count ? String(a[line]) : ""
        let got = line < b.count ? String(b[line]) : ""
        let message =
            "\(name) differs from line \(line + 1): expected «\(want)», got «\(got)»; actual output in \(actual) (PARSURVEY_RECORD=1 re-records)"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
