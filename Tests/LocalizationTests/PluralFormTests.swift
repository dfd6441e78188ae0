import Testing
import Localization
import Profiles

@Suite("Plural forms after a number")
struct PluralFormTests {
    /// (number, Russian, English, Kazakh) for "place".
    static let places: [(Int, String, String, String)] = [
        (0, "0 мест", "0 places", "0 орын"), (1, "1 место", "1 place", "1 орын"), (2, "2 места", "2 places", "2 орын"),
        (4, "4 места", "4 places", "4 орын"), (5, "5 мест", "5 places", "5 орын"), (11, "11 мест", "11 places", "11 орын"),
        (12, "12 мест", "12 places", "12 орын"), (14, "14 мест", "14 places", "14 орын"), (15, "15 мест", "15 places", "15 орын"),
        (21, "21 место", "21 places", "21 орын"), (22, "22 места", "22 places", "22 орын"), (25, "25 мест", "25 places", "25 орын"),
        (101, "101 место", "101 places", "101 орын"), (111, "111 мест", "111 places", "111 орын"),
        (112, "112 мест", "112 places", "112 орын"), (1000, "1000 мест", "1000 places", "1000 орын"),
        (191, "191 место", "191 places", "191 орын"), (54, "54 места", "54 places", "54 орын"),
    ]

    @Test(arguments: places)
    func countsPlacesInEveryLanguage(_ number: Int, _ ru: String, _ en: String, _ kk: String) {
        #expect(Words(.ru).count(number, .place) == ru)
        #expect(Words(.en).count(number, .place) == en)
        #expect(Words(.kk).count(number, .place) == kk)
    }

    @Test func theRuleItself() {
        let ru: [(Int, PluralForm)] = [(0, .many), (1, .one), (2, .few), (4, .few), (5, .many), (11, .many), (12, .many), (14, .many),
                                       (15, .many), (21, .one), (22, .few), (25, .many), (101, .one), (111, .many), (112, .many), (1000, .many)]
        for (number, form) in ru { #expect(PluralForm.of(number, in: .ru) == form, "\(number)") }
        #expect(PluralForm.of(1, in: .en) == .one && PluralForm.of(0, in: .en) == .many && PluralForm.of(21, in: .en) == .many)
        #expect([0, 1, 2, 5, 21, 111].allSatisfy { PluralForm.of($0, in: .kk) == .one })
    }

    @Test func theDemandReasonCountsItsNouns() {
        #expect(Words(.ru).demand(in: "Карагандинская область", places: 191, seats: 54)
                == "Карагандинская область: 191 место на предприятиях, 54 места в колледжах в год")
        #expect(Words(.en).demand(in: "Karaganda", places: 1, seats: 2) == "Karaganda: 1 place at employers, 2 college seats a year")
        #expect(Words(.kk).demand(in: "Қарағанды облысы", places: 5, seats: 1) == "Қарағанды облысы: кәсіпорындарда 5 орын, колледждерде жылына 1 орын")
    }

    @Test func reportChartTitlesCountTheirRows() {
        #expect(ReportLabels.labels(for: .ru).specialtyChart(top: 21).contains("21 специальность с наибольшим спросом"))
        #expect(ReportLabels.labels(for: .ru).enterpriseChart(top: 3).contains("3 предприятия"))
        #expect(ReportLabels.labels(for: .en).trainingChart(top: 1).contains("top 1 skill by"))
    }
}
