"""The batch report on Apache Spark: `match-cli shard` on every partition of the students, the shards'
per-vacancy lists merged in the order of one run (score descending, then id ascending), and the report
written on the driver by `match-cli merge`, byte for byte as `match-cli report` writes it.

    spark-submit Distributed/spark/match_on_spark.py --binary .build/release/match-cli \
        --snapshot snapshot.json --students students.csv --out report/

See Docs/Distributed.md (how to run it on a cluster, what it costs, what allocation on cut lists means).
"""
import argparse
import json
import os
import stat
import subprocess
import sys
import tempfile
import time

from pyspark import SparkFiles, TaskContext
from pyspark.sql import SparkSession


def arguments():
    parser = argparse.ArgumentParser(description="The batch report, its matching sharded over Spark executors.")
    parser.add_argument("--binary", required=True, help="match-cli built for the executors (release)")
    parser.add_argument("--snapshot", required=True, help="the file `match-cli snapshot` wrote")
    parser.add_argument("--students", required=True, help="the students: CSV with a header row, or JSON Lines (.jsonl)")
    parser.add_argument("--out", default="report", help="the report's folder, as for `match-cli report`")
    parser.add_argument("--merged", help="also keep the merged shard lines here (default: a temporary file)")
    parser.add_argument("--partitions", type=int, default=0, help="shards (default: Spark's default parallelism)")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: as spark-submit sets it)")
    parser.add_argument("--pin-cores", action="store_true",
                        help="keep each shard to one core (for local[N] on one machine, as Docs/Distributed.md measures)")
    parser.add_argument("--year", help="the year ages are judged in, as --year of match-cli")
    parser.add_argument("--lang", help="the report's language, as --lang of match-cli")
    parser.add_argument("--region", help="one region's report, as --region of match-cli")
    return parser.parse_args()


def is_json_lines(path):
    return path.lower().endswith((".jsonl", ".ndjson"))


def shard_runner(binary_name, snapshot_name, header, year, pin_cores):
    """The function each partition runs: its lines (with the CSV header first) into `match-cli shard`."""
    def run(lines):
        binary = SparkFiles.get(binary_name)
        mode = os.stat(binary).st_mode
        if not mode & stat.S_IXUSR:
            os.chmod(binary, mode | stat.S_IXUSR)
        body = "\n".join(line for line in lines if line.strip())
        if not body:
            return iter(())
        command = [binary, "shard", "--snapshot", SparkFiles.get(snapshot_name), "--input", "csv" if header else "jsonl"]
        if year:
            command += ["--year", year]
        text = ((header + "\n") if header else "") + body + "\n"
        # One level of parallelism, Spark's tasks: OpenBLAS on one thread. The shard's scoring workers are
        # as many as the machine's cores; with pin_cores each shard keeps to one core (partition number
        # modulo the cores), which is right on one machine (local[N]) and wrong where executors share hosts.
        environment = dict(os.environ, OPENBLAS_NUM_THREADS="1")
        pin = None
        if pin_cores:
            cores = sorted(os.sched_getaffinity(0))
            core = cores[TaskContext.get().partitionId() % len(cores)]
            pin = lambda: os.sched_setaffinity(0, {core})
        done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True, env=environment, preexec_fn=pin)
        if done.returncode != 0:
            raise RuntimeError("match-cli shard failed (exit %d): %s" % (done.returncode, done.stderr.decode("utf-8", "replace")))
        return iter(done.stdout.decode("utf-8").splitlines())
    return run


def keyed(line):
    """(key, value) for the merge: a student's line as it is, a vacancy's lists, or the shard's counts."""
    record = json.loads(line)
    if "vacancy" in record:
        return ("vacancy:" + record["vacancy"], (record["shortlist"], record["near"]))
    if "shard" in record:
        counts = record["shard"]
        return ("shard:" + counts["snapshot"], counts)
    return ("student:" + record["student"], line)


def best(entries, k):
    # As one run ranks them (`Ranked.isBetter`): score descending, then id ascending.
    return sorted(entries, key=lambda entry: (-float(entry[1]), entry[0]))[:k]


def merged(a, b, k_shortlist=10, k_near=10):
    # `BatchMatch.defaultShortlistLength` and `defaultNearCandidates`; `match-cli merge` merges again to
    # these lengths, so a longer list here would only cost bytes.
    return (best(a[0] + b[0], k_shortlist), best(a[1] + b[1], k_near))


def summed(a, b):
    return {key: (a[key] if key == "snapshot" else a[key] + b[key]) for key in a}


def main():
    options = arguments()
    builder = SparkSession.builder.appName("career-match shards")
    if options.master:
        builder = builder.master(options.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext
    context.setLogLevel("WARN")
    started = time.time()

    binary, snapshot, students = (os.path.abspath(path) for path in (options.binary, options.snapshot, options.students))
    context.addFile(binary)
    context.addFile(snapshot)
    partitions = options.partitions or context.defaultParallelism
    rows = context.textFile(students, minPartitions=partitions)
    header = None
    if not is_json_lines(students):
        # Each partition gets the header again; a record is one line (quoted line breaks need JSON Lines).
        with open(students, encoding="utf-8-sig") as handle:
            header = handle.readline().rstrip("\r\n")
        first = rows.first()
        rows = rows.filter(lambda line, first=first: line != first)
    rows = rows.repartition(partitions) if rows.getNumPartitions() != partitions else rows

    lines = rows.mapPartitions(shard_runner(os.path.basename(binary), os.path.basename(snapshot), header, options.year, options.pin_cores))
    pairs = lines.map(keyed).cache()
    vacancies = pairs.filter(lambda pair: pair[0].startswith("vacancy:")).reduceByKey(merged).collect()
    counts = pairs.filter(lambda pair: pair[0].startswith("shard:")).reduceByKey(summed).collect()
    matched = time.time()

    if options.merged:
        merged_path = os.path.abspath(options.merged)
    else:
        merged_path = tempfile.NamedTemporaryFile(prefix="merged-", suffix=".jsonl", delete=False).name
    with open(merged_path, "w", encoding="utf-8") as out:
        for _, line in pairs.filter(lambda pair: pair[0].startswith("student:")).toLocalIterator():
            out.write(line + "\n")
        for key, (shortlist, near) in sorted(vacancies):
            out.write(json.dumps({"vacancy": key[len("vacancy:"):], "shortlist": shortlist, "near": near},
                                 separators=(",", ":"), sort_keys=True) + "\n")
        for _, total in counts:
            out.write(json.dumps({"shard": total}, separators=(",", ":"), sort_keys=True) + "\n")
    spark.stop()

    command = [binary, "merge", "--snapshot", snapshot, "--students", students, "--shards", merged_path, "--out", options.out]
    for flag, value in (("--year", options.year), ("--lang", options.lang), ("--region", options.region)):
        if value:
            command += [flag, value]
    done = subprocess.run(command)
    if not options.merged:
        os.unlink(merged_path)
    print("shards: %d, matching on Spark %.1f s, merge and report %.1f s"
          % (partitions, matched - started, time.time() - matched), file=sys.stderr)
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
