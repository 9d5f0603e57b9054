import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyStatistics

/// Fieldwork progress as a table (text, Markdown, CSV) or JSON.
public enum FieldworkReport {
    /// The per-unit table; flags in the last column.
    public static func table(_ p: FieldworkProgress, style: ReportStyle) -> TextTable {
        let csv = style.format == .csv
        var t = TextTable(
            headers: csv
                ? [
                    "unit", "N", "planned", "received", "accepted", "rejected", "fromSample", "fromReserve", "notInSample",
                    "duplicates", "responseRate", "margin", "belowMinimum", "aboveTarget",
                ]
                : [
                    style.t("Đơn vị", "Unit"), "N", style.t("Kế hoạch", "Planned"), style.t("Đã nhận", "Received"),
                    style.t("Hợp lệ", "Accepted"), style.t("Bị loại", "Rejected"), style.t("Trong mẫu", "From sample"),
                    style.t("Dự phòng", "From reserve"), style.t("Ngoài mẫu", "Not in sample"), style.t("Trùng mã", "Duplicates"),
                    style.t("Tỷ lệ phản hồi", "Response rate"),
                    style.t("Sai số đạt được", "Margin achieved"), style.t("Cảnh báo", "Flags"),
                ])
        for u in p.units {
            var cells = [u.unit.isEmpty ? "—" : u.unit]
            cells += [
                u.population, u.planned, u.received, u.accepted, u.rejected, u.fromSample, u.fromReserve, u.notInSample, u.duplicates,
            ].map(style.count)
            if csv {
                cells += [
                    u.responseRate.map { style.number($0, places: 6) } ?? "", u.margin.isFinite ? style.number(u.margin, places: 6) : "",
                    u.belowMinimum ? "1" : "0", u.aboveTarget ? "1" : "0",
                ]
            } else {
                var flags: [String] = []
                if u.belowMinimum { flags.append(style.t("dưới mức tối thiểu", "below minimum")) }
                if u.aboveTarget { flags.append(style.t("sai số vượt mục tiêu", "margin above target")) }
                cells += [
                    style.percent(u.responseRate, places: 1), u.margin.isFinite ? style.percent(u.margin, places: 1) : "–",
                    flags.joined(separator: "; "),
                ]
            }
            t.add(cells)
        }
        return t
    }

    /// A line on the target, minimum and assumptions.
    public static func heading(_ p: FieldworkProgress, style: ReportStyle) -> String {
        var s =
            style.t("Sai số trên tỷ lệ hài lòng với p = ", "Margin of error on the satisfied share at p = ")
            + style.number(p.share, places: 2)
            + ", deff = " + style.number(p.designEffect, places: 2) + ", z = " + style.number(p.z, places: 3)
        if let t = p.target { s += style.t("; mục tiêu ", "; target ") + style.percent(t, places: 1) }
        if let m = p.minimum { s += style.t("; tối thiểu \(m) phiếu hợp lệ", "; minimum \(m) accepted forms") }
        return s
    }

    /// The forms not in the drawn sample, one line each (at most `limit`).
    public static func outsideLines(_ p: FieldworkProgress, style: ReportStyle, limit: Int = 20) -> String {
        guard !p.outside.isEmpty else { return "" }
        var s = style.t("Phiếu không thuộc mẫu đã rút (\(p.outside.count)):\n", "Forms not in the drawn sample (\(p.outside.count)):\n")
        for f in p.outside.prefix(limit) {
            s +=
                "  \(f.origin): "
                + (f.frameID.map { style.t("mã '\($0)' (\(f.unit))", "id '\($0)' (\(f.unit))") } ?? style.t("không có mã", "no id")) + "\n"
        }
        if p.outside.count > limit {
            s += "  … \(p.outside.count - limit)" + style.t(" phiếu khác (xem --format json)", " more (see --format json)") + "\n"
        }
        return s
    }

    /// JSON for one component.
    public static func json(_ p: FieldworkProgress) -> JSONValue {
        .object([
            ("target", JSONWriter.number(p.target)), ("minimum", p.minimum.map(JSONWriter.int) ?? .null),
            ("z", JSONWriter.number(p.z)), ("p", JSONWriter.number(p.share)), ("designEffect", JSONWriter.number(p.designEffect)),
            (
                "units",
                .array(
                    p.units.map { u in
                        .object([
                            ("unit", .string(u.unit)), ("N", JSONWriter.int(u.population)), ("planned", JSONWriter.int(u.planned)),
                            ("received", JSONWriter.int(u.received)), ("accepted", JSONWriter.int(u.accepted)),
                            ("rejected", JSONWriter.int(u.rejected)), ("fromSample", JSONWriter.int(u.fromSample)),
                            ("fromReserve", JSONWriter.int(u.fromReserve)), ("notInSample", JSONWriter.int(u.notInSample)),
                            ("duplicates", JSONWriter.int(u.duplicates)),
                            ("responseRate", JSONWriter.number(u.responseRate)), ("margin", JSONWriter.number(u.margin)),
                            ("belowMinimum", .bool(u.belowMinimum)), ("aboveTarget", .bool(u.aboveTarget)),
                        ])
                    })
            ),
            (
                "notInSample",
                .array(
                    p.outside.map { f in
                        .object([
                            ("origin", .string(f.origin)), ("frameId", f.frameID.map(JSONValue.string) ?? .null), ("unit", .string(f.unit)),
                        ])
                    })
            ),
        ])
    }
}
