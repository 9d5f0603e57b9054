import Foundation

/// Reading whole input files as bytes, with a reason people understand when it fails.
public enum InputFile {
    /// Why a file could not be read.
    public struct ReadFailure: Error, Sendable {
        /// "no such file", "is a directory", ...
        public var reason: String
    }

    /// The file's bytes.
    public static func read(_ path: String) throws(ReadFailure) -> [UInt8] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ReadFailure(reason: "no such file")
        }
        if isDir.boolValue { throw ReadFailure(reason: "is a directory, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadFailure(reason: "permission denied or unreadable")
        }
        return [UInt8](data)
    }
}
