import Foundation

extension OutputFile {
    /// Creates the output folder `path` (and its parents) when it does not exist yet.
    /// Throws `cannotCreate` when it cannot be made or a file of that name is in the way.
    public static func makeFolder(_ path: String) throws(Failure) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { return }
            throw .cannotCreate(path: path, reason: "a file of that name is in the way of the output folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: path, reason: "cannot create the output folder (\(error.localizedDescription))")
        }
    }
}
