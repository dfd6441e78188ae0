import Guidance
import Localization
import Profiles
/// The report page's stylesheet, inlined so the file needs nothing else. System fonts only (any of
/// them covers Kazakh Cyrillic); the print rules aim at A4 and keep figures and short tables whole.
enum HTMLReportStyle {
    static let css = """
        :root { color-scheme: light; }
        body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 48px; color: #1d1d1f; background: #fff;
          font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
        h1 { font-size: 1.75em; margin: 0 0 .35em; line-height: 1.2; }
        h2 { font-size: 1.3em; margin: 1.8em 0 .5em; padding-bottom: .2em; border-bottom: 2px solid #1f4e79; }
        nav h2 { font-size: 1.05em; border: 0; margin: 1.2em 0 .3em; }
        nav ol { margin: 0; padding-left: 1.4em; columns: 2; column-gap: 2em; }
        a { color: #1f4e79; }
        .meta { display: flex; flex-wrap: wrap; gap: .2em 2.2em; margin: 0; color: #333; }
        .meta div { display: flex; gap: .4em; }
        .meta dt { font-weight: 600; }
        .meta dt::after { content: ":"; }
        .meta dd { margin: 0; }
        .summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 10px; margin: 0; }
        .summary div { border: 1px solid #c9d3de; border-radius: 6px; padding: 8px 12px; background: #f5f8fb; }
        .summary dt { font-size: .85em; color: #444; }
        .summary dd { margin: .15em 0 0; font-size: 1.55em; font-weight: 600; font-variant-numeric: tabular-nums; }
        .note { color: #4a4a4a; font-size: .9em; margin: .4em 0; }
        figure { margin: 1em 0 1.2em; }
        figcaption { font-weight: 600; margin-bottom: .4em; }
        figure svg { display: block; width: 100%; max-width: 720px; height: auto; }
        table { border-collapse: collapse; width: 100%; margin: .6em 0 1.2em; font-size: .9em; }
        th, td { border: 1px solid #d0d7de; padding: 3px 7px; vertical-align: top; text-align: left; }
        thead th { background: #eaf0f6; font-weight: 600; vertical-align: bottom; }
        tbody tr:nth-child(even) { background: #f8fafc; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        .shortfall { color: #a3271b; font-weight: 600; }
        @page { size: A4; margin: 14mm 12mm;
          @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 9.5pt; }
          a { color: inherit; text-decoration: none; }
          .summary div, thead th, tbody tr:nth-child(even) { background: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          .lead, figure, .summary, table.unbroken, tr { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          figure svg { max-width: 100%; }
        }

        """
}
