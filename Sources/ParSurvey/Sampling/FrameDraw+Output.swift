import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

/// The draw's outputs: the sample file, the record of the draw (`FILE.draw.json`) and a
/// summary per stratum.
extension FrameDraw {
    /// The sample as CSV: the frame's columns as they are (cells neutralised against formula
    /// injection as every CSV the project writes), then `reserve` (0 for the sample, k ≥ 1
    /// for the k-th replacement of its stratum), `inclusionProbability` (n_h/N_h) and
    /// `designWeight` (N_h/n_h; a replacement stands in with the same weight), written as
    /// shortest round-trip decimals. Strata in draw order; sample rows by id, then reserve rows
    /// in order of use.
    public func sampleCSV() -> String {
        var out = (frame.header + Self.addedColumns).map(CSVField.encode).joined(separator: ",") + "\n"
        for s in strata {
            let pi = "\(s.inclusionProbability)"
            let w = "\(s.designWeight)"
            func row(_ i: Int, _ reserve: Int) {
                out += (frame.rows[i].fields + [String(reserve), pi, w]).map(CSVField.encode).joined(separator: ",") + "\n"
            }
            for i in s.sample { row(i, 0) }
            for (k, i) in s.reserve.enumerated() { row(i, k + 1) }
        }
        return out
    }

    /// The record of the draw: seed, method, the frame's name, size and SHA-256, the columns,
    /// and per stratum N, n, reserve, π and weight; totals.
    public func record(frameName: String, sha256: String) -> JSONValue {
        let o = options
        let reserve: JSONValue
        switch o.reserve {
        case let .count(k): reserve = JSONWriter.int(k)
        case let .fraction(f): reserve = JSONWriter.number(f)
        }
        return .object([
            ("seed", .number(Double(o.seed), text: String(o.seed))),
            (
                "method",
                .string(
                    "stratified simple random sampling without replacement: xoshiro256** seeded by SplitMix64, Lemire's unbiased bounded integers, a partial Fisher–Yates shuffle per stratum over its rows sorted by id (UTF-8 bytes), strata sorted by unit then stratum"
                )
            ),
            (
                "frame",
                .object([
                    ("file", .string(frameName)), ("sha256", .string(sha256)), ("bytes", JSONWriter.int(frame.bytes.count)),
                    ("rows", JSONWriter.int(frame.rows.count)),
                ])
            ),
            (
                "columns",
                .object([
                    ("id", .string(o.idColumn)), ("unit", .string(o.unitColumn)), ("strata", o.strataColumn.map(JSONValue.string) ?? .null),
                ])
            ),
            ("allocation", .string(o.allocation.rawValue)),
            ("sizePerUnit", o.sizePerUnit.map(JSONWriter.int) ?? .null),
            ("sizes", o.sizes.map { .string(fileName($0.file)) } ?? .null),
            ("reserve", reserve),
            (
                "strata",
                .array(
                    strata.map { s in
                        .object([
                            ("unit", .string(s.unit)), ("stratum", .string(s.stratum)), ("N", JSONWriter.int(s.population)),
                            ("n", JSONWriter.int(s.size)), ("reserve", JSONWriter.int(s.reserveSize)),
                            ("inclusionProbability", JSONWriter.number(s.inclusionProbability)),
                            ("designWeight", JSONWriter.number(s.designWeight)),
                        ])
                    })
            ),
            (
                "totals",
                .object([
                    ("N", JSONWriter.int(strata.reduce(0) { $0 + $1.population })),
                    ("n", JSONWriter.int(strata.reduce(0) { $0 + $1.size })),
                    ("reserve", JSONWriter.int(strata.reduce(0) { $0 + $1.reserveSize })),
                ])
            ),
        ])
    }

    /// The summary per stratum for people (text, Markdown, CSV) or scripts (JSON).
    public func summary(style: ReportStyle, frameName: String, sha256: String, output: String) -> String {
        if style.format == .json { return JSONWriter.write(record(frameName: frameName, sha256: sha256)) }
        let csv = style.format == .csv
        var t = TextTable(
            headers: csv
                ? ["unit", "stratum", "N", "n", "reserve", "inclusionProbability", "designWeight"]
                : [
                    style.t("Đơn vị", "Unit"), style.t("Tầng", "Stratum"), "N", "n", style.t("Dự phòng", "Reserve"),
                    style.t("Xác suất chọn", "Inclusion prob."), style.t("Trọng số thiết kế", "Design weight"),
                ])
        for s in strata {
            t.add([
                s.unit, s.stratum, String(s.population), String(s.size), String(s.reserveSize),
                csv ? "\(s.inclusionProbability)" : style.number(s.inclusionProbability, places: 4),
                csv ? "\(s.designWeight)" : style.number(s.designWeight, places: 4),
            ])
        }
        if csv { return t.csv() }
        let n = strata.reduce(0) { $0 + $1.size }
        let r = strata.reduce(0) { $0 + $1.reserveSize }
        let head = style.t(
            "Rút mẫu từ \(frameName) (\(frame.rows.count) dòng, SHA-256 \(sha256.prefix(16))…), hạt giống (seed) \(options.seed): \(n) người được chọn, \(r) dự phòng → \(output)",
            "Drew from \(frameName) (\(frame.rows.count) rows, SHA-256 \(sha256.prefix(16))…), seed \(options.seed): \(n) selected, \(r) in reserve → \(output)"
        )
        return head + "\n" + (style.format == .markdown ? "\n" + t.markdown() : t.text())
    }
}

/// The last component of a path (the record names files, not machine-specific folders).
func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
