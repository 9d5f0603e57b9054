import ParSurveyModel
import ParSurveyReports
import ParSurveyScoring
extension ReportModel {
    /// Gathers the report of `run`: profiles of every unit, answer distributions across units and
    /// across each unit's groups (with Rao–Scott tests and Holm flags), provenance.
    public static func build(_ run: ParIndexRun, options: ReportOptions) throws -> ReportModel {
        let ranked = run.table.ranked
        var profiles: [UnitProfile] = []
        var distributions: [DistributionSection] = []
        var note: LocalizedText?
        var focus: String?
        if let f = options.focusUnit {
            guard let u = ranked.first(where: { TextKey.key($0.unit) == TextKey.key(f) }) else {
                throw ReportError.unknownUnit(unit: f, units: run.table.rows.map(\.unit))
            }
            focus = u.unit
        }
        if let k = run.components.firstIndex(where: { $0.component == .satisfaction }) {
            let result = run.components[k]
            for row in ranked {
                if let g = result.groups.first(where: { TextKey.key($0.group) == TextKey.key(row.unit) }) {
                    profiles.append(profile(g, questionnaire: result.questionnaire, rank: row.rank, of: row.of))
                }
            }
            if k < run.responses.count {
                let data = run.responses[k]
                let q = data.table.questionnaire
                let all = Array(q.questions.indices)
                let across = try GroupComparison.compare(data, by: "unit", questions: all, options: options.uncertainty)
                distributions.append(
                    DistributionSection(unit: nil, charts: charts(across.questions, q, perQuestion: false, total: true), perQuestion: false)
                )
                do {
                    for c in try GroupComparison.compareWithinUnits(data, by: options.groupBy, questions: all, options: options.uncertainty)
                    {
                        let perQuestion = focus.map { TextKey.key($0) == TextKey.key(c.unit) } ?? false
                        distributions.append(
                            DistributionSection(
                                unit: c.unit, charts: charts(c.result.questions, q, perQuestion: perQuestion, total: true),
                                perQuestion: perQuestion))
                    }
                } catch {
                    note = LocalizedText(
                        vi: "Không có so sánh theo \(options.groupBy): \(error.description)",
                        en: "No comparison by \(options.groupBy): \(error.description)")
                }
            }
        }
        // Batch names relative to the run folder: the report reads the same wherever the folder lies.
        var components = run.components
        for i in components.indices {
            for j in components[i].accounts.indices {
                components[i].accounts[j].file = Provenance.relative(components[i].accounts[j].file, to: run.manifest.folder)
            }
        }
        var model = ReportModel(
            title: run.manifest.title, year: run.manifest.year, date: options.date, table: run.table,
            components: components, profiles: profiles, distributions: distributions, distributionNote: note,
            groupedBy: options.groupBy, focusUnit: focus,
            provenance: try Provenance.of(run, toolVersion: options.toolVersion))
        model.addIndexSections(run, options: options)
        // Fieldwork against the drawn sample, for each component whose manifest entry names one.
        for spec in run.manifest.components where spec.sample != nil {
            let q = try Questionnaire.load(path: spec.questionnaire)
            if let (p, _) = try FieldworkProgress.of(manifest: run.manifest, component: spec, questionnaire: q) {
                model.fieldwork.append(TableSection.of(p, questionnaire: q))
            }
        }
        return model
    }

    static func profile(_ g: GroupScore, questionnaire q: Questionnaire, rank: Int, of: Int) -> UnitProfile {
        let criteria = g.criteria.enumerated().map { i, c in
            ProfileItem(
                id: c.id, label: q.questions[i].text, element: q.elements[q.questions[i].elementIndex].id,
                estimate: c.index, interval: c.confidenceInterval, answered: c.answered)
        }
        let order = criteria.indices.sorted { a, b in
            switch (criteria[a].estimate, criteria[b].estimate) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (nil, nil): return a < b
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        return UnitProfile(
            unit: g.group, rank: rank, of: of, respondents: g.respondents,
            overall: ProfileItem(id: "", label: q.title, estimate: g.index, interval: g.confidenceInterval),
            elements: g.elements.enumerated().map { i, e in
                ProfileItem(id: e.id, label: q.elements[i].title, estimate: e.index, interval: e.confidenceInterval)
            },
            criteria: order.map { criteria[$0] })
    }

    /// One chart per element (its questions' answers pooled; questions on different scales get
    /// a chart each) or per question.
    static func charts(_ questions: [QuestionComparison], _ q: Questionnaire, perQuestion: Bool, total: Bool) -> [LikertChart] {
        var out: [LikertChart] = []
        for (e, element) in q.elements.enumerated() {
            let members = questions.filter { $0.question.elementIndex == e }
            if members.isEmpty { continue }
            let sameScale = Set(members.map { $0.question.scaleIndex }).count == 1
            if perQuestion || !sameScale || members.count == 1 {
                for m in members { out.append(chart(id: m.question.id, title: m.question.text, [m], q)) }
            } else {
                out.append(chart(id: element.id, title: element.title, members, q))
            }
        }
        return out
    }

    /// Pools the crosstabs of `members` (same groups, same scale) into one chart.
    static func chart(id: String, title: LocalizedText, _ members: [QuestionComparison], _ q: Questionnaire) -> LikertChart {
        let first = members[0].crosstab
        let categories = LikertCategory.categories(of: q.scale(ofQuestion: members[0].questionIndex))
        let ng = first.groups.count
        let nk = first.categories.count
        var weighted = [[Double]](repeating: [Double](repeating: 0, count: nk), count: ng)
        var counts = [Int](repeating: 0, count: ng)
        for m in members {
            for g in 0..<ng {
                for k in 0..<nk { weighted[g][k] += m.crosstab.weighted[g][k] }
                counts[g] += m.crosstab.answered(g)
            }
        }
        func shares(_ w: [Double]) -> [Double] {
            let t = w.reduce(0, +)
            return t > 0 ? w.map { $0 / t } : []
        }
        var rows: [LikertRow] = (0..<ng).map { g in
            let below = members.filter { m in m.shares.contains { $0.group == first.groups[g] && $0.significantlyBelow } }.map(
                \.question.id)
            return LikertRow(
                label: first.groups[g], respondents: first.rows[g], answers: counts[g], shares: shares(weighted[g]),
                below: below, isTotal: false)
        }
        let sum = (0..<nk).map { k in weighted.reduce(0) { $0 + $1[k] } }
        rows.append(
            LikertRow(
                label: "", respondents: first.rows.reduce(0, +), answers: counts.reduce(0, +), shares: shares(sum),
                below: [], isTotal: true))
        let tests = members.map { m in
            QuestionTest(
                id: m.question.id, text: m.question.text, test: m.test,
                below: m.shares.filter(\.significantlyBelow).map(\.group), warnings: m.warnings.map(\.description))
        }
        return LikertChart(id: id, title: title, questions: members.map(\.question.id), categories: categories, rows: rows, tests: tests)
    }
}
