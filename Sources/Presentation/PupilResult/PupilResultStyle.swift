/// The result page's stylesheet, inlined. Sized in millimetres and points for one A4 sheet (12 mm margins at
/// the sides and 10 mm at top and bottom leave 186 × 277 mm); on a screen the same page shows centred at that width.
enum PupilResultStyle {
    static let css = """
        @page { size: A4; margin: 10mm 12mm; }
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; color: #1d1d1f; background: #fff;
          font: 8.5pt/1.3 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
        .sheet { width: 186mm; margin: 0 auto; }
        @media screen { .sheet { padding: 8mm 0; } }
        header { border-bottom: 2px solid #1f4e79; margin-bottom: 3mm; }
        h1 { font-size: 15pt; margin: 0 0 1mm; line-height: 1.15; color: #1f4e79; }
        .who { margin: 0 0 1.5mm; color: #333; }
        h2 { font-size: 11pt; margin: 0 0 1.5mm; color: #1f4e79; }
        h3 { font-size: 9.5pt; margin: 0 0 1mm; line-height: 1.25; }
        p { margin: 0 0 1mm; }
        ul, ol { margin: 0 0 1mm; padding-left: 4.5mm; }
        li { margin: 0 0 .4mm; }
        .top { display: grid; grid-template-columns: 84mm 1fr; gap: 6mm; margin-bottom: 3mm; }
        figure { margin: 0 0 1.5mm; }
        figure svg { display: block; width: 84mm; height: auto; font-family: inherit; }
        .note { color: #444; font-size: 8.5pt; }
        .flag { border-left: 3px solid #a3271b; padding-left: 2mm; font-size: 8.5pt; }
        .specialties { margin-bottom: 3mm; }
        .specialty { border: 1px solid #c9d3de; border-radius: 2mm; padding: 2mm 3mm; margin: 0 0 2mm; break-inside: avoid; }
        .specialty .code { color: #555; font-weight: normal; font-size: 8.5pt; }
        .specialty .band { float: right; font-weight: normal; font-size: 8.5pt; color: #1f4e79; margin-left: 3mm; }
        .rank { color: #1f4e79; }
        .columns { display: grid; grid-template-columns: 1fr 60mm; gap: 4mm; }
        .label { font-weight: 600; margin: 0 0 .5mm; }
        .parts { margin: .5mm 0 0; }
        .parts span { white-space: nowrap; }
        .next ol { padding-left: 5mm; }
        footer { border-top: 1px solid #c9d3de; margin-top: 2mm; padding-top: 1.5mm; }
        .advice { font-weight: 700; font-size: 10pt; }
        .model { color: #666; font-size: 7.5pt; }

        """
}
