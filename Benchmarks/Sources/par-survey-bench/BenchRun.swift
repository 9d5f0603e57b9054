import Foundation
import ParSurvey

/// One benchmark at one size: data, stage timings, floor, pandas.
struct BenchRun {
    let options: BenchOptions

    init(_ options: BenchOptions) { self.options = options }

    /// Stage names in pipeline order; the first `jobStages` make the full job.
    static let stages = ["read+validate", "weight (rake)", "estimate (SEs)", "report", "compare", "compare report"]
    /// The stages of the full job (read, validate, rake, shares with SEs, report).
    static let jobStages = 4

    /// What every run reads and applies: the data file, the questionnaire, the raking plan,
    /// the column mapping and the reader settings from the options.
    struct Setup {
        let data: String
        let margins: String
        let questionnaire: Questionnaire
        let plan: WeightingPlan
        let mapping = ColumnMapping(id: "id", unit: "commune", weight: "weight")
        let tuning: BatchLoader.Tuning
    }

    /// The data (generated once) and everything read with it.
    func setup() throws -> Setup {
        let (data, margins) = try dataFiles()
        var tuning = BatchLoader.Tuning()
        if let w = options.workers { tuning.workers = w }
        if let c = options.chunk { tuning.chunkSize = c }
        return Setup(
            data: data, margins: margins, questionnaire: try Questionnaire.load(path: Paths.repo("Questionnaires/sipas-citizen.json")),
            plan: try RakingPlan.make(margins: margins, data: data, dir: options.dir, twoStage: options.villages > 0), tuning: tuning)
    }

    func run() throws {
        let o = options
        let setup = try setup()
        let (data, questionnaire, plan, mapping, tuning) = (setup.data, setup.questionnaire, setup.plan, setup.mapping, setup.tuning)
        let size = (try? FileManager.default.attributesOfItem(atPath: data)[.size] as? Int) ?? 0
        if !o.machine {
            print(
                "par-survey-bench: \(data) (\(Self.megabytes(size)) MB), \(o.reps) runs, reader: \(tuning.workers) workers, \(tuning.chunkSize >> 10) KiB windows"
            )
            print("machine: \(Machine.description)")
        }

        var times = [[Double]](repeating: [], count: Self.stages.count)
        var cpuTimes = [[Double]](repeating: [], count: Self.stages.count)
        var rows = 0
        var firstReport = ""
        var firstComparison = ""
        var sweeps = 0
        for rep in 0..<o.reps {
            var t = [Double]()
            var cpu = [Double]()
            var clock = Stopwatch()
            var cpuClock = CPUStopwatch()
            var loader = BatchLoader(questionnaire: questionnaire, mapping: mapping)
            loader.tuning = tuning
            try loader.load(path: data)
            t.append(clock.lap())
            cpu.append(cpuClock.lap())
            let weighting = try WeightingEngine.apply(plan, to: loader.table, columns: mapping)
            t.append(clock.lap())
            cpu.append(cpuClock.lap())
            let result = try ComponentScorer.score(weighting.weighted, accounts: loader.accounts, rejects: loader.rejects)
            t.append(clock.lap())
            cpu.append(cpuClock.lap())
            let report = ComponentReport.render(result, style: ReportStyle(format: .json, language: .en))
            t.append(clock.lap())
            cpu.append(cpuClock.lap())
            let comparison = try GroupComparison.compare(weighting.weighted, by: "unit", questions: Array(questionnaire.questions.indices))
            t.append(clock.lap())
            cpu.append(cpuClock.lap())
            let comparisonReport = ComparisonReport.render(comparison, style: ReportStyle(format: .json, language: .en))
            t.append(clock.lap())
            cpu.append(cpuClock.lap())
            for k in t.indices {
                times[k].append(t[k])
                cpuTimes[k].append(cpu[k])
            }
            rows = loader.table.rowCount
            sweeps = weighting.diagnostics.steps.compactMap(\.sweeps).reduce(0, +)
            if rep == 0 {
                firstReport = report
                firstComparison = comparisonReport
            } else if report != firstReport || comparisonReport != firstComparison {
                throw BenchError("run \(rep + 1) gave a different report")
            }
        }
        let peak = Machine.peakResidentMegabytes()
        let medians = times.map(Self.median)
        let cpuMedians = cpuTimes.map(Self.median)
        let jobRuns = (0..<o.reps).map { r in times.prefix(Self.jobStages).reduce(0) { $0 + $1[r] } }
        let total = Self.median(jobRuns)

        if o.machine {
            print(
                "RESULT rows=\(rows) bytes=\(size) "
                    + zip(["read", "weight", "estimate", "report", "compare", "compareReport"], medians).map { "\($0)=\($1)" }.joined(
                        separator: " ")
                    + " readCPU=\(cpuMedians[0]) readMin=\(times[0].min()!) totalMin=\(jobRuns.min()!)"
                    + " total=\(total) rssMB=\(peak)")
            return
        }
        print("")
        print(
            "stage".padding(16) + "median s".padding(10, left: true) + "  ns/row".padding(10, left: true)
                + "   cpu s".padding(10, left: true) + " cpu min".padding(9, left: true) + "   runs (wall s)")
        for (k, name) in Self.stages.enumerated() {
            print(
                name.padding(16) + Self.seconds(medians[k]).padding(10, left: true)
                    + String(format: "%10.1f", medians[k] * 1e9 / Double(max(rows, 1)))
                    + Self.seconds(cpuMedians[k]).padding(10, left: true) + Self.seconds(cpuTimes[k].min() ?? .nan).padding(9, left: true)
                    + "   "
                    + times[k].map(Self.seconds).joined(separator: " "))
        }
        print(
            "full job".padding(16) + Self.seconds(total).padding(10, left: true)
                + String(format: "%10.1f", total * 1e9 / Double(max(rows, 1)))
                + "   (read+validate, rake, 22 shares with SEs by commune and overall, indices, points, report)")
        let compareRuns = (0..<o.reps).map { r in times[4][r] + times[5][r] }
        print(
            "compare total".padding(16) + Self.seconds(Self.median(compareRuns)).padding(10, left: true)
                + "   (\(questionnaire.questions.count) questions × communes, Rao–Scott tests, Holm flags; JSON)")
        print("raking: \(sweeps) sweeps")
        print("rows \(rows); peak resident memory \(peak) MB (whole process, all runs)")

        // Timed by bash's `time` around `wc -l` (timing the spawn from here would add ~40 ms).
        let wc = Self.median(
            (0..<o.reps).compactMap { _ in
                Tools.output("/usr/bin/env", ["bash", "-c", "TIMEFORMAT=%R; { time wc -l \"$1\" > /dev/null; } 2>&1", "_", data])
                    .flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            })
        print(
            "wc -l".padding(16) + Self.seconds(wc).padding(10, left: true)
                + "   (floor; total is \(String(format: "%.0f", total / wc))× wc -l)")

        if o.verify {
            var loader = BatchLoader(questionnaire: questionnaire, mapping: mapping)
            loader.tuning = .sequential
            try loader.load(path: data)
            let weighted = try WeightingEngine.apply(plan, to: loader.table, columns: mapping).weighted
            let result = try ComponentScorer.score(weighted, accounts: loader.accounts, rejects: loader.rejects)
            let same = ComponentReport.render(result, style: ReportStyle(format: .json, language: .en)) == firstReport
            print("verify: one window, one thread → report \(same ? "identical" : "DIFFERENT")")
            if !same { throw BenchError("the sequential read gave a different report") }
        }
        if o.pandas { PandasBaseline.run(data: data, margins: setup.margins, reps: min(o.reps, 3), oursRead: medians[0], oursTotal: total) }
    }

    /// The responses and margins files (generated once per size and seed).
    func dataFiles() throws -> (String, String) {
        let o = options
        if let f = o.file {
            let m = f.hasSuffix(".csv") ? String(f.dropLast(4)) + "_margins.csv" : f + "_margins.csv"
            return (f, m)
        }
        try FileManager.default.createDirectory(atPath: o.dir, withIntermediateDirectories: true)
        let base = "\(o.dir)/survey-\(o.rows)-q\(o.questions)-s\(o.seed)" + (o.villages > 0 ? "-v\(o.villages)" : "")
        let data = base + ".csv"
        let margins = base + "_margins.csv"
        if !FileManager.default.fileExists(atPath: data) || !FileManager.default.fileExists(atPath: margins) {
            var clock = Stopwatch()
            try SurveyGenerator(rows: o.rows, questions: o.questions, seed: o.seed, villages: o.villages).write(
                to: data + ".tmp", marginsPath: margins)
            try FileManager.default.moveItem(atPath: data + ".tmp", toPath: data)
            if !o.machine { print("generated \(data) in \(Self.seconds(clock.lap())) s") }
        }
        return (data, margins)
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        if s.isEmpty { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func seconds(_ x: Double) -> String { String(format: "%.3f", x) }
    static func megabytes(_ b: Int) -> String { String(format: "%.0f", Double(b) / 1e6) }
}

/// Processor time of the whole process (all threads) between laps.
struct CPUStopwatch {
    private var last = CPUStopwatch.now()

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// CPU seconds since the previous lap (or creation).
    mutating func lap() -> Double {
        let now = Self.now()
        defer { last = now }
        return now - last
    }
}

/// Elapsed wall time between laps.
struct Stopwatch {
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Seconds since the previous lap (or creation).
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}

extension String {
    func padding(_ width: Int, left: Bool = false) -> String {
        let pad = String(repeating: " ", count: max(0, width - count))
        return left ? pad + self : self + pad
    }
}
