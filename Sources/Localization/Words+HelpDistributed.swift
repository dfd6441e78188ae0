/// Help of the distributed batch run: snapshot, shard and merge (Docs/Distributed.md).
extension Words {
    public var snapshotHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Каталог пен модельді шардтар үшін бір файлға жазу.",
                           ru: "Записать каталог и модель в один файл для шардов.",
                           en: "Write the catalogue and model into one file for shards."),
            discussion: discussion(pick(
                kk: "Файлда бос орындар, мамандықтар, дағдылар мен өңірлер, модель нұсқасы және SHA-256 бақылау сомасы бар; "
                    + "`match-cli shard` оны дерекқорсыз оқиды.\nDocs/Distributed.md қараңыз.",
                ru: "В файле вакансии, специальности, навыки и регионы, версия модели и контрольная сумма SHA-256; "
                    + "`match-cli shard` читает его без базы данных.\nСм. Docs/Distributed.md.",
                en: "The file holds the vacancies, specialties, skills and regions, the model version and a SHA-256 "
                    + "checksum; `match-cli shard` reads it with no database.\nSee Docs/Distributed.md."),
                examples: ["match-cli snapshot --out /tmp/snapshot.json"]))
    }

    public var snapshotOutOptionHelp: String {
        pick(kk: "Жазылатын файл.", ru: "Файл для записи.", en: "File to write.")
    }

    public var shardHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Стандартты кірістегі білім алушыларды снапшотпен салыстыру (таратылған жиынтық есептің бір шарды).",
                           ru: "Сопоставить учащихся со стандартного ввода со снимком (один шард распределённого сводного отчёта).",
                           en: "Match the students on standard input against a snapshot (one shard of a distributed batch report)."),
            discussion: discussion(pick(
                kk: "Білім алушылар (CSV немесе JSON Lines) импорттағыдай тексеріледі. Стандартты шығысқа JSON Lines "
                    + "жазылады: әр білім алушының ең жақсы бос орындары, әр бос орынның осы шардтағы ең жақсы "
                    + "үміткерлері және шардтың сандары, бәрі жалпы сәйкестендіргіштермен. Дерекқор қажет емес.\n"
                    + "`match-cli merge` шардтардың шығысынан есепті жазады. Docs/Distributed.md қараңыз.",
                ru: "Учащиеся (CSV или JSON Lines) проверяются, как при импорте. На стандартный вывод пишутся JSON Lines: "
                    + "лучшие вакансии каждого учащегося, лучшие кандидаты каждой вакансии в этом шарде и счётчики шарда, "
                    + "всё с глобальными идентификаторами. База данных не нужна.\n"
                    + "`match-cli merge` пишет отчёт по выводу шардов. См. Docs/Distributed.md.",
                en: "The students (CSV or JSON Lines) are validated as import validates them. JSON Lines go to standard "
                    + "output: each student's best vacancies, each vacancy's best candidates in this shard and the shard's "
                    + "counts, all with global ids. No database is needed.\n"
                    + "`match-cli merge` writes the report from the shards' output. See Docs/Distributed.md."),
                examples: ["match-cli shard --snapshot /tmp/snapshot.json < students.csv > /tmp/shard.jsonl"]))
    }

    public var shardSnapshotOptionHelp: String {
        pick(kk: "`match-cli snapshot` жазған файл.", ru: "Файл, записанный `match-cli snapshot`.", en: "The file `match-cli snapshot` wrote.")
    }

    public var shardInputOptionHelp: String {
        pick(kk: "Кіріс: csv немесе jsonl (жолына бір JSON).", ru: "Ввод: csv или jsonl (JSON на строку).",
             en: "Input: csv or jsonl (JSON per line).")
    }

    public var mergeHelp: CommandHelp {
        CommandHelp(
            abstract: pick(kk: "Шардтардың шығысын біріктіріп, орындарды бөлу және жиынтық есепті жазу.",
                           ru: "Объединить вывод шардов, распределить места и записать сводный отчёт.",
                           en: "Merge the shards' output, allocate places and write the batch report."),
            discussion: discussion(pick(
                kk: "Бос орындардың тізімдері бір іске қосудағыдай ретпен (балл кемуі, сосын сәйкестендіргіш) біріктіріледі; "
                    + "орындар бір машинада бөлінеді, ал есеп `match-cli report` жазатын файлдармен байтқа дейін бірдей. "
                    + "Дерекқор қажет емес. Docs/Distributed.md қараңыз.",
                ru: "Списки вакансий объединяются в том же порядке, что и при одном запуске (балл по убыванию, затем "
                    + "идентификатор); места распределяются на одной машине, а отчёт совпадает с файлами `match-cli report` "
                    + "байт в байт. База данных не нужна. См. Docs/Distributed.md.",
                en: "The vacancies' lists are merged in the order of one run (score descending, then id); places are "
                    + "allocated on one machine, and the report equals the files `match-cli report` writes byte for byte. "
                    + "No database is needed. See Docs/Distributed.md."),
                examples: ["match-cli merge --snapshot /tmp/snapshot.json --students students.csv --shards /tmp/shard.jsonl --out /tmp/merged-report"]))
    }

    public var mergeStudentsOptionHelp: String {
        pick(kk: "Шардтарға берілген білім алушылар (CSV немесе .jsonl).", ru: "Учащиеся, переданные шардам (CSV или .jsonl).",
             en: "The students the shards were given (CSV or .jsonl).")
    }

    public var mergeShardsOptionHelp: String {
        pick(kk: "Шардтардың шығысы (JSON Lines).", ru: "Вывод шардов (JSON Lines).", en: "The shards' output (JSON Lines).")
    }

    public func wroteSnapshot(to path: String, vacancies: Int, checksum: String) -> String {
        pick(kk: "Снапшот \(path) файлына жазылды: \(vacancies) бос орын, модель, sha256 \(checksum)",
             ru: "Снимок записан в \(path): вакансий \(vacancies), модель, sha256 \(checksum)",
             en: "Wrote the snapshot to \(path): \(vacancies) vacancies, the model, sha256 \(checksum)")
    }
}
