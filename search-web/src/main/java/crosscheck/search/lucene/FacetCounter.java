package crosscheck.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the values of keyword fields (indexed with sorted-set doc values) over the documents a query matches,
 * every field in the same pass over the hits. Used through {@link #manager}, alone or next to the top-docs
 * collector in one search.
 */
final class FacetCounter {

  private FacetCounter() {}

  /** Collects field → value → count for the given fields. */
  static CollectorManager<Counting, Map<String, Map<String, Long>>> manager(List<String> fields) {
    return new Manager(List.copyOf(fields));
  }

  /** Value → count, most frequent first, at most {@code top} values. */
  static Map<String, Long> top(Map<String, Long> counts, int top) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey()) : Long.compare(b.getValue(), a.getValue()));
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : entries.subList(0, Math.min(top, entries.size()))) {
      out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  private record Manager(List<String> fields) implements CollectorManager<Counting, Map<String, Map<String, Long>>> {
    @Override
    public Counting newCollector() {
      return new Counting(fields);
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counting> collectors) {
      Map<String, Map<String, Long>> total = new HashMap<>();
      fields.forEach(f -> total.put(f, new HashMap<>()));
      collectors.forEach(c -> c.counts.forEach((field, counts) ->
          counts.forEach((k, v) -> total.get(field).merge(k, v, Long::sum))));
      return total;
    }
  }

  static final class Counting implements Collector {
    private final List<String> fields;
    private final Map<String, Map<String, Long>> counts = new HashMap<>();

    Counting(List<String> fields) {
      this.fields = fields;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      int n = fields.size();
      SortedSetDocValues[] values = new SortedSetDocValues[n];
      long[][] perOrd = new long[n][];
      for (int f = 0; f < n; f++) {
        values[f] = DocValues.getSortedSet(context.reader(), fields.get(f));
        perOrd[f] = new long[(int) Math.min(Integer.MAX_VALUE, values[f].getValueCount())];
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          for (int f = 0; f < n; f++) {
            if (values[f].advanceExact(doc)) {
              for (int i = 0; i < values[f].docValueCount(); i++) {
                perOrd[f][(int) values[f].nextOrd()]++;
              }
            }
          }
        }

        @Override
        public void finish() throws IOException {
          for (int f = 0; f < n; f++) {
            Map<String, Long> byValue = counts.computeIfAbsent(fields.get(f), k -> new HashMap<>());
            for (int ord = 0; ord < perOrd[f].length; ord++) {
              if (perOrd[f][ord] > 0) {
                byValue.merge(values[f].lookupOrd(ord).utf8ToString(), perOrd[f][ord], Long::sum);
              }
            }
          }
        }
      };
    }
  }
}
