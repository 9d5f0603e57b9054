import Foundation

/// Reading whole input files as bytes, with a reason people understand when it fails.
public enum InputFile {
    /// Why a file could not be read.
    public struct ReadFailure: Error, Sendable {
        /// "no such file", "is a directory", ...
        public var reason: String
    }

    /// The file's bytes (a FIFO or pipe read as a stream, never waiting for ever; devices
    /// refused: see `InputSource`).
    public static func read(_ path: String) throws(ReadFailure) -> [UInt8] {
        try InputSource.readAll(path)
    }
}
