import ParSurvey

/// Checks on a command's outputs made before any work is done (the per-file checks are in
/// `OutputTarget`, which every writer goes through).
public enum OutputSafety {
    /// Options that name an output file.
    static let outputOptions = ["--output", "--rejects"]

    /// Installs the handlers that remove temporary output files on SIGINT/SIGTERM; call it
    /// first in `main`, before other threads exist.
    public static func installSignalHandlers() {
        TemporaryFiles.installSignalHandlers()
    }

    /// Refuses two output options naming one file (`--output F --rejects F`, however
    /// spelt): one output would replace the other. Devices and FIFOs may be shared
    /// (`--output /dev/null --rejects /dev/null`).
    static func checkDistinctOutputs(_ args: Arguments) throws(UsageError) {
        let named = outputOptions.compactMap { o in args.value(o).map { (o, $0) } }.filter { $0.1 != "-" }
        for i in named.indices {
            for j in named.indices where j > i && FileIdentity.same(named[i].1, named[j].1) {
                if let id = FileIdentity.of(named[i].1), id.isCharacterDevice || id.isFIFO { continue }
                throw UsageError(
                    "\(named[i].0) and \(named[j].0) name the same file '\(named[j].1)': one output would replace the other",
                    vi: "\(named[i].0) và \(named[j].0) cùng chỉ tệp “\(named[j].1)”: kết quả này sẽ ghi đè kết quả kia")
            }
        }
    }
}
