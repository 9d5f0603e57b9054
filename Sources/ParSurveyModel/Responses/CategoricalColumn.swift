/// A text column stored as small integer codes into a list of distinct levels (NFC).
public struct CategoricalColumn: Sendable, Equatable {
    /// Distinct values in order of first appearance (or in a declared order).
    public package(set) var levels: [String]
    /// One code per row: an index into `levels`.
    public package(set) var codes: [UInt32]
    private var index: [String: UInt32]

    /// An empty column; `levels` fixes the order of known values.
    public init(levels: [String] = []) {
        self.levels = []
        self.codes = []
        self.index = [:]
        for l in levels { _ = code(for: l) }
    }

    /// The code of `value`, adding it as a new level if needed.
    public mutating func code(for value: String) -> UInt32 {
        if let c = index[value] { return c }
        let c = UInt32(levels.count)
        levels.append(value)
        index[value] = c
        return c
    }

    /// The code of an existing level.
    public func existingCode(_ value: String) -> UInt32? { index[value] }

    /// Appends a row with `value`.
    public mutating func append(_ value: String) { codes.append(code(for: value)) }

    /// The value of row `row`.
    public func value(_ row: Int) -> String { levels[Int(codes[row])] }

    /// Number of rows.
    public var count: Int { codes.count }

    /// Rows per level.
    public func counts() -> [Int] {
        var c = [Int](repeating: 0, count: levels.count)
        for x in codes { c[Int(x)] += 1 }
        return c
    }
}
