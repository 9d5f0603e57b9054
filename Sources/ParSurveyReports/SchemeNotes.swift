import ParSurveyModel
import ParSurveyIO
import ParSurveyScoring
/// The parts of the index report that a scheme, register or crosswalk adds: notes under the
/// table (missing components, rescaled totals, derived and not comparable previous figures)
/// and the matching JSON fields. Nothing is added for a scheme without these features.
enum SchemeNotes {
    /// A maximum as written in headers: `60`, `27,5`.
    static func maxText(_ h: Int, _ style: ReportStyle) -> String {
        if h % 100 == 0 { return String(h / 100) }
        var t = style.points(h)
        if t.hasSuffix("0") { t.removeLast() }
        return t
    }

    /// Notes to print under the table.
    static func notes(_ table: ParIndexTable, style: ReportStyle) -> [String] {
        var out: [String] = []
        let s = table.scheme
        if table.rows.contains(where: { !$0.missing.isEmpty }) {
            switch s.missingComponent {
            case .rescale:
                out.append(
                    style.t(
                        "— thiếu thành phần; † tổng của các thành phần còn lại quy đổi về thang \(maxText(s.totalPoints, style)) điểm.",
                        "— component missing; † the present components' sum rescaled to the \(maxText(s.totalPoints, style))-point scale."))
            case .zero:
                out.append(style.t("— thiếu thành phần, tính 0 điểm.", "— component missing, counted as 0 points."))
            case .refuse: break
            }
        }
        let derived = table.ranked.filter { $0.previous?.derived == true }
        if !derived.isEmpty {
            out.append(
                style.t(
                    "* Kết quả năm trước suy ra qua bảng chuyển đổi đơn vị: bình quân các đơn vị cũ, trọng số = tỷ lệ × dân số; không có hạng năm trước.",
                    "* Previous year derived through the unit crosswalk: mean of the old units weighted by share × population; no previous rank."
                ))
            for r in derived { out.append("  " + r.unit + " ← " + derivation(r.previous!, style)) }
        }
        if table.rows.contains(where: { $0.previousNotComparable }) {
            out.append(
                style.t(
                    "Không so sánh được: đơn vị mới tách từ đơn vị cũ mà bảng chuyển đổi không cho tỷ lệ.",
                    "Not comparable: a new unit split from an old one without shares in the crosswalk."))
        }
        return out
    }

    /// How a derived previous figure was made, with shares in the style's decimal sign
    /// ("0,60 × Xã A + Xã B" in Vietnamese, "0.60 × Xã A + Xã B" in English).
    static func derivation(_ p: PreviousYearRow, _ style: ReportStyle) -> String {
        guard !p.derivationSources.isEmpty else { return p.derivation }
        return p.derivationSources.map { src in
            (src.share.map { DecimalText.format($0, places: 2, language: style.language) + " × " } ?? "") + src.unit
        }.joined(separator: " + ")
    }

    /// Per-unit JSON fields of the scheme's features (none for a plain 60/30/10 scheme).
    static func jsonFields(_ r: ParIndexRow, scheme: IndexScheme) -> [(key: String, value: JSONValue)] {
        var out: [(key: String, value: JSONValue)] = []
        if !scheme.rankingGroups.isEmpty { out.append(("rankGroup", r.rankGroup.map { .string($0.id) } ?? .null)) }
        if !scheme.adjustments.isEmpty { out.append(("adjustment", JSONWriter.hundredths(r.adjustment))) }
        if !scheme.grades.isEmpty { out.append(("grade", r.grade.map { .string($0.id) } ?? .null)) }
        if scheme.missingComponent != .refuse {
            out.append(("missing", .array(r.missing.map { .string($0.rawValue) })))
            out.append(("rescaled", .bool(r.scale != 1)))
        }
        return out
    }

    /// Top-level JSON fields: the scheme (unless it is the shipped default) and notes.
    static func jsonTop(_ table: ParIndexTable) -> [(key: String, value: JSONValue)] {
        var out: [(key: String, value: JSONValue)] = []
        if table.scheme != .binhDinh2021District {
            out.append(
                (
                    "scheme",
                    .object([
                        ("id", .string(table.scheme.id)), ("totalPoints", JSONWriter.hundredths(table.scheme.totalPoints)),
                        ("missingComponent", .string(table.scheme.missingComponent.rawValue)),
                    ])
                ))
        }
        let notes = self.notes(table, style: ReportStyle(format: .json, language: .en))
        if !notes.isEmpty { out.append(("notes", .array(notes.map { .string($0.trimmingCharacters(in: [" "])) }))) }
        return out
    }
}
