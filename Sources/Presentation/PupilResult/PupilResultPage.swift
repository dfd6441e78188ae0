import Foundation
import Guidance
import Localization
import Matcher
import Profiles

/// The pupil's result as one self-contained HTML page that prints on one A4 sheet (`PupilResult` is
/// capped so that it does: three specialties, three colleges each, five skills). The command line writes
/// it to a file; the web app serves the same page.
public struct PupilResultPage: Sendable {
    public let result: PupilResult

    public init(_ result: PupilResult) {
        self.result = result
    }

    public var html: String {
        let words = Words(result.language)
        return """
            <!DOCTYPE html>
            <html lang="\(result.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(words.resultTitle.htmlEscaped) — \(result.studentID.htmlEscaped)</title>
            <style>
            \(PupilResultStyle.css)</style>
            </head>
            <body>
            \(body(words))
            </body>
            </html>

            """
    }

    /// Everything inside `<body>`: one `<main>` page.
    func body(_ words: Words) -> String {
        """
        <main class="sheet">
        <header><h1>\(words.resultTitle.htmlEscaped)</h1><p class="who">\(words.pupilLine(result.studentID, grade: result.grade, region: result.region).htmlEscaped)</p></header>
        <div class="top">
        \(interestSection(words))
        \(skillsSection(words))
        </div>
        \(specialtiesSection(words))
        \(nextStepsSection(words))
        <footer><p class="advice">\(words.adviceNotDecision.htmlEscaped)</p><p class="model">\(words.madeBy(model: result.modelVersion).htmlEscaped)</p></footer>
        </main>
        """
    }

    private func interestSection(_ words: Words) -> String {
        let chart = InterestChart(interests: result.interests, title: words.interestProfile, description: words.interestChartDescription)
        let strongest = InterestChart.strongest(result.interests).map(\.name).joined(separator: ", ")
        var notes = [words.strongestInterests(strongest)]
        if let questionnaire = result.questionnaire {
            notes.append(words.interestsMeasured(questionnaire.form, version: questionnaire.bankVersion))
        } else {
            notes.append(words.interestsNotMeasured)
        }
        var flagged: [String] = result.questionnaire?.flags.map { words.name(of: $0) } ?? []
        if result.interestsFlat { flagged.append(words.interestsFlat) }
        return """
            <section class="interests"><h2>\(words.interestProfile.htmlEscaped)</h2>
            <figure>\(chart.svg)</figure>
            <p class="note">\(notes.map(\.htmlEscaped).joined(separator: ". "))</p>
            \(flagged.isEmpty ? "" : "<p class=\"flag\"><strong>\(words.answersFlagged.htmlEscaped):</strong> \(flagged.map(\.htmlEscaped).joined(separator: "; "))</p>")
            </section>
            """
    }

    private func skillsSection(_ words: Words) -> String {
        let items = result.skillsToDevelop.map { skill in
            "<li>\(words.skillGap(skill.name, has: skill.has, needed: skill.needed, forSpecialties: skill.specialties).htmlEscaped)</li>"
        }
        return """
            <section class="skills"><h2>\(words.skillsToDevelopHeading.htmlEscaped)</h2>
            \(items.isEmpty ? "<p>\(words.noSkillsToDevelop.htmlEscaped)</p>" : "<ul>\n" + items.joined(separator: "\n") + "\n</ul>\n<p class=\"note\">\(words.levelsExplained.htmlEscaped)</p>")
            </section>
            """
    }

    private func specialtiesSection(_ words: Words) -> String {
        guard !result.specialties.isEmpty else {
            return "<section class=\"specialties\"><h2>\(words.specialtiesForYou.htmlEscaped)</h2><p>\(words.nothingWithinReach.htmlEscaped)</p></section>"
        }
        let cards = result.specialties.enumerated().map { rank, specialty in
            let code = specialty.code.map { " <span class=\"code\">\($0.htmlEscaped)</span>" } ?? ""
            let parts = specialty.parts.map { part in
                "<span>\(words.plainPart(part.label, weightPercent: Int((part.weight * 100).rounded()), value: part.value).htmlEscaped)</span>"
            }
            let colleges = specialty.colleges.map { "<span>\(words.collegeSeats($0.name, town: $0.town, seats: $0.seats).htmlEscaped)</span>" }
            return """
                <article class="specialty band-\(specialty.band.rawValue)">
                <h3><span class="rank">\(rank + 1).</span> \(specialty.name.htmlEscaped)\(code) <span class="band" title="\(words.fitWord.htmlEscaped)">\(specialty.bandLabel.htmlEscaped)</span></h3>
                \(specialty.reasons.isEmpty ? "" : "<p><strong>\(words.whyWord.htmlEscaped):</strong> \(specialty.reasons.map(\.htmlEscaped).joined(separator: "; ")).</p>")
                <p><strong>\(words.collegesNear.htmlEscaped):</strong> \(colleges.isEmpty ? words.noCollegeNear.htmlEscaped : colleges.joined(separator: "; "))</p>
                <p class="parts"><strong>\(words.howScored.htmlEscaped):</strong> \(parts.joined(separator: " · "))</p>
                </article>
                """
        }
        return """
            <section class="specialties"><h2>\(words.specialtiesForYou.htmlEscaped) <span class="note">\(result.reach.htmlEscaped)</span></h2>
            \(cards.joined(separator: "\n"))
            </section>
            """
    }

    private func nextStepsSection(_ words: Words) -> String {
        """
        <section class="next"><h2>\(words.nextStepsHeading.htmlEscaped)</h2>
        <ol>\(result.nextSteps.map { "<li>\(words.nextStep($0).htmlEscaped)</li>" }.joined())</ol>
        </section>
        """
    }
}
