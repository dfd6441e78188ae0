/// Errors of the distributed batch run: a snapshot or a shard's output refused.
extension Words {
    public func notASnapshot(_ path: String) -> String {
        pick(kk: "\(path) — `match-cli snapshot` жазған снапшот емес", ru: "\(path) — не снимок, записанный `match-cli snapshot`",
             en: "\(path) is not a snapshot written by `match-cli snapshot`")
    }

    public func snapshotVersion(_ path: String, found: Int, supported: Int) -> String {
        pick(kk: "\(path) — \(found) нұсқалы пішімдегі снапшот; бұл құрастыру \(supported) нұсқасын оқиды",
             ru: "\(path) — снимок формата версии \(found); эта сборка читает версию \(supported)",
             en: "\(path) is a snapshot of format version \(found); this build reads version \(supported)")
    }

    public func snapshotChecksum(_ path: String, expected: String, actual: String) -> String {
        pick(kk: "\(path): снапшоттың бақылау сомасы мазмұнына сәйкес емес (тақырыпта sha256 \(expected), мазмұны \(actual)): файл өзгертілген немесе қысқартылған",
             ru: "\(path): контрольная сумма снимка не совпадает с содержимым (в заголовке sha256 \(expected), содержимое \(actual)): файл изменён или обрезан",
             en: "\(path): the snapshot's checksum does not match its contents (header sha256 \(expected), contents \(actual)): the file was changed or cut short")
    }

    public func snapshotModel(_ path: String, snapshot: String, shard: String) -> String {
        pick(kk: "\(path) \(snapshot) модель нұсқасымен жасалған; бұл құрастыру \(shard) нұсқасымен бағалайды: снапшотты осы құрастырумен қайта жасаңыз",
             ru: "\(path) сделан с версией модели \(snapshot); эта сборка оценивает по версии \(shard): сделайте снимок заново этой сборкой",
             en: "\(path) was made under model version \(snapshot); this build scores with \(shard): make the snapshot again with this build")
    }

    public func notAShardLine(_ file: String, line: Int) -> String {
        pick(kk: "\(file):\(line): бұл `match-cli shard` жазған жол емес", ru: "\(file):\(line): это не строка, записанная `match-cli shard`",
             en: "\(file):\(line): not a line written by `match-cli shard`")
    }

    public func otherSnapshot(_ file: String, line: Int, found: String, expected: String) -> String {
        pick(kk: "\(file):\(line): бұл шард \(expected) емес, \(found) снапшотымен салыстырылған",
             ru: "\(file):\(line): этот шард сопоставлен со снимком \(found), а не \(expected)",
             en: "\(file):\(line): this shard matched against snapshot \(found), not \(expected)")
    }

    public func unknownShardRecord(_ file: String, line: Int, student: Bool, id: String) -> String {
        student
            ? pick(kk: "\(file):\(line): '\(id)' сәйкестендіргішті білім алушы жоқ", ru: "\(file):\(line): нет учащегося с идентификатором '\(id)'",
                   en: "\(file):\(line): no student with id '\(id)'")
            : pick(kk: "\(file):\(line): '\(id)' сәйкестендіргішті бос орын жоқ", ru: "\(file):\(line): нет вакансии с идентификатором '\(id)'",
                   en: "\(file):\(line): no vacancy with id '\(id)'")
    }

    public func studentTwice(_ file: String, line: Int, id: String) -> String {
        pick(kk: "\(file):\(line): '\(id)' білім алушысы туралы шард бұрын хабарлаған",
             ru: "\(file):\(line): об учащемся '\(id)' шард уже сообщал",
             en: "\(file):\(line): student '\(id)' was reported by a shard before")
    }

    public func missingStudents(_ count: Int, example: String) -> String {
        pick(kk: "білім алушылардың \(count) туралы ешбір шард хабарламаған (мысалы, '\(example)')",
             ru: "ни один шард не сообщил о \(count) учащихся (например, '\(example)')",
             en: "no shard reported \(count) of the students (for example '\(example)')")
    }

    public func shardCountsDisagree(_ file: String, counted: Int, read: Int) -> String {
        pick(kk: "\(file): шардтар \(counted) білім алушыны санады, бірақ \(read) білім алушы туралы жолдар жазды",
             ru: "\(file): шарды насчитали \(counted) учащихся, но записали строки о \(read)",
             en: "\(file): the shards counted \(counted) students but wrote lines for \(read)")
    }
}
