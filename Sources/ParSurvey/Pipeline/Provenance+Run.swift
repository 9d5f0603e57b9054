import Foundation
import ParSurveyIO
import ParSurveyModel
import ParSurveyReports
import ParSurveyWeighting

// The provenance of a whole run (moved here from the Reports module, which does not know
// the pipeline).
extension Provenance {
    /// Reads and hashes every file of `run`.
    public static func of(_ run: ParIndexRun, toolVersion: String) throws(InputFile.ReadFailure) -> Provenance {
        let m = run.manifest
        let folder = m.folder
        var seen = Set<String>()
        var list: [(LocalizedText, String)] = []
        func add(_ vi: String, _ en: String, _ path: String?) {
            guard let path, seen.insert(standardized(path)).inserted else { return }
            list.append((LocalizedText(vi: vi, en: en), path))
        }
        add("Tệp khai báo", "Manifest", m.path)
        var weighting: [Weighting] = []
        for (i, spec) in m.components.enumerated() {
            add("Bộ câu hỏi", "Questionnaire", spec.questionnaire)
            for b in spec.batches { add("Phiếu khảo sát", "Survey batch", b) }
            let title = i < run.components.count ? run.components[i].questionnaire.title : LocalizedText(vi: "", en: "")
            if let p = spec.weighting {
                add("Kế hoạch trọng số", "Weighting plan", p)
                for t in (try? WeightingPlan.load(path: p)).map(targetFiles) ?? [] { add("Số liệu dân số", "Population targets", t) }
                let d = i < run.components.count ? run.components[i].weightingDiagnostics : nil
                weighting.append(
                    Weighting(
                        component: title, plan: relative(p, to: folder), description: d?.description ?? "",
                        steps: d?.steps.map { "\($0.path): \($0.summary)" } ?? [],
                        vietnamese: d.map { d in
                            (WeightingReport.description(d, .vi), d.steps.map(WeightingReport.vietnameseStep))
                        }))
            } else {
                weighting.append(
                    Weighting(component: title, plan: nil, description: i < run.responses.count ? run.responses[i].method : "", steps: []))
            }
        }
        add("Tự đánh giá", "Self-assessment", m.selfAssessment)
        add("Kết quả năm trước", "Previous year", m.previous)
        // the files that decide points, names and validity are hashed too
        add("Bộ tiêu chí chấm điểm", "Index scheme", m.scheme)
        add("Danh mục đơn vị", "Unit register", m.register)
        add("Bảng chuyển đổi đơn vị", "Unit crosswalk", m.crosswalk)
        var files: [InputRecord] = []
        for (role, path) in list {
            let (hex, bytes) = try SHA256.file(path)
            files.append(InputRecord(role: role, path: relative(path, to: folder), bytes: bytes, sha256: hex))
        }
        let first = run.components.first
        return Provenance(
            files: files, questionnaires: run.components.map { ($0.questionnaire.id, $0.questionnaire.version, $0.questionnaire.title) },
            weighting: weighting, toolVersion: toolVersion, rankSimulation: run.table.rankSimulation,
            confidenceLevel: first?.confidenceLevel, varianceMethod: first?.varianceMethod)
    }

    /// CSV files a plan reads its targets from.
    static func targetFiles(_ plan: WeightingPlan) -> [String] {
        var sources: [String] = []
        for step in plan.steps {
            switch step {
            case let .postStratify(s): sources.append(s.margin.targets.source)
            case let .rake(s): sources += s.margins.map(\.targets.source)
            case let .groupShares(s): if let t = s.shares { sources.append(t.source) }
            default: break
            }
        }
        return sources.filter { FileManager.default.fileExists(atPath: $0) }
    }

    static func standardized(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
}
