/// Help of `serve`, the web app.
extension Words {
    public var serveHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Веб-қосымшаны іске қосу: оқушыларға, кеңесшілерге, жұмыс берушілерге және білім басқармаларына.",
                           ru: "Запустить веб-приложение для учеников, консультантов, работодателей и управлений образования.",
                           en: "Start the web app for pupils, counsellors, employers and education departments."),
            discussion: discussion(pick(
                kk: "Деректер қорын (әдепкісі — кіріктірілген) пайдаланады; SIGINT немесе SIGTERM кезінде басталған "
                    + "сұрауларды аяқтап тоқтайды. --demo әр рөлге бір есептік жазба жасап, мекенжай мен логиндерді басып шығарады.",
                ru: "Работает с базой данных (по умолчанию — встроенной); по SIGINT или SIGTERM завершает начатые запросы и "
                    + "останавливается. С --demo создаёт по учётной записи на каждую роль и печатает адрес и логины.",
                en: "Serves the database (the embedded default one unless --db is given); on SIGINT or SIGTERM it finishes the "
                    + "requests in flight and stops. With --demo it creates one account per role and prints the URL and the logins."),
                examples: ["match-cli serve --demo", "match-cli serve --port 8081 --secure-cookies"]))
    }

    public var hostOptionHelp: String {
        pick(kk: "Тыңдайтын мекенжай.", ru: "Адрес, на котором слушать.", en: "The address to listen on.")
    }

    public var portOptionHelp: String {
        pick(kk: "Порт (0 — кез келген бос порт).", ru: "Порт (0 — любой свободный).", en: "The port (0 for any free one).")
    }

    public var demoOptionHelp: String {
        pick(kk: "Әр рөлге демо есептік жазба жасау (құпиясөздер әр іске қосқанда жаңа).",
             ru: "Создать демо-учётные записи для каждой роли (пароли новые при каждом запуске).",
             en: "Create a demo account for each role (new passwords on every start).")
    }

    public var secureCookiesOptionHelp: String {
        pick(kk: "Cookie-ларды Secure деп белгілеу (TLS проксиі артында).", ru: "Помечать cookie как Secure (за TLS-прокси).",
             en: "Mark cookies Secure (when served behind a TLS proxy).")
    }

    public func webListening(_ url: String) -> String {
        pick(kk: "Веб-қосымша: \(url)", ru: "Веб-приложение: \(url)", en: "Web app: \(url)")
    }

    public var webDemoLogins: String {
        pick(kk: "Демо кіру деректері (логин / құпиясөз):", ru: "Демо-входы (логин / пароль):", en: "Demo sign-ins (login / password):")
    }

    public var webDemoPupilCode: String {
        pick(kk: "Оқушының бір реттік коды", ru: "Одноразовый код ученика", en: "A pupil's one-time code")
    }
}
