/// The web app's frame, sign-in and error pages.
extension Words {
    public var webAppName: String { pick(kk: "Кәсіп таңдау", ru: "Выбор профессии", en: "Career match") }
    public var webLanguage: String { pick(kk: "Тіл", ru: "Язык", en: "Language") }
    public var webSignIn: String { pick(kk: "Кіру", ru: "Войти", en: "Sign in") }
    public var webSignOut: String { pick(kk: "Шығу", ru: "Выйти", en: "Sign out") }
    public var webLogin: String { pick(kk: "Логин", ru: "Логин", en: "Login") }
    public var webPassword: String { pick(kk: "Құпиясөз", ru: "Пароль", en: "Password") }
    public var webStaffSignIn: String { pick(kk: "Қызметкерлерге кіру", ru: "Вход для сотрудников", en: "Staff sign-in") }
    public var webPupilSignIn: String { pick(kk: "Оқушыға кіру", ru: "Вход для ученика", en: "Pupil sign-in") }
    public var webPupilCode: String { pick(kk: "Кеңесшіңіз берген бір реттік код", ru: "Одноразовый код от вашего школьного консультанта",
                                           en: "The one-time code your counsellor gave you") }
    public var webWrongLogin: String { pick(kk: "Логин немесе құпиясөз қате", ru: "Неверный логин или пароль", en: "Wrong login or password") }
    public var webWrongCode: String { pick(kk: "Код белгісіз, қолданылған немесе мерзімі өткен", ru: "Код неизвестен, уже использован или истёк",
                                           en: "The code is unknown, used or expired") }
    public var webTooManyAttempts: String {
        pick(kk: "Тым көп сәтсіз әрекет. Бір минуттан кейін қайталаңыз.", ru: "Слишком много неудачных попыток. Повторите через минуту.",
             en: "Too many failed attempts. Try again in a minute.")
    }
    public var webSignedInAs: String { pick(kk: "Кірген", ru: "Вы вошли как", en: "Signed in as") }
    public var webBack: String { pick(kk: "Артқа", ru: "Назад", en: "Back") }
    public var webSave: String { pick(kk: "Сақтау", ru: "Сохранить", en: "Save") }
    public var webSearch: String { pick(kk: "Іздеу", ru: "Поиск", en: "Search") }
    public var webPrint: String { pick(kk: "Басып шығару", ru: "Печать", en: "Print") }

    public func webRoleName(_ role: String) -> String {
        switch role {
        case "admin": pick(kk: "әкімші", ru: "администратор", en: "administrator")
        case "department": pick(kk: "білім басқармасы", ru: "управление образования", en: "education department")
        case "counsellor": pick(kk: "мектеп кеңесшісі", ru: "школьный консультант", en: "school counsellor")
        case "employer": pick(kk: "жұмыс беруші", ru: "работодатель", en: "employer")
        default: pick(kk: "оқушы", ru: "ученик", en: "pupil")
        }
    }

    // MARK: Error pages

    public var webErrorTitle: String { pick(kk: "Қате", ru: "Ошибка", en: "Error") }
    public var webNotFound: String { pick(kk: "Мұндай бет жоқ немесе оны көруге рұқсатыңыз жоқ.", ru: "Такой страницы нет или у вас нет к ней доступа.",
                                          en: "There is no such page, or it is not yours to see.") }
    public var webForbidden: String { pick(kk: "Бұл бет сіздің рөліңізге арналмаған.", ru: "Эта страница не для вашей роли.",
                                           en: "This page is not for your role.") }
    public var webBadRequest: String { pick(kk: "Сұрау дұрыс емес.", ru: "Неверный запрос.", en: "The request is not valid.") }
    public var webCSRFRefused: String {
        pick(kk: "Пішін ескірген немесе басқа беттен жіберілген. Бетті жаңартып, қайталаңыз.",
             ru: "Форма устарела или отправлена с другой страницы. Обновите страницу и повторите.",
             en: "The form is out of date or was sent from another page. Reload the page and try again.")
    }
    public var webServerError: String {
        pick(kk: "Серверде қате кетті. Әрекет сақталмады; кейінірек қайталаңыз.", ru: "Ошибка на сервере. Ничего не сохранено; повторите позже.",
             en: "Something went wrong on the server. Nothing was saved; try again later.")
    }
    public var webSignInNeeded: String { pick(kk: "Алдымен кіріңіз.", ru: "Сначала войдите.", en: "Sign in first.") }
}
