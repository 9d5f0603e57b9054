import Foundation
@testable import ParSurvey

/// Reads the R reference values in `Fixtures/uncertainty/` (written by
/// `Scripts/reference/uncertainty.R`).
enum ReferenceFixture {
    /// The parsed JSON file `name` of the uncertainty fixtures.
    static func json(_ name: String) throws -> JSONValue {
        try JSONParser.parse(try InputFile.read(TestPaths.fixture("uncertainty/" + name)))
    }

    /// Relative difference |a − b| / |b| (absolute when b is 0).
    static func relative(_ a: Double, _ b: Double) -> Double {
        b == 0 ? abs(a) : abs(a - b) / abs(b)
    }
}

extension JSONValue {
    /// The number, or nil.
    var double: Double? { if case let .number(x, _) = self { return x } else { return nil } }
    /// The string, or nil.
    var string: String? { if case let .string(s) = self { return s } else { return nil } }
    /// The array's items (empty if not an array).
    var items: [JSONValue] { if case let .array(a) = self { return a } else { return [] } }
    /// The object's keys in order (empty if not an object).
    var keys: [String] { if case let .object(p) = self { return p.map(\.key) } else { return [] } }
}
