extension HTMLStyleSheet {
    /// The printed pages' footer: the report's date (when known) on the left, `page / pages` on
    /// the right (CSS page-margin boxes, which Chromium prints).
    static func pageBoxes(_ m: ReportModel, _ s: ReportStyle) -> String {
        let page = s.t("Trang ", "Page ")
        let font = "font-family: \"Noto Sans\", \"DejaVu Sans\", sans-serif; font-size: 8pt; color: #555;"
        var css = "@page {\n"
        if let d = m.date {
            css +=
                "  @bottom-left { content: \"" + cssString(s.t("Ngày lập báo cáo: ", "Report date: ") + d.text(s.language))
                + "\"; \(font) }\n"
        }
        css += "  @bottom-right { content: \"" + cssString(page) + "\" counter(page) \" / \" counter(pages); \(font) }\n"
        return css + "}\n"
    }

    /// `text` safe inside a CSS double-quoted string (quotes, backslashes, `<` escaped).
    static func cssString(_ text: String) -> String {
        var out = ""
        for ch in text.unicodeScalars {
            switch ch {
            case "\"", "\\", "<", ">", "\n": out += "\\" + String(ch.value, radix: 16) + " "
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
