import ParSurveyIO
import ParSurveyModel

extension OutputFile.Failure: LocalizedErrorMessage {
    /// The message of an output that was not written.
    public var localizedMessage: LocalizedText {
        switch self {
        case let .wouldOverwriteInput(path):
            return LocalizedText(
                vi: "\(path): không ghi kết quả đè lên tệp dữ liệu đầu vào", en: "\(path): refusing to write the output over an input file")
        case let .cannotCreate(path, reason):
            return LocalizedText(
                vi: "\(path): không ghi được tệp kết quả: \(SystemReason.vietnamese(reason))", en: "\(path): cannot write output: \(reason)"
            )
        case let .wouldOverwriteOutput(path, other):
            return LocalizedText(
                vi: "\(path): không ghi hai kết quả vào cùng một tệp (tệp này đã được dùng cho \(other))",
                en: "\(path): refusing to write two outputs to one file (already written as \(other))")
        }
    }
}
