import ParSurveyModel
/// A self-contained HTML page being written: escaped text, tables and figures; inline CSS,
/// no scripts, no fonts or other resources from elsewhere.
struct HTMLDocument {
    private(set) var body = ""

    mutating func raw(_ html: String) { body += html }

    mutating func heading(_ level: Int, _ text: String, id: String? = nil, cls: String? = nil) {
        body +=
            "<h\(level)" + (id.map { " id=\"\(MarkupEscaping.html($0))\"" } ?? "") + (cls.map { " class=\"\($0)\"" } ?? "") + ">"
            + MarkupEscaping.html(text) + "</h\(level)>\n"
    }

    mutating func paragraph(_ text: String, cls: String? = nil) {
        body += "<p" + (cls.map { " class=\"\($0)\"" } ?? "") + ">" + MarkupEscaping.html(text) + "</p>\n"
    }

    /// A table; right-aligned columns get class `n` (numbers). It scrolls sideways on a narrow
    /// screen instead of running off it.
    mutating func table(_ t: TextTable, caption: String? = nil, cls: String? = nil) {
        body += "<div class=\"scroll\"><table" + (cls.map { " class=\"\($0)\"" } ?? "") + ">"
        if let c = caption { body += "<caption>" + MarkupEscaping.html(c) + "</caption>" }
        body += "<thead><tr>"
        for (i, h) in t.headers.enumerated() {
            body += (t.alignments[i] == .right ? "<th class=\"n\">" : "<th>") + MarkupEscaping.html(h) + "</th>"
        }
        body += "</tr></thead>\n<tbody>\n"
        for r in t.rows {
            body += "<tr>"
            for (i, cell) in r.enumerated() {
                body +=
                    (i < t.alignments.count && t.alignments[i] == .right ? "<td class=\"n\">" : "<td>") + MarkupEscaping.html(cell)
                    + "</td>"
            }
            body += "</tr>\n"
        }
        body += "</tbody></table></div>\n"
    }

    /// A chart that is never split across pages, with its caption.
    mutating func figure(_ svg: String, caption: String? = nil, id: String? = nil) {
        body += "<figure" + (id.map { " id=\"\(MarkupEscaping.html($0))\"" } ?? "") + ">\n" + svg
        if let c = caption { body += "<figcaption>" + MarkupEscaping.html(c) + "</figcaption>\n" }
        body += "</figure>\n"
    }

    /// A list of escaped items (`href` anchors when given).
    mutating func list(_ items: [(text: String, anchor: String?)], cls: String? = nil) {
        body += "<ul" + (cls.map { " class=\"\($0)\"" } ?? "") + ">"
        for item in items {
            let t = MarkupEscaping.html(item.text)
            body += "<li>" + (item.anchor.map { "<a href=\"#\(MarkupEscaping.html($0))\">\(t)</a>" } ?? t) + "</li>"
        }
        body += "</ul>\n"
    }

    /// The whole page; `pageCSS` (the printed pages' footer) follows the style sheet.
    func render(title: String, language: Language, pageCSS: String = "") -> String {
        "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>" + MarkupEscaping.html(title) + "</title>\n<style>\n" + HTMLStyleSheet.css + pageCSS + "</style>\n</head>\n<body>\n"
            + body + "</body>\n</html>\n"
    }
}
