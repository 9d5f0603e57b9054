import ParSurveyModel
import ParSurveyScoring

/// Builds the annex's tables from a run's figures: rows in the published order (ranking group,
/// rank), the units' official names, STT restarting in each group, and the average row (each
/// numeric column's mean over the units that have a value, rounded half-up to 2 decimals).
struct AnnexBuilder {
    let input: AnnexInput
    let template: AnnexTemplate
    let language: Language
    let rows: [ParIndexRow]

    init(input: AnnexInput, template: AnnexTemplate, language: Language) {
        self.input = input
        self.template = template
        self.language = language
        rows = input.table.ranked
    }

    func t(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }
    /// A maximum as written in a header: `60`, `1,5` (vi) or `1.5` (en).
    func points(_ h: Int) -> String {
        if h % 100 == 0 { return String(h / 100) }
        return h % 10 == 0
            ? DecimalText.format(scaled: h / 10, places: 1, language: language) : DecimalText.format(scaled: h, language: language)
    }

    /// The unit's official name ("UBND huyện Tây Sơn").
    func name(_ row: ParIndexRow) -> String {
        template.unitName(row.unit, type: input.unitTypes[TextKey.key(row.unit)], language: language)
    }

    /// Unit rows in order, with group headings ("I. Xã, đặc khu") when the scheme ranks in
    /// groups; `cells(row, stt)` gives a unit's cells.
    func body(columns: Int, _ cells: (ParIndexRow, Int) -> [AnnexCell]) -> [AnnexRow] {
        var out: [AnnexRow] = []
        var group: String?
        var stt = 0
        var groupIndex = 0
        for r in rows {
            if let g = r.rankGroup, g.id != group {
                group = g.id
                groupIndex += 1
                stt = 0
                out.append(AnnexRow(kind: .group, cells: [.text(Self.roman(groupIndex)), .text(g.title.text(language))]))
            }
            stt += 1
            out.append(AnnexRow(kind: .unit, cells: cells(r, stt)))
        }
        if let label = template.averageRow {
            out.append(Self.average(of: out.filter { $0.kind == .unit }, columns: columns, label: label.text(language)))
        }
        return out
    }

    /// The average row: each column whose unit cells are numbers with two decimals gets the
    /// mean of the units that have a value (missing cells are left out), rounded half-up.
    static func average(of units: [AnnexRow], columns: Int, label: String) -> AnnexRow {
        var cells: [AnnexCell] = [.empty, .text(label)]
        for c in 2..<columns {
            var sum = 0
            var n = 0
            var numeric = true
            for r in units where c < r.cells.count {
                switch r.cells[c] {
                case let .hundredths(h):
                    sum += h
                    n += 1
                case .missing, .empty: break
                default: numeric = false
                }
            }
            cells.append(numeric && n > 0 ? .hundredths(meanHundredths(sum: sum, count: n)) : .empty)
        }
        return AnnexRow(kind: .average, cells: cells)
    }

    /// `sum / count` rounded half-up (away from zero) in whole hundredths.
    static func meanHundredths(sum: Int, count: Int) -> Int {
        sum >= 0 ? (2 * sum + count) / (2 * count) : -((2 * -sum + count) / (2 * count))
    }

    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n
        var s = ""
        for (v, r) in table {
            while n >= v {
                s += r
                n -= v
            }
        }
        return s
    }

    func component(_ source: SchemeComponent.Source) -> SchemeComponent? { input.table.scheme.component(source) }

    static func value(_ row: ParIndexRow, _ source: SchemeComponent.Source) -> AnnexCell {
        if row.missing.contains(source) { return .missing }
        switch source {
        case .selfAssessment: return .hundredths(row.selfAssessment)
        case .satisfaction: return .hundredths(row.satisfaction)
        case .leadership: return .hundredths(row.leadership)
        }
    }

    /// STT, unit, the components, bonus minus penalty (when the scheme has such items), total,
    /// grade (when the scheme has bands and the template shows them), rank.
    func indexTable(_ sources: [SchemeComponent.Source], caption: LocalizedText?) -> AnnexTable {
        let scheme = input.table.scheme
        let comps = sources.compactMap(component)
        let grade = template.showGrade && !scheme.grades.isEmpty
        var headers = [t("STT", "No."), t("Đơn vị", "Unit")]
        headers += comps.map { "\($0.title.text(language)) (\(points($0.maxPoints)) \(t("điểm", "points")))" }
        let adjustments = !scheme.adjustments.isEmpty
        if adjustments { headers.append(t("Điểm thưởng, điểm trừ", "Bonus, penalty")) }
        headers.append(t("Tổng điểm", "Total") + " (\(points(scheme.totalPoints)) \(t("điểm", "points")))")
        if grade { headers.append(t("Xếp loại", "Grade")) }
        headers.append(t("Xếp hạng", "Rank"))
        let tableRows = body(columns: headers.count) { r, stt in
            var c: [AnnexCell] = [.integer(stt), .text(name(r))]
            c += comps.map { Self.value(r, $0.source) }
            if adjustments { c.append(.hundredths(r.adjustment)) }
            c.append(.hundredths(r.total))
            if grade { c.append(r.grade.map { .text($0.title.text(language)) } ?? .empty) }
            c.append(.integer(r.rank))
            return c
        }
        return AnnexTable(
            caption: caption?.text(language) ?? t("Kết quả Chỉ số cải cách hành chính", "PAR Index results"), headers: headers,
            rows: tableRows)
    }

    /// STT, unit, each listed criterion's score, the self-assessment component.
    func selfAssessmentTable(_ criteria: [String], caption: LocalizedText?) -> AnnexTable {
        let scheme = input.table.scheme
        let tree = Dictionary(scheme.allCriteria.map { ($0.criterion.id, $0.criterion) }, uniquingKeysWith: { a, _ in a })
        var items: [String: [String: Int]] = [:]
        if let sa = input.selfAssessment {
            for u in sa.units {
                var d: [String: Int] = [:]
                for i in sa.items[u] ?? [] { d[i.criterion] = i.score }
                items[TextKey.key(u)] = d
            }
        }
        let comp = component(.selfAssessment)
        var headers = [t("STT", "No."), t("Đơn vị", "Unit")]
        headers += criteria.map { id in
            let c = tree[id]
            return "\(id). \(c?.title.text(language) ?? "") (\(points(c?.maxPoints ?? 0)))"
        }
        headers.append(t("Tổng", "Total") + " (\(points(comp?.maxPoints ?? 0)) \(t("điểm", "points")))")
        let tableRows = body(columns: headers.count) { r, stt in
            var c: [AnnexCell] = [.integer(stt), .text(name(r))]
            let d = items[TextKey.key(r.unit)]
            c += criteria.map { id in d?[id].map { .hundredths($0) } ?? .missing }
            c.append(Self.value(r, .selfAssessment))
            return c
        }
        return AnnexTable(
            caption: caption?.text(language)
                ?? t("Kết quả tự đánh giá, thẩm định theo lĩnh vực", "Appraised self-assessment by field"),
            headers: headers, rows: tableRows)
    }

    /// STT, unit, each element's index (%), the component's index (%) and points; nil when
    /// the run has no such survey.
    func surveyTable(
        _ source: SchemeComponent.Source, elements: [String]?, caption: LocalizedText?, path: String
    ) throws(AnnexError) -> AnnexTable? {
        let want: Component = source == .satisfaction ? .satisfaction : .leadership
        guard let result = input.components.first(where: { $0.component == want }), let comp = component(source) else { return nil }
        let q = result.questionnaire
        let ids = elements ?? q.elements.map(\.id)
        var titles: [String] = []
        for (j, id) in ids.enumerated() {
            guard let e = q.elements.first(where: { TextKey.key($0.id) == TextKey.key(id) }) else {
                throw AnnexError(
                    path: "\(path.hasPrefix("annex.") ? String(path.dropFirst(6)) : path).elements[\(j)]",
                    element: id, questionnaire: q.id, elements: q.elements.map(\.id))
            }
            titles.append("\(e.id). \(e.title.text(language)) (%)")
        }
        var groups: [String: GroupScore] = [:]
        for g in result.groups { groups[TextKey.key(g.group)] = g }
        var headers = [t("STT", "No."), t("Đơn vị", "Unit")] + titles
        headers.append(t("Chỉ số chung (%)", "Overall index (%)"))
        headers.append(t("Điểm", "Points") + " (\(points(comp.maxPoints)))")
        let tableRows = body(columns: headers.count) { r, stt in
            var c: [AnnexCell] = [.integer(stt), .text(name(r))]
            let g = groups[TextKey.key(r.unit)]
            c += ids.map { id in
                let e = g?.elements.first { TextKey.key($0.id) == TextKey.key(id) }
                return e?.index.map { .hundredths(DecimalText.roundedScaled($0 * 100)) } ?? .missing
            }
            c.append(g?.index.map { .hundredths(DecimalText.roundedScaled($0 * 100)) } ?? .missing)
            c.append(Self.value(r, source))
            return c
        }
        let defaultCaption =
            source == .satisfaction
            ? t("Kết quả khảo sát sự hài lòng của người dân, tổ chức theo yếu tố", "Citizen satisfaction survey by element")
            : t("Kết quả khảo sát lãnh đạo, quản lý theo lĩnh vực", "Leaders' survey by area")
        return AnnexTable(caption: caption?.text(language) ?? defaultCaption, headers: headers, rows: tableRows)
    }

    /// Notes for rows whose total was rescaled or that lack a component.
    func notes() -> [String] {
        var out: [String] = []
        for r in rows where !r.missing.isEmpty {
            let names = r.missing.compactMap { component($0)?.title.text(language) }.joined(separator: "; ")
            var s = name(r) + ": " + t("không có kết quả ", "no result for ") + names
            if r.scale != 1 {
                s += t(
                    "; tổng điểm các thành phần có kết quả được quy đổi về thang \(points(input.table.scheme.totalPoints)) điểm",
                    "; the present components' sum is rescaled to \(points(input.table.scheme.totalPoints)) points")
            }
            out.append(s + ".")
        }
        return out
    }
}
