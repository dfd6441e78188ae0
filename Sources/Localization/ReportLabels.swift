import Foundation
import Profiles

/// Every heading, column name, chart title and fixed phrase of a match report in one language, so the
/// HTML, the CSV headers and the docs say the same thing. Names of specialties, regions and so on are
/// not here: the report model already holds them in its language.
public struct ReportLabels: Sendable, Hashable {
    public var language: Language

    // MARK: Front matter
    public var reportTitle: String
    public var scope: String
    public var wholeCountry: String
    public var date: String
    public var modelVersion: String
    public var contents: String

    // MARK: Summary
    public var summary: String
    public var indicator: String
    public var value: String
    public var students: String
    public var vacancies: String
    public var placesOffered: String
    public var collegeSeatsPerYear: String
    public var placed: String
    public var fillRate: String
    public var meanFit: String

    // MARK: Section headings
    public var bySpecialty: String
    public var byRegion: String
    public var enterprises: String
    public var unfilled: String
    public var trainingNeeds: String
    public var colleges: String

    // MARK: Columns
    public var identifier: String
    public var code: String
    public var specialty: String
    public var jobPlaces: String
    public var internshipPlaces: String
    public var dualPlaces: String
    public var demand: String
    public var candidates: String
    public var seats: String
    public var gap: String
    public var region: String
    public var enterprise: String
    public var places: String
    public var filled: String
    public var vacancy: String
    public var kind: String
    public var unfilledPlaces: String
    public var missingSkills: String
    public var skill: String
    public var candidatesLacking: String
    public var college: String
    public var placementRate: String

    // MARK: Kinds of vacancy
    public var job: String
    public var internship: String
    public var dual: String

    // MARK: Chart titles (those with a count of rows drawn are methods below)
    public var regionChart: String

    // MARK: Fixed phrases
    public var suppressionNote: String
    public var gapNote: String
    public var sameFiguresInTable: String
    public var noRows: String

    /// The labels for `language`.
    public static func labels(for language: Language) -> ReportLabels {
        switch language {
        case .kk: kazakh
        case .ru: russian
        case .en: english
        }
    }

    /// The name of a kind of vacancy.
    public func name(of kind: Vacancy.Kind) -> String {
        switch kind {
        case .job: job
        case .internship: internship
        case .dual: dual
        }
    }

    /// The specialty chart's title, saying how many specialties it draws.
    public func specialtyChart(top: Int) -> String {
        let words = Words(language), drawn = words.count(top, .specialty)
        return words.pick(kk: "Мамандықтар бойынша сұраныс, үміткерлер және колледж орындары (сұранысы ең жоғары \(drawn))",
                          ru: "Спрос, кандидаты и места в колледжах по специальностям (\(drawn) с наибольшим спросом)",
                          en: "Demand, candidates and college seats by specialty (top \(drawn) by demand)")
    }

    /// The enterprise chart's title, saying how many enterprises it draws.
    public func enterpriseChart(top: Int) -> String {
        let words = Words(language), drawn = words.count(top, .enterprise)
        return words.pick(kk: "Кәсіпорындардағы орындардың толтырылу үлесі (орны ең көп \(drawn))",
                          ru: "Доля заполненных мест на предприятиях (\(drawn) с наибольшим числом мест)",
                          en: "Fill rate of enterprises (top \(drawn) by places)")
    }

    /// The training-needs chart's title, saying how many skills it draws.
    public func trainingChart(top: Int) -> String {
        let words = Words(language), drawn = words.count(top, .skill)
        return words.pick(kk: "Үйрету керек дағдылар (толтырылмаған орны ең көп \(drawn))",
                          ru: "Навыки, которым нужно обучать (\(drawn) с наибольшим числом незаполненных мест)",
                          en: "Skills to train for (top \(drawn) by unfilled places)")
    }
}
