/// A component's drawn sample, named in the manifest (`survey.json`) by the component's
/// `sample` key:
///
///     "sample": {"file": "sample/draw.csv", "id": "transactionId", "unit": "commune",
///                "batchColumn": "transactionId"}
///
/// `file` is the output of `par-survey draw` (resolved against the manifest's folder); `id`
/// and `unit` are its id and unit columns; `batchColumn` is the batch column that carries the
/// frame id (default: the component's `columns.id`). Unknown keys are errors.
public struct DrawnSampleSpec: Sendable, Equatable {
    /// The sample file.
    public var file: String
    /// Its id column.
    public var id: String
    /// Its unit column.
    public var unit: String
    /// The batch column holding the frame id (nil: the batch's id column).
    public var batchColumn: String?

    /// Creates a spec.
    public init(file: String, id: String, unit: String, batchColumn: String? = nil) {
        self.file = file
        self.id = id
        self.unit = unit
        self.batchColumn = batchColumn
    }

    /// Reads the `sample` object; `resolve` makes `file` a path.
    public static func read(_ r: inout JSONObjectReader, resolve: (String) -> String) throws(JSONShapeError) -> DrawnSampleSpec {
        let file = try r.string("file")
        if file.isEmpty { throw JSONShapeError(path: r.path("file"), message: .check(.empty(.fileName))) }
        let spec = DrawnSampleSpec(
            file: resolve(file), id: try r.string("id"), unit: try r.string("unit"),
            batchColumn: try r.optionalString("batchColumn"))
        try r.finish()
        return spec
    }
}
