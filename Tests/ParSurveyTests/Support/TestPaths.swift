import Foundation

/// Paths of the repository, its fixtures and the built `par-survey` binary, for tests.
enum TestPaths {
    /// The repository root (three levels above this file).
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// A path below the repository root.
    static func repo(_ relative: String) -> String { root + "/" + relative }

    /// A fixture under `Tests/ParSurveyTests/Fixtures`.
    static func fixture(_ relative: String) -> String { repo("Tests/ParSurveyTests/Fixtures/" + relative) }

    /// The Bình Định sample folder.
    static let sample = repo("Samples/binh-dinh-2021")

    /// A fresh temporary folder.
    static func temporaryFolder() -> String {
        let p = NSTemporaryDirectory() + "parsurvey-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
        return p
    }

    /// Writes `text` to a new temporary file named `name` and returns its path.
    static func write(_ text: String, name: String) -> String {
        let p = temporaryFolder() + "/" + name
        _ = FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
        return p
    }
}
