import Foundation

/// Runs the benchmark at 100k, 1M and 5M rows, each in its own process (so each size's peak
/// memory is its own), and compares the time per respondent with that at 1M.
enum ScalingRun {
    static let sizes = [100_000, 1_000_000, 5_000_000]

    static func run(_ options: BenchOptions) throws {
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        print(
            "scaling: \(sizes.map(String.init).joined(separator: ", ")) rows, \(options.reps) runs each (×10 at 100k); machine: \(Machine.description)"
        )
        var results: [(rows: Int, values: [String: Double])] = []
        for n in sizes {
            // A small file runs more times (up to 10× at 100k), so its median is as steady as
            // the large ones' on a shared machine: a 50 ms run feels a millisecond of noise.
            let reps = options.reps * min(10, max(1, 1_000_000 / n))
            var args = [
                "--rows", String(n), "--reps", String(reps), "--seed", String(options.seed),
                "--questions", String(options.questions), "--dir", options.dir, "--machine", "--no-pandas",
            ]
            if let w = options.workers { args += ["--workers", String(w)] }
            if let c = options.chunk { args += ["--chunk", String(c)] }
            guard let out = Tools.output(me, args), let line = out.split(separator: "\n").last(where: { $0.hasPrefix("RESULT") }) else {
                throw BenchError("the run at \(n) rows failed")
            }
            var values: [String: Double] = [:]
            for kv in line.split(separator: " ").dropFirst() {
                let p = kv.split(separator: "=")
                if p.count == 2, let v = Double(p[1]) { values[String(p[0])] = v }
            }
            results.append((n, values))
        }
        let reference = results.first { $0.rows == 1_000_000 }!.values
        print("medians (best run in brackets); time per respondent, and the change from 1M")
        print(
            "rows".padding(10, left: true) + "read ns/row".padding(20, left: true) + "read cpu ns/row".padding(17, left: true)
                + "total ns/row".padding(20, left: true) + "vs 1M: read, read cpu, total (best read, best total)".padding(56, left: true)
                + "peak MB".padding(9, left: true))
        func perRow(_ v: [String: Double], _ key: String, _ n: Int) -> Double { v[key]! * 1e9 / Double(n) }
        for (n, v) in results {
            let r = perRow(v, "read", n)
            let c = perRow(v, "readCPU", n)
            let t = perRow(v, "total", n)
            let rb = perRow(v, "readMin", n)
            let tb = perRow(v, "totalMin", n)
            func change(_ x: Double, _ key: String) -> String {
                String(format: "%+.1f%%", (x / perRow(reference, key, 1_000_000) - 1) * 100)
            }
            print(
                String(n).padding(10, left: true) + String(format: "%11.1f (%5.1f)%17.1f%12.1f (%5.1f)", r, rb, c, t, tb)
                    + ("  " + [change(r, "read"), change(c, "readCPU"), change(t, "total")].joined(separator: ", ")
                    + " (" + change(rb, "readMin") + ", " + change(tb, "totalMin") + ")").padding(56, left: true)
                    + String(format: "%9.0f", v["rssMB"]!))
        }
    }
}
