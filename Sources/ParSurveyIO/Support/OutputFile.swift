import Foundation
import ParSurveyModel

/// Writing an output file whole or not at all: the text goes to a temporary file beside the
/// target, which is then renamed over it. An output never replaces an input file; devices
/// and FIFOs are written through (see `OutputTarget`).
public enum OutputFile {
    /// Why an output could not be written.
    public enum Failure: ParSurveyError, Equatable {
        /// The output path is one of the inputs.
        case wouldOverwriteInput(path: String)
        /// The file could not be created or renamed.
        case cannotCreate(path: String, reason: String)
        /// The output path is another output of the same run (`--output F --rejects F`).
        case wouldOverwriteOutput(path: String, other: String)

        public var kind: ErrorKind {
            switch self {
            case .wouldOverwriteInput: return "output.wouldOverwriteInput"
            case .cannotCreate: return "output.cannotCreate"
            case .wouldOverwriteOutput: return "output.wouldOverwriteOutput"
            }
        }

        public var description: String {
            switch self {
            case let .wouldOverwriteInput(path): return "\(path): refusing to write the output over an input file"
            case let .cannotCreate(path, reason): return "\(path): cannot write output: \(reason)"
            case let .wouldOverwriteOutput(path, other):
                return "\(path): refusing to write two outputs to one file (already written as \(other))"
            }
        }
    }

    /// Writes `bytes` to `path` atomically. `inputs` are paths that must not be overwritten.
    public static func write(_ bytes: [UInt8], to path: String, inputs: [String] = []) throws(Failure) {
        try OutputTarget.write(bytes, to: path, inputs: inputs)
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String, inputs: [String] = []) throws(Failure) {
        try write(Array(text.utf8), to: path, inputs: inputs)
    }
}
