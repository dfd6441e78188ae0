/// The result page's stylesheet, inlined. Sized in millimetres and points for one A4 sheet (12 mm margins at
/// the sides and 9 mm at top and bottom leave 186 × 279 mm); on a screen the same page shows centred at that width.
enum PupilResultStyle {
    static let css = """
        @page { size: A4; margin: 9mm 12mm; }
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; color: #1d1d1f; background: #fff;
          font: 8pt/1.25 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
        .sheet { width: 186mm; margin: 0 auto; }
        @media screen { .sheet { padding: 8mm 0; } }
        header { border-bottom: 2px solid #1f4e79; margin-bottom: 2mm; display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; }
        h1 { font-size: 13pt; margin: 0 0 1mm; line-height: 1.15; color: #1f4e79; }
        .who { margin: 0 0 1mm; color: #333; text-align: right; }
        h2 { font-size: 10pt; margin: 0 0 1mm; color: #1f4e79; }
        h2 .note { font-weight: normal; margin-left: 2mm; }
        h3 { font-size: 9.5pt; margin: 0 0 1mm; line-height: 1.25; }
        p { margin: 0 0 1mm; }
        ul, ol { margin: 0 0 1mm; padding-left: 4.5mm; }
        li { margin: 0 0 .4mm; }
        .top { display: grid; grid-template-columns: 78mm 1fr; gap: 6mm; margin-bottom: 2mm; }
        figure { margin: 0 0 1.5mm; }
        figure svg { display: block; width: 78mm; height: auto; font-family: inherit; }
        .note { color: #444; font-size: 7.5pt; }
        .flag { border-left: 3px solid #a3271b; padding-left: 2mm; font-size: 7.5pt; }
        .specialties { margin-bottom: 2mm; }
        .specialty { border: 1px solid #c9d3de; border-radius: 2mm; padding: 1.5mm 3mm 1mm; margin: 0 0 1.5mm; break-inside: avoid; }
        .specialty p { margin: 0 0 .6mm; }
        .specialty .code { color: #555; font-weight: normal; font-size: 8.5pt; }
        .specialty .band { float: right; font-weight: normal; font-size: 7.5pt; color: #1f4e79; border: 1px solid #1f4e79; border-radius: 1mm; padding: 0 1mm; margin-left: 3mm; }
        .rank { color: #1f4e79; }
        .label { font-weight: 600; margin: 0 0 .5mm; }
        .parts { margin: .5mm 0 0; }
        .parts span { white-space: nowrap; }
        .next ol { padding-left: 5mm; }
        footer { border-top: 1px solid #c9d3de; margin-top: 1.5mm; padding-top: 1.2mm; display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; }
        .advice { font-weight: 700; font-size: 10pt; }
        .model { color: #666; font-size: 7pt; white-space: nowrap; }

        """
}
