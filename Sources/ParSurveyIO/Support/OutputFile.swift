import Foundation
import ParSurveyModel

/// Writing an output file whole or not at all: the text goes to a temporary file beside the
/// target, which is then renamed over it. An output never replaces an input file.
public enum OutputFile {
    /// Why an output could not be written.
    public enum Failure: ParSurveyError, Equatable {
        /// The output path is one of the inputs.
        case wouldOverwriteInput(path: String)
        /// The file could not be created or renamed.
        case cannotCreate(path: String, reason: String)

        public var exitCode: ExitCode {
            switch self {
            case .wouldOverwriteInput: return .usage
            case .cannotCreate: return .cannotCreate
            }
        }

        public var description: String {
            switch self {
            case let .wouldOverwriteInput(path): return "\(path): refusing to write the output over an input file"
            case let .cannotCreate(path, reason): return "\(path): cannot write output: \(reason)"
            }
        }
    }

    /// Writes `bytes` to `path` atomically. `inputs` are paths that must not be overwritten.
    public static func write(_ bytes: [UInt8], to path: String, inputs: [String] = []) throws(Failure) {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
            throw .wouldOverwriteInput(path: path)
        }
        let dir = (target as NSString).deletingLastPathComponent
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw .cannotCreate(path: path, reason: "folder \(dir) does not exist")
        }
        let temp = (dir as NSString).appendingPathComponent(".\((target as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temp, contents: Data(bytes)) else {
            throw .cannotCreate(path: path, reason: "cannot create a temporary file in \(dir)")
        }
        if rename(temp, target) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temp)
            throw .cannotCreate(path: path, reason: reason)
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String, inputs: [String] = []) throws(Failure) {
        try write(Array(text.utf8), to: path, inputs: inputs)
    }
}
