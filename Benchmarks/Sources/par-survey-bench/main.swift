// par-survey-bench: times the pipeline stage by stage on a generated survey.
//
//   cd Benchmarks && swift run -c release par-survey-bench [--rows N] [--reps K] [--scaling] [--no-pandas]
//
// See BENCHMARKS.md for what it measures and recorded figures.
import Foundation
import ParSurvey

let usage = """
    Usage: par-survey-bench [options]

    Generates a survey (id, commune, gender, age_group, rtype, weight, q1..qQ; the layout of
    gen.py) once into --dir, then times each stage over --reps runs and prints medians and the
    process's peak memory; also `wc -l` on the same file (the floor) and, when python3 with
    pandas is there, the pandas pipeline (Scripts/bench_pandas.py) with the ratio.

    Options:
      --rows N          respondents (default 1000000)
      --questions Q     questions (default 22)
      --reps K          runs per stage (default 5)
      --seed S          generator seed (default 1)
      --file CSV        use this responses file (columns as gen.py's) instead of generating
      --dir DIR         where generated files are kept (default .build/par-survey-bench)
      --workers W       reader threads (default: one per core)
      --chunk BYTES     reader window size (default 4 MiB)
      --verify          also read with one window and one thread and check the report is identical
      --no-pandas       skip the pandas comparison
      --scaling         run 100k, 1M and 5M rows (each in its own process) and compare time per row
      --villages V      two-stage design: a village column (V villages in the communes) and
                        population columns; the plan gets "design": {"ids": ["commune", "village"],
                        "fpc": ["communes_N", "villages_N"]} (issue 18; e.g. --villages 2000)
      --only STAGE      load once, then time only STAGE (read, weight, estimate, report, compare, audit) --reps times

    """

struct BenchOptions {
    var rows = 1_000_000
    var questions = 22
    var reps = 5
    var seed: UInt64 = 1
    var file: String?
    var dir = ".build/par-survey-bench"
    var workers: Int?
    var chunk: Int?
    var verify = false
    var pandas = true
    var scaling = false
    var only: String?
    var machine = false  // one summary line (used by --scaling)
    var villages = 0  // > 0: two-stage design (villages within communes)

    init(_ args: [String]) throws {
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < args.count else { throw BenchError("\(args[i - 1]) needs a value") }
            return args[i]
        }
        func int() throws -> Int {
            let v = try value()
            guard let n = Int(v.replacingOccurrences(of: "_", with: "")), n > 0 else { throw BenchError("not a positive number: \(v)") }
            return n
        }
        while i < args.count {
            switch args[i] {
            case "--rows": rows = try int()
            case "--questions": questions = try int()
            case "--reps": reps = try int()
            case "--seed": seed = UInt64(try int())
            case "--file": file = try value()
            case "--dir": dir = try value()
            case "--workers": workers = try int()
            case "--chunk": chunk = try int()
            case "--verify": verify = true
            case "--no-pandas": pandas = false
            case "--scaling": scaling = true
            case "--only": only = try value()
            case "--machine": machine = true
            case "--villages": villages = try int()
            case "--help", "-h":
                print(usage, terminator: "")
                exit(0)
            default: throw BenchError("unknown option \(args[i])\n\n" + usage)
            }
            i += 1
        }
    }
}

do {
    let options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
    if let stage = options.only {
        try StageRun(options: options, stage: stage).run()
    } else if options.scaling {
        try ScalingRun.run(options)
    } else {
        try BenchRun(options).run()
    }
} catch {
    FileHandle.standardError.write(Data("par-survey-bench: \(error)\n".utf8))
    exit(1)
}
