/// Words of complementary suppression: why a figure of 10 or more may be left out of a report.
extension ReportLabels {
    /// The note under the report's summary, after `suppressionNote`.
    public var complementNote: String {
        Words(language).pick(
            kk: "Жиынтық немесе 10 және одан көп сан көрші сандар арқылы (жиынтықтан қалған жолдарды алып тастау арқылы) "
                + "«<10» мәнін есептеуге мүмкіндік берсе, ол да көрсетілмейді (—); мұндай сандардың ең кішісі таңдалады.",
            ru: "Итог или число от 10 и больше, по которому вместе с соседними числами можно вычислить «<10» "
                + "(итог минус остальные строки), тоже не показаны (—); из таких чисел выбирается наименьшее.",
            en: "A total or a figure of 10 or more from which, with the figures beside it, a “<10” could be worked out "
                + "(the total minus the other rows) is left out too (—); the smallest such figure is chosen.")
    }
}
