import Foundation
import ParSurvey

/// Progress of a long run on standard error: the stage, rows read, the reading rate. Shown
/// only when standard error is a terminal and `--quiet` is not given, and only once the run
/// has taken longer than `CommandIO.progressDelay`; one line, redrawn in place at most five
/// times a second, and erased at the end.
final class ProgressDisplay: @unchecked Sendable {
    private let io: CommandIO
    private let enabled: Bool
    private let started = Date()
    private var lastDraw: Date?
    private var stage = ""
    private var shown = false
    private var detailShown = false  // a detail line drawn in this stage
    private let language: Language

    /// A display for `io` in `language`; silent unless `io` writes to a terminal and `quiet` is false.
    init(io: CommandIO, quiet: Bool, language: Language = .en) {
        self.io = io
        self.language = language
        enabled = io.errIsTerminal && !quiet
    }

    /// Starts a stage (`reading`, `scoring`, `writing`).
    func stage(_ name: String) {
        stage = name
        detailShown = false
        draw(CommandMessages.stage(name).text(language) + "…", force: true)
    }

    /// Reading has got this far.
    func reading(_ p: BatchProgress) {
        let file = (p.file as NSString).lastPathComponent
        let seconds = max(Date().timeIntervalSince(started), 1e-3)
        var line = CommandMessages.reading(file: file, rows: grouped(p.rows)).text(language)
        if let total = p.totalBytes, total > 0 {
            let percent = Int((100 * Double(p.bytesRead) / Double(total)).rounded())
            line += CommandMessages.share(percent: percent, megabytes: Int((Double(total) / 1e6).rounded())).text(language)
        }
        line += CommandMessages.rate(grouped(Int(Double(p.rows) / seconds))).text(language)
        draw(line, force: !detailShown)
        detailShown = shown
    }

    /// Erases the line (call before printing results).
    func finish() {
        if shown { io.err("\r\u{1B}[K") }
        shown = false
    }

    private func draw(_ text: String, force: Bool) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(started) >= io.progressDelay else { return }
        if !force, let last = lastDraw, now.timeIntervalSince(last) < 0.2 { return }
        lastDraw = now
        shown = true
        io.err("\r\u{1B}[K" + "par-survey: " + text)
    }

    /// `n` grouped by thousands as the language writes it (`1.234` vi, `1,234` en).
    func grouped(_ n: Int) -> String { DecimalText.grouped(n, separator: language == .vi ? "." : ",") }
}
