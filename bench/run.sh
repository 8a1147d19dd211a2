#!/usr/bin/env bash
# Runs every crosscheck benchmark and writes BENCHMARKS.md at the repository root.
#   bench/run.sh            the full run (about 35 minutes on a loaded 2-core machine)
#   QUICK=1 bench/run.sh    a smoke run with tiny sizes (a few minutes), for checking the script
# Sizes can be overridden: INDEX_N (indexing comparison), SMALL_N, LARGE_N (search indexes), RUNS, LOAD_SECONDS.
# Generated corpora are deterministic for their size and seed and kept in $CORPORA between runs (a 100k-article
# corpus takes minutes to write); delete that folder to regenerate them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

if [[ "${QUICK:-0}" == 1 ]]; then
  : "${INDEX_N:=300}" "${SMALL_N:=500}" "${LARGE_N:=1000}" "${RUNS:=2}" "${LOAD_SECONDS:=10}" "${STARTS:=2}" "${JMH:=-f 1 -wi 1 -w 1s -i 1 -r 1s}"
else
  : "${INDEX_N:=600}" "${SMALL_N:=10000}" "${LARGE_N:=100000}" "${RUNS:=3}" "${LOAD_SECONDS:=60}" "${STARTS:=3}" "${JMH:=-f 1 -wi 3 -w 2s -i 3 -r 2s}"
fi
WORK=${WORK:-/tmp/crosscheck-bench}
CORPORA=${CORPORA:-/tmp/crosscheck-corpora}
OUT=$WORK/results
SEEDS=(--seeds corpus --seeds search-web/src/test/resources/fixtures)
rm -rf "$WORK"; mkdir -p "$OUT"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
T_START=$(date +%s)

log "build (mvn -Pbench package)"
mvn -q -B -Pbench package -DskipTests
CP="bench/target/classes:bench/target/lib/*"
# the Solr peer runs in JVMs of their own, with Solr's classpath (module bench/solr)
SOLRCP="bench/solr/target/classes:bench/solr/target/lib/*"
SOLR_VERSION=$(ls bench/solr/target/lib | sed -n 's/^solr-core-\(.*\)\.jar$/\1/p')
SOLR_LANGID=$(ls bench/solr/target/lib | sed -n 's/^solr-langid-\(.*\)\.jar$/\1/p')
SOLR_LUCENE=$(ls bench/solr/target/lib | sed -n 's/^lucene-core-\(.*\)\.jar$/\1/p')
INDEXER=indexer/target/crosscheck-indexer.jar
WEB=search-web/target/crosscheck-web.jar
gcmax() { grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$1" | sed 's/.*->\([0-9]*\)M.*/\1/' | sort -n | tail -1; }
quiet() { grep -v -e '^SLF4J' -e 'org.glassfish.jersey' -e '^WARNING: A class jakarta' >&2; }
run() { java -Xmx2g -Dcrosscheck.seeds=corpus,search-web/src/test/resources/fixtures -cp "$CP" "$@" 2> >(quiet); }
solr() { java -Xmx2g -cp "$SOLRCP" "$@" 2> >(quiet); }

log "generate corpora: $INDEX_N (all formats), $SMALL_N and $LARGE_N (txt+html)"
# corpus NAME N SEED [generate options]: C[NAME] is the cached corpus, written first if missing
declare -A C
corpus() {
  local name=$1 n=$2 seed=$3; shift 3
  local dir="$CORPORA/n$n-seed$seed$(echo "$*" | tr -d ' ')"
  if [[ ! -f "$dir.log" ]]; then
    rm -rf "$dir"; mkdir -p "$CORPORA"
    java -jar "$INDEXER" generate --articles "$n" --out "$dir" --seed "$seed" "$@" "${SEEDS[@]}" > "$dir.tmp"
    mv "$dir.tmp" "$dir.log" # written last: a corpus without its log is incomplete
  fi
  cp "$dir.log" "$OUT/gen-$name.txt"
  C[$name]=$dir
}
corpus index "$INDEX_N" 1
corpus small "$SMALL_N" 2 --docx 0 --pdf 0
corpus large "$LARGE_N" 3 --docx 0 --pdf 0

log "JMH component benchmarks"
run org.openjdk.jmh.Main $JMH -rf text -rff "$OUT/jmh.txt" 'crosscheck.bench.*Benchmark' > "$OUT/jmh.log"
run crosscheck.bench.JmhReport "$OUT/jmh.txt" "$OUT/jmh.md"

log "pipeline steps"
run crosscheck.bench.StepsRun "${C[index]}" "$INDEX_N" "$OUT/steps.md"

log "full pipeline vs bare Lucene vs Solr $SOLR_VERSION, 1 and 2 threads, $RUNS runs"
run crosscheck.bench.IndexingRun "${C[index]}" "$WORK/idx" 1,2 "$RUNS" "$OUT/indexing.md" "$SOLRCP"

for size in small large; do
  n=$([[ $size == small ]] && echo "$SMALL_N" || echo "$LARGE_N")
  log "index the $n-article corpus with the CLI under -Xmx512m (streaming check)"
  /usr/bin/time -f '%e s wall, %M KB max RSS, exit %x' -o "$OUT/time-$size.txt" \
    java -Xmx512m -Xlog:gc:file="$OUT/gc-$size.log" -jar "$INDEXER" --corpus "${C[$size]}" --index "$WORK/i-$size" --threads 2 \
    > "$OUT/index-$size.txt" 2> "$OUT/index-$size.err" || true
  printf 'streaming.exit.%s\t%s\nstreaming.mb.%s\t%s\nstreaming.heap.%s\t%s\n' "$size" "$(sed 's/.*exit //' "$OUT/time-$size.txt" | tail -1)" \
    "$size" "$(cut -d' ' -f3 "$OUT/gen-$size.txt")" "$size" "$(gcmax "$OUT/gc-$size.log")" >> "$OUT/figures.tsv"
  log "search, $n articles: in-process"
  run crosscheck.bench.SearchRun inproc "$WORK/i-$size" 20 "$OUT/search-inproc-$size.md"
  log "search, $n articles: the same articles and queries in Solr, in-process"
  run crosscheck.bench.SolrExport "$WORK/i-$size" "$WORK/solr-$size"
  solr crosscheck.bench.solr.SolrSearchRun "$WORK/solr-$size/articles.jsonl" "$WORK/solr-$size/queries.json" "$WORK/solr-$size" 20 \
    "$OUT/search-inproc-$size.tsv" "$OUT/search-solr-$size.md"
  log "search, $n articles: server start-up and HTTP load ($LOAD_SECONDS s, 16 clients)"
  run crosscheck.bench.SearchRun http "$WEB" "$WORK/i-$size" "$STARTS" 16 "$LOAD_SECONDS" "$OUT/search-http-$size.md"
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
MINUTES=$(( ($(date +%s) - T_START) / 60 ))
run crosscheck.bench.Targets "$OUT" "$SMALL_N" "$LARGE_N" "$OUT/targets.md"

{
  echo "# crosscheck benchmarks"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u +%Y-%m-%d\ %H:%M) UTC in $MINUTES minutes, commit $(git rev-parse --short HEAD)."
  echo "Every figure below comes from that run; the analysis at the end was written against it."
  echo
  echo "## Machine"
  echo
  echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; memory $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "- JVM: $(java -version 2>&1 | sed -n 2p)"
  echo "- Peer: Apache Solr $SOLR_VERSION (solr-core, solr-analysis-extras; solr-langid $SOLR_LANGID, the last on Maven Central) on Lucene $SOLR_LUCENE, EmbeddedSolrServer in a JVM of its own; crosscheck on Lucene $(ls bench/target/lib | sed -n 's/^lucene-core-\(.*\)\.jar$/\1/p')."
  echo "- Load average (1, 5, 15 min) at start: $LOAD_START; at end: $LOAD_END. Other work on the machine slows wall-clock figures; ratios measured side by side and CPU-time columns are the robust numbers."
  echo "- Sizes: indexing comparison $INDEX_N articles; search indexes $SMALL_N and $LARGE_N articles; $RUNS runs per indexing figure; HTTP load $LOAD_SECONDS s."
  echo "- Corpora: $(cat "$OUT/gen-index.txt"); $(cat "$OUT/gen-small.txt"); $(cat "$OUT/gen-large.txt")"
  echo
  echo "## Components (JMH, one thread)"
  echo
  cat "$OUT/jmh.md"
  echo
  echo "## Where the pipeline's time goes (one thread, per step)"
  echo
  cat "$OUT/steps.md"
  echo
  echo "## Indexing: full pipeline against bare Lucene and Solr"
  echo
  echo "Median (min–max) of $RUNS runs, MB of source files per second. Bare Lucene = IndexWriter with the same per-language analyzers over the already-extracted text (title and body, body stored with offsets), same thread count."
  echo "Solr = the same extracted articles sent by as many client threads (batches of 50) to an EmbeddedSolrServer whose LangDetect update processor detects the language and maps title and body onto the language's fields (schema and differences from ours: \`bench/solr/src/main/resources/crosscheck/bench/solr/conf\` and the analysis below), one commit at the end; each Solr run follows the pipeline's and bare Lucene's at the same thread count."
  echo
  cat "$OUT/indexing.md"
  echo
  echo "## Streaming: the CLI under -Xmx512m"
  echo
  echo "| articles | corpus | result | largest heap after GC |"
  echo "|---|---|---|---|"
  for size in small large; do
    echo "| $([[ $size == small ]] && echo "$SMALL_N" || echo "$LARGE_N") | $(cat "$OUT/gen-$size.txt" | cut -d' ' -f3-4) | $(cat "$OUT/time-$size.txt" | tail -1); $(tail -1 "$OUT/index-$size.txt") | $(gcmax "$OUT/gc-$size.log") MB |"
  done
  for size in small large; do
    echo
    echo "## Search, $([[ $size == small ]] && echo "$SMALL_N" || echo "$LARGE_N") articles"
    echo
    echo "In-process (the web server's services, one thread, the fixed mix of 15 search queries and 6 fact-comparison requests × 20 rounds after warm-up):"
    echo
    cat "$OUT/search-inproc-$size.md"
    echo
    echo "Against Solr in-process (the same articles, exported from our index, indexed by Solr as above; the same mix with our lexicon expansions sent as query clauses, through EmbeddedSolrServer on one thread, same rounds; crosscheck's columns repeat the table above):"
    echo
    cat "$OUT/search-solr-$size.md"
    echo
    echo "Over HTTP (crosscheck-web.jar in its own JVM with -Xmx2g, 16 concurrent closed-loop clients in the benchmark JVM on the same 2 cores, loopback, cycling through the search mix and the fact-comparison requests):"
    echo
    cat "$OUT/search-http-$size.md"
  done
  echo
  echo "## Where we stand against the targets"
  echo
  echo "Written from this run's figures by \`crosscheck.bench.Targets\`."
  echo
  cat "$OUT/targets.md"
  echo
  cat bench/NOTES.md
} > BENCHMARKS.md
log "wrote BENCHMARKS.md (raw results in $OUT)"
