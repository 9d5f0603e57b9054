/// Escaping text for Markdown and HTML output, so a unit or label such as `<script>` or
/// `a | b` shows as text.
public enum MarkupEscaping {
    /// Text safe inside HTML elements and attribute values.
    public static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Text safe inside a Markdown table cell or heading (and in a paragraph): `&`, `<`, `>` as entities
    /// (so `<script>` shows as text), pipes and Markdown punctuation backslash-escaped, line
    /// breaks as spaces. Quotes stay as they are (an entity such as `&#39;` would be broken by
    /// the `#` escape).
    public static func markdownCell(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "|", "\\", "*", "_", "`", "[", "]", "#": out += "\\" + String(ch)
            case "\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}
