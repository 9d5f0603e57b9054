/// The report's inline style sheet: system fonts only, A4 pages, charts never split.
enum HTMLStyleSheet {
    static let css = """
        @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4;
          color: #222; max-width: 200mm; margin: 0 auto; padding: 8px; }
        h1 { font-size: 17pt; margin: 0 0 4px; }
        h2 { font-size: 13.5pt; margin: 18px 0 6px; border-bottom: 2px solid #0072B2; padding-bottom: 2px; break-after: avoid; }
        h3 { font-size: 11pt; margin: 14px 0 4px; break-after: avoid; }
        p { margin: 4px 0 6px; }
        .meta { color: #555; }
        .note { color: #444; font-size: 9pt; }
        section.page { break-before: page; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 9pt; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: bold; padding: 2px 0 4px; }
        th, td { padding: 2px 5px; border-bottom: 1px solid #ddd; vertical-align: top; }
        th { background: #f0f0f0; text-align: left; border-bottom: 1px solid #999; }
        .n { text-align: right; white-space: nowrap; }
        table.index { font-size: 8pt; }
        table.index td { white-space: nowrap; }
        table.index th, table.index td { padding: 2px 2px; }
        table.index th { vertical-align: bottom; white-space: normal; hyphens: none; }
        tr { break-inside: avoid; }
        td:first-child { white-space: nowrap; }
        h3.unit { background: #eaf2f8; padding: 3px 6px; border-left: 4px solid #0072B2; margin-top: 18px; }
        thead { display: table-header-group; }
        table.files td:last-child { font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace; font-size: 7.5pt; word-break: break-all; }
        figure { margin: 6px 0 12px; break-inside: avoid; page-break-inside: avoid; }
        figure svg { display: block; width: 100%; height: auto; font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
        figcaption { font-size: 8.5pt; color: #444; margin-top: 2px; }
        ul.toc { columns: 2; padding-left: 18px; margin: 4px 0; }
        a { color: #0b5394; text-decoration: none; }
        div.scroll { overflow-x: auto; max-width: 100%; }
        ul.findings li, ul.losses li { margin: 2px 0; }
        table.wide { font-size: 8pt; }
        table.wide td { white-space: nowrap; }
        table.wide th, table.wide td { padding: 2px 3px; }
        table.wide th { vertical-align: bottom; white-space: normal; hyphens: none; min-width: 3.2em; }
        @media print { body { max-width: none; padding: 0; } a { color: inherit; } div.scroll { overflow: visible; } }
        @media screen and (max-width: 640px) {
          body { font-size: 11pt; padding: 6px; }
          ul.toc { columns: 1; }
          table { width: auto; min-width: 100%; }
          table, table.index, table.wide { font-size: 10pt; }
          figure { overflow-x: auto; }
          figure svg { min-width: 640px; }
        }

        """
}
