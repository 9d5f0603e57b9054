import Foundation

/// The pandas + numpy pipeline (`Scripts/bench_pandas.py`) on the same file, when python3
/// with pandas is installed, and how ours compares.
enum PandasBaseline {
    static func run(data: String, margins: String, reps: Int, oursRead: Double, oursTotal: Double) {
        let script = Paths.repo("Scripts/bench_pandas.py")
        guard Tools.time("/usr/bin/env", ["python3", "-c", "import pandas, numpy"]) != nil else {
            print("pandas: python3 with pandas not found; comparison skipped")
            return
        }
        print("\npandas (\(script), \(reps) runs each): step,median_s,runs,note")
        guard let out = Tools.output("/usr/bin/env", ["python3", script, data, margins, String(reps)], echo: true) else {
            print("pandas: the script failed; comparison skipped")
            return
        }
        var median: [String: Double] = [:]
        for line in out.split(separator: "\n") {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            if f.count >= 2, let v = Double(f[1]) { median[String(f[0])] = v }
        }
        if let c = median["read_csv_c"] {
            print(String(format: "read: pandas C engine %.3f s / ours %.3f s = %.1f×", c, oursRead, c / oursRead))
        }
        if let a = median["read_csv_pyarrow"] {
            print(String(format: "read: pandas pyarrow %.3f s / ours %.3f s = %.1f×", a, oursRead, a / oursRead))
        }
        // The full pandas job: the faster of its two reads in this run (so the ratio is never
        // flattered by a slow engine), shares with SEs overall and by commune, raking.
        let reads = ["read_csv_c", "read_csv_pyarrow"].filter { median[$0] != nil }
        guard let read = reads.min(by: { median[$0]! < median[$1]! }) else { return }
        let job = [read, "shares_means_overall_numpy_se", "shares_by_commune_numpy_se", "rake3_numpy_ipf"]
        if job.allSatisfy({ median[$0] != nil }) {
            let p = job.reduce(0) { $0 + median[$1]! }
            print(
                "job: pandas " + String(format: "%.3f s", p) + " (" + job.joined(separator: " + ") + ") / ours "
                    + String(format: "%.3f s = %.1f×", oursTotal, p / oursTotal)
                    + " (ours: read+validate, rake, shares with SEs overall and by commune, indices, points, report)")
        }
    }
}
