import ScoringCore

/// Help and output of `doctor` (and `bench --info`): the CPU and the OpenBLAS kernel.
extension Words {
    public var doctorHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Процессорды, қолданылатын OpenBLAS ядросын, оның қалай таңдалғанын және sgemm GFLOP/s көрсету.",
                           ru: "Показать процессор, ядро OpenBLAS, как оно выбрано, и скорость sgemm в GFLOP/s.",
                           en: "Show the CPU, the OpenBLAS kernel in use and how it was chosen, and its sgemm GFLOP/s."),
            discussion: discussion(pick(
                kk: "OpenBLAS 0.3.21 өзі танымайтын процессорларда баяу жалпы ядроға (Prescott) көшеді; іске қосылғанда "
                    + "бағдарлама процессорға ең жақсы ядроны өзі таңдайды, оны қарапайым циклмен тексереді және "
                    + "OPENBLAS_CORETYPE орнатып, қайта іске қосылады. MATCH_BLAS_KERNEL=keep OpenBLAS таңдауын қалдырады, "
                    + "MATCH_BLAS_KERNEL=<атау> (мысалы Haswell) ядроны мәжбүрлейді. Docs/Performance.md қараңыз.\n"
                    + "GFLOP/s — 1024 × 1024, тереңдігі 256 cblas_sgemm, бір ағында және әр ядроға бір ағында.",
                ru: "OpenBLAS 0.3.21 на незнакомых процессорах переходит на медленное общее ядро (Prescott); при запуске "
                    + "программа сама выбирает лучшее ядро для процессора, сверяет его с простым циклом и перезапускается "
                    + "с OPENBLAS_CORETYPE. MATCH_BLAS_KERNEL=keep оставляет выбор OpenBLAS, MATCH_BLAS_KERNEL=<имя> "
                    + "(например, Haswell) задаёт ядро. См. Docs/Performance.md.\n"
                    + "GFLOP/s — cblas_sgemm 1024 × 1024 глубины 256 в одном потоке и по потоку на ядро.",
                en: "OpenBLAS 0.3.21 falls back to its slow generic kernel (Prescott) on CPUs it does not know; at "
                    + "start-up the engine picks the best kernel for the CPU itself, checks it against a plain loop and "
                    + "re-executes with OPENBLAS_CORETYPE set. MATCH_BLAS_KERNEL=keep leaves OpenBLAS's own choice, "
                    + "MATCH_BLAS_KERNEL=<name> (e.g. Haswell) forces one. See Docs/Performance.md.\n"
                    + "The GFLOP/s are cblas_sgemm on 1024 × 1024 by depth 256, on one thread and one per core."),
                examples: ["match-cli doctor", "match-cli doctor --format json",
                           "OPENBLAS_CORETYPE=Prescott MATCH_BLAS_KERNEL=keep match-cli doctor"]))
    }

    public var doctorFormatOptionHelp: String {
        pick(kk: "Шығыс: table (адам үшін) немесе json.", ru: "Вывод: table (для человека) или json.",
             en: "Output: table (for a person) or json.")
    }

    public var benchInfoOptionHelp: String {
        pick(kk: "Процессорды, OpenBLAS ядросын, оның қалай таңдалғанын және sgemm GFLOP/s басып шығару (doctor сияқты).",
             ru: "Напечатать процессор, ядро OpenBLAS, как оно выбрано, и GFLOP/s sgemm (как doctor).",
             en: "Print the CPU, the OpenBLAS kernel in use and how it was chosen, and its sgemm GFLOP/s (as `doctor`).")
    }

    public var benchInfoTakesNoOtherMode: String {
        pick(kk: "--info басқа режиммен берілмейді.", ru: "--info не сочетается с другими режимами.", en: "--info takes no other mode.")
    }

    /// The rows of the doctor's table.
    public var thisMachine: String { pick(kk: "осы машина", ru: "эта машина", en: "this machine") }
    public var cpuLabel: String { pick(kk: "Процессор", ru: "Процессор", en: "CPU") }
    public var cpuFeatures: String { pick(kk: "мүмкіндіктер", ru: "возможности", en: "features") }
    public var openBLASPicked: String { pick(kk: "OpenBLAS таңдағаны", ru: "выбор OpenBLAS", en: "OpenBLAS picked") }
    public var kernelInUse: String { pick(kk: "қолданылатын ядро", ru: "ядро в работе", en: "kernel in use") }
    public var bestForCPU: String { pick(kk: "осы процессорға ең жақсысы", ru: "лучшее для процессора", en: "best for this CPU") }
    public var noneBetterThanGeneric: String {
        pick(kk: "жалпы ядродан жақсысы жоқ", ru: "лучше общего нет", en: "none better than generic")
    }
    public var decisionLabel: String { pick(kk: "шешім", ru: "решение", en: "decision") }
    public var verifiedLabel: String { pick(kk: "тексерілді", ru: "проверено", en: "verified") }

    public func cpuDescription(brand: String, vendor: String, family: Int, model: Int) -> String {
        "\(brand.isEmpty ? "?" : brand) (\(vendor), " + pick(kk: "отбасы \(family), моделі \(model))", ru: "семейство \(family), модель \(model))",
                                                             en: "family \(family), model \(model))")
    }

    public func verified(_ verified: Bool, atStartUp: Bool) -> String {
        guard verified else { return pick(kk: "жоқ", ru: "нет", en: "no") }
        return atStartUp ? pick(kk: "иә (іске қосылғанда)", ru: "да (при запуске)", en: "yes (checked at start-up)")
            : pick(kk: "иә (қазір)", ru: "да (сейчас)", en: "yes (checked now)")
    }

    public func sgemmRate(threads: Int) -> String {
        "sgemm GFLOP/s, " + count(threads, .thread)
    }

    /// The start-up decision in words.
    public func kernelDecision(_ decision: BLASKernelInfo.Decision, kernel: String?) -> String {
        let about = kernel ?? "?"
        switch decision {
        case .kept: return pick(kk: "сақталды", ru: "оставлено", en: "kept")
        case .upgraded: return pick(kk: "\(about) ядросынан жақсартылды", ru: "улучшено с \(about)", en: "upgraded from \(about)")
        case .downgraded: return pick(kk: "\(about) ядросынан төмендетілді", ru: "понижено с \(about)", en: "downgraded from \(about)")
        case .rejected: return pick(kk: "\(about) қабылданбады", ru: "\(about) отвергнуто", en: "rejected \(about)")
        case .forced: return pick(kk: "\(about) мәжбүрленді", ru: "задано \(about)", en: "forced \(about)")
        case .leftAlone: return pick(kk: "өзгертілмеді (MATCH_BLAS_KERNEL=keep)", ru: "не тронуто (MATCH_BLAS_KERNEL=keep)",
                                     en: "left alone (MATCH_BLAS_KERNEL=keep)")
        case .execFailed: return pick(kk: "қайта іске қосу сәтсіз (\(about) керек еді)", ru: "перезапуск не удался (нужно было \(about))",
                                      en: "re-execution failed (wanted \(about))")
        }
    }
}
