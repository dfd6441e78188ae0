#!/usr/bin/env python3
"""Checks Tests/Fixtures/pupils/{pupils,expected}.csv against Data/ and prints the coverage.

Run from anywhere: python3 Tests/Fixtures/pupils/check.py   (exit 1 on any problem)
Reachability rule: relocation none -> a college in the pupil's town (or region when town is empty);
region -> a college in the region; country -> anywhere.
"""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', '..', 'Data')
COLS = ['id', 'stage', 'year', 'region', 'town', 'settlement', 'relocation', 'birth_year',
        'guardian_consent', 'specialty', 'college', 'grades', 'interests', 'skills', 'languages',
        'school_language', 'sex']
TYPES = 'RIASEC'
FLAT = 0.15  # max - min interest at or below this: a flat profile

def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        r = csv.reader(f)
        return next(r), list(r)

def load(name):
    with open(os.path.join(DATA, name), newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))

problems = []
def bad(msg): problems.append(msg)

specialties = {r['id']: r for r in load('specialties.csv')}
subjects = {r['id'] for r in load('subjects.csv')}
skills = {r['id'] for r in load('skills.csv')}
regions = {r['id'] for r in load('regions.csv')}
taught_town, taught_region, towns = defaultdict(set), defaultdict(set), defaultdict(set)
for c in load('colleges.csv'):
    towns[c['region']].add(c['town'])
    for item in c['specialties'].split(';'):
        sp = item.split(':')[0].strip()
        taught_town[(c['region'], c['town'])].add(sp)
        taught_region[c['region']].add(sp)

header, pupils = rows(os.path.join(HERE, 'pupils.csv'))
if header != COLS: bad(f'pupils.csv header {header} != {COLS}')
P = {}
for n, row in enumerate(pupils, 2):
    if len(row) != len(COLS): bad(f'pupils.csv:{n}: {len(row)} columns'); continue
    p = dict(zip(COLS, row)); pid = p['id']
    where = f'pupils.csv:{n} {pid}'
    if not re.fullmatch(r'pp-\d{3}', pid) or pid in P: bad(f'{where}: id')
    if p['stage'] != 'school' or p['year'] not in ('9', '10', '11'): bad(f'{where}: stage/year')
    elif p['birth_year'] != str(2026 - 6 - int(p['year'])): bad(f'{where}: birth_year')
    if p['region'] not in regions: bad(f'{where}: region {p["region"]}')
    if p['town'] and p['town'] not in towns[p['region']]: bad(f'{where}: town {p["town"]} not a college town of {p["region"]}')
    if p['settlement'] not in ('urban', 'rural'): bad(f'{where}: settlement')
    if p['relocation'] not in ('none', 'region', 'country'): bad(f'{where}: relocation')
    if p['guardian_consent'] not in ('yes', 'no'): bad(f'{where}: guardian_consent')
    if p['specialty'] or p['college']: bad(f'{where}: pupils have no specialty/college')
    g = {}
    for it in p['grades'].split(';'):
        s, v = it.split(':')
        if s not in subjects or v not in '12345' or s in g: bad(f'{where}: grade {it}')
        g[s] = int(v)
    p['g'] = g
    ints = {}
    for it in p['interests'].split(';'):
        k, v = it.split(':'); ints[k] = float(v)
        if not 0 <= ints[k] <= 1: bad(f'{where}: interest {it}')
    if list(ints) != list(TYPES): bad(f'{where}: interests must list R I A S E C')
    p['i'] = ints
    p['sk'] = []
    if p['skills']:
        for it in p['skills'].split(';'):
            parts = it.split(':')
            if len(parts) != 3 or parts[0] not in skills or parts[1] not in '12345' or \
               parts[2] not in ('self', 'course', 'certificate', 'internship', 'competition'):
                bad(f'{where}: skill {it}')
            p['sk'].append(parts[0])
    langs = p['languages'].split(';')
    if not set(langs) <= {'kk', 'ru', 'en'} or p['school_language'] not in langs: bad(f'{where}: languages')
    if p['sex'] not in ('', 'female', 'male'): bad(f'{where}: sex')
    P[pid] = p

header, exp = rows(os.path.join(HERE, 'expected.csv'))
if header != ['id', 'expected', 'why']: bad(f'expected.csv header {header}')
seen = set()
for n, row in enumerate(exp, 2):
    if len(row) != 3: bad(f'expected.csv:{n}: {len(row)} columns'); continue
    pid, e, why = row
    where = f'expected.csv:{n} {pid}'
    if pid not in P or pid in seen: bad(f'{where}: unknown or repeated id'); continue
    seen.add(pid); p = P[pid]
    sps = e.split(';')
    if not 2 <= len(sps) <= 4 or len(set(sps)) != len(sps): bad(f'{where}: 2-4 distinct specialties')
    if not why.strip() or '\n' in why: bad(f'{where}: why')
    if p['relocation'] == 'country': reach = set(specialties)
    elif p['relocation'] == 'none' and p['town']: reach = taught_town[(p['region'], p['town'])]
    else: reach = taught_region[p['region']]
    top = sorted(TYPES, key=lambda t: -p['i'][t])[:3]
    flat = max(p['i'].values()) - min(p['i'].values()) <= FLAT
    for sp in sps:
        if sp not in specialties: bad(f'{where}: unknown specialty {sp}'); continue
        if sp not in reach: bad(f'{where}: {sp} not reachable ({p["relocation"]}, {p["town"] or p["region"]})')
        code = specialties[sp]['riasec']
        if not flat and not set(code) & set(top[:2]):  # soft check, printed only
            print(f'note {pid}: {sp} ({code}) shares no letter with the pupil\'s top two {"".join(top[:2])}')
for pid in P:
    if pid not in seen: bad(f'expected.csv: no row for {pid}')

# coverage
def dom(p):
    v = p['i']
    return 'flat' if max(v.values()) - min(v.values()) <= FLAT else max(TYPES, key=lambda t: v[t])
cov = {
    'region': Counter(p['region'] for p in P.values()),
    'dominant': Counter(dom(p) for p in P.values()),
    'settlement': Counter(p['settlement'] for p in P.values()),
    'school_language': Counter(p['school_language'] for p in P.values()),
    'hobbies': Counter('with skills' if p['sk'] else 'none' for p in P.values()),
    'relocation': Counter(p['relocation'] for p in P.values()),
    'grade': Counter(p['year'] for p in P.values()),
    'guardian_consent': Counter(p['guardian_consent'] for p in P.values()),
    'town': Counter('empty' if not p['town'] else 'given' for p in P.values()),
    'karaganda/aktobe towns': Counter(p['town'] for p in P.values() if p['region'] in ('karaganda', 'aktobe')),
}
print(f'{len(P)} pupils')
for k, c in cov.items(): print(f'{k}: ' + ', '.join(f'{a} {b}' for a, b in sorted(c.items())))
missing = regions - set(cov['region'])
if missing: bad(f'regions not covered: {sorted(missing)}')
for t in TYPES:
    if cov['dominant'][t] < 5: bad(f'dominant {t}: {cov["dominant"][t]} < 5')
if cov['relocation']['none'] < 15: bad('fewer than 15 with relocation none')
if len(P) < 44: bad('fewer than 44 pupils')
for k, need in (('settlement', ('urban', 'rural')), ('school_language', ('kk', 'ru', 'en')),
                ('hobbies', ('with skills', 'none')), ('town', ('empty', 'given'))):
    for v in need:
        if not cov[k][v]: bad(f'no pupil with {k} {v}')
if cov['dominant']['flat'] < 3: bad('fewer than 3 flat profiles')
for p in problems: print('PROBLEM', p)
sys.exit(1 if problems else 0)
